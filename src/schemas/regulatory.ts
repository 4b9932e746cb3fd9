import { z } from 'astro/zod';
import { CiteKeySchema, DateSchema, PartialDateSchema, SlugSchema } from './common.ts';
import { AGENCIES, REGULATORY_DECISIONS } from './vocabularies.ts';

/**
 * One regulatory event: an agency's decision on a product for an indication (or an applicant's
 * request to it), dated and sourced. Compound, trial and condition pages show the events that
 * concern them, and each programme's timeline ends with them.
 */
export const RegulatoryEventSchema = z.strictObject({
  agency: z.enum(AGENCIES.keys),
  /** As precise as the record gives it. */
  date: PartialDateSchema,
  decision: z.enum(REGULATORY_DECISIONS.keys),
  /** Compound slug. */
  product: SlugSchema,
  /** Brand or application name, as the agency writes it. */
  productName: z.string().min(1).optional(),
  /** Condition slug. */
  indication: SlugSchema,
  /** The indication as worded in the decision. */
  indicationText: z.string().min(1).optional(),
  /** Trials the decision rests on (slugs). */
  trials: z.array(SlugSchema).default([]),
  /** One or two plain sentences: what was decided and why, as the source states it. */
  text: z.string().min(20),
  refs: z.array(CiteKeySchema).min(1),
  lastReviewed: DateSchema,
});

export type RegulatoryEvent = z.output<typeof RegulatoryEventSchema>;
