import { describe, expect, test } from 'vitest';
import { aliasGroups, authorYear, expansionsFor, htmlForIndex, indexedWords, isCodeName, matchTokens, readIndexedPage, readPageMeta, titleNames } from '../../src/lib/search-index.ts';

describe('code names', () => {
  test.each([
    ['σ1R', true], ['S1RA', true], ['MR309', true], ['E-52862', true], ['BiP', true], ['GRP78', true], ['CIPN', true],
    ['agonist', false], ['depression', false], ['Cutamesine', false], ['nerve pain', false], ['N,N-DMT', false],
  ])('%s -> %s', (name, expected) => {
    expect(isCodeName(name)).toBe(expected);
  });

  test('a title gives its base name and a trailing abbreviation', () => {
    expect(titleNames('Sigma-1 receptor (S1R)')).toEqual({ base: 'Sigma-1 receptor', abbreviation: 'S1R' });
    expect(titleNames('SIGMAR1 (sigma-1 receptor gene)')).toEqual({ base: 'SIGMAR1' });
    expect(titleNames('Streptozotocin (STZ) diabetic neuropathy')).toEqual({ base: 'Streptozotocin diabetic neuropathy' });
  });
});

const groups = aliasGroups([
  { title: 'Sigma-1 receptor (S1R)', synonyms: ['Sig1R', 'σ1R', 'sigma-1 receptor'] },
  { title: 'E-52862', synonyms: ['S1RA', 'MR309'] },
  { title: 'Agonist and antagonist at a chaperone', synonyms: ['agonist', 'antagonist', 'S1R agonist'] },
  { title: 'Major depressive disorder', synonyms: ['MDD', 'depression'] },
  { title: 'Parkinson\'s disease', synonyms: ['PD'] },
]);

test('alias groups keep code names (with spellings) and phrases; plain words are neither', () => {
  expect(groups[0]).toEqual({ canonical: ['Sigma-1 receptor'], codes: ['S1R', 'Sig1R', 'σ1R', 'sigma1R', 'sigma-1R'], phrases: ['sigma-1 receptor'] });
  expect(groups[1]).toEqual({ canonical: [], codes: ['E-52862', 'E52862', 'S1RA', 'MR309'], phrases: [] });
  expect(groups[2]).toEqual({ canonical: ['Agonist and antagonist at a chaperone'], codes: [], phrases: ['S1R agonist'] });
});

