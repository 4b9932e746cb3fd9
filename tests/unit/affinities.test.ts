import { describe, expect, test } from 'vitest';
import { logMidNm, pName, pOf, pValue, toNmRange, valueAnchor } from '../../src/lib/affinities.ts';
import { assayKey, spreadOf, spreadText } from '../../src/lib/spread.ts';
import { EXPLORER_VIEWS, explorerHref, explorerRows, layoutStrips, markerPath, targetClass, viewOf, type ExplorerCompound } from '../../src/lib/explorer.ts';
import { spreadLine } from '../../src/lib/spread.ts';
import { formulaParts } from '../../src/lib/formula.ts';
import type { Affinity } from '../../src/schemas/compound.ts';

describe('units and negative logs', () => {
  test.each([
    [1, 'nM', [1, 1]],
    [1.2, 'µM', [1200, 1200]],
    [2.5, 'pM', [0.0025, 0.0025]],
    [[2.5, 16.6], 'nM', [2.5, 16.6]],
    [[0.1, 3], 'mM', [1e5, 3e6]],
  ] as const)('%j %s is %j nM', (value, unit, nm) => {
    expect(toNmRange(value, unit)).toEqual(nm);
  });

  test.each([
    [1, 9],
    [36, 7.44],
    [0.0025, 11.6],
    [1000, 6],
    [100000, 4],
  ])('%d nM is p %d', (nm, p) => {
    expect(pValue(nm)).toBe(p);
  });

  test('a range gives [p of the high end, p of the low end]', () => {
    expect(pOf([2.5, 16.6], 'nM')).toEqual([7.78, 8.6]);
    expect(pOf(4.6, 'nM')).toBe(8.34);
  });

  test('zero or negative concentrations have no log', () => {
    expect(() => pValue(0)).toThrow('must be positive');
  });

  test('names follow the measure', () => {
    expect([pName('Ki'), pName('IC50'), pName('Kd')]).toEqual(['pKi', 'pIC50', 'pKd']);
  });

  test('a range sits at its geometric middle', () => {
    expect(logMidNm([1, 100], 'nM')).toBe(10);
    expect(logMidNm(3, 'µM')).toBe(3000);
  });
});

describe('spread between assays', () => {
  const a = (species: string, tissue: string | undefined, radioligand: string, ref: string) => ({ species, tissue, radioligand, ref });
  test('one assay is one paper, species, system and radioligand (case-insensitive)', () => {
    expect(assayKey(a('rat', 'Brain', '[3H](+)-Pentazocine', 'x'))).toBe(assayKey(a('rat', 'brain', '[3H](+)-pentazocine', 'x')));
    expect(assayKey(a('rat', 'brain', '[3H](+)-pentazocine', 'x'))).not.toBe(assayKey(a('guinea-pig', 'brain', '[3H](+)-pentazocine', 'x')));
    expect(assayKey(a('rat', 'brain', '[3H](+)-pentazocine', 'x'))).not.toBe(assayKey(a('rat', 'brain', '[3H]DTG', 'x')));
    expect(assayKey(a('rat', 'brain', '[3H]DTG', 'x'))).not.toBe(assayKey(a('rat', 'brain', '[3H]DTG', 'y')));
  });

  test('a secondary value counts as an assay of the primary paper it quotes', () => {
    expect(assayKey({ ...a('rat', 'brain', '[3H]DTG', 'review'), primary: 'paper' })).toBe(assayKey(a('rat', 'brain', '[3H]DTG', 'paper')));
  });

  test('fold is highest over lowest; assays are counted once', () => {
    expect(spreadOf([{ nm: 2, assay: 'a' }, { nm: 24, assay: 'b' }, { nm: 5, assay: 'b' }])).toEqual({ fold: 12, assays: 2, values: 3 });
    expect(spreadOf([])).toBeUndefined();
  });

  test.each([
    [undefined, 'no value'],
    [{ fold: 1, assays: 1, values: 1 }, 'one value'],
    [{ fold: 1.4, assays: 1, values: 2 }, '2 values from one assay, within 1.4-fold'],
    [{ fold: 12.2, assays: 4, values: 5 }, 'values span 12-fold across 4 assays'],
    [{ fold: 3, assays: 2, values: 2 }, 'values span 3.0-fold across 2 assays'],
  ])('%j reads "%s"', (spread, text) => {
    expect(spreadText(spread)).toBe(text);
  });
});

const aff = (over: Partial<Affinity>): Affinity => ({ target: 'S1R', measure: 'Ki', value: 1, qualifier: '=', unit: 'nM', species: 'rat', radioligand: '[3H](+)-pentazocine', source: 'primary', ref: 'r', ...over }) as Affinity;

