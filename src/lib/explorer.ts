/**
 * The affinity explorer's data and layout: every confirmed affinity value (vendor-only claims left
 * out) as a flat row with its assay context, grouped by compound on one log axis. Pure: the page
 * draws what this returns; the page's script only hides and shows.
 */
import { formatPowerOfTen, logExtent, logScale, logTicks } from './chart.ts';
import { logMidNm, pName, pOf, toNmRange } from './affinities.ts';
import { assayKey, spreadOf, type Spread } from './spread.ts';
import type { Affinity } from '../schemas/compound.ts';
import type { ConcentrationUnit } from '../schemas/vocabularies.ts';

export interface ExplorerCompound {
  id: string;
  title: string;
  action: string;
  className: string;
  affinities: readonly Affinity[];
}

export interface ExplorerRow {
  /** Stable id of the value: "<compound>-<n>" (n counts the compound's values, vendor claims included). */
  id: string;
  /** That n: where the value is listed on the compound's page (valueAnchor). */
  position: number;
  compound: string;
  compoundTitle: string;
  action: string;
  className: string;
  affinity: Affinity;
  /** Log-middle of the value in nM (where the point sits). */
  nm: number;
  /** Ends of a range in nM (equal for a single value). */
  nmRange: [number, number];
  /** pKi, pIC50 or pKd, as text ("8.55", "7.78–8.60"). */
  p: number | [number, number];
  pLabel: string;
  assay: string;
}

/** Every value except vendor-only claims, in compound order then as listed on the compound's page. */
export function explorerRows(compounds: readonly ExplorerCompound[]): ExplorerRow[] {
  return compounds.flatMap((c) =>
    c.affinities.flatMap((a, i) =>
      a.source === 'vendor'
        ? []
        : [{ id: `${c.id}-${i + 1}`, position: i + 1, compound: c.id, compoundTitle: c.title, action: c.action, className: c.className, affinity: a, nm: logMidNm(a.value, a.unit as ConcentrationUnit), nmRange: toNmRange(a.value, a.unit as ConcentrationUnit), p: pOf(a.value, a.unit as ConcentrationUnit), pLabel: pName(a.measure), assay: assayKey(a) }],
    ),
  );
}

export interface StripPoint {
  row: ExplorerRow;
  cx: number;
  cy: number;
  /** Pixel ends of a range bar. */
  span?: [number, number];
  targetClass: 't-s1r' | 't-s2r' | 't-other';
}

export interface Strip {
  compound: string;
  title: string;
  points: StripPoint[];
  /** Spread of the values at the view's focus target (undefined without any). */
  spread: Spread | undefined;
}

export interface StripLayout {
  width: number;
  height: number;
  /** Pixel x of the plot's ends (labels need room at both ends). */
  left: number;
  right: number;
  ticks: { value: number; label: string; pos: number }[];
  strips: Strip[];
}

const LANES = 3;
const LANE_GAP = 9;

/**
 * Strips ordered by their median value at the focus target (tightest binding first); compounds
 * without a value there last.
 */
export function layoutStrips(rows: readonly ExplorerRow[], options: { width?: number; pad?: number; focus?: string } = {}): StripLayout {
  const { width = 600, pad = 14, focus = 'S1R' } = options;
  const height = 10 + LANES * LANE_GAP;
  const domain = logExtent(rows.flatMap((r) => r.nmRange));
  const sx = logScale(domain, [pad, width - pad]);
  const byCompound = new Map<string, ExplorerRow[]>();
  for (const r of rows) byCompound.set(r.compound, [...(byCompound.get(r.compound) ?? []), r]);
  const strips: Strip[] = [...byCompound].map(([compound, list]) => {
    const sorted = [...list].sort((a, b) => a.nm - b.nm);
    const points = sorted.map((row, i): StripPoint => {
      const p: StripPoint = { row, cx: round1(sx(row.nm)), cy: 5 + LANE_GAP / 2 + (i % LANES) * LANE_GAP, targetClass: targetClass(row.affinity.target) };
      if (row.nmRange[0] !== row.nmRange[1]) p.span = [round1(sx(row.nmRange[0])), round1(sx(row.nmRange[1]))];
      return p;
    });
    const atFocus = list.filter((r) => r.affinity.target === focus);
    return { compound, title: list[0]!.compoundTitle, points, spread: spreadOf(atFocus.map((r) => ({ nm: r.nm, assay: r.assay }))) };
  });
  const median = (s: Strip) => {
    const v = s.points.filter((p) => p.row.affinity.target === focus).map((p) => p.row.nm).sort((a, b) => a - b);
    return v.length ? v[Math.floor((v.length - 1) / 2)]! : Infinity;
  };
  strips.sort((a, b) => median(a) - median(b) || a.title.localeCompare(b.title));
  return { width, height, left: pad, right: width - pad, ticks: logTicks(domain).map((value) => ({ value, label: formatPowerOfTen(value), pos: round1(sx(value)) })), strips };
}

