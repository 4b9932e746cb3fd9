import { describe, expect, test } from 'vitest';
import { baselines, center, connector, edgePoint, inhibitorPath, type Point, type Rect } from '../../src/lib/figure.ts';

const box: Rect = { x: 0, y: 0, width: 100, height: 40 };

describe('edgePoint', () => {
  test.each<[string, Point, number, Point]>([
    ['right', { x: 300, y: 20 }, 0, { x: 100, y: 20 }],
    ['left', { x: -300, y: 20 }, 0, { x: 0, y: 20 }],
    ['below', { x: 50, y: 400 }, 0, { x: 50, y: 40 }],
    ['above, with a gap', { x: 50, y: -400 }, 5, { x: 50, y: -5 }],
    ['diagonal through the corner', { x: 150, y: 60 }, 0, { x: 100, y: 40 }],
    ['steep diagonal hits the bottom', { x: 150, y: 70 }, 0, { x: 90, y: 40 }],
    ['shallow diagonal hits the side', { x: 250, y: 60 }, 0, { x: 100, y: 30 }],
    ['the centre itself', { x: 50, y: 20 }, 3, { x: 50, y: 20 }],
  ])('%s', (_name, to, gap, expected) => {
    expect(edgePoint(box, to, gap)).toEqual(expected);
  });
});

describe('connector', () => {
  test('runs between facing edges of two boxes', () => {
    expect(connector(box, { x: 0, y: 100, width: 100, height: 40 }, 4)).toEqual({ x1: 50, y1: 44, x2: 50, y2: 96 });
    expect(connector(box, { x: 200, y: 0, width: 100, height: 40 }, 0)).toEqual({ x1: 100, y1: 20, x2: 200, y2: 20 });
  });
});

describe('baselines', () => {
  test.each<[number, number, number, number[]]>([
    [1, 16, 16, [26]],
    [2, 16, 16, [16, 36]],
    [2, 15, 14, [16.88, 34.63]],
  ])('%d line(s) of %d/%d px centred in a 40 px box', (lines, first, rest, expected) => {
    expect(baselines(box, lines, first, rest)).toEqual(expected);
  });
  test('lines stay inside the box', () => {
    const ys = baselines({ x: 0, y: 100, width: 10, height: 70 }, 3, 15, 14);
    expect(ys[0]! - 15).toBeGreaterThanOrEqual(100);
    expect(ys.at(-1)!).toBeLessThanOrEqual(170);
    expect(center({ x: 0, y: 100, width: 10, height: 70 })).toEqual({ x: 5, y: 135 });
  });
});

describe('inhibitorPath', () => {
  test.each<[string, Rect, string]>([
    ['to the right: a horizontal line ending in a vertical bar', { x: 200, y: 0, width: 100, height: 40 }, 'M105 20L195 20M195 12L195 28'],
    ['downwards: a vertical line ending in a horizontal bar', { x: 0, y: 100, width: 100, height: 40 }, 'M50 45L50 95M58 95L42 95'],
  ])('%s', (_name, target, d) => {
    expect(inhibitorPath(box, target)).toBe(d);
  });
});
