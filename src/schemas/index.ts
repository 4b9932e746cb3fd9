/** Every collection's schema, keyed by collection name: the one list the loaders and checks share. */
import { CompoundSchema } from './compound.ts';
import { ConditionSchema } from './condition.ts';
import { FindingSchema } from './finding.ts';
import { GlossarySchema, GlossaryTermSchema } from './glossary.ts';
import { MethodSchema } from './method.ts';
import { ReferenceSchema } from './reference.ts';
import { RegulatoryEventSchema } from './regulatory.ts';
import { ReviewSchema } from './review.ts';
import { TrialSchema } from './trial.ts';

export { CompoundSchema, ConditionSchema, FindingSchema, GlossarySchema, GlossaryTermSchema, MethodSchema, ReferenceSchema, RegulatoryEventSchema, ReviewSchema, TrialSchema };

/**
 * Where each collection lives, how its files look, and whether each entry has a page of its own at
 * /<dir>/<id>/ (regulatory events are shown on their compound, trial and condition pages instead).
 * Order = the order problems are reported in.
 */
export const COLLECTIONS = {
  references: { page: true, dir: 'references', ext: '.yaml', schema: ReferenceSchema, body: false },
  conditions: { page: true, dir: 'conditions', ext: '.yaml', schema: ConditionSchema, body: false },
  methods: { page: true, dir: 'methods', ext: '.mdx', schema: MethodSchema, body: true },
  compounds: { page: true, dir: 'compounds', ext: '.mdx', schema: CompoundSchema, body: true },
  trials: { page: true, dir: 'trials', ext: '.mdx', schema: TrialSchema, body: true },
  findings: { page: true, dir: 'findings', ext: '.yaml', schema: FindingSchema, body: false },
  regulatory: { page: false, dir: 'regulatory', ext: '.yaml', schema: RegulatoryEventSchema, body: false },
  reviews: { page: true, dir: 'reviews', ext: '.mdx', schema: ReviewSchema, body: true },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const GLOSSARY_FILE = 'glossary.yaml';
