import { z } from 'astro/zod';
import { CiteKeySchema, SlugSchema } from './common.ts';

/** One glossary term; `id` is its anchor on /glossary/. */
export const GlossaryTermSchema = z.strictObject({
  id: SlugSchema,
  term: z.string().min(1),
  /** Other spellings and abbreviations; search uses them as aliases. */
  synonyms: z.array(z.string().min(1)).default([]),
  definition: z.string().min(10),
  refs: z.array(CiteKeySchema).default([]),
  /** A site path with more, e.g. "/methods/spared-nerve-injury/". */
  see: z.string().regex(/^\/[a-z0-9/#-]*$/, { error: 'must be a site path starting with "/"' }).optional(),
});

export const GlossarySchema = z.array(GlossaryTermSchema);
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
