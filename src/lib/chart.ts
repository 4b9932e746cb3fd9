/**
 * Log axes for charts drawn at build time (the affinity explorer): domains in whole powers of ten,
 * scales, ticks and their labels. Returns numbers only; pages draw the SVG. Pure.
 */

export type Extent = readonly [number, number];

/** The smallest range of whole powers of ten that holds every value (one decade at least). */
export function logExtent(values: readonly number[]): Extent {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) throw new Error('logExtent: a log scale needs at least one positive value');
  // Round before floor/ceil so 1000 (log10 = 2.9999999999999996) stays on its decade.
  const lo = Math.floor(round(Math.log10(Math.min(...positive))));
  let hi = Math.ceil(round(Math.log10(Math.max(...positive))));
  if (hi === lo) hi = lo + 1;
  return [10 ** lo, 10 ** hi];
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

/** Maps a value on a log domain to a pixel range (which may run backwards, as y does). */
export function logScale(domain: Extent, range: Extent): (v: number) => number {
  const [d0, d1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  if (!(domain[0] > 0) || d0 === d1) throw new Error(`logScale: bad domain [${domain.join(', ')}]`);
  return (v) => range[0] + ((Math.log10(v) - d0) / (d1 - d0)) * (range[1] - range[0]);
}

/** Every power of ten from the low to the high end of the domain. */
export function logTicks(domain: Extent): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(domain[0])); e <= Math.round(Math.log10(domain[1])); e++) out.push(powerOfTen(e));
  return out;
}

/** 2×, 3×, … 9× each power of ten inside the domain. */
export function logMinorTicks(domain: Extent): number[] {
  const out: number[] = [];
  for (const p of logTicks(domain).slice(0, -1)) for (let m = 2; m <= 9; m++) out.push(round(p * m));
  return out;
}

/** 10^e without floating-point noise (10 ** -3 is 0.0010000000000000002). */
function powerOfTen(e: number): number {
  return e < 0 ? Number(`1e${e}`) : 10 ** e;
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** "0.001" … "1,000" as plain numbers; beyond, "10⁴", "10⁻⁵" (text, with Unicode superscripts). */
export function formatPowerOfTen(v: number): string {
  const e = Math.round(Math.log10(v));
  if (e >= -3 && e <= 3) return new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(v);
  return `10${[...String(e)].map((c) => SUPERSCRIPT[c]).join('')}`;
}
