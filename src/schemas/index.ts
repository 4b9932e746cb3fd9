/** Every collection's schema, keyed by collection name: the one list the loaders and checks share. */
import { COLLECTION_NAMES, isPageCollection, REGISTRY, type CollectionName } from '../lib/registry.ts';
import { CompoundSchema } from './compound.ts';
import { ConditionSchema } from './condition.ts';
import { FindingSchema } from './finding.ts';
import { GlossarySchema, GlossaryTermSchema } from './glossary.ts';
import { MethodSchema } from './method.ts';
import { ReferenceSchema } from './reference.ts';
import { RegulatoryEventSchema } from './regulatory.ts';
import { ReleaseSchema, ReleasesSchema } from './release.ts';
import { ReviewSchema } from './review.ts';
import { TrialSchema } from './trial.ts';

export { CompoundSchema, ConditionSchema, FindingSchema, GlossarySchema, GlossaryTermSchema, MethodSchema, ReferenceSchema, RegulatoryEventSchema, ReleaseSchema, ReleasesSchema, ReviewSchema, TrialSchema };

/** Each collection's schema; everything else about a collection is in the registry (src/lib/registry.ts). */
const SCHEMAS = {
  references: ReferenceSchema,
  conditions: ConditionSchema,
  methods: MethodSchema,
  compounds: CompoundSchema,
  trials: TrialSchema,
  findings: FindingSchema,
  regulatory: RegulatoryEventSchema,
  reviews: ReviewSchema,
} as const satisfies Record<CollectionName, unknown>;

type Collections = { readonly [K in CollectionName]: (typeof REGISTRY)[K] & { readonly page: boolean; readonly schema: (typeof SCHEMAS)[K] } };

/**
 * The registry with each collection's schema, and whether each entry has a page of its own at
 * /<section>/<id>/ (regulatory events are shown on their compound, trial and condition pages instead).
 * Order = the order problems are reported in.
 */
export const COLLECTIONS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, { ...REGISTRY[name], page: isPageCollection(name), schema: SCHEMAS[name] }])) as Collections;

export type { CollectionName };
export const GLOSSARY_FILE = 'glossary.yaml';
/** The numbered releases of the whole atlas, newest first (src/lib/releases.ts). */
export const RELEASES_FILE = 'releases.yaml';
