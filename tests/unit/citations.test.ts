import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { parseCitations, findCitationKeys } from '../../src/lib/citations/parse.ts';
import { CitationRegistry, collectDataRefs, registryFrom } from '../../src/lib/citations/registry.ts';
import { citeText, renderCluster, UnknownCitationError } from '../../src/lib/citations/render.ts';
import { authorLabel, referenceLine, shortLabel } from '../../src/lib/citations/label.ts';
import { formatReference, toBibtex, toCsl, toRis } from '../../src/lib/citations/format.ts';
import { suggest } from '../../src/lib/suggest.ts';
import { SCHMIDT_2016 } from '../helpers/works.ts';

const cites = (text: string) => parseCitations(text).filter((t) => t.kind === 'cite');

describe('parseCitations', () => {
  test.each([
    ['[@a]', [{ mode: 'normal', items: [{ key: 'a' }] }]],
    ['x [@a; @b] y', [{ mode: 'normal', items: [{ key: 'a' }, { key: 'b' }] }]],
    ['[@abadias2013-bjcp, p. 105]', [{ mode: 'normal', items: [{ key: 'abadias2013-bjcp', locator: 'p. 105' }] }]],
    ['[see @a, ch. 2; also @b]', [{ mode: 'normal', items: [{ key: 'a', prefix: 'see', locator: 'ch. 2' }, { key: 'b', prefix: 'also' }] }]],
    ['[-@a]', [{ mode: 'normal', items: [{ key: 'a', suppressAuthor: true }] }]],
    ['@schmidt2016-nature showed', [{ mode: 'narrative', items: [{ key: 'schmidt2016-nature' }] }]],
    ['@a [p. 4] says', [{ mode: 'narrative', items: [{ key: 'a', locator: 'p. 4' }] }]],
    ['as @a.', [{ mode: 'narrative', items: [{ key: 'a' }] }]],
    ['ends [@su-pre084-jpet].', [{ mode: 'normal', items: [{ key: 'su-pre084-jpet' }] }]],
  ])('%j', (text, expected) => {
    expect(cites(text)).toMatchObject(expected);
  });

  test.each(['mail info@benchchem.com', 'no at sign', '[not a citation]', 'price @ 5', '[@]'])('%j has no citation', (text) => {
    expect(cites(text)).toEqual([]);
  });

  test('text around citations is kept exactly', () => {
    const text = 'A [@a] and @b, then [@c; @d].';
    const rebuilt = parseCitations(text).map((t) => (t.kind === 'text' ? t.value : t.raw)).join('');
    expect(rebuilt).toBe(text);
  });

  test('findCitationKeys gives offsets of the keys', () => {
    const text = 'x [@a; @bb] @c';
    expect(findCitationKeys(text)).toEqual([
      { key: 'a', offset: 3 },
      { key: 'bb', offset: 7 },
      { key: 'c', offset: 12 },
    ]);
  });
});

describe('CitationRegistry', () => {
  test('numbers by first use and records each occurrence', () => {
    const r = new CitationRegistry();
    expect(r.cite('a')).toEqual({ n: 1, id: 'cite-1-1' });
    expect(r.cite('b')).toEqual({ n: 2, id: 'cite-2-1' });
    expect(r.cite('a')).toEqual({ n: 1, id: 'cite-1-2' });
    expect(r.reserve('c')).toBe(3);
    expect(r.list()).toEqual([
      { key: 'a', n: 1, occurrences: ['cite-1-1', 'cite-1-2'] },
      { key: 'b', n: 2, occurrences: ['cite-2-1'] },
      { key: 'c', n: 3, occurrences: [] },
    ]);
    expect(registryFrom(r.list()).reserve('b')).toBe(2);
  });

  test('collectDataRefs finds ref, refs and actionRef at any depth, in order, once', () => {
    const data = { actionRef: 'x', affinities: [{ ref: 'y' }, { ref: 'x' }], result: { ref: 'z' }, refs: ['z', 'w'], title: 'ref' };
    expect(collectDataRefs(data)).toEqual(['x', 'y', 'z', 'w']);
  });
});

const refs = new Map([
  ['a', { title: 'Alpha', author: [{ family: 'Schmidt' }, { family: 'Kruse' }, { family: 'Zheng' }], issued: { 'date-parts': [[2016]] }, 'container-title': 'Nature' }],
  ['b', { title: 'Beta', author: [{ family: 'Lee' }, { family: 'Chen' }] }],
  ['c', { title: 'Gamma: a study', author: [] }],
  ['d', { title: 'Delta', author: [{ family: 'Su' }] }],
]);

