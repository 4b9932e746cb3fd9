/**
 * The evidence map: compounds x conditions, each cell holding the strongest kind of evidence found
 * for the pair (in vitro < animal < human phase 1 < 2 < 3) and the direction of that evidence.
 * Built from plain arrays (findings and trials reduced to a few fields), so it is tested without
 * Astro. Pure.
 */
import { EFFECT_DIRECTIONS, EVIDENCE_LEVELS, TRIAL_OUTCOMES, TRIAL_PHASES } from '../schemas/vocabularies.ts';
import { entryUrl } from './registry.ts';

export type EvidenceLevel = (typeof EVIDENCE_LEVELS.keys)[number];
export type EffectDirection = (typeof EFFECT_DIRECTIONS.keys)[number];
export type TrialPhase = (typeof TRIAL_PHASES.keys)[number];
export type TrialOutcome = (typeof TRIAL_OUTCOMES.keys)[number];
/** A finding's direction, or "unknown" for trials whose result is not reported or still pending. */
export type MapDirection = EffectDirection | 'unknown';

export interface FindingInput {
  id: string;
  title: string;
  /** The paper it was read in: read-outs of one paper are one study. */
  ref: string;
  compound: string;
  condition: string;
  evidence: EvidenceLevel;
  direction: EffectDirection;
}

export interface TrialInput {
  id: string;
  title: string;
  compounds: readonly string[];
  conditions: readonly string[];
  phase: TrialPhase;
  outcome: TrialOutcome;
}

/** One read-out behind a cell: a finding row (one paper may give several) or a trial. */
export interface MapStudy {
  type: 'finding' | 'trial';
  id: string;
  /** What makes read-outs one study: the paper of a finding, the trial itself. */
  study: string;
  title: string;
  href: string;
  /** The EVIDENCE_LEVELS bucket (colour and legend). */
  level: EvidenceLevel;
  /** Finer order than the level: a phase 2/3 trial outranks a phase 2 trial. */
  rank: number;
  /** What the cell says: "Animal", "Phase 2/3". */
  kindLabel: string;
  direction: MapDirection;
}

export interface MapCell {
  compound: string;
  condition: string;
  /** Strongest first; ties keep findings before trials, then by title. */
  studies: MapStudy[];
  /** The strongest study's level, rank and label. */
  level: EvidenceLevel;
  rank: number;
  kindLabel: string;
  /** Direction of the studies at the strongest rank (see combineDirections). */
  direction: MapDirection;
}

export interface EvidenceMap {
  /** Compound ids that have at least one cell, in the order given. */
  compounds: string[];
  /** Condition ids that have at least one cell, in the order given. */
  conditions: string[];
  cells: Map<string, MapCell>;
}

/** Rank of each kind of evidence; trial phases sit between the levels they straddle. */
const LEVEL_RANK: Record<EvidenceLevel, number> = { 'in-vitro': 0, animal: 1, 'human-phase-1': 2, 'human-phase-2': 3, 'human-phase-3': 4 };

/**
 * The evidence level a trial phase counts as. Combined phases count at their lower phase (colour),
 * phase 4 at phase 3 (the highest level in the vocabulary); the rank keeps them apart for ordering.
 */
export const PHASE_LEVEL: Record<TrialPhase, { level: EvidenceLevel; rank: number }> = {
  'phase-1': { level: 'human-phase-1', rank: 2 },
  'phase-1-2': { level: 'human-phase-1', rank: 2.5 },
  'phase-2': { level: 'human-phase-2', rank: 3 },
  'phase-2-3': { level: 'human-phase-2', rank: 3.5 },
  'phase-3': { level: 'human-phase-3', rank: 4 },
  'phase-4': { level: 'human-phase-3', rank: 4.5 },
};

/** A trial's result as a direction: met -> benefit, not met -> no effect, no result -> unknown. */
export const OUTCOME_DIRECTION: Record<TrialOutcome, MapDirection> = {
  met: 'benefit',
  'not-met': 'no-effect',
  mixed: 'mixed',
  'not-reported': 'unknown',
  pending: 'unknown',
};

/** Short labels for cells: "Animal", "Phase 2" (the vocabulary's "Human, phase 2" is for tables). */
export const LEVEL_SHORT: Record<EvidenceLevel, string> = {
  'in-vitro': 'In vitro',
  animal: 'Animal',
  'human-phase-1': 'Phase 1',
  'human-phase-2': 'Phase 2',
  'human-phase-3': 'Phase 3',
};

export const DIRECTION_LABEL: Record<MapDirection, string> = {
  benefit: 'benefit',
  'no-effect': 'no effect',
  mixed: 'mixed',
  harm: 'worsening',
  unknown: 'result unknown',
};

/** A symbol per direction, so the map never relies on colour alone. */
export const DIRECTION_SYMBOL: Record<MapDirection, string> = {
  benefit: '+',
  'no-effect': '0',
  mixed: '±',
  harm: '−',
  unknown: '?',
};

export const MAP_DIRECTIONS: readonly MapDirection[] = ['benefit', 'no-effect', 'mixed', 'harm', 'unknown'];

export function cellKey(compound: string, condition: string): string {
  return `${compound}--${condition}`;
}

