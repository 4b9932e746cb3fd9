/**
 * Affinity values as readers compare them: converted to one unit, with their negative log (pKi,
 * pIC50, pKd), an assay key (species, system, radioligand, source) and, per compound and target,
 * the spread between assays ("values span 12-fold across 4 assays"). Pure; the explorer page,
 * its script, the compound pages and the downloads share it.
 */
import { CONCENTRATION_UNITS, type ConcentrationUnit } from '../schemas/vocabularies.ts';

export type ValueOrRange = number | readonly [number, number];

/** The [low, high] ends of a value or range, in nM. */
export function toNmRange(value: ValueOrRange, unit: ConcentrationUnit): [number, number] {
  const f = CONCENTRATION_UNITS[unit];
  const [lo, hi] = typeof value === 'number' ? [value, value] : value;
  return [roundSig(lo * f), roundSig(hi * f)];
}

/** −log10 of a concentration in nM taken as mol/L: 1 nM → 9. Two decimals, as pharmacology reports it. */
export function pValue(nm: number): number {
  if (!(nm > 0)) throw new Error(`pValue: a concentration must be positive (got ${nm})`);
  return Math.round((9 - Math.log10(nm)) * 100) / 100;
}

/** The name of the negative log for a measure: pKi, pIC50, pKd. */
export function pName(measure: 'Ki' | 'IC50' | 'Kd'): string {
  return `p${measure}`;
}

/** pKi (etc.) of a value or range: one number, or [p of high end, p of low end] (p falls as value rises). */
export function pOf(value: ValueOrRange, unit: ConcentrationUnit): number | [number, number] {
  const [lo, hi] = toNmRange(value, unit);
  return lo === hi ? pValue(lo) : [pValue(hi), pValue(lo)];
}

/** The middle of a range on a log scale (its geometric mean), in nM. */
export function logMidNm(value: ValueOrRange, unit: ConcentrationUnit): number {
  const [lo, hi] = toNmRange(value, unit);
  return roundSig(Math.sqrt(lo * hi));
}

export interface AssayPoint {
  /** The value's log-middle in nM. */
  nm: number;
  /** What makes two values the same assay: species, system, radioligand and paper. */
  assay: string;
}

export interface Spread {
  /** Highest over lowest value (1 when one value). */
  fold: number;
  /** Distinct assays behind the values. */
  assays: number;
  values: number;
}

/** One key per assay: two values from the same paper, species, system and radioligand are one assay. */
export function assayKey(a: { species: string; tissue?: string | undefined; radioligand: string; ref: string; primary?: string | undefined }): string {
  return [a.species, (a.tissue ?? '').toLowerCase(), a.radioligand.toLowerCase(), a.primary ?? a.ref].join('|');
}

export function spreadOf(points: readonly AssayPoint[]): Spread | undefined {
  if (points.length === 0) return undefined;
  const nms = points.map((p) => p.nm);
  const fold = Math.max(...nms) / Math.min(...nms);
  return { fold: Math.round(fold * 10) / 10, assays: new Set(points.map((p) => p.assay)).size, values: points.length };
}

/** "one value", "2 values from one assay, within 1.4-fold", "values span 12-fold across 4 assays". */
export function spreadText(s: Spread | undefined): string {
  if (!s) return 'no value';
  if (s.values === 1) return 'one value';
  const fold = s.fold < 10 ? s.fold.toFixed(1) : String(Math.round(s.fold));
  if (s.assays === 1) return `${s.values} values from one assay, within ${fold}-fold`;
  return `values span ${fold}-fold across ${s.assays} assays`;
}

/** Twelve significant digits: unit conversion in binary floating point turns 1.2 µM into 1199.9999999999998 nM. */
function roundSig(n: number): number {
  return Number(n.toPrecision(12));
}
