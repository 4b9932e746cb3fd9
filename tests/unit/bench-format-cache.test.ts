/**
 * formatReference keeps each reference's HTML by the data object (a performance fix: pages ask for
 * the same references tens of thousands of times per build). The cache must never serve a stale
 * text: an edited reference is a new object with other content, and it is formatted anew.
 */
import { expect, test } from 'vitest';
import { formatReference } from '../../src/lib/citations/format.ts';

const work = () => ({ type: 'article-journal', title: 'Sigma-1 receptor chaperones at the ER-mitochondrion interface', author: [{ family: 'Hayashi', given: 'Teruo' }, { family: 'Su', given: 'Tsung-Ping' }], 'container-title': 'Cell', volume: '131', page: '596-610', issued: { 'date-parts': [[2007]] } });

test('the same object, another object with the same content, and an edited one', () => {
  const data = work();
  const first = formatReference('hayashi2007-cell', data);
  expect(first).toBe('Hayashi T, Su TP. Sigma-1 receptor chaperones at the ER-mitochondrion interface. Cell. 2007;131:596–610.');
  expect(formatReference('hayashi2007-cell', data)).toBe(first);
  expect(formatReference('hayashi2007-cell', work())).toBe(first);
  const edited = { ...work(), title: 'Sigma-1 receptors at the ER-mitochondrion interface' };
  expect(formatReference('hayashi2007-cell', edited)).toBe('Hayashi T, Su TP. Sigma-1 receptors at the ER-mitochondrion interface. Cell. 2007;131:596–610.');
  // Another key for the same object is another reference (its own cache entry).
  expect(formatReference('other-key', data)).toBe(first);
});