describe('rendering', () => {
  test('a cluster is sorted by number and runs of three compress to a range', () => {
    const r = new CitationRegistry();
    for (const k of ['a', 'b', 'c', 'd']) r.reserve(k);
    const html = toHtml(citeText('x [@d; @a; @b; @c] y', r, refs));
    expect(html).toBe(
      'x <span class="citation">[<a href="#ref-a" class="cite" id="cite-1-1">1</a>–<span id="cite-2-1"></span><span id="cite-3-1"></span><a href="#ref-d" class="cite" id="cite-4-1">4</a>]</span> y',
    );
  });

  test('locators and narrative citations', () => {
    const r = new CitationRegistry();
    expect(toHtml(citeText('@b [p. 3] found', r, refs))).toBe(
      'Lee and Chen <span class="citation">[<a href="#ref-b" class="cite" id="cite-1-1">1</a>, p. 3]</span> found',
    );
    expect(toHtml(citeText('[@a, fig. 2]', r, refs))).toContain('>2</a>, fig. 2]');
  });

  test('an unknown key throws with the key', () => {
    const r = new CitationRegistry();
    expect(() => renderCluster(cites('[@nope]')[0] as never, r, refs)).toThrow(UnknownCitationError);
  });

  test('labels', () => {
    expect(authorLabel(refs.get('a')!)).toBe('Schmidt et al.');
    expect(authorLabel(refs.get('c')!)).toBe('Gamma');
    expect(shortLabel(refs.get('b')!)).toBe('Lee and Chen');
  });

  test('suggest finds near keys', () => {
    const keys = ['sanchez-fernandez2017-aemb', 'schmidt2016-nature', 'schmidt2018-nsmb'];
    expect(suggest('schmidt2016', keys)).toBe('schmidt2016-nature');
    expect(suggest('schmit2018-nsmb', keys)).toBe('schmidt2018-nsmb');
    expect(suggest('completely-different', keys)).toBeUndefined();
  });
});

describe('citation-js formatting', () => {
  const data = {
    ...SCHMIDT_2016,
    confidence: 'verified',
    topics: ['structure'],
  };
  test('Vancouver on pages, without identifiers (the page links them)', () => {
    expect(formatReference('t1', data)).toBe('Schmidt HR, Kruse AC. Crystal structure of the human σ1 receptor. Nature. 2016 Apr 28;532:527–30.');
  });
  test('APA', () => {
    expect(formatReference('t2', data, 'apa')).toContain('Schmidt, H. R., &#x26; Kruse, A. C. (2016).');
  });
  test('our fields are not passed to CSL', () => {
    expect(toCsl('k', data)).not.toHaveProperty('confidence');
    expect(toCsl('k', { ...data, aliases: ['old-key'] })).not.toHaveProperty('aliases');
    expect(toCsl('k', data)).toHaveProperty('DOI', '10.1038/nature17391');
  });
  test('BibTeX and RIS carry title, authors, year and DOI', () => {
    const bib = toBibtex([toCsl('k', data)]);
    expect(bib).toMatch(/^@article\{k,/);
    expect(bib).toContain('author = {Schmidt, Hayden R. and Kruse, Andrew C.}');
    expect(bib).toContain('doi = {10.1038/nature17391}');
    const ris = toRis([toCsl('k', data)]);
    expect(ris).toContain('TY  - JOUR');
    expect(ris).toContain('TI  - Crystal structure of the human σ1 receptor');
    expect(ris).toContain('DO  - 10.1038/nature17391');
  });
});

test('BibTeX keeps a title\'s literal double hyphen (registry titles use it) and the page range\'s dash', async () => {
  const { Cite } = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  const bib = toBibtex([toCsl('k', { type: 'article-journal', title: 'MET-Covid -- Outpatient Metformin Use', page: '527-530' })]);
  expect(bib).toContain('MET-{Covid} -{}- {Outpatient}');
  expect(bib).toMatch(/pages = \{527--530\}/);
  expect((new Cite(bib, { forceType: '@biblatex/text' }).data[0] as unknown as { title: string }).title).toBe('MET-Covid -- Outpatient Metformin Use');
  // A chemical name's double prime and a quote's double backtick are not TeX's curly quotes.
  const primes = toBibtex([toCsl('p', { type: 'article-journal', title: "DuP 734 [4-(2'(4''-fluorophenyl)-2'-oxoethyl)] and ``quoted''" })]);
  expect(primes).toContain("4'{}'-fluorophenyl");
  expect((new Cite(primes, { forceType: '@biblatex/text' }).data[0] as unknown as { title: string }).title).toBe("DuP 734 [4-(2'(4''-fluorophenyl)-2'-oxoethyl)] and ``quoted''");
  // En and em dashes still read back as themselves.
  const dashes = toBibtex([toCsl('d', { type: 'article-journal', title: 'Amyloid β25–35 and [18F]Fluspidine—a tracer' })]);
  expect((new Cite(dashes, { forceType: '@biblatex/text' }).data[0] as unknown as { title: string }).title).toBe('Amyloid β25–35 and [18F]Fluspidine—a tracer');
});

test('an edited reference is formatted anew: the format cache is keyed by what the reference holds', () => {
  const data = { type: 'article-journal', title: 'First title', author: [{ family: 'Kruse', given: 'A. C.' }], issued: { 'date-parts': [[2016]] } };
  expect(formatReference('edited', data)).toContain('First title');
  expect(formatReference('edited', { ...data, title: 'Second title' })).toContain('Second title');
  expect(formatReference('edited', data)).toContain('First title');
});

test('referenceLine: author (year), title, journal, each with one stop', () => {
  expect(referenceLine({ author: [{ family: 'Parenti' }, { family: 'Marrazzo' }, { family: 'Aricò' }], title: 'The antagonistic effect of (+)-MR200' })).toBe('Parenti et al. The antagonistic effect of (+)-MR200.');
  expect(referenceLine({ author: [{ family: 'Schmidt' }], title: 'Crystal structure of the human σ1 receptor', issued: { 'date-parts': [[2016]] }, 'container-title': 'Nature' })).toBe('Schmidt (2016). Crystal structure of the human σ1 receptor. Nature.');
  expect(referenceLine({ author: [{ literal: 'European Medicines Agency' }], title: 'Is it a receptor?' })).toBe('European Medicines Agency. Is it a receptor?');
});
