import { z } from 'astro/zod';

/** A day written YYYY-MM-DD, kept as that text (js-yaml reads an unquoted date as a Date). */
const DaySchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' }),
);

/**
 * One release of the whole atlas (content/releases.yaml, newest first): a named state of the
 * content, like the Guide to Pharmacology's database releases. What it holds (counts of reviews,
 * compounds, trials, ...) is read from the content at `commit` when the site is built, never typed.
 */
export const ReleaseSchema = z.strictObject({
  /** "<year>.<number within the year>", e.g. "2026.1"; the year is the release date's. */
  version: z.string().regex(/^\d{4}\.[1-9]\d*$/, { error: 'must be "<year>.<number>", e.g. "2026.1"' }),
  /** The day the release was made: its commit's date or later. */
  date: DaySchema,
  /** Full id (40 hex digits) of the commit whose content this release is: `git rev-parse <short id>`. */
  commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'must be the full commit id, 40 lowercase hex digits (git rev-parse <short id> prints it)' }),
  /** Release notes for readers: what the atlas holds and what was added or changed, one point each. */
  notes: z.array(z.string().min(10)).min(1),
});

export const ReleasesSchema = z.array(ReleaseSchema);
export type Release = z.output<typeof ReleaseSchema>;
