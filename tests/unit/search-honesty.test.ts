import { describe, expect, test } from 'vitest';
import { absentMessage, absentWords, dataMatches, fold, markedWords, queryWords, requiredStart, vocabulary, wordMatches, type MatchedData, type SearchWord } from '../../src/lib/search-honesty.ts';

describe('query words', () => {
  test('folded, trimmed of punctuation, three characters or more, once each', () => {
    expect(queryWords('  Sígma-1 "receptor", of σ1R (BiP) receptor ')).toEqual(['sigma-1', 'receptor', 'σ1r', 'bip']);
    expect(queryWords('a of 5')).toEqual([]);
    expect(fold('Ångström')).toBe('angstrom');
  });

  test('marked words come out of an excerpt, entities decoded', () => {
    expect(markedWords('the <mark>Fluvoxamine</mark> and <mark>R&amp;D</mark> text')).toEqual(['fluvoxamine', 'r&d']);
  });
});

describe('a matched word stands for the query word', () => {
  test('required start: all of a short word, more than half of a long one', () => {
    expect([3, 4, 6, 9, 12].map(requiredStart)).toEqual([3, 3, 4, 5, 7]);
  });

  test.each([
    ['fluvoxamin', 'fluvoxamine'],
    ['installation', 'installing'],
    ['sigma-1', 'sigma-1'],
    ['receptor', 'sigma-1 receptor'],
    ['e-52862', 'e-52862'],
  ])('%s is found by %s', (q, m) => expect(wordMatches(q, m)).toBe(true));

  test.each([
    ['xyzzyq', 'x'],
    ['zzzfoo', 'z.'],
    ['donepezil', 'done'],
    ['orchid', 'or'],
    ['ark', 'ar'],
    ['fluvoxamine', 'f'],
  ])('%s is not found by the backtracked %s', (q, m) => expect(wordMatches(q, m)).toBe(false));

  test('a result matches by its marks, its sections, its title or its other names', () => {
    const data: MatchedData = { excerpt: 'by <mark>Z.</mark> Li', meta: { title: 'Sertraline', aliases: 'Zoloft · CP-51974' }, sub_results: [{ title: 'Binding', excerpt: 'the <mark>pentazocine</mark> site' }] };
    expect(dataMatches('zzzfoo', data)).toBe(false);
    expect(dataMatches('pentazocine', data)).toBe(true);
    expect(dataMatches('sertraline', data)).toBe(true);
    expect(dataMatches('zoloft', data)).toBe(true);
  });

  test('an identifier in the other names matches as one word, not by its first digits', () => {
    const data: MatchedData = { excerpt: 'Crystal structure', meta: { aliases: '27042935 · PMID 27042935 · 10.1038/nature17391 · doi:10.1038/nature17391' } };
    expect(dataMatches('10.1038/nature17391', data)).toBe(true);
    expect(dataMatches('10.1016/j.cell.2007.08.036', data)).toBe(false);
  });
});

describe('absent words', () => {
  // A fake index: words it holds; anything else backtracks to its first letter, as Pagefind does.
  const index = new Set(['sigma', 'receptor', 'fluvoxamine']);
  const calls: string[] = [];
  const search: SearchWord = async (word) => {
    calls.push(word);
    const hit = [...index].find((w) => w.startsWith(word)) ?? word[0]!;
    return { results: [{ data: async () => ({ excerpt: `text <mark>${hit}</mark> text` }) }] };
  };

  test('names each word no page contains, in query order; found words and short words pass', async () => {
    expect(await absentWords('sigma receptor', search)).toEqual([]);
    expect(await absentWords('xyzzyq sigma of qwrtplk', search)).toEqual(['xyzzyq', 'qwrtplk']);
    expect(await absentWords('fluvoxamin', search)).toEqual([]);
  });

  test('no result at all is absent; the cache spares repeat look-ups', async () => {
    const none: SearchWord = async () => ({ results: [] });
    const cache = new Map<string, boolean>();
    expect(await absentWords('memantine', none, cache)).toEqual(['memantine']);
    calls.length = 0;
    const cached = new Map([['sigma', true]]);
    expect(await absentWords('sigma receptor', search, cached)).toEqual([]);
    expect(calls).toEqual(['receptor']);
  });

  test('a word the results already loaded match is not searched again; one they miss is', async () => {
    calls.length = 0;
    const loaded = [{ excerpt: 'the <mark>sigma</mark> receptor', meta: { title: 'Receptor review' } }];
    expect(await absentWords('sigma receptor xyzzyq', search, new Map(), loaded)).toEqual(['xyzzyq']);
    expect(calls).toEqual(['xyzzyq']);
  });

  test('the message quotes the words', () => {
    expect(absentMessage(['xyzzyq'])).toBe('No page contains “xyzzyq”.');
    expect(absentMessage(['a1b', 'c2d', 'e3f'])).toBe('No page contains “a1b”, “c2d” or “e3f”.');
  });
});

test('vocabulary: the words of the names, folded, four characters or more, with a letter', () => {
  expect(vocabulary(['Fluvoxamine maleate', 'E-52862 (S1RA)', 'σ1 receptor', '1234', 'Fluvoxamine'])).toEqual(['e-52862', 'fluvoxamine', 'maleate', 'receptor', 's1ra']);
});
