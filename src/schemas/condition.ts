import { z } from 'astro/zod';
import { AliasesSchema, CiteKeySchema, DateSchema, idSchema, SlugSchema } from './common.ts';
import { CONDITION_KINDS } from './vocabularies.ts';

/** A disease, symptom or gene that pages link to and gather around. */
export const ConditionSchema = z.strictObject({
  title: z.string().min(1),
  kind: z.enum(CONDITION_KINDS.keys),
  summary: z.string().min(20).max(500),
  synonyms: z.array(z.string().min(1)).default([]),
  aliases: AliasesSchema,
  /** Broader condition (slug), e.g. painful diabetic neuropathy -> neuropathic pain. */
  parent: SlugSchema.optional(),
  ids: z
    .strictObject({
      mesh: z.array(idSchema('mesh')).default([]),
      ncbiGene: idSchema('ncbiGene').optional(),
      ncbiGeneMouse: idSchema('ncbiGene').optional(),
      uniprot: idSchema('uniprot').optional(),
      omim: idSchema('omim').optional(),
    })
    .default({ mesh: [] }),
  refs: z.array(CiteKeySchema).default([]),
  lastReviewed: DateSchema,
});

export type Condition = z.output<typeof ConditionSchema>;
