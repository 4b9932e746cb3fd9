/**
 * The bibliography split by the first letter of its first author, so that no page lists every
 * source (at 700 sources the one-page table passed its first-visit cap, tests/budgets.ts): a work
 * without authors files under what stands in for them on the page (its title or organisation).
 * Letters are compared without accents; anything else (a digit, a Greek letter) files under
 * "Other". Pure.
 */
import { authorLabel, yearOf, type RefLike } from './citations/label.ts';

export const OTHER_INITIAL = 'other';

/** Bibliography order: first author as the page shows it, then year (undated works first). */
export function byAuthorThenYear(a: RefLike, b: RefLike): number {
  return authorLabel(a).localeCompare(authorLabel(b), 'en') || (yearOf(a) ?? 0) - (yearOf(b) ?? 0);
}

/** The group a label files under: "a" to "z", or "other". */
export function initialOf(label: string): string {
  const first = label.normalize('NFKD').replace(/\p{M}/gu, '').trim().charAt(0).toLowerCase();
  return /^[a-z]$/.test(first) ? first : OTHER_INITIAL;
}

/** "A", or "Other". */
export function initialLabel(initial: string): string {
  return initial === OTHER_INITIAL ? 'Other' : initial.toUpperCase();
}

/** The address of a letter's page. */
export function initialUrl(initial: string): string {
  return `/references/by-author/${initial}/`;
}

/** Items grouped by the initial of their label, letters in order and "other" last; only groups that have items. */
export function groupByInitial<T>(items: readonly T[], label: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const initial = initialOf(label(item));
    const list = groups.get(initial);
    if (list) list.push(item);
    else groups.set(initial, [item]);
  }
  const rank = (initial: string) => (initial === OTHER_INITIAL ? '{' : initial);
  return [...groups].sort(([a], [b]) => (rank(a) < rank(b) ? -1 : 1));
}

/** The `n` items cited on the most pages, most first; ties in the order given. */
export function mostCited<T>(items: readonly T[], count: (item: T) => number, n: number): T[] {
  return items
    .map((item, i) => ({ item, i, c: count(item) }))
    .filter((x) => x.c > 0)
    .sort((a, b) => b.c - a.c || a.i - b.i)
    .slice(0, n)
    .map((x) => x.item);
}
