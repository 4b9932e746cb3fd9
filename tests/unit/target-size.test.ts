/** The WCAG 2.5.8 target-size rule the phone test applies (tests/helpers/target-size.ts). */
import { describe, expect, test } from 'vitest';
import { targetSizeFailures, type Target } from '../helpers/target-size.ts';

const box = (name: string, x: number, y: number, width: number, height: number): Target => ({ name, x, y, width, height });

describe('targetSizeFailures', () => {
  test('targets of 24 × 24 px or more pass, however close together', () => {
    expect(targetSizeFailures([box('a', 0, 0, 24, 24), box('b', 24, 0, 30, 24), box('c', 0, 24, 24, 40)])).toEqual([]);
  });

  test('citation numbers of 10 × 19 px as in "[1, 2]" (8 px apart) fail, each naming the other', () => {
    expect(targetSizeFailures([box('[1]', 100, 100, 10, 19), box('[2]', 118, 100, 10, 19)])).toEqual([
      '[1]: 10×19 px, and its 24 px circle overlaps that of [2]',
      '[2]: 10×19 px, and its 24 px circle overlaps that of [1]',
    ]);
  });

  test('an undersized target next to a link 4 px away fails on the box itself', () => {
    expect(targetSizeFailures([box('[1]', 100, 100, 10, 19)], [box('Details', 114, 100, 50, 19)])).toEqual(['[1]: 10×19 px, and its 24 px circle touches the target Details']);
  });

  test('an undersized target alone, with 24 px clear around its centre, passes (the spacing exception)', () => {
    expect(targetSizeFailures([box('a', 100, 100, 10, 19)], [box('b', 200, 100, 50, 24), box('c', 100, 200, 50, 24)])).toEqual([]);
  });

  test('the circle must not reach another target: 11.9 px from the centre fails, 12 px (touching) passes', () => {
    // Centre of a is (105, 110); b starts 11.9 px or 12 px to the right of it.
    expect(targetSizeFailures([box('a', 100, 100, 10, 20)], [box('b', 116.9, 100, 30, 30)])).toEqual(['a: 10×20 px, and its 24 px circle touches the target b']);
    expect(targetSizeFailures([box('a', 100, 100, 10, 20)], [box('b', 117, 100, 30, 30)])).toEqual([]);
  });

  test('two undersized targets whose circles overlap fail, though neither circle reaches the other box', () => {
    // Centres 22 px apart (< 24): the circles overlap; each circle ends 12 px out, the other box starts 17 px out.
    expect(targetSizeFailures([box('a', 0, 0, 10, 10), box('b', 22, 0, 10, 10)])).toEqual([
      'a: 10×10 px, and its 24 px circle overlaps that of b',
      'b: 10×10 px, and its 24 px circle overlaps that of a',
    ]);
  });

  test('a circle overlapping a large target counts, but that target is not judged', () => {
    expect(targetSizeFailures([box('small', 0, 0, 10, 10)], [box('big', 12, 0, 100, 40)])).toEqual(['small: 10×10 px, and its 24 px circle touches the target big']);
    expect(targetSizeFailures([], [box('tiny', 0, 0, 2, 2), box('tiny2', 3, 0, 2, 2)])).toEqual([]);
  });

  test('a target is not measured against itself', () => {
    expect(targetSizeFailures([box('a', 0, 0, 20, 20)])).toEqual([]);
  });
});
