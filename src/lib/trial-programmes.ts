/**
 * The clinical landscape's summary: the atlas's trials grouped by programme (the first compound a
 * trial names), one row each, in order of each programme's first trial. The row carries counts and
 * ranges, not the trials themselves, so the review's table grows with the number of programmes
 * rather than of trials (every trial is listed, with its registry ids, on /trials/).
 */
import { TRIAL_OUTCOMES, TRIAL_PHASES } from '../schemas/vocabularies.ts';

type Phase = (typeof TRIAL_PHASES.keys)[number];
type Outcome = (typeof TRIAL_OUTCOMES.keys)[number];

export interface ProgrammeTrial {
  compounds: readonly string[];
  conditions: readonly string[];
  phase: Phase;
  outcome: Outcome;
  /** Start date (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
  start?: string | undefined;
}

export interface Programme {
  /** The compound slug the programme is named after. */
  compound: string;
  trials: number;
  /** Lowest and highest phase among its trials (equal when all share one). */
  phases: [Phase, Phase];
  /** Condition slugs in order of first appearance (trials by start date). */
  conditions: string[];
  /** Trials per primary outcome, in the vocabulary's order, outcomes with none left out. */
  outcomes: [Outcome, number][];
  /** The first trial's start (YYYY...), if any trial's start is known. */
  firstStart?: string;
}

export function programmes(trials: readonly ProgrammeTrial[]): Programme[] {
  const byCompound = new Map<string, ProgrammeTrial[]>();
  for (const t of trials) {
    const lead = t.compounds[0];
    if (!lead) throw new Error('programmes: a trial names no compound; every trial entry names at least one.');
    const list = byCompound.get(lead);
    if (list) list.push(t);
    else byCompound.set(lead, [t]);
  }
  const startKey = (s: string | undefined) => s ?? '9999';
  return [...byCompound]
    .map(([compound, list]) => {
      const sorted = [...list].sort((a, b) => startKey(a.start).localeCompare(startKey(b.start)));
      const phaseIndex = sorted.map((t) => TRIAL_PHASES.keys.indexOf(t.phase));
      const row: Programme = {
        compound,
        trials: sorted.length,
        phases: [TRIAL_PHASES.keys[Math.min(...phaseIndex)]!, TRIAL_PHASES.keys[Math.max(...phaseIndex)]!],
        conditions: [...new Set(sorted.flatMap((t) => t.conditions))],
        outcomes: TRIAL_OUTCOMES.keys.map((o) => [o, sorted.filter((t) => t.outcome === o).length] as [Outcome, number]).filter(([, n]) => n > 0),
      };
      if (sorted[0]?.start) row.firstStart = sorted[0].start;
      return row;
    })
    .sort((a, b) => startKey(a.firstStart).localeCompare(startKey(b.firstStart)) || a.compound.localeCompare(b.compound));
}

/** "Phase 2" or "Phase 1 to 3" (labels as the vocabulary gives them). */
export function phaseRange([low, high]: readonly [Phase, Phase]): string {
  return low === high ? TRIAL_PHASES.label(low) : `${TRIAL_PHASES.label(low)} to ${TRIAL_PHASES.label(high).replace(/^Phase /, '')}`;
}
