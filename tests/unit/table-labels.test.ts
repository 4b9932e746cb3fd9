/** Column labels on review table cells (src/lib/table-labels.ts): what a phone shows beside each value. */
import { describe, expect, test } from 'vitest';
import { cellLabel } from '../../src/lib/table-labels.ts';

describe('cellLabel', () => {
  test.each([
    [['Drug', 'Finding', 'Source'], 0, undefined],
    [['Drug', 'Finding', 'Source'], 1, 'Finding'],
    [['Drug', 'Finding', 'Source'], 2, 'Source'],
    [['Drug', '  Assay\n and   source '], 1, 'Assay and source'],
    [['Drug', ''], 1, undefined],
    [['Drug', '   '], 1, undefined],
    [['Drug', 'Finding'], 2, undefined],
  ] as const)('%j, column %i: %s', (headers, index, expected) => {
    expect(cellLabel(headers, index)).toBe(expected);
  });
});
