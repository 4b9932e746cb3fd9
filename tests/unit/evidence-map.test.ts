import { describe, expect, test } from 'vitest';
import {
  buildEvidenceMap,
  cellKey,
  cellLabel,
  combineDirections,
  orderConditionTree,
  summariseCell,
  trialStudy,
  findingStudy,
  type FindingInput,
  type MapDirection,
  type TrialInput,
  type TrialOutcome,
  type TrialPhase,
} from '../../src/lib/evidence-map.ts';

const finding = (id: string, over: Partial<FindingInput> = {}): FindingInput => ({ id, title: id, ref: `paper-${id}`, compound: 'e-52862', condition: 'neuropathic-pain', evidence: 'animal', direction: 'benefit', ...over });
const trial = (id: string, over: Partial<TrialInput> = {}): TrialInput => ({ id, title: id, compounds: ['e-52862'], conditions: ['neuropathic-pain'], phase: 'phase-2', outcome: 'not-reported', ...over });

describe('trial phases and outcomes', () => {
  test.each<[TrialPhase, string, string]>([
    ['phase-1', 'human-phase-1', 'Phase 1'],
    ['phase-1-2', 'human-phase-1', 'Phase 1/2'],
    ['phase-2', 'human-phase-2', 'Phase 2'],
    ['phase-2-3', 'human-phase-2', 'Phase 2/3'],
    ['phase-3', 'human-phase-3', 'Phase 3'],
    ['phase-4', 'human-phase-3', 'Phase 4'],
  ])('%s counts as %s and reads "%s"', (phase, level, label) => {
    const s = trialStudy(trial('t', { phase }));
    expect(s.level).toBe(level);
    expect(s.kindLabel).toBe(label);
  });

  test.each<[TrialOutcome, MapDirection]>([
    ['met', 'benefit'],
    ['not-met', 'no-effect'],
    ['mixed', 'mixed'],
    ['not-reported', 'unknown'],
    ['pending', 'unknown'],
  ])('outcome %s -> %s', (outcome, direction) => {
    expect(trialStudy(trial('t', { outcome })).direction).toBe(direction);
  });

  test('ranks: in vitro < animal < phase 1 < 1/2 < 2 < 2/3 < 3 < 4', () => {
    const ranks = [
      findingStudy(finding('a', { evidence: 'in-vitro' })),
      findingStudy(finding('b', { evidence: 'animal' })),
      ...(['phase-1', 'phase-1-2', 'phase-2', 'phase-2-3', 'phase-3', 'phase-4'] as const).map((phase) => trialStudy(trial(phase, { phase }))),
    ].map((s) => s.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  test('a finding recorded as human evidence ranks with trials of that phase', () => {
    expect(findingStudy(finding('h', { evidence: 'human-phase-2' })).rank).toBe(trialStudy(trial('t', { phase: 'phase-2' })).rank);
  });
});

describe('combineDirections', () => {
  test.each<[MapDirection[], MapDirection]>([
    [['benefit'], 'benefit'],
    [['benefit', 'benefit'], 'benefit'],
    [['benefit', 'no-effect'], 'mixed'],
    [['harm', 'benefit'], 'mixed'],
    [['unknown', 'no-effect'], 'no-effect'],
    [['unknown', 'unknown'], 'unknown'],
    [['mixed', 'unknown'], 'mixed'],
    [[], 'unknown'],
  ])('%j -> %s', (dirs, expected) => {
    expect(combineDirections(dirs)).toBe(expected);
  });
});

describe('summariseCell', () => {
  test.each<[string, ReturnType<typeof trialStudy>[], string]>([
    ['animal only', [findingStudy(finding('f1')), findingStudy(finding('f2'))], 'Animal · benefit · 2 studies'],
    ['a phase 3 trial outranks animal data', [findingStudy(finding('f1')), trialStudy(trial('t3', { phase: 'phase-3', outcome: 'not-met' }))], 'Phase 3 · no effect · 2 studies'],
    ['direction comes from the strongest rank only', [trialStudy(trial('a', { phase: 'phase-2', outcome: 'mixed' })), trialStudy(trial('b', { phase: 'phase-2', outcome: 'not-reported' })), trialStudy(trial('c', { phase: 'phase-1', outcome: 'met' })), findingStudy(finding('f'))], 'Phase 2 · mixed · 4 studies'],
    ['a phase 3 trial without results gives an unknown direction', [trialStudy(trial('p3', { phase: 'phase-3', outcome: 'not-reported' })), trialStudy(trial('p23', { phase: 'phase-2-3', outcome: 'not-met' }))], 'Phase 3 · result unknown · 2 studies'],
    ['one study', [trialStudy(trial('p23', { phase: 'phase-2-3', outcome: 'mixed' }))], 'Phase 2/3 · mixed · 1 study'],
    ['in vitro harm', [findingStudy(finding('v', { evidence: 'in-vitro', direction: 'harm' }))], 'In vitro · worsening · 1 study'],
  ])('%s', (_name, studies, label) => {
    expect(cellLabel(summariseCell('x', 'y', studies))).toBe(label);
  });

  test('studies are listed strongest first, findings before trials on ties, then by title', () => {
    const cell = summariseCell('x', 'y', [
      findingStudy(finding('b-finding')),
      trialStudy(trial('z-trial', { phase: 'phase-2' })),
      findingStudy(finding('a-finding')),
      findingStudy(finding('human', { evidence: 'human-phase-2', title: 'human' })),
    ]);
    expect(cell.studies.map((s) => s.id)).toEqual(['human', 'z-trial', 'a-finding', 'b-finding']);
    expect(cell.studies[0]!.href).toBe('/findings/human/');
    expect(cell.studies[1]!.href).toBe('/trials/z-trial/');
  });

  test('an empty cell is a programming error', () => {
    expect(() => summariseCell('x', 'y', [])).toThrow('no studies for x--y');
  });
});

describe('buildEvidenceMap', () => {
  const map = buildEvidenceMap({
    findings: [finding('e-sni'), finding('e-stz', { condition: 'pdn' }), finding('pre-als', { compound: 'pre-084', condition: 'als' })],
    trials: [
      trial('e-pdn', { conditions: ['pdn', 'neuropathic-pain'] }),
      trial('prido-als', { compounds: ['pridopidine'], conditions: ['als'], phase: 'phase-2-3', outcome: 'not-met' }),
      trial('fen', { compounds: ['fenfluramine'], conditions: ['dravet', 'dee'], phase: 'phase-3', outcome: 'met' }),
    ],
    compoundOrder: ['pridopidine', 'e-52862', 'fenfluramine'],
    conditionOrder: ['neuropathic-pain', 'pdn', 'als', 'dee', 'dravet'],
  });

  test('rows and columns: only ids with data, in the given order, unlisted ids last', () => {
    expect(map.compounds).toEqual(['pridopidine', 'e-52862', 'fenfluramine', 'pre-084']);
    expect(map.conditions).toEqual(['neuropathic-pain', 'pdn', 'als', 'dee', 'dravet']);
  });

  test.each([
    ['e-52862', 'neuropathic-pain', 'Phase 2 · result unknown · 2 studies'],
    ['e-52862', 'pdn', 'Phase 2 · result unknown · 2 studies'],
    ['pridopidine', 'als', 'Phase 2/3 · no effect · 1 study'],
    ['pre-084', 'als', 'Animal · benefit · 1 study'],
    ['fenfluramine', 'dravet', 'Phase 3 · benefit · 1 study'],
    ['fenfluramine', 'dee', 'Phase 3 · benefit · 1 study'],
  ])('%s x %s: %s', (compound, condition, label) => {
    expect(cellLabel(map.cells.get(cellKey(compound, condition))!)).toBe(label);
  });

  test('empty pairs have no cell; a trial listed twice counts once', () => {
    expect(map.cells.has(cellKey('pre-084', 'neuropathic-pain'))).toBe(false);
    const twice = buildEvidenceMap({ findings: [], trials: [trial('t', { conditions: ['a', 'a'] })] });
    expect(twice.cells.get(cellKey('e-52862', 'a'))!.studies).toHaveLength(1);
  });
});

describe('orderConditionTree', () => {
  const conditions = [
    { id: 'pdn', title: 'Painful diabetic neuropathy', parent: 'np' },
    { id: 'np', title: 'Neuropathic pain' },
    { id: 'als', title: 'ALS' },
    { id: 'dravet', title: 'Dravet syndrome', parent: 'dee' },
    { id: 'dee', title: 'Developmental and epileptic encephalopathies', parent: 'epilepsy' },
    { id: 'cipn', title: 'Chemotherapy-induced neuropathy', parent: 'np' },
  ];
  test('parents before children, alphabetical at each level; missing parents do not hide children', () => {
    expect(orderConditionTree(conditions)).toEqual([
      { id: 'als', depth: 0 },
      { id: 'dee', depth: 0 },
      { id: 'dravet', depth: 1 },
      { id: 'np', depth: 0 },
      { id: 'cipn', depth: 1 },
      { id: 'pdn', depth: 1 },
    ]);
  });
});

test('a cell counts distinct papers and trials, and says how many read-outs stand behind them', () => {
  const map = buildEvidenceMap({ findings: [finding('a', { ref: 'p1' }), finding('b', { ref: 'p1' }), finding('c', { ref: 'p1' })], trials: [] });
  expect(cellLabel(map.cells.get(cellKey('e-52862', 'neuropathic-pain'))!)).toBe('Animal · benefit · 1 study, 3 read-outs');
  const two = buildEvidenceMap({ findings: [finding('a', { ref: 'p1' }), finding('b', { ref: 'p2' })], trials: [] });
  expect(cellLabel(two.cells.get(cellKey('e-52862', 'neuropathic-pain'))!)).toBe('Animal · benefit · 2 studies');
});
