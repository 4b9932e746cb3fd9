import { expect, test } from 'vitest';
import { backLinkLabel, firstSentence, formatQuantity, shorten } from '../../src/lib/format.ts';

test.each([
  [[2.5, 16.6], '=', 'nM', '2.5–16.6 nM'],
  [4.6, '=', 'nM', '4.6 nM'],
  [150, '~', undefined, '~150'],
  [145000, '>', undefined, '> 145,000'],
  [10000, '>=', 'nM', '≥ 10,000 nM'],
] as const)('formatQuantity(%j, %s, %s) = %s', (value, q, unit, out) => {
  expect(formatQuantity(value as number | [number, number], q, unit)).toBe(out);
});

test.each([
  ['One. Two.', { text: 'One.', cut: true }],
  ['Only one sentence.', { text: 'Only one sentence.', cut: false }],
  ['No full stop at all', { text: 'No full stop at all', cut: false }],
  ['A very long first sentence that goes on and on. Next.', { text: 'A very long first…', cut: true }],
])('firstSentence(%j)', (text, out) => {
  expect(firstSentence(text, text.startsWith('A very') ? 20 : 180)).toEqual(out);
});

test.each([
  [0, 'a'],
  [25, 'z'],
  [26, 'a1'],
  [53, 'b2'],
])('backLinkLabel(%i) = %s', (i, label) => {
  expect(backLinkLabel(i)).toBe(label);
});

test.each([
  ['short', 10, 'short'],
  ['exactly ten', 11, 'exactly ten'],
  ['cut on a word boundary here', 12, 'cut on a…'],
])('shorten(%j, %i) = %j', (text, max, out) => {
  expect(shorten(text, max)).toBe(out);
});
