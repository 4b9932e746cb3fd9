import { z } from 'astro/zod';
import { CiteKeySchema, DateSchema, ReliabilitySchema, SlugSchema } from './common.ts';
import { DOSING, EFFECT_DIRECTIONS, EVIDENCE_LEVELS, MODALITIES, SEX, SPECIES } from './vocabularies.ts';

/** One row of preclinical evidence: compound x model x modality -> effect, with its source. */
export const FindingSchema = z.strictObject({
  compound: SlugSchema,
  /** The model (slug of content/methods). */
  model: SlugSchema,
  condition: SlugSchema,
  evidence: z.enum(EVIDENCE_LEVELS.keys),
  species: z.enum(SPECIES.keys),
  sex: z.enum(SEX.keys).default('not-reported'),
  modality: z.enum(MODALITIES.keys),
  dosing: z.enum(DOSING.keys).default('not-reported'),
  /** Dose and route as reported, e.g. "0.25 mg/kg/day i.p., weeks 8-16". */
  dose: z.string().optional(),
  effect: z.strictObject({
    direction: z.enum(EFFECT_DIRECTIONS.keys),
    /** What was seen, with the size where the source reports one. */
    text: z.string().min(5),
  }),
  ref: CiteKeySchema,
  reliability: ReliabilitySchema,
  lastReviewed: DateSchema,
});

export type Finding = z.output<typeof FindingSchema>;