/**
 * The explorer's pages. Each holds the values at its targets, so that like is compared with like
 * and no page carries every value the atlas will hold: the S1R values on one, the S2R values and
 * every other site (sigma sites not told apart, off-targets) on the other.
 */
export interface ExplorerView {
  path: string;
  title: string;
  /** The page's summary (its lede and meta description). */
  description: string;
  /** What the page's values are at, in a sentence or a link. */
  label: string;
  /** The target whose values order the strips and whose spread each strip states. */
  focus: string;
  holds: (target: string) => boolean;
}

export const EXPLORER_VIEWS: readonly [ExplorerView, ExplorerView] = [
  {
    path: '/compounds/affinities/',
    title: 'S1R affinity explorer',
    description: 'Every sigma-1 receptor affinity value in the atlas on one log scale, grouped by compound, each with its species, tissue, radioligand and source, so that values from different assays can be told apart and compared like with like.',
    label: 'S1R',
    focus: 'S1R',
    holds: (t) => t === 'S1R',
  },
  {
    path: '/compounds/affinities/s2r/',
    title: 'S2R and other sites: affinity explorer',
    description: 'Every sigma-2 receptor affinity value in the atlas, and every value at a site other than sigma-1 (sigma sites not told apart, other receptors and transporters), on one log scale, grouped by compound, each with its assay and source.',
    label: 'S2R and other sites',
    focus: 'S2R',
    holds: (t) => t !== 'S1R',
  },
];

/** The explorer page that holds a value at this target. */
export const viewOf = (target: string): ExplorerView => EXPLORER_VIEWS.find((v) => v.holds(target))!;

/**
 * A compound's values in the explorer, filtered to it: on the S1R page if it has a confirmed S1R
 * value, else on the page of its first confirmed value; undefined without any.
 */
export function explorerHref(title: string, affinities: readonly Pick<Affinity, 'target' | 'source'>[]): string | undefined {
  const confirmed = affinities.filter((a) => a.source !== 'vendor');
  const first = confirmed.find((a) => a.target === 'S1R') ?? confirmed[0];
  return first && `${viewOf(first.target).path}?f.compound=${encodeURIComponent(title)}`;
}

export function targetClass(target: string): StripPoint['targetClass'] {
  return target === 'S1R' ? 't-s1r' : target === 'S2R' ? 't-s2r' : 't-other';
}

/** Marker outline by species (a reader tells assays apart without colour): an SVG path around (x, y). */
export function markerPath(species: string, x: number, y: number, r = 4.5): string {
  const f = (n: number) => round1(n);
  switch (species) {
    case 'human':
      return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${f(2 * r)} 0a${r} ${r} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'rat':
      return `M${f(x - r * 0.85)} ${f(y - r * 0.85)}h${f(1.7 * r)}v${f(1.7 * r)}h${f(-1.7 * r)}Z`;
    case 'guinea-pig':
      return `M${f(x)} ${f(y - r * 1.1)}L${f(x + r)} ${f(y + r * 0.8)}H${f(x - r)}Z`;
    case 'mouse':
      return `M${f(x)} ${f(y - r * 1.15)}L${f(x + r * 1.15)} ${f(y)}L${f(x)} ${f(y + r * 1.15)}L${f(x - r * 1.15)} ${f(y)}Z`;
    default:
      // Other or unreported species: a cross, so it never passes for one of the four above.
      return `M${f(x - r)} ${f(y - 1.4)}h${f(r - 1.4)}v${f(-(r - 1.4))}h2.8v${f(r - 1.4)}h${f(r - 1.4)}v2.8h${f(-(r - 1.4))}v${f(r - 1.4)}h-2.8v${f(-(r - 1.4))}h${f(-(r - 1.4))}Z`;
  }
}

export const MARKER_SPECIES = [
  { species: 'human', label: 'human receptor' },
  { species: 'rat', label: 'rat' },
  { species: 'guinea-pig', label: 'guinea pig' },
  { species: 'mouse', label: 'mouse' },
  { species: 'other', label: 'other or not reported' },
] as const;

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
