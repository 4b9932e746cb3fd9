/** Reported quantities in comparable units. Pure. */
import { CONCENTRATION_UNITS, type ConcentrationUnit } from '../schemas/vocabularies.ts';

/** The lower bound of a value or [low, high] range, converted to nM (for sorting and charts). */
export function lowerBoundNm(value: number | readonly [number, number], unit: ConcentrationUnit): number {
  const low = typeof value === 'number' ? value : value[0];
  return low * CONCENTRATION_UNITS[unit];
}
