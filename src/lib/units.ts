/**
 * Units of concentration, once: the data's vocabulary (src/schemas/vocabularies.ts re-exports it),
 * affinity conversion and table sorting read these factors. Pure: imports nothing, so client
 * scripts may use it.
 */

/** Units of concentration, with their factor to nM so tables can sort across units. */
export const CONCENTRATION_UNITS = { pM: 1e-3, nM: 1, µM: 1e3, mM: 1e6 } as const;
export type ConcentrationUnit = keyof typeof CONCENTRATION_UNITS;

/** Other spellings of µM met in text: Greek mu (μ, not the micro sign µ) and "u". */
const MICRO_SPELLINGS = ['μM', 'uM'] as const;

/** Every spelling of a concentration unit, for a pattern: pM, nM, µM, mM, μM, uM. */
export const CONCENTRATION_UNIT_SPELLINGS: readonly string[] = [...Object.keys(CONCENTRATION_UNITS), ...MICRO_SPELLINGS];

/** Factor to nM of a unit as written in text, in any case ("nm", "µM", "uM"); undefined for anything else. */
export function nmFactor(written: string): number | undefined {
  const unit = written.toLowerCase();
  if (MICRO_SPELLINGS.some((s) => s.toLowerCase() === unit)) return CONCENTRATION_UNITS.µM;
  const key = (Object.keys(CONCENTRATION_UNITS) as ConcentrationUnit[]).find((k) => k.toLowerCase() === unit);
  return key === undefined ? undefined : CONCENTRATION_UNITS[key];
}