describe('explorer rows and layout', () => {
  const compounds: ExplorerCompound[] = [
    { id: 'weak', title: 'Weak', action: 'agonist', className: 'x', affinities: [aff({ value: 5000 }), aff({ target: 'S2R', value: 20 })] },
    { id: 'tight', title: 'Tight', action: 'antagonist', className: 'y', affinities: [aff({ source: 'vendor', value: 0.01 }), aff({ value: 0.5 }), aff({ value: 2, unit: 'nM', species: 'human' })] },
    { id: 'none', title: 'None', action: 'agonist', className: 'z', affinities: [aff({ source: 'vendor' })] },
  ];
  const rows = explorerRows(compounds);

  test('vendor-only values never reach the explorer; ids count every value of the compound', () => {
    expect(rows.map((r) => r.id)).toEqual(['weak-1', 'weak-2', 'tight-2', 'tight-3']);
    // Where each value sits on its compound's page (the anchor the explorer's "note" link opens).
    expect(rows.map((r) => valueAnchor(r.position))).toEqual(['value-1', 'value-2', 'value-2', 'value-3']);
    expect(rows.some((r) => r.affinity.source === 'vendor')).toBe(false);
  });

  test('strips run from the tightest median S1R value; each strip carries its S1R spread', () => {
    const layout = layoutStrips(rows);
    expect(layout.strips.map((s) => s.compound)).toEqual(['tight', 'weak']);
    expect(layout.strips[0]!.spread).toEqual({ fold: 4, assays: 2, values: 2 });
    expect(layout.ticks.map((t) => t.value)).toEqual([0.1, 1, 10, 100, 1000, 1e4]);
  });

  test('with another focus target, strips run from its tightest median and carry its spread', () => {
    const layout = layoutStrips(rows, { focus: 'S2R' });
    expect(layout.strips.map((s) => s.compound)).toEqual(['weak', 'tight']);
    expect(layout.strips.map((s) => s.spread?.values)).toEqual([1, undefined]);
    expect(spreadLine('S2R', layout.strips[0]!.spread)).toBe('S2R: one value');
    expect(spreadLine('S2R', layout.strips[1]!.spread)).toBe('no S2R value');
  });

  test('each value belongs to exactly one explorer page, and a compound links to the page of its S1R values first', () => {
    for (const target of ['S1R', 'S2R', 'sigma sites (σ1 and σ2 not distinguished)', 'VAChT']) expect(EXPLORER_VIEWS.filter((v) => v.holds(target))).toEqual([viewOf(target)]);
    expect(viewOf('S1R').path).toBe('/compounds/affinities/');
    expect(viewOf('S2R').path).toBe('/compounds/affinities/s2r/');
    expect(explorerHref('Weak & Co', compounds[0]!.affinities)).toBe('/compounds/affinities/?f.compound=Weak%20%26%20Co');
    expect(explorerHref('X', [aff({ target: 'S2R' }), aff({ target: 'S1R', source: 'vendor' })])).toBe('/compounds/affinities/s2r/?f.compound=X');
    expect(explorerHref('X', [aff({ source: 'vendor' })])).toBeUndefined();
  });

  test('points sit left of one another in value order, within the plot', () => {
    const layout = layoutStrips(rows);
    const xs = layout.strips[0]!.points.map((p) => p.cx);
    expect(xs[0]).toBeLessThan(xs[1]!);
    for (const s of layout.strips) for (const p of s.points) expect(p.cx).toBeGreaterThanOrEqual(layout.left);
  });

  test('colour by target, shape by species', () => {
    expect([targetClass('S1R'), targetClass('S2R'), targetClass('VAChT')]).toEqual(['t-s1r', 't-s2r', 't-other']);
    const shapes = ['human', 'rat', 'guinea-pig', 'mouse', 'not-reported'].map((s) => markerPath(s, 10, 10));
    expect(new Set(shapes).size).toBe(5);
    expect(markerPath('bovine', 10, 10)).toBe(markerPath('not-reported', 10, 10));
  });
});

describe('formulaParts', () => {
  test('elements and counts', () => {
    expect(formulaParts('C21H23ClFNO2')).toEqual([
      { element: 'C', count: '21' },
      { element: 'H', count: '23' },
      { element: 'Cl', count: '' },
      { element: 'F', count: '' },
      { element: 'N', count: '' },
      { element: 'O', count: '2' },
    ]);
  });
  test('anything else is an error', () => {
    expect(() => formulaParts('C21 H23')).toThrow('not a molecular formula');
  });
});
