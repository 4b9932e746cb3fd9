/**
 * A log–log scatter chart laid out at build time: scales, ticks at powers of ten, and label
 * positions that avoid each other. Returns coordinates only; the page draws the SVG. Pure.
 */

export type Extent = readonly [number, number];
/** A value or a [low, high] range, as the content schemas store them. */
export type ValueOrRange = number | readonly [number, number];
export type Qualifier = '=' | '~' | '>' | '<' | '>=' | '<=';

export interface ScatterPoint {
  id: string;
  label: string;
  href: string;
  x: ValueOrRange;
  y: ValueOrRange;
  xQualifier?: Qualifier;
  yQualifier?: Qualifier;
  /** Drawn as an open marker (e.g. the value comes from a source not confirmed). */
  open?: boolean;
  /** Tooltip text: the value and its source. */
  note: string;
}

export interface Tick {
  value: number;
  label: string;
  /** Pixel position along the axis. */
  pos: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedPoint extends ScatterPoint {
  cx: number;
  cy: number;
  /** Pixel span of a range along x or y (ends of the range bar). */
  xSpan?: [number, number];
  ySpan?: [number, number];
  /** A bound (">" / "<") is drawn as an arrow pointing where the true value lies. */
  arrow?: 'up' | 'down' | 'left' | 'right';
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end' | 'middle';
  labelBox: Box;
}

export interface ScatterOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  markerRadius: number;
  /** Fixed domains; by default the powers of ten around the data. */
  xDomain?: Extent;
  yDomain?: Extent;
}

export interface ScatterLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xDomain: Extent;
  yDomain: Extent;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Positions of the minor ticks (2–9 × each power of ten). */
  xMinor: number[];
  yMinor: number[];
  points: PlacedPoint[];
}

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

/** The point to plot for a range: its geometric mean (the middle on a log axis). */
export function logMidpoint(v: ValueOrRange): number {
  return typeof v === 'number' ? v : Math.sqrt(v[0] * v[1]);
}

const rangeEnds = (v: ValueOrRange): number[] => (typeof v === 'number' ? [v] : [v[0], v[1]]);

/**
 * Rough width of a bold label, for layout only: 0.68 em per character, which covers wide system
 * fonts (DejaVu Sans, a Linux default, sets bold digits and capitals at about 0.7 em).
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.68;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box, plot: ScatterLayout['plot']): boolean {
  return a.x >= plot.left && a.x + a.width <= plot.right && a.y >= plot.top && a.y + a.height <= plot.bottom;
}

/** Lay out a log–log scatter: domains, ticks, point positions, and a label beside each point. */
export function layoutScatter(points: readonly ScatterPoint[], options: ScatterOptions): ScatterLayout {
  const { width, height, margin, fontSize, markerRadius: r } = options;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const xDomain = options.xDomain ?? logExtent(points.flatMap((p) => rangeEnds(p.x)));
  const yDomain = options.yDomain ?? logExtent(points.flatMap((p) => rangeEnds(p.y)));
  const sx = logScale(xDomain, [plot.left, plot.right]);
  const sy = logScale(yDomain, [plot.bottom, plot.top]);

  const placed = points.map((p) => {
    const cx = sx(logMidpoint(p.x));
    const cy = sy(logMidpoint(p.y));
    const out: Omit<PlacedPoint, 'labelX' | 'labelY' | 'labelAnchor' | 'labelBox'> = { ...p, cx, cy };
    if (typeof p.x !== 'number') out.xSpan = [sx(p.x[0]), sx(p.x[1])];
    if (typeof p.y !== 'number') out.ySpan = [sy(p.y[1]), sy(p.y[0])];
    const arrow = arrowFor(p.yQualifier, 'up', 'down') ?? arrowFor(p.xQualifier, 'right', 'left');
    if (arrow) out.arrow = arrow;
    return out;
  });

  // The space each point takes (marker, range bar, bound arrow): labels must not cover any of it.
  const footprints = placed.map((p) => footprint(p, r));
  const taken: Box[] = [...footprints];
  const result: PlacedPoint[] = placed.map((p, i) => {
    const f = footprints[i]!;
    const w = textWidth(p.label, fontSize);
    const h = fontSize;
    const gap = 4;
    const midY = p.cy + fontSize * 0.35; // baseline that centres the text on the marker
    const candidates: { x: number; y: number; anchor: PlacedPoint['labelAnchor']; box: Box }[] = [
      { x: f.x + f.width + gap, y: midY, anchor: 'start', box: { x: f.x + f.width + gap, y: p.cy - h / 2, width: w, height: h } },
      { x: f.x - gap, y: midY, anchor: 'end', box: { x: f.x - gap - w, y: p.cy - h / 2, width: w, height: h } },
      { x: p.cx, y: f.y - gap - fontSize * 0.2, anchor: 'middle', box: { x: p.cx - w / 2, y: f.y - gap - h, width: w, height: h } },
      { x: p.cx, y: f.y + f.height + gap + fontSize * 0.8, anchor: 'middle', box: { x: p.cx - w / 2, y: f.y + f.height + gap, width: w, height: h } },
    ];
    const others = taken.filter((b) => b !== f);
    const fits = candidates.filter((c) => inside(c.box, plot));
    const choice = fits.find((c) => !others.some((b) => overlaps(c.box, b))) ?? fits[0] ?? candidates[0]!;
    taken.push(choice.box);
    return { ...p, labelX: choice.x, labelY: choice.y, labelAnchor: choice.anchor, labelBox: choice.box };
  });

  return {
    width,
    height,
    plot,
    xDomain,
    yDomain,
    xTicks: logTicks(xDomain).map((value) => ({ value, label: formatPowerOfTen(value), pos: sx(value) })),
    yTicks: logTicks(yDomain).map((value) => ({ value, label: formatPowerOfTen(value), pos: sy(value) })),
    xMinor: logMinorTicks(xDomain).map(sx),
    yMinor: logMinorTicks(yDomain).map(sy),
    points: result,
  };
}

function arrowFor(q: Qualifier | undefined, greater: PlacedPoint['arrow'], less: PlacedPoint['arrow']): PlacedPoint['arrow'] {
  if (q === '>' || q === '>=') return greater;
  if (q === '<' || q === '<=') return less;
  return undefined;
}

/** Length of a bound arrow in pixels (the page draws it the same length). */
export const ARROW_LENGTH = 16;

function footprint(p: Omit<PlacedPoint, 'labelX' | 'labelY' | 'labelAnchor' | 'labelBox'>, r: number): Box {
  let [x0, x1] = p.xSpan ?? [p.cx - r, p.cx + r];
  let [y0, y1] = p.ySpan ?? [p.cy - r, p.cy + r];
  x0 = Math.min(x0, p.cx - r);
  x1 = Math.max(x1, p.cx + r);
  y0 = Math.min(y0, p.cy - r);
  y1 = Math.max(y1, p.cy + r);
  if (p.arrow === 'up') y0 = Math.min(y0, p.cy - ARROW_LENGTH - r);
  if (p.arrow === 'down') y1 = Math.max(y1, p.cy + ARROW_LENGTH + r);
  if (p.arrow === 'right') x1 = Math.max(x1, p.cx + ARROW_LENGTH + r);
  if (p.arrow === 'left') x0 = Math.min(x0, p.cx - ARROW_LENGTH - r);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
