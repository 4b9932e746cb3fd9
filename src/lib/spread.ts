/**
 * How far values for one ligand differ between assays: "values span 12-fold across 4 assays".
 * Pure and dependency-free: the affinity explorer computes it at build time and again in the
 * reader's browser when filters change.
 */
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

/** The line under a compound's name in the explorer: "S1R: one value", "no S2R value". */
export function spreadLine(target: string, s: Spread | undefined): string {
  return s ? `${target}: ${spreadText(s)}` : `no ${target} value`;
}
