import { describe, expect, test } from 'vitest';
import { groupByInitial, initialLabel, initialOf, initialUrl, mostCited, OTHER_INITIAL } from '../../src/lib/reference-index.ts';

describe('the bibliography by first author', () => {
  test.each([
    ['Schmidt et al.', 's'],
    ['Özdemir and Su', 'o'],
    ['Ábalos', 'a'],
    ['  de Costa et al.', 'd'],
    ['7-[3-(1-piperidinyl)propoxy]chromenones', OTHER_INITIAL],
    ['σ1 receptor ligands', OTHER_INITIAL],
    ['', OTHER_INITIAL],
  ])('%j files under %s', (label, initial) => {
    expect(initialOf(label)).toBe(initial);
  });

  test('letters in order, "other" last, only letters that have sources', () => {
    const labels = ['Su', 'Maurice', '11C-tracer study', 'Schmidt', 'Ábalos', 'Hayashi'];
    const groups = groupByInitial(labels, (l) => l);
    expect(groups).toEqual([
      ['a', ['Ábalos']],
      ['h', ['Hayashi']],
      ['m', ['Maurice']],
      ['s', ['Su', 'Schmidt']],
      [OTHER_INITIAL, ['11C-tracer study']],
    ]);
    expect(groups.map(([i]) => initialLabel(i))).toEqual(['A', 'H', 'M', 'S', 'Other']);
    expect(initialUrl('s')).toBe('/references/by-author/s/');
  });

  test('most cited: by count, ties in the given order, uncited sources left out', () => {
    const counts: Record<string, number> = { a: 3, b: 7, c: 3, d: 0, e: 1 };
    expect(mostCited(['a', 'b', 'c', 'd', 'e'], (k) => counts[k]!, 3)).toEqual(['b', 'a', 'c']);
    expect(mostCited(['a', 'b', 'c', 'd', 'e'], (k) => counts[k]!, 10)).toEqual(['b', 'a', 'c', 'e']);
  });
});
