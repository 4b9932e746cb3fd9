import { z } from 'astro/zod';
import { AliasesSchema, CiteKeySchema, DateSchema, idSchema, ReliabilitySchema, SlugSchema } from './common.ts';
import { TRIAL_OUTCOMES, TRIAL_PHASES, TRIAL_STATUS } from './vocabularies.ts';

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
      /** Sponsor protocol codes and other registries, e.g. "ANAVEX2-73-AD-004". */
      other: z.array(z.string().min(1)).default([]),
    })
    .default({ nct: [], eudract: [], other: [] }),
  phase: z.enum(TRIAL_PHASES.keys),
  status: z.enum(TRIAL_STATUS.keys),
  design: z.string().min(1),
  population: z.string().min(1),
  /** Participants enrolled or randomized, as reported (say which in `enrollmentNote`). */
  enrollment: z.number().int().positive().optional(),
  enrollmentNote: z.string().optional(),
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
  /** YYYY, YYYY-MM or YYYY-MM-DD (an unquoted full date in YAML is read as a date and kept as text). */
  startDate: z
    .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}(-\d{2}){0,2}$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }))
    .optional(),
  /** Publications and records about the trial (citation keys). */
  refs: z.array(CiteKeySchema).default([]),
  reliability: ReliabilitySchema,
  lastReviewed: DateSchema,
});

export type Trial = z.output<typeof TrialSchema>;
