import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/dates.ts';
import { AliasesSchema, CiteKeySchema, DateSchema, idSchema, PartialDateSchema, ReliabilitySchema, SlugSchema } from './common.ts';
import { TRIAL_OUTCOMES, TRIAL_PHASES, TRIAL_STATUS } from './vocabularies.ts';

/** The dates of a trial's life, each as precise as the record gives it. */
export const TrialDatesSchema = z.strictObject({
  /** First posted on a registry. */
  registered: PartialDateSchema.optional(),
  start: PartialDateSchema.optional(),
  primaryCompletion: PartialDateSchema.optional(),
  completion: PartialDateSchema.optional(),
  /** Results first posted on a registry. */
  resultsPosted: PartialDateSchema.optional(),
  /** First peer-reviewed publication of the primary result. */
  published: PartialDateSchema.optional(),
});

/** Pairs that must be in order: [earlier, later]. Registration may come before or after the start. */
const DATE_ORDER = [
  ['start', 'primaryCompletion'],
  ['primaryCompletion', 'completion'],
  ['start', 'completion'],
  ['start', 'resultsPosted'],
  ['start', 'published'],
  ['registered', 'resultsPosted'],
] as const;

/** Where two sources disagree about the trial (dose, enrolment, outcome...): named on the page. */
export const TrialConflictSchema = z.strictObject({
  about: z.string().min(1),
  text: z.string().min(10),
  refs: z.array(CiteKeySchema).min(1),
});

export const TrialSchema = z.strictObject({
  title: z.string().min(1),
  /** What was tested and what came out, in a sentence or two. */
  summary: z.string().min(20).max(400),
  aliases: AliasesSchema,
  /** Short names readers search for: "PROOF-HD", "HEALEY ALS Regimen D". */
  acronyms: z.array(z.string().min(1)).default([]),
  compounds: z.array(SlugSchema).min(1),
  conditions: z.array(SlugSchema).min(1),
  /** Registry ids, only where confirmed against the registry or a publication. */
  registry: z
    .strictObject({
      nct: z.array(idSchema('nct')).default([]),
      eudract: z.array(idSchema('eudract')).default([]),
      ctis: z.array(idSchema('ctis')).default([]),
      isrctn: z.array(idSchema('isrctn')).default([]),
      jrct: z.array(idSchema('jrct')).default([]),
      anzctr: z.array(idSchema('anzctr')).default([]),
      /** Sponsor protocol codes and other registries, e.g. "ANAVEX2-73-AD-004". */
      other: z.array(z.string().min(1)).default([]),
    })
    .default({ nct: [], eudract: [], ctis: [], isrctn: [], jrct: [], anzctr: [], other: [] }),
  phase: z.enum(TRIAL_PHASES.keys),
  status: z.enum(TRIAL_STATUS.keys),
  design: z.string().min(1),
  population: z.string().min(1),
  /** Participants enrolled or randomized, as reported (say which in `enrollmentNote`). */
  enrollment: z.number().int().positive().optional(),
  enrollmentNote: z.string().optional(),
  /** Planned (anticipated) enrolment on the registry record. */
  enrollmentPlanned: z.number().int().positive().optional(),
  intervention: z.string().min(1),
  comparator: z.string().optional(),
  primaryEndpoint: z.string().min(1),
  result: z.strictObject({
    outcome: z.enum(TRIAL_OUTCOMES.keys),
    /** One honest sentence with the numbers. */
    text: z.string().min(1),
    ref: CiteKeySchema.optional(),
  }),
  sponsor: z.string().optional(),
  dates: TrialDatesSchema.default({}),
  /** Where sources disagree, said on the page rather than silently resolved. */
  conflicts: z.array(TrialConflictSchema).default([]),
  /** Publications and records about the trial (citation keys). */
  refs: z.array(CiteKeySchema).default([]),
  reliability: ReliabilitySchema,
  lastReviewed: DateSchema,
}).superRefine((t, ctx) => {
  for (const [a, b] of DATE_ORDER) {
    const [x, y] = [t.dates[a], t.dates[b]];
    if (x && y && comparePartialDates(x, y) > 0) ctx.addIssue({ code: 'custom', path: ['dates', b], message: `${b} (${y}) is before ${a} (${x}). Check both dates against the record.` });
  }
});

export type Trial = z.output<typeof TrialSchema>;
