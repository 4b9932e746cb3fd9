import { describe, expect, test } from 'vitest';
import { formatPowerOfTen, logExtent, logMinorTicks, logScale, logTicks } from '../../src/lib/chart.ts';

describe('logExtent', () => {
  test.each<[number[], [number, number]]>([
    [[0.0025, 16.6], [0.001, 100]],
    [[13.7, 145000], [10, 1e6]],
    [[1, 1000], [1, 1000]],
    [[5], [1, 10]],
    [[10], [10, 100]],
    [[0, -3, 2.5], [1, 10]],
  ])('%j -> %j', (values, extent) => {
    expect(logExtent(values)).toEqual(extent);
  });

  test('no positive value is an error', () => {
    expect(() => logExtent([0, -1])).toThrow('needs at least one positive value');
  });
});

describe('logScale', () => {
  const s = logScale([1, 1000], [0, 300]);
  test.each([
    [1, 0],
    [10, 100],
    [100, 200],
    [1000, 300],
    [Math.sqrt(10), 50],
  ])('%d -> %d px', (v, px) => {
    expect(s(v)).toBeCloseTo(px, 9);
  });
  test('runs backwards for a y axis', () => {
    expect(logScale([10, 1e6], [400, 0])(1000)).toBeCloseTo(240, 9);
  });
  test('a zero or empty domain is an error', () => {
    expect(() => logScale([0, 10], [0, 1])).toThrow('bad domain');
    expect(() => logScale([10, 10], [0, 1])).toThrow('bad domain');
  });
});

describe('ticks', () => {
  test.each<[[number, number], number[]]>([
    [[0.001, 100], [0.001, 0.01, 0.1, 1, 10, 100]],
    [[10, 1e6], [10, 100, 1000, 1e4, 1e5, 1e6]],
  ])('powers of ten in %j', (domain, ticks) => {
    expect(logTicks(domain)).toEqual(ticks);
  });
  test('minor ticks: 2–9 times each decade, without float noise', () => {
    expect(logMinorTicks([0.1, 10])).toEqual([0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  test.each([
    [0.001, '0.001'],
    [0.1, '0.1'],
    [1, '1'],
    [1000, '1,000'],
    [1e4, '10⁴'],
    [1e6, '10⁶'],
    [1e-5, '10⁻⁵'],
  ])('label %d -> %s', (v, label) => {
    expect(formatPowerOfTen(v)).toBe(label);
  });
});
