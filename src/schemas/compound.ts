import { z } from 'astro/zod';
import {
  AliasesSchema,
  CiteKeySchema,
  ConcentrationUnitSchema,
  DateSchema,
  idSchema,
  NumberOrRangeSchema,
  QualifierSchema,
  ReliabilitySchema,
  SlugSchema,
} from './common.ts';
import { AFFINITY_MEASURES, COMPOUND_ACTIONS, DEVELOPMENT_STATUS, HIGHEST_PHASES, SPECIES } from './vocabularies.ts';

/** One measured affinity, with everything needed to judge it (IUPHAR/BPS style). */
export const AffinitySchema = z.strictObject({
  /** The target measured: "S1R", "S2R", "VAChT", "D2", ... */
  target: z.string().min(1),
  /** Ki, IC50 or Kd: never mixed up, since they are not interchangeable. */
  measure: z.enum(AFFINITY_MEASURES.keys),
  value: NumberOrRangeSchema,
  qualifier: QualifierSchema,
  unit: ConcentrationUnitSchema,
  species: z.enum(SPECIES.keys).default('not-reported'),
  /** Tissue or cell system, e.g. "guinea pig brain membranes", "HEK293 cells expressing human S1R". */
  tissue: z.string().optional(),
  /** Radioligand displaced, e.g. "[3H](+)-pentazocine". */
  radioligand: z.string().optional(),
  /** The reference the value is taken from. */
  ref: CiteKeySchema,
  /** Context a reader needs: "as quoted in a review", "sigma assay not specific for S1R", ... */
  note: z.string().optional(),
});

/** Selectivity for S1R over another target, as a fold ratio. */
export const SelectivitySchema = z.strictObject({
  over: z.string().min(1),
  fold: NumberOrRangeSchema,
  qualifier: QualifierSchema,
  ref: CiteKeySchema,
  note: z.string().optional(),
});

export const CompoundSchema = z.strictObject({
  /** Display name, e.g. "E-52862". */
  title: z.string().min(1),
  /** One or two sentences: what the compound is and why it matters here. */
  summary: z.string().min(20).max(400),
  /** Other names readers search for: code names, INN, salt forms. */
  synonyms: z.array(z.string().min(1)).default([]),
  aliases: AliasesSchema,
  /** Action at S1R. */
  action: z.enum(COMPOUND_ACTIONS.keys),
  /** The reference that supports the action label. */
  actionRef: CiteKeySchema,
  affinities: z.array(AffinitySchema).default([]),
  selectivity: z.array(SelectivitySchema).default([]),
  status: z.enum(DEVELOPMENT_STATUS.keys),
  highestPhase: z.enum(HIGHEST_PHASES.keys),
  ids: z
    .strictObject({
      pubchemCid: idSchema('pubchemCid').optional(),
      chembl: idSchema('chembl').optional(),
      cas: idSchema('cas').optional(),
    })
    .default({}),
  /** Conditions the compound has been studied in (slugs of content/conditions). */
  conditions: z.array(SlugSchema).default([]),
  reliability: ReliabilitySchema,
  lastReviewed: DateSchema,
});

export type Compound = z.output<typeof CompoundSchema>;
export type Affinity = z.output<typeof AffinitySchema>;
export type Selectivity = z.output<typeof SelectivitySchema>;
