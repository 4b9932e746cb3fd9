/**
 * Sorting and filtering server-rendered tables: pure functions behind the <data-table> element.
 * Cells may carry a `data-sort` value (pages put normalised numbers there, e.g. a Ki range's lower
 * bound in nM); otherwise the cell text is used, numerically when it reads as a number.
 */
import { CONCENTRATION_UNIT_SPELLINGS, nmFactor } from './units.ts';

export type SortKey = { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'missing' };

const MISSING = new Set(['', '—', '-', 'n/a', 'na', 'not reported']);

/** A number, optionally a range, then optionally a concentration unit. */
const LEADING_NUMBER = new RegExp(String.raw`(?<![A-Za-z\d.,])(-?\d[\d,]*(?:\.\d+)?)(?:\s*[–-]\s*\d[\d,]*(?:\.\d+)?)?\s*(${CONCENTRATION_UNIT_SPELLINGS.join('|')})?`, 'i');

/** The lower bound of the first number in a text ("Ki 2.5–16.6 nM" -> 2.5, "1.8 µM" -> 1800, "~1,700×" -> 1700). */
export function leadingNumber(text: string): number | undefined {
  const m = LEADING_NUMBER.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replaceAll(',', ''));
  return m[2] ? n * nmFactor(m[2])! : n;
}

export function sortKey(cell: { text: string; sort?: string | undefined }, type: 'auto' | 'text' | 'number' = 'auto'): SortKey {
  const raw = (cell.sort ?? cell.text).trim();
  if (MISSING.has(raw.toLowerCase())) return { kind: 'missing' };
  if (type !== 'text') {
    const asNumber = cell.sort !== undefined && cell.sort !== '' && !Number.isNaN(Number(cell.sort)) ? Number(cell.sort) : type === 'number' ? leadingNumber(raw) : /^[~<>≤≥]?\s*\d/.test(raw) ? leadingNumber(raw) : undefined;
    if (asNumber !== undefined && Number.isFinite(asNumber)) return { kind: 'number', value: asNumber };
    if (type === 'number') return { kind: 'missing' };
  }
  return { kind: 'text', value: raw.toLocaleLowerCase('en') };
}

/** Compare two keys; missing values sort last in both directions, numbers before text. */
export function compareKeys(a: SortKey, b: SortKey, dir: 'asc' | 'desc'): number {
  if (a.kind === 'missing' || b.kind === 'missing') return a.kind === b.kind ? 0 : a.kind === 'missing' ? 1 : -1;
  const sign = dir === 'asc' ? 1 : -1;
  if (a.kind === 'number' && b.kind === 'number') return sign * (a.value - b.value);
  if (a.kind === 'number') return -1;
  if (b.kind === 'number') return 1;
  return sign * (a as { value: string }).value.localeCompare((b as { value: string }).value, 'en', { numeric: true });
}

/** Stable sort of row indices by one column. */
export function sortRows(keys: readonly SortKey[], dir: 'asc' | 'desc'): number[] {
  return keys.map((_, i) => i).sort((i, j) => compareKeys(keys[i]!, keys[j]!, dir) || i - j);
}

/**
 * A facet cell's values, whitespace collapsed: its data-facet-values split at "|", or its text,
 * which is one value, or a list split at commas where the column's header says data-facet="list".
 */
export function cellFacetValues(raw: string, separator: '|' | ',' = '|'): string[] {
  return raw.split(separator).map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** How a facet cell's text divides into values: a header with data-facet="list" says it is a comma-separated list. */
export const facetTextSeparator = (facet: unknown): '|' | ',' => (facet === 'list' ? ',' : '|');

export interface TableState {
  q: string;
  sort?: string;
  dir: 'asc' | 'desc';
  /** Facet column -> selected value. */
  facets: Record<string, string>;
}

/** A row is shown when every word of the query occurs in it and every selected facet matches. */
/** Whether the state hides any row at all: a filter text with a word in it, or a facet chosen. */
export function isFiltering(state: TableState): boolean {
  return state.q.trim() !== '' || Object.values(state.facets).some(Boolean);
}

export function rowMatches(rowText: string, facetValues: Record<string, readonly string[]>, state: TableState): boolean {
  const text = rowText.toLocaleLowerCase('en');
  const words = state.q.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);
  if (!words.every((w) => text.includes(w))) return false;
  return Object.entries(state.facets).every(([col, value]) => !value || (facetValues[col] ?? []).includes(value));
}

export function readState(search: string): TableState {
  const p = new URLSearchParams(search);
  const facets: Record<string, string> = {};
  for (const [k, v] of p) if (k.startsWith('f.') && v) facets[k.slice(2)] = v;
  const state: TableState = { q: p.get('q') ?? '', dir: p.get('dir') === 'desc' ? 'desc' : 'asc', facets };
  const sort = p.get('sort');
  if (sort) state.sort = sort;
  return state;
}

export function writeState(state: TableState, base = ''): string {
  const p = new URLSearchParams(base);
  for (const k of [...p.keys()]) if (k === 'q' || k === 'sort' || k === 'dir' || k.startsWith('f.')) p.delete(k);
  if (state.q) p.set('q', state.q);
  if (state.sort) {
    p.set('sort', state.sort);
    p.set('dir', state.dir);
  }
  for (const [k, v] of Object.entries(state.facets)) if (v) p.set(`f.${k}`, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}
