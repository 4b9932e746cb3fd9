/**
 * The /search/ page's state and facets, as pure functions (the page script in
 * src/scripts/search-page.ts wires them to Pagefind's Modular UI):
 * - the query, filters and order live in the URL, `?q=sigma&f.type=Trial&f.phase=Phase 3&sort=date`,
 *   so a search can be shared and the back button restores it;
 * - the facet panel shows each filter's values with result counts, as Pagefind returns them.
 */

/** Selected filter values by filter name, as Pagefind's search takes them (values of one filter are ANDed). */
export type SearchFilters = Record<string, string[]>;

/** Result order: by relevance (Pagefind's ranking, the default) or newest first by the date a page was updated. */
export type SearchSort = 'relevance' | 'date';

export interface SearchState {
  query: string;
  filters: SearchFilters;
  /** Present only when not the default (relevance). */
  sort?: SearchSort;
}

/** Pagefind's search options for an order: its sort on the pages' `date` sort key, newest first. */
export function sortOptions(sort: SearchSort | undefined): { sort?: Record<string, 'asc' | 'desc'> } {
  return sort === 'date' ? { sort: { date: 'desc' } } : {};
}

/** Result counts by filter name and value (Pagefind's `filters`: what each value would leave). */
export type FilterCounts = Record<string, Record<string, number>>;

export interface FacetValue {
  value: string;
  count: number;
  checked: boolean;
}

export interface FacetGroup {
  /** The filter's name in the index and in the URL (`type` in `f.type=`). */
  name: string;
  /** The name as a heading: first letter upper case. */
  label: string;
  values: FacetValue[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** The state a URL's query string describes; empty values and repeated values are dropped. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  for (const [key, value] of params) {
    if (!key.startsWith('f.') || key.length === 2 || !value) continue;
    const values = (filters[key.slice(2)] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query: params.get('q') ?? '', filters, ...(params.get('sort') === 'date' ? { sort: 'date' as const } : {}) };
}

/**
 * The query string for a state, keeping any other parameters of `base`: `?q=…&f.name=value…`, or ''
 * when nothing is left. Filter names are written in order, values in the order they were chosen.
 */
export function writeSearchState(state: SearchState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const key of [...params.keys()]) if (key === 'q' || key === 'sort' || key.startsWith('f.')) params.delete(key);
  if (state.query) params.set('q', state.query);
  for (const name of Object.keys(state.filters).sort(byText)) for (const value of state.filters[name]!) params.append(`f.${name}`, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** `filters` with one value of one filter turned on or off; a filter left with no value is removed. */
export function toggleFilter(filters: SearchFilters, name: string, value: string, on: boolean): SearchFilters {
  const values = (filters[name] ?? []).filter((v) => v !== value);
  if (on) values.push(value);
  const next: SearchFilters = { ...filters, [name]: values };
  if (!values.length) delete next[name];
  return next;
}

/** How many values are selected across all filters. */
export function selectedCount(filters: SearchFilters): number {
  return Object.values(filters).reduce((n, values) => n + values.length, 0);
}

/**
 * The facets to show for a search: every filter value that would leave results, or that is
 * selected (even with no result left, so it can be unselected), with its count; filters with no
 * such value are left out. Filters and values are sorted by name (numbers in names numerically).
 */
export function facetGroups(counts: FilterCounts, selected: SearchFilters): FacetGroup[] {
  const names = new Set([...Object.keys(counts), ...Object.keys(selected).filter((n) => selected[n]!.length)]);
  const groups: FacetGroup[] = [];
  for (const name of [...names].sort(byText)) {
    const chosen = new Set(selected[name] ?? []);
    const valueNames = new Set([...Object.keys(counts[name] ?? {}), ...chosen]);
    const values = [...valueNames]
      .map((value) => ({ value, count: counts[name]?.[value] ?? 0, checked: chosen.has(value) }))
      .filter((v) => v.count > 0 || v.checked)
      .sort((a, b) => byText(a.value, b.value));
    if (values.length) groups.push({ name, label: name.charAt(0).toLocaleUpperCase('en') + name.slice(1), values });
  }
  return groups;
}
