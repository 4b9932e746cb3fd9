import { z } from 'astro/zod';
import { PARTIAL_DATE } from '../lib/dates.ts';
import { CITATION_KEY, describeIdProblem, isValidId, SLUG, type IdKind } from '../lib/ids/index.ts';
import { CONCENTRATION_UNITS, type ConcentrationUnit } from './vocabularies.ts';

/** A string that must satisfy one identifier rule from src/lib/ids. */
export function idSchema(kind: IdKind) {
  return z
    .string()
    .trim()
    .refine((v) => isValidId(kind, v), { error: (iss) => describeIdProblem(kind, String(iss.input)) });
}

/** Slugs are the last URL segment of an entry: lowercase letters, digits and hyphens. */
export const SlugSchema = z
  .string()
  .regex(SLUG, { error: 'must be a slug: lowercase letters, digits and single hyphens (e.g. "e-52862")' });

/** Citation keys, as used in `[@key]` and in `ref:` fields. */
export const CiteKeySchema = z
  .string()
  .regex(CITATION_KEY, { error: 'must be a citation key such as "schmidt2016-nature"' });

/** A date written as YYYY-MM-DD in YAML (js-yaml yields a Date; a quoted string is accepted too). */
export const DateSchema = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** Previous slugs of an entry; each becomes a redirect to the current URL. */
export const AliasesSchema = z.array(SlugSchema).default([]);

/**
 * A reported number: a value or a [low, high] range, with a qualifier for "~", ">" and "<".
 * Ranges stay ranges ("2.5-16.6 nM" is [2.5, 16.6]), never strings.
 */
export const NumberOrRangeSchema = z.union([
  z.number().nonnegative(),
  z
    .tuple([z.number().nonnegative(), z.number().nonnegative()])
    .refine(([lo, hi]) => lo <= hi, { error: 'a range is written [low, high] with low <= high' }),
]);

export const QualifierSchema = z.enum(['=', '~', '>', '<', '>=', '<=']).default('=');

export const ConcentrationUnitSchema = z.enum(
  Object.keys(CONCENTRATION_UNITS) as [ConcentrationUnit, ...ConcentrationUnit[]],
);

/** Free text that records where a value is shaky: secondary source, vendor data, not confirmed. */
export const ReliabilitySchema = z.string().min(10).optional();

/**
 * A date as precise as the record gives it: YYYY, YYYY-MM or YYYY-MM-DD. An unquoted full date in
 * YAML is read as a Date, and a bare year as a number; both are kept as text.
 */
export const PartialDateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(PARTIAL_DATE, { error: 'must be a date as precise as the record gives it: YYYY, YYYY-MM or YYYY-MM-DD' }),
);
