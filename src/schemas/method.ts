import { z } from 'astro/zod';
import { AliasesSchema, CiteKeySchema, DateSchema, SlugSchema } from './common.ts';
import { METHOD_KINDS, SPECIES } from './vocabularies.ts';

export const MethodSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(20).max(400),
  /** Abbreviations and other names: "SNI", "CCI", "Bennett model". */
  synonyms: z.array(z.string().min(1)).default([]),
  aliases: AliasesSchema,
  kind: z.enum(METHOD_KINDS.keys),
  species: z.array(z.enum(SPECIES.keys)).default([]),
  /** What the method reads out: "50% paw withdrawal threshold (g)". */
  readouts: z.array(z.string().min(1)).default([]),
  /** Conditions the method models or measures. */
  conditions: z.array(SlugSchema).default([]),
  refs: z.array(CiteKeySchema).default([]),
  lastReviewed: DateSchema,
});

export type Method = z.output<typeof MethodSchema>;
