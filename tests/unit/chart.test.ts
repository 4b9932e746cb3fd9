import { describe, expect, test } from 'vitest';
import { formatPowerOfTen, layoutScatter, logExtent, logMidpoint, logMinorTicks, logScale, logTicks, overlaps, type ScatterOptions, type ScatterPoint } from '../../src/lib/chart.ts';

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

describe('logMidpoint', () => {
  test.each<[number | [number, number], number]>([
    [4.6, 4.6],
    [[1, 100], 10],
    [[2.5, 16.6], Math.sqrt(2.5 * 16.6)],
  ])('%j -> %d', (v, mid) => {
    expect(logMidpoint(v)).toBeCloseTo(mid, 9);
  });
});

describe('layoutScatter', () => {
  const options: ScatterOptions = { width: 420, height: 340, margin: { top: 12, right: 12, bottom: 52, left: 70 }, fontSize: 15, markerRadius: 5 };
  // The chart's real data: S1R Ki (nM) and fold selectivity over S2R.
  const points: ScatterPoint[] = [
    { id: 'bd-1047', label: 'BD-1047', href: '/compounds/bd-1047/', x: [4.8, 9.1], y: 20, yQualifier: '~', open: true, note: '' },
    { id: 'cutamesine', label: 'Cutamesine', href: '/compounds/cutamesine/', x: 4.6, y: 13.7, note: '' },
    { id: 'e-52862', label: 'E-52862', href: '/compounds/e-52862/', x: [2.5, 16.6], y: 150, yQualifier: '~', open: true, note: '' },
    { id: 'ftc-146', label: 'FTC-146', href: '/compounds/ftc-146/', x: 0.0025, y: 145000, yQualifier: '>', note: '' },
    { id: 'mr200', label: '(+)-MR200', href: '/compounds/mr200/', x: 1.8, y: 1700, yQualifier: '~', open: true, note: '' },
    { id: 'pw507', label: 'PW507', href: '/compounds/pw507/', x: 0.76, y: 1300, yQualifier: '~', open: true, note: '' },
  ];
  const layout = layoutScatter(points, options);
  const byId = new Map(layout.points.map((p) => [p.id, p]));

  test('domains and ticks around the data', () => {
    expect(layout.xDomain).toEqual([0.001, 100]);
    expect(layout.yDomain).toEqual([10, 1e6]);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['0.001', '0.01', '0.1', '1', '10', '100']);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['10', '100', '1,000', '10⁴', '10⁵', '10⁶']);
    expect(layout.xTicks[0]!.pos).toBe(70);
    expect(layout.xTicks.at(-1)!.pos).toBe(408);
    expect(layout.yTicks[0]!.pos).toBe(288);
    expect(layout.yTicks.at(-1)!.pos).toBe(12);
  });

  test('points: higher affinity further left, higher selectivity further up', () => {
    expect(byId.get('ftc-146')!.cx).toBeLessThan(byId.get('pw507')!.cx);
    expect(byId.get('ftc-146')!.cy).toBeLessThan(byId.get('mr200')!.cy);
    expect(byId.get('cutamesine')!.cy).toBeGreaterThan(byId.get('bd-1047')!.cy);
  });

  test('ranges become bars centred on the geometric mean; bounds become arrows', () => {
    const e = byId.get('e-52862')!;
    expect(e.xSpan![0]).toBeLessThan(e.cx);
    expect(e.xSpan![1]).toBeGreaterThan(e.cx);
    expect(e.cx - e.xSpan![0]).toBeCloseTo(e.xSpan![1] - e.cx, 9);
    expect(byId.get('ftc-146')!.arrow).toBe('up');
    expect(byId.get('mr200')!.arrow).toBeUndefined();
    expect(byId.get('cutamesine')!.xSpan).toBeUndefined();
  });

  test('labels stay inside the plot and do not overlap each other or any marker', () => {
    const boxes = layout.points.map((p) => p.labelBox);
    for (const [i, b] of boxes.entries()) {
      expect(b.x, layout.points[i]!.id).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.x + b.width, layout.points[i]!.id).toBeLessThanOrEqual(layout.plot.right);
      for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
      for (const p of layout.points) {
        const marker = { x: p.cx - 5, y: p.cy - 5, width: 10, height: 10 };
        expect(overlaps(b, marker), `${layout.points[i]!.id} label over ${p.id}`).toBe(false);
      }
    }
  });

  test('a label that would leave the plot on the right goes to the left', () => {
    const edge = layoutScatter([{ id: 'a', label: 'A long compound name', href: '/', x: 90, y: 100, note: '' }], { ...options, xDomain: [0.001, 100], yDomain: [10, 1e6] });
    expect(edge.points[0]!.labelAnchor).toBe('end');
  });

  test('minor ticks sit between the major ones', () => {
    expect(layout.xMinor).toHaveLength(5 * 8);
    for (const m of layout.xMinor) {
      expect(m).toBeGreaterThan(layout.plot.left);
      expect(m).toBeLessThan(layout.plot.right);
    }
  });
});
