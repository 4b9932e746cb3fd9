import { describe, expect, test } from 'vitest';
import { comparePartialDates, decimalYear, formatPartialDate, PARTIAL_DATE, yearOf } from '../../src/lib/dates.ts';
import { layoutTimeline, yearDomain, type TimelineTrial } from '../../src/lib/timeline.ts';

describe('partial dates', () => {
  test.each([
    ['2020', true],
    ['2020-10', true],
    ['2020-10-16', true],
    ['2020-13', false],
    ['2020-10-32', false],
    ['20-10-16', false],
    ['2020/10/16', false],
  ])('%s is a partial date: %s', (d, ok) => {
    expect(PARTIAL_DATE.test(d)).toBe(ok);
  });

  test('compared at the precision both have', () => {
    expect(comparePartialDates('2020', '2020-10-16')).toBe(0);
    expect(comparePartialDates('2020-09', '2020-10-16')).toBeLessThan(0);
    expect(comparePartialDates('2021', '2020-12-31')).toBeGreaterThan(0);
  });

  test.each([
    ['2020', '2020'],
    ['2020-10', 'October 2020'],
    ['2020-10-06', '6 October 2020'],
  ])('%s reads "%s"', (d, text) => {
    expect(formatPartialDate(d)).toBe(text);
  });

  test('a year sits at its middle on an axis; a day near its place in the year', () => {
    expect(decimalYear('2020')).toBe(2020.5);
    expect(decimalYear('2020-01')).toBeCloseTo(2020 + 0.5 / 12, 9);
    expect(decimalYear('2020-12-31')).toBeGreaterThan(2020.99);
    expect(yearOf('2025-12-11')).toBe(2025);
  });
});

describe('timeline layout', () => {
  const trial = (over: Partial<TimelineTrial>): TimelineTrial => ({ id: 't', label: 'T', href: '/trials/t/', ongoing: false, note: 'Phase 3; met.', ...over });

  test('the axis covers whole years from the first date to the year after the last, whatever today is', () => {
    expect(yearDomain(['2019-05', '2025-12-11'])).toEqual([2019, 2026]);
    expect(() => yearDomain([])).toThrow('at least one date');
  });

  test('trials sit in start order; bars run start to end; marks at their dates', () => {
    const layout = layoutTimeline([trial({ id: 'b', label: 'B', start: '2020-10-16', end: '2024', published: '2025-09' }), trial({ id: 'a', label: 'A', start: '2016-01', end: '2018', resultsPosted: '2019' })], [{ id: 'e', date: '2025-12-11', label: 'EMA negative opinion', href: '/x/' }], { width: 1000, pad: 0 });
    expect(layout.rows.map((r) => r.id)).toEqual(['a', 'b']);
    const [a, b] = layout.rows;
    expect(a!.bar!.x0).toBeLessThan(a!.bar!.x1);
    expect(b!.bar!.x0).toBeGreaterThan(a!.bar!.x1);
    expect(b!.marks[0]).toMatchObject({ kind: 'published', title: 'B: primary result published, September 2025' });
    expect(a!.marks[0]!.kind).toBe('results');
    expect(layout.events!.marks[0]!.x).toBeGreaterThan(b!.marks[0]!.x);
    expect(layout.years[0]).toEqual({ year: 2016, x: 0 });
    expect(layout.years.at(-1)).toEqual({ year: 2026, x: 1000 });
  });

  test('a running trial without an end runs open to the end of the axis; its summary says so', () => {
    const layout = layoutTimeline([trial({ start: '2024-03', ongoing: true }), trial({ id: 'x', label: 'X', start: '2019' })], [], { width: 100, pad: 0 });
    const running = layout.rows.find((r) => r.id === 't')!;
    expect(running.bar).toMatchObject({ x1: 100, open: true });
    expect(running.summary).toBe('T: started March 2024, still running. Phase 3; met.');
    expect(layout.events).toBeUndefined();
  });

  test('a shared domain puts one date at one x in every programme', () => {
    const one = layoutTimeline([trial({ start: '2020' })], [], { domain: [2000, 2030] });
    const two = layoutTimeline([trial({ start: '2020', end: '2029' })], [], { domain: [2000, 2030] });
    expect(one.rows[0]!.bar!.x0).toBe(two.rows[0]!.bar!.x0);
    expect(one.years.map((y) => y.year)).toEqual([2000, 2010, 2020, 2030]);
  });
});
