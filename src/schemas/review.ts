import { z } from 'astro/zod';
import { AliasesSchema, DateSchema, SlugSchema } from './common.ts';
import { REVIEW_THEMES } from './vocabularies.ts';

export const ReviewSchema = z.strictObject({
  title: z.string().min(1),
  /** Shown under the title and as the meta description; plain text. */
  summary: z.string().min(40).max(400),
  /** Three to seven key points; each may carry citations in `[@key]` syntax. */
  keyPoints: z.array(z.string().min(10)).min(1).max(8),
  conditions: z.array(SlugSchema).default([]),
  compounds: z.array(SlugSchema).default([]),
  /** Extra words search should match (abbreviations not already in the text). */
  keywords: z.array(z.string()).default([]),
  aliases: AliasesSchema,
  /** The part of the field the review belongs to; /reviews/ groups reviews by it. */
  theme: z.enum(REVIEW_THEMES.keys),
  /** Order on the reviews index (lower first). */
  order: z.number().int().default(100),
  published: DateSchema,
  lastReviewed: DateSchema,
});

export type Review = z.output<typeof ReviewSchema>;