/**
 * One direction for several studies of equal strength: the shared direction if they agree,
 * "mixed" if they disagree; studies without a result are ignored unless no study has one.
 */
export function combineDirections(directions: readonly MapDirection[]): MapDirection {
  const known = new Set(directions.filter((d) => d !== 'unknown'));
  if (known.size === 0) return 'unknown';
  if (known.size === 1) return [...known][0]!;
  return 'mixed';
}

export function findingStudy(f: FindingInput): MapStudy {
  return { type: 'finding', id: f.id, study: `ref:${f.ref}`, title: f.title, href: entryUrl('findings', f.id), level: f.evidence, rank: LEVEL_RANK[f.evidence], kindLabel: LEVEL_SHORT[f.evidence], direction: f.direction };
}

export function trialStudy(t: TrialInput): MapStudy {
  const { level, rank } = PHASE_LEVEL[t.phase];
  return { type: 'trial', id: t.id, study: `trial:${t.id}`, title: t.title, href: entryUrl('trials', t.id), level, rank, kindLabel: TRIAL_PHASES.label(t.phase), direction: OUTCOME_DIRECTION[t.outcome] };
}

const byStrength = (a: MapStudy, b: MapStudy) => b.rank - a.rank || (a.type === b.type ? 0 : a.type === 'finding' ? -1 : 1) || a.title.localeCompare(b.title, 'en');

/** Summarise the studies of one compound x condition pair. */
export function summariseCell(compound: string, condition: string, studies: readonly MapStudy[]): MapCell {
  if (studies.length === 0) throw new Error(`summariseCell: no studies for ${cellKey(compound, condition)}`);
  const sorted = [...studies].sort(byStrength);
  const top = sorted[0]!;
  const direction = combineDirections(sorted.filter((s) => s.rank === top.rank).map((s) => s.direction));
  return { compound, condition, studies: sorted, level: top.level, rank: top.rank, kindLabel: top.kindLabel, direction };
}

/**
 * Build the map. A trial counts in every cell of its compounds x conditions. Rows and columns keep
 * the order of `compoundOrder` and `conditionOrder` (ids not listed there go last, alphabetically)
 * and include only those with at least one study.
 */
export function buildEvidenceMap(input: { findings: readonly FindingInput[]; trials: readonly TrialInput[]; compoundOrder?: readonly string[]; conditionOrder?: readonly string[] }): EvidenceMap {
  const groups = new Map<string, { compound: string; condition: string; studies: MapStudy[] }>();
  const add = (compound: string, condition: string, study: MapStudy) => {
    const key = cellKey(compound, condition);
    const group = groups.get(key) ?? { compound, condition, studies: [] };
    if (!group.studies.some((s) => s.type === study.type && s.id === study.id)) group.studies.push(study);
    groups.set(key, group);
  };
  for (const f of input.findings) add(f.compound, f.condition, findingStudy(f));
  for (const t of input.trials) {
    const study = trialStudy(t);
    for (const compound of t.compounds) for (const condition of t.conditions) add(compound, condition, study);
  }
  const cells = new Map<string, MapCell>();
  for (const [key, g] of groups) cells.set(key, summariseCell(g.compound, g.condition, g.studies));
  const used = (pick: (c: MapCell) => string) => new Set([...cells.values()].map(pick));
  return {
    compounds: orderBy([...used((c) => c.compound)], input.compoundOrder ?? []),
    conditions: orderBy([...used((c) => c.condition)], input.conditionOrder ?? []),
    cells,
  };
}

function orderBy(ids: string[], order: readonly string[]): string[] {
  const position = new Map(order.map((id, i) => [id, i]));
  return ids.sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || a.localeCompare(b, 'en'));
}

/** "Phase 3 · no effect · 2 studies": the text of a cell (the symbol is added by the page). */
export function cellLabel(cell: MapCell): string {
  return `${cell.kindLabel} · ${DIRECTION_LABEL[cell.direction]} · ${studyCount(cell.studies)}`;
}

/**
 * "1 study", "2 studies", or "1 study, 3 read-outs": distinct papers and trials, and how many
 * read-outs (finding rows) stand behind them when that is more.
 */
export function studyCount(studies: readonly Pick<MapStudy, 'study'>[]): string {
  const n = new Set(studies.map((s) => s.study)).size;
  const base = `${n} ${n === 1 ? 'study' : 'studies'}`;
  return studies.length > n ? `${base}, ${studies.length} read-outs` : base;
}

/**
 * Conditions in tree order: each parent followed by its children (alphabetical by title at every
 * level), with the depth counted over the conditions listed only. A parent missing from the list
 * does not hide its children.
 */
export function orderConditionTree(conditions: readonly { id: string; title: string; parent?: string | undefined }[]): { id: string; depth: number }[] {
  const ids = new Set(conditions.map((c) => c.id));
  const children = new Map<string | undefined, typeof conditions[number][]>();
  for (const c of conditions) {
    const parent = c.parent && ids.has(c.parent) ? c.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: { id: string; depth: number }[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    for (const c of [...(children.get(parent) ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }))) {
      out.push({ id: c.id, depth });
      visit(c.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}
