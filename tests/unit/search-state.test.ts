import { describe, expect, test } from 'vitest';
import { resultParts, type SubResult } from '../../src/lib/search-results.ts';
import { facetGroups, readSearchState, selectedCount, sortOptions, toggleFilter, writeSearchState } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  test('reads the query and filters; several values of one filter; empty and repeated values dropped', () => {
    expect(readSearchState('?q=sigma&f.type=Trial&f.phase=Phase+3&f.phase=Phase%202%2F3&f.topic=&f.type=Trial&f.=x&sort=year')).toEqual({
      query: 'sigma',
      filters: { type: ['Trial'], phase: ['Phase 3', 'Phase 2/3'] },
    });
    expect(readSearchState('')).toEqual({ query: '', filters: {} });
  });

  test('writes them back, keeping other parameters and dropping stale ones', () => {
    const search = writeSearchState({ query: 'spared nerve', filters: { type: ['Trial'], phase: ['Phase 3', 'Phase 2/3'] } }, '?q=old&f.topic=Pain&highlight=x');
    const params = new URLSearchParams(search);
    expect(params.get('q')).toBe('spared nerve');
    expect(params.getAll('f.phase')).toEqual(['Phase 3', 'Phase 2/3']);
    expect(params.getAll('f.type')).toEqual(['Trial']);
    expect(params.has('f.topic')).toBe(false);
    expect(params.get('highlight')).toBe('x');
    // Filter names in a fixed order, so the same state is always the same URL.
    expect([...params.keys()]).toEqual(['highlight', 'q', 'f.phase', 'f.phase', 'f.type']);
  });

  test('an empty state is no query string at all', () => {
    expect(writeSearchState({ query: '', filters: {} }, '?q=sigma&f.type=Trial')).toBe('');
  });

  test('the order is in the URL only when it is by date; Pagefind sorts on the date key, newest first', () => {
    expect(readSearchState('?q=pridopidine&sort=date')).toEqual({ query: 'pridopidine', filters: {}, sort: 'date' });
    expect(writeSearchState({ query: 'pridopidine', filters: { type: ['Trial'] }, sort: 'date' }, '?sort=date&x=1')).toBe('?x=1&q=pridopidine&f.type=Trial&sort=date');
    expect(writeSearchState({ query: 'pridopidine', filters: {}, sort: 'relevance' }, '?q=a&sort=date')).toBe('?q=pridopidine');
    expect(sortOptions('date')).toEqual({ sort: { date: 'desc' } });
    expect(sortOptions('relevance')).toEqual({});
  });

  test('round trip: what is written reads back the same', () => {
    const state = { query: 'σ1R & BiP', filters: { condition: ["Alzheimer's disease"], evidence: ['Human, phase 2'] } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('toggling a filter', () => {
  test('adds and removes values without changing the input', () => {
    const before = { type: ['Trial'] };
    expect(toggleFilter(before, 'phase', 'Phase 3', true)).toEqual({ type: ['Trial'], phase: ['Phase 3'] });
    expect(toggleFilter(before, 'type', 'Compound', true)).toEqual({ type: ['Trial', 'Compound'] });
    expect(toggleFilter(before, 'type', 'Trial', false)).toEqual({});
    expect(toggleFilter(before, 'type', 'Trial', true)).toEqual({ type: ['Trial'] });
    expect(before).toEqual({ type: ['Trial'] });
  });

  test('counts the selected values', () => {
    expect(selectedCount({})).toBe(0);
    expect(selectedCount({ type: ['Trial'], phase: ['Phase 2', 'Phase 3'] })).toBe(3);
  });
});

describe('facets', () => {
  const counts = {
    type: { Trial: 4, Compound: 0, Review: 2 },
    phase: { 'Phase 10': 1, 'Phase 2': 3, 'Phase 2/3': 0 },
    status: { Completed: 0 },
  };

  test('values that leave results, with counts, sorted (numbers numerically); empty filters left out', () => {
    expect(facetGroups(counts, {})).toEqual([
      { name: 'phase', label: 'Phase', values: [{ value: 'Phase 2', count: 3, checked: false }, { value: 'Phase 10', count: 1, checked: false }] },
      { name: 'type', label: 'Type', values: [{ value: 'Review', count: 2, checked: false }, { value: 'Trial', count: 4, checked: false }] },
    ]);
  });

  test('a selected value stays (checked) even with no result left, so it can be unselected', () => {
    const groups = facetGroups(counts, { status: ['Completed'], type: ['Trial'], topic: ['Pain'] });
    expect(groups.map((g) => g.name)).toEqual(['phase', 'status', 'topic', 'type']);
    expect(groups.find((g) => g.name === 'status')!.values).toEqual([{ value: 'Completed', count: 0, checked: true }]);
    expect(groups.find((g) => g.name === 'topic')!.values).toEqual([{ value: 'Pain', count: 0, checked: true }]);
    expect(groups.find((g) => g.name === 'type')!.values.filter((v) => v.checked).map((v) => v.value)).toEqual(['Trial']);
  });

  test('no counts and nothing selected: no facets', () => {
    expect(facetGroups({}, {})).toEqual([]);
    expect(facetGroups({ type: { Trial: 0 } }, { type: [] })).toEqual([]);
  });
});

describe('result parts (sections that matched)', () => {
  const sub = (url: string, n: number): SubResult => ({ title: url, url, excerpt: '', locations: Array.from({ length: n }, (_, i) => i) });
  const page = '/compounds/e-52862/?highlight=s1ra';

  test('text before the first heading matched: the page excerpt, then the sections', () => {
    expect(resultParts({ url: page, sub_results: [sub(page, 2), sub(`${page}#a`, 1)] })).toEqual({ excerpt: true, sections: [sub(`${page}#a`, 1)] });
  });

  test('only sections matched: no page excerpt', () => {
    expect(resultParts({ url: page, sub_results: [sub(`${page}#a`, 1)] })).toEqual({ excerpt: false, sections: [sub(`${page}#a`, 1)] });
  });

  test('no sections: the page excerpt alone', () => {
    expect(resultParts({ url: page })).toEqual({ excerpt: true, sections: [] });
    expect(resultParts({ url: page, sub_results: [] })).toEqual({ excerpt: true, sections: [] });
  });

  test('more than three sections: the three with most matches, in page order', () => {
    const subs = [sub(page, 1), sub(`${page}#a`, 1), sub(`${page}#b`, 5), sub(`${page}#c`, 2), sub(`${page}#d`, 3), sub(`${page}#e`, 2)];
    expect(resultParts({ url: page, sub_results: subs }).sections.map((s) => s.url)).toEqual([`${page}#b`, `${page}#c`, `${page}#d`]);
    expect(resultParts({ url: page, sub_results: subs }, 1).sections.map((s) => s.url)).toEqual([`${page}#b`]);
  });
});
