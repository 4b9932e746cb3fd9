import { describe, expect, test } from 'vitest';
import { compareKeys, isFiltering, leadingNumber, readState, rowMatches, sortKey, sortRows, writeState } from '../../src/lib/table-sort.ts';

describe('leadingNumber', () => {
  test.each([
    ['Ki 2.5–16.6 nM', 2.5],
    ['Ki 1.8 nM', 1.8],
    ['IC50 1.2 µM', 1200],
    ['0.0025 nM', 0.0025],
    ['40 pM', 0.04],
    ['~1,700× over S2R', 1700],
    ['> 145,000×', 145000],
    ['no number', undefined],
  ])('%j -> %s', (text, n) => {
    expect(leadingNumber(text)).toBe(n);
  });
});

describe('sorting', () => {
  const cells = ['Ki 4.6 nM', '—', 'Ki 2.5–16.6 nM', 'IC50 44 nM', 'Ki 0.0025 nM', 'Ki 1.2 µM'].map((text) => sortKey({ text }, 'number'));
  test('numeric-aware, ranges by lower bound, units normalised, missing last (ascending)', () => {
    expect(sortRows(cells, 'asc')).toEqual([4, 2, 0, 3, 5, 1]);
  });
  test('missing stays last when descending', () => {
    expect(sortRows(cells, 'desc')).toEqual([5, 3, 0, 2, 4, 1]);
  });
  test('data-sort overrides the text', () => {
    expect(sortKey({ text: 'Phase 2', sort: '2' })).toEqual({ kind: 'number', value: 2 });
  });
  test('text compares case-insensitively and numerically inside strings', () => {
    const keys = ['Phase 10', 'phase 2', 'Alpha'].map((text) => sortKey({ text }, 'text'));
    expect(sortRows(keys, 'asc')).toEqual([2, 1, 0]);
  });
  test('numbers before text, stable for ties', () => {
    expect(compareKeys({ kind: 'number', value: 1 }, { kind: 'text', value: 'a' }, 'asc')).toBeLessThan(0);
    expect(sortRows([sortKey({ text: 'b' }), sortKey({ text: 'B' }), sortKey({ text: 'a' })], 'asc')).toEqual([2, 0, 1]);
  });
});

describe('filtering and URL state', () => {
  test('every query word must match, and every facet', () => {
    const state = { q: 'sigma pain', dir: 'asc' as const, facets: { topic: 'Pain' } };
    expect(rowMatches('Sigma-1 receptor and pain', { topic: ['Pain', 'Pharmacology'] }, state)).toBe(true);
    expect(rowMatches('Sigma-1 receptor and pain', { topic: ['Structure'] }, state)).toBe(false);
    expect(rowMatches('Sigma-1 receptor', { topic: ['Pain'] }, state)).toBe(false);
  });
  test('a state filters when its text has a word or a facet is chosen, and then only', () => {
    const state = (q: string, facets: Record<string, string> = {}) => ({ q, dir: 'asc' as const, facets });
    expect(isFiltering(state(''))).toBe(false);
    expect(isFiltering(state('  '))).toBe(false);
    expect(isFiltering(state('', { topic: '' }))).toBe(false);
    expect(isFiltering(state('ki'))).toBe(true);
    expect(isFiltering(state('', { topic: 'Pain' }))).toBe(true);
    // An unfiltered state keeps every row, whatever its text: the table may skip reading the rows.
    expect(['', 'x', 'Sigma-1'].every((t) => rowMatches(t, {}, state(' ', { topic: '' })))).toBe(true);
  });
  test('state round-trips through the query string and keeps other parameters', () => {
    const state = { q: 'ki', sort: 'year', dir: 'desc' as const, facets: { topic: 'Pain' } };
    const search = writeState(state, 'x=1');
    expect(search).toBe('?x=1&q=ki&sort=year&dir=desc&f.topic=Pain');
    expect(readState(search)).toEqual(state);
    expect(writeState({ q: '', dir: 'asc', facets: {} })).toBe('');
  });
});
