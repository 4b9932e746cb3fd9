import { z } from 'astro/zod';
import { AliasesSchema, DateSchema, idSchema } from './common.ts';
import { REFERENCE_CONFIDENCE, TOPICS } from './vocabularies.ts';

const NameSchema = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().optional(), suffix: z.string().optional() }),
  z.strictObject({ literal: z.string().min(1) }),
]);

const CslDateSchema = z.strictObject({
  'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]),
});

/**
 * One bibliography item: CSL-JSON fields (as Zotero and citation-js write them) plus the
 * identifiers we link to and how far they were confirmed. The file name is the citation key.
 */
export const ReferenceSchema = z.strictObject({
  /**
   * Former citation keys of this work (a placeholder key replaced once the record was found): their
   * published addresses redirect here. Content cites the current key; the old one is not a citation.
   */
  aliases: AliasesSchema,
  type: z.enum(['article-journal', 'chapter', 'book', 'report', 'webpage', 'dataset', 'paper-conference', 'thesis']),
  title: z.string().min(1),
  author: z.array(NameSchema).default([]),
  editor: z.array(NameSchema).optional(),
  'container-title': z.string().optional(),
  'container-title-short': z.string().optional(),
  publisher: z.string().optional(),
  issued: CslDateSchema.optional(),
  /**
   * For a work without `issued`: why it has no date, as its record shows ("The database page shows
   * no date of publication or revision."). Readers see it on the reference page.
   */
  undated: z.string().min(10).optional(),
  volume: z.union([z.string(), z.number()]).transform(String).optional(),
  issue: z.union([z.string(), z.number()]).transform(String).optional(),
  page: z.union([z.string(), z.number()]).transform(String).optional(),
  DOI: idSchema('doi').optional(),
  PMID: idSchema('pmid').optional(),
  PMCID: idSchema('pmcid').optional(),
  URL: z.url().optional(),
  /** Trial registry ids reported by this source. */
  registry: z.strictObject({ nct: z.array(idSchema('nct')).default([]) }).optional(),
  /** "verified": identifiers seen with the title in a public record. */
  confidence: z.enum(REFERENCE_CONFIDENCE.keys),
  /** Fields not confirmed (shown to readers). */
  unverified: z.array(z.string()).default([]),
  /** Shown on every page citing this source: secondary, vendor, not confirmed, ... */
  reliability: z.string().optional(),
  topics: z.array(z.enum(TOPICS.keys)).default([]),
  /** The curation trail: public records where the identifiers were seen with the title, and when. */
  checked: z.array(z.strictObject({ url: z.url(), on: DateSchema })).default([]),
}).superRefine((r, ctx) => {
  // A reader's reference manager needs a date, or to know why there is none.
  if (!r.issued && !r.undated) {
    ctx.addIssue({ code: 'custom', path: ['issued'], message: 'give the date its record shows (issued: { date-parts: [[yyyy, m, d]] }), or say why there is none in undated: ("The database page shows no date of publication or revision.")' });
  }
  if (r.issued && r.undated) {
    ctx.addIssue({ code: 'custom', path: ['undated'], message: 'a work with an issued date is not undated: remove undated (or issued, if that date was not seen in the record)' });
  }
});

export type Reference = z.output<typeof ReferenceSchema>;
export type ReferenceInput = z.input<typeof ReferenceSchema>;
