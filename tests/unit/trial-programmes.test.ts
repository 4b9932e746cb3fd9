import { describe, expect, test } from 'vitest';
import { phaseRange, programmes, type ProgrammeTrial } from '../../src/lib/trial-programmes.ts';

const t = (compounds: string[], phase: ProgrammeTrial['phase'], outcome: ProgrammeTrial['outcome'], start?: string, conditions = ['pain']): ProgrammeTrial => ({ compounds, conditions, phase, outcome, start });

describe('programmes', () => {
  test('groups trials by their first compound, in order of each programme\'s first trial, with counts and ranges', () => {
    const rows = programmes([
      t(['b', 'a'], 'phase-3', 'not-met', '2020-05', ['hd']),
      t(['a'], 'phase-2', 'met', '2012', ['pain']),
      t(['b'], 'phase-1', 'met', '2019'),
      t(['a'], 'phase-2', 'met', undefined, ['cpsp', 'pain']),
      t(['b'], 'phase-2', 'pending', '2024', ['als']),
    ]);
    expect(rows).toEqual([
      { compound: 'a', trials: 2, phases: ['phase-2', 'phase-2'], conditions: ['pain', 'cpsp'], outcomes: [['met', 2]], firstStart: '2012' },
      { compound: 'b', trials: 3, phases: ['phase-1', 'phase-3'], conditions: ['pain', 'hd', 'als'], outcomes: [['met', 1], ['not-met', 1], ['pending', 1]], firstStart: '2019' },
    ]);
  });

  test('a programme whose trials have no start date sorts last, by compound', () => {
    expect(programmes([t(['z'], 'phase-1', 'met'), t(['y'], 'phase-1', 'met'), t(['x'], 'phase-1', 'met', '2001')]).map((p) => p.compound)).toEqual(['x', 'y', 'z']);
  });

  test('a trial without a compound is a data error, named', () => {
    expect(() => programmes([t([], 'phase-1', 'met')])).toThrow(/names no compound/);
  });
});

describe('phaseRange', () => {
  test.each([
    [['phase-2', 'phase-2'], 'Phase 2'],
    [['phase-1', 'phase-3'], 'Phase 1 to 3'],
    [['phase-1-2', 'phase-2-3'], 'Phase 1/2 to 2/3'],
  ] as const)('%j -> %s', (range, text) => {
    expect(phaseRange(range)).toBe(text);
  });
});
