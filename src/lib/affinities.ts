/**
 * Affinity values as readers compare them: converted to one unit, with their negative log (pKi,
 * pIC50, pKd). The spread between assays is in spread.ts (small enough for the explorer's script).
 * Pure; the explorer page, the compound pages and the downloads share it.
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
/**
 * The anchor of a compound's n-th affinity value (1-based, vendor claims counted) on its page, so
 * that the affinity explorer can send a reader to the row with the value's full note.
 */
export function valueAnchor(n: number): string {
  return `value-${n}`;
}

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

/** Twelve significant digits: unit conversion in binary floating point turns 1.2 µM into 1199.9999999999998 nM. */
function roundSig(n: number): number {
  return Number(n.toPrecision(12));
}
