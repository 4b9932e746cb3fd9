/**
 * Honest search results. When a query word is not in the index, Pagefind (1.x) backtracks to the
 * longest prefix that is, however short: "xyzzyq" finds pages for "x", "zzzfoo" an author's
 * initial "Z.". A reader then concludes the atlas covers something it does not. Here each query
 * word is checked against what Pagefind actually matched for it (the <mark>ed words of its best
 * result, and the result's title): a word is found only if a matched word shares a long enough
 * start with it. A query with a word that is not found has no results, and says which word.
 *
 * Pure: the search function is passed in (Pagefind's own in the browser and in the tests).
 */

/** What this module needs of a Pagefind result's data. */
export interface MatchedData {
  excerpt: string;
  meta?: Record<string, string | undefined>;
  sub_results?: { title?: string; excerpt: string }[];
}

export type SearchWord = (word: string) => Promise<{ results: { data(): Promise<MatchedData> }[] }>;

/** Lowercase, without diacritics: "Sigma-1" and "sígma-1" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The query's words that must be found: split on spaces, trimmed of surrounding punctuation;
 * words under three characters are left to Pagefind (too short to judge a match by its start).
 */
export function queryWords(query: string): string[] {
  const words = fold(query)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => [...w].length >= 3);
  return [...new Set(words)];
}

/** The words Pagefind marked in an excerpt ("<mark>Fluvoxamine</mark>" -> "fluvoxamine"). */
export function markedWords(html: string): string[] {
  return [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => fold(m[1]!.replace(/&amp;/g, '&')).trim()).filter(Boolean);
}

function commonStart(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/**
 * How many leading characters a matched word must share with a query word of `length`: all of a
 * short word, and otherwise more than half, at least three. Stemming keeps real matches above this
 * ("installation" and "installing" share 7 of 12); backtracking to a prefix falls below it
 * ("xyzzyq" -> "x", "donepezil" -> "done").
 */
export function requiredStart(length: number): number {
  return Math.min(length, Math.max(3, Math.ceil(length * 0.55)));
}

/** Does a matched word stand for the query word (an extension, a stem sibling, the word itself)? */
export function wordMatches(queryWord: string, matched: string): boolean {
  const need = requiredStart([...queryWord].length);
  // A marked span can hold a hyphenated or several words ("sigma-1 receptor"): any part counts.
  const parts = [matched, ...matched.split(/[^\p{L}\p{N}]+/u)].filter(Boolean);
  return parts.some((part) => commonStart(queryWord, part) >= need);
}

/** Does this result's data show a match for the word (marked in an excerpt, or in its title)? */
export function dataMatches(word: string, data: MatchedData): boolean {
  const marked = [data.excerpt, ...(data.sub_results ?? []).map((s) => s.excerpt)].flatMap(markedWords);
  // The title and the other names (the `aliases` field) are metadata: matched, but not in the excerpt.
  // Split into words, and also only at spaces and list separators: an identifier ("10.1038/nature17391") is one word.
  const titles = [...Object.values(data.meta ?? {}), ...(data.sub_results ?? []).map((s) => s.title)]
    .filter((t): t is string => !!t)
    .flatMap((t) => [...fold(t).split(/[^\p{L}\p{N}-]+/u), ...fold(t).split(/[\s·,;()]+/u)]);
  return [...marked, ...titles].some((m) => wordMatches(word, m));
}

/**
 * The query words no page contains, in query order. A word matched in the results already loaded
 * (`loaded`: the whole query's first results) is found; any other is searched alone and its best
 * result's matches are checked. `cache` (word -> found) spares repeat look-ups while a reader types.
 */
export async function absentWords(query: string, search: SearchWord, cache = new Map<string, boolean>(), loaded: readonly MatchedData[] = []): Promise<string[]> {
  const absent: string[] = [];
  for (const word of queryWords(query)) {
    let found: boolean | undefined = loaded.some((data) => dataMatches(word, data)) || cache.get(word);
    if (found === undefined) {
      const top = (await search(word)).results[0];
      found = top ? dataMatches(word, await top.data()) : false;
      cache.set(word, found);
    }
    if (!found) absent.push(word);
  }
  return absent;
}

/** What the reader is told when words are absent: "No page contains “xyzzyq”." */
export function absentMessage(words: readonly string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  const list = quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `No page contains ${list}.`;
}

/**
 * The words "did you mean" may offer: each word of the site's names (titles, synonyms, glossary
 * terms), folded, four characters or more, sorted. Every one is in the index, since names are.
 */
export function vocabulary(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const token of fold(name).split(/[\s,;:()[\]/·]+/)) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if ([...word].length >= 4 && /\p{L}/u.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}