describe('words for matching names', () => {
  // What folding the whole text at once gives; matchTokens folds only its non-ASCII runs.
  const wholeText = (text: string, keepCase: boolean) => {
    const folded = text.normalize('NFKD').replace(/\p{M}/gu, '');
    return (keepCase ? folded : folded.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  };
  const samples = [
    'Cafe\u0301 (+)-Pentazocine, [³H]DTG and ﬁbre: ½ dose',
    'İstanbul ΣΙΓΜΑ-1 σ1R Sigma‐1 µM 10 μM',
    'Ångström e\u0301\u0323 naïve Œuvre ß ẞ ǅ',
    'plain ASCII text with MR309 and E-52862',
  ];
  test.each(samples)('%s', (text) => {
    expect(matchTokens(text, true)).toEqual(wholeText(text, true));
    expect(matchTokens(text)).toEqual(wholeText(text, false));
  });
  test('diacritics go, Greek stays, case is kept only when asked', () => {
    expect(matchTokens('Cafe\u0301 σ1R', true)).toEqual(['Cafe', 'σ1R']);
    expect(matchTokens('Cafe\u0301 σ1R')).toEqual(['cafe', 'σ1r']);
  });
});

describe('expansions for a page', () => {
  test('a page on the receptor gets its code names, not the ones it has', () => {
    // "sigma-1R" is the word "sigma1r" to Pagefind, like "sigma1R": added once.
    expect(expansionsFor('The sigma-1 receptor (S1R) binds BiP.', groups)).toEqual(['Sig1R', 'σ1R', 'sigma1R']);
  });
  test('a code name brings the canonical name; a compound\'s code names bring each other', () => {
    expect(expansionsFor('Treated with σ1R ligands.', groups)).toEqual(['S1R', 'Sig1R', 'sigma1R', 'Sigma-1 receptor']);
    expect(expansionsFor('S1RA reduced allodynia.', groups)).toEqual(['E-52862', 'MR309']);
    // A name inside a longer word is not a word Pagefind can find: it is added. "E-52862" on the
    // page is already the word "e52862".
    expect(expansionsFor('Binding of [3H]S1RA and E-52862.', groups)).toEqual(['S1RA', 'MR309']);
    expect(expansionsFor('Binding of [3H]S1RA and E52862.', groups)).toEqual(['S1RA', 'MR309']);
    // Names the page's metadata already gives Pagefind (its own other names) are not repeated.
    expect(expansionsFor('S1RA reduced allodynia.', groups, 'MR-309 · other')).toEqual(['E-52862']);
  });
  test('plain words and two-letter abbreviations trigger nothing; short capitals match in case', () => {
    expect(expansionsFor('An agonist; respiratory depression; PK/PD modelling; mdd.', groups)).toEqual([]);
    expect(expansionsFor('Patients with MDD.', groups)).toEqual(['Major depressive disorder']);
  });
});

test('author and year as people type them', () => {
  expect(authorYear('Schmidt et al. 2016')).toBe('Schmidt 2016');
  expect(authorYear('Hayashi and Su 2007')).toBe('Hayashi Su 2007');
  expect(authorYear('European Medicines Agency 2024')).toBe('European Medicines Agency 2024');
});

describe('built pages', () => {
  const html = `<html><body><header data-pagefind-ignore="all">Sigma-1 Atlas</header><article data-pagefind-body data-pagefind-meta="type:Review">
<span data-pagefind-meta="fact:Schmidt et al. 2016"></span><h1>Title</h1><table><tr><th>Target</th><th>Measure</th></tr></table>
<p class="meta-line" data-pagefind-ignore>Updated <a href="/references/skip/">x</a></p><p>Text <a href="/references/a/">1</a></p>
<div data-pagefind-ignore="all"><a href="/references/b/">Details</a><a href="/references/a/">Details</a></div></article></body></html>`;

  test('read as Pagefind indexes it: body text outside ignored parts, metadata, reference links in order', () => {
    const skipped = html.indexOf('<div data-pagefind-ignore="all">');
    const header = [html.indexOf('<header'), html.indexOf('</header>') + '</header>'.length];
    expect(readIndexedPage(html)).toEqual({
      text: 'Title Target Measure Text 1',
      meta: { type: 'Review', fact: 'Schmidt et al. 2016' },
      references: ['/references/skip/', '/references/a/', '/references/b/'],
      skipped: [header, [skipped, html.indexOf('</article>')]],
    });
    expect(readIndexedPage('<html><body><p>No body</p></body></html>')).toBeUndefined();
  });

  test('given to Pagefind with metadata at the start of the body and spaces between cells', () => {
    const out = htmlForIndex(html, { also: 'S1R · σ1R', cites: 'Li, Wu 2020 · A&B "x"', empty: '' });
    expect(out).toContain('<article data-pagefind-body data-pagefind-meta="type:Review"><span data-pagefind-meta="also:S1R · σ1R"></span><span data-pagefind-meta="cites:Li  Wu 2020 · A&amp;B &quot;x&quot;"></span>\n');
    expect(out).toContain('<th>Target</th> <th>Measure</th> </tr>');
    expect(out).not.toContain('empty:');
  });

  test('given to Pagefind without the elements it skips whole', () => {
    const page = readIndexedPage(html)!;
    const out = htmlForIndex(html, {}, page.skipped);
    expect(out).not.toContain('Sigma-1 Atlas');
    expect(out).not.toContain('Details');
    expect(out).toContain('<html><body><article data-pagefind-body');
    expect(out).toContain('<p>Text <a href="/references/a/">1</a></p>\n</article></body></html>');
    // Without skipped ranges, nothing is cut.
    expect(htmlForIndex(html, {})).toContain('Sigma-1 Atlas');
  });

  test('only outermost skipped elements closed by their own end tag are cut', () => {
    const nested = `<article data-pagefind-body><p>Kept</p><nav data-pagefind-ignore="all"><ul data-pagefind-ignore="all"><li>Gone</li></ul></nav><p data-pagefind-ignore="all">Unclosed<div>Stays</div></article>`;
    const page = readIndexedPage(nested)!;
    expect(page.skipped).toEqual([[nested.indexOf('<nav'), nested.indexOf('</nav>') + '</nav>'.length]]);
    expect(htmlForIndex(nested, {}, page.skipped)).toBe(`<article data-pagefind-body><p>Kept</p><p data-pagefind-ignore="all">Unclosed<div>Stays</div></article>`);
  });

  test('one metadata field read without the rest of the page', () => {
    expect(readPageMeta(html, 'fact')).toBe('Schmidt et al. 2016');
    expect(readPageMeta(html, 'missing')).toBeUndefined();
    // Outside the indexed body, a field does not count (as for Pagefind).
    expect(readPageMeta('<div data-pagefind-meta="fact:Outside 2020"></div><main data-pagefind-body></main>', 'fact')).toBeUndefined();
    // The reader stops at the field: what follows is not parsed (an unclosed comment would swallow it).
    expect(readPageMeta('<main data-pagefind-body><span data-pagefind-meta="fact:Early 2001"></span><!-- never closed', 'fact')).toBe('Early 2001');
  });

  test('given to Pagefind without citation markers and without ids other than headings', () => {
    const page = `<article data-pagefind-body><h2 id="structure">Structure</h2><p id="p1">Binds BiP <span class="citation">[<a href="#ref-a" class="cite" id="cite-1-1">1</a>]</span>.</p></article>`;
    expect(htmlForIndex(page, {})).toBe(
      `<article data-pagefind-body><h2 id="structure">Structure</h2><p>Binds BiP <span class="citation" data-pagefind-ignore>[<a href="#ref-a" class="cite">1</a>]</span>.</p></article>`,
    );
  });
});

test('words as Pagefind indexes them', () => {
  expect(indexedWords('(+)-Pentazocine and  sigma-1R, [3H]DTG; σ1R')).toBe('pentazocine and sigma1r 3hdtg σ1r');
  expect(indexedWords(' - ')).toBe('');
});
