// Loaders and schemas only. Cross-references and citations are checked by src/lib/integrity.ts,
// which the build runs first (Astro only logs a dangling reference()).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  COLLECTIONS,
  CompoundSchema,
  ConditionSchema,
  FindingSchema,
  GlossaryTermSchema,
  MethodSchema,
  ReferenceSchema,
  RegulatoryEventSchema,
  ReviewSchema,
  TrialSchema,
  type CollectionName,
} from './schemas/index.ts';

/**
 * One file per entry in content/<collection>/; ids are file names as written (citation keys may
 * contain dots). A file whose name starts with "_" is a draft: neither built nor checked (the
 * content reader, src/lib/content-files.ts, skips the same files).
 */
function folder(name: CollectionName) {
  const { dir, ext } = COLLECTIONS[name];
  return glob({ pattern: `[!_.]*${ext}`, base: `./content/${dir}`, generateId: ({ entry }) => entry.slice(0, -ext.length) });
}

export const collections = {
  references: defineCollection({ loader: folder('references'), schema: ReferenceSchema }),
  conditions: defineCollection({ loader: folder('conditions'), schema: ConditionSchema }),
  methods: defineCollection({ loader: folder('methods'), schema: MethodSchema }),
  compounds: defineCollection({ loader: folder('compounds'), schema: CompoundSchema }),
  trials: defineCollection({ loader: folder('trials'), schema: TrialSchema }),
  findings: defineCollection({ loader: folder('findings'), schema: FindingSchema }),
  regulatory: defineCollection({ loader: folder('regulatory'), schema: RegulatoryEventSchema }),
  reviews: defineCollection({ loader: folder('reviews'), schema: ReviewSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: GlossaryTermSchema }),
};
