// Loaders and schemas only. Cross-references and citations are checked by src/lib/integrity.ts,
// which the build runs first (Astro only logs a dangling reference()).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, GlossaryTermSchema, type CollectionName } from './schemas/index.ts';

function fromFolder<C extends CollectionName>(name: C) {
  const def = COLLECTIONS[name];
  return defineCollection({
    // Ids are file names as written (citation keys may contain dots), not slugified paths.
    loader: glob({ pattern: `*${def.ext}`, base: `./content/${def.dir}`, generateId: ({ entry }) => entry.slice(0, -def.ext.length) }),
    schema: def.schema as (typeof COLLECTIONS)[C]['schema'],
  });
}

export const collections = {
  references: fromFolder('references'),
  conditions: fromFolder('conditions'),
  methods: fromFolder('methods'),
  compounds: fromFolder('compounds'),
  trials: fromFolder('trials'),
  findings: fromFolder('findings'),
  reviews: fromFolder('reviews'),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: GlossaryTermSchema }),
};
