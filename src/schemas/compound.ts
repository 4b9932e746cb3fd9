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
import { AFFINITY_MEASURES, AFFINITY_SOURCES, COMPOUND_ACTIONS, COMPOUND_ROLES, DEVELOPMENT_STATUS, HIGHEST_PHASES, SPECIES } from './vocabularies.ts';

/** One measured affinity, with everything needed to judge it (IUPHAR/BPS style). */
export const AffinitySchema = z
  .strictObject({
    /** The target measured: "S1R", "S2R", "VAChT", "D2", ... */
    target: z.string().min(1),
    /** Ki, IC50 or Kd: never mixed up, since they are not interchangeable. */
    measure: z.enum(AFFINITY_MEASURES.keys),
    value: NumberOrRangeSchema,
    qualifier: QualifierSchema,
    unit: ConcentrationUnitSchema,
    /** Species of the receptor measured; "not-reported" only when the source does not say. */
    species: z.enum(SPECIES.keys),
    /** Tissue or cell system, e.g. "guinea pig brain membranes", "HEK293 cells expressing human S1R". */
    tissue: z.string().min(1).optional(),
    /** Radioligand displaced, e.g. "[3H](+)-pentazocine"; "not reported" when the source does not say. */
    radioligand: z.string().min(1),
    /** Where the value was read: the measuring paper, a peer-reviewed source quoting it, or a vendor. */
    source: z.enum(AFFINITY_SOURCES.keys),
    /** The reference the value is taken from. */
    ref: CiteKeySchema,
    /** For a secondary value: the primary paper the secondary source names. */
    primary: CiteKeySchema.optional(),
    /** Context a reader needs: "mean ± SEM of 3", "sigma assay not specific for S1R", ... */
    note: z.string().min(1).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.source === 'secondary' && !a.primary) {
      ctx.addIssue({ code: 'custom', path: ['primary'], message: 'a secondary value names the primary paper its source quotes: add primary: <citation key of that paper> (create its reference file if needed)' });
    }
    if (a.source !== 'secondary' && a.primary) {
      ctx.addIssue({ code: 'custom', path: ['primary'], message: `only a secondary value names a primary paper; with source: ${a.source}, remove primary (or set source: secondary)` });
    }
  });

/** Selectivity for S1R over another target, as a fold ratio. */
export const SelectivitySchema = z.strictObject({
  over: z.string().min(1),
  fold: NumberOrRangeSchema,
  qualifier: QualifierSchema,
  ref: CiteKeySchema,
  note: z.string().optional(),
});

/** Identifier kinds a compound may carry, each checked by its rule in src/lib/ids. */
export const COMPOUND_ID_KINDS = ['pubchemCid', 'chembl', 'gtopdb', 'drugbank', 'cas', 'inchikey'] as const;

/** A molecular formula in Hill order as records print it ("C21H23ClFNO2"); no spaces, no charges. */
const FormulaSchema = z
  .string()
  .regex(/^(?:[A-Z][a-z]?\d*)+$/, { error: 'must be a molecular formula such as "C21H23ClFNO2" (element symbols and counts, no spaces)' });

/** Where identifiers were seen: the public record's address, the date, and which fields it showed. */
export const IdSightingSchema = z.strictObject({
  url: z.url(),
  on: DateSchema,
  ids: z.array(z.enum([...COMPOUND_ID_KINDS, 'smiles', 'formula'])).min(1),
});

export const CompoundSchema = z.strictObject({
  /** Display name, e.g. "E-52862". */
  title: z.string().min(1),
  /** One or two sentences: what the compound is and why it matters here. */
  summary: z.string().min(20).max(400),
  /** Other names readers search for: code names, INN, salt forms. */
  synonyms: z.array(z.string().min(1)).default([]),
  aliases: AliasesSchema,
  /** Chemical or pharmacological class, e.g. "Butyrophenone antipsychotic". */
  class: z.string().min(3),
  /** What the compound is to S1R research: reference ligand, clinical drug, tracer, ... */
  roles: z.array(z.enum(COMPOUND_ROLES.keys)).min(1),
  /** Action at S1R. */
  action: z.enum(COMPOUND_ACTIONS.keys),
  /** The evidence that defines the action, in one or two plain sentences. */
  actionEvidence: z.string().min(20),
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
      gtopdb: idSchema('gtopdb').optional(),
      drugbank: idSchema('drugbank').optional(),
      cas: idSchema('cas').optional(),
      inchikey: idSchema('inchikey').optional(),
    })
    .default({}),
  /**
   * The parent structure (free base, non-radioactive), as a public record gives it. The formula is
   * copied when the record prints one; a record that gives the SMILES with an InChIKey but no
   * formula (the Drug Repurposing Hub's list) leaves it out, and the page shows the formula RDKit
   * computes from the SMILES, saying so. Either way the content check recomputes both from the
   * SMILES and stops on a mismatch.
   */
  structure: z
    .strictObject({
      smiles: z.string().regex(/^[A-Za-z0-9@+\-\[\]()=#$\\/%.:*]+$/, { error: 'must be a SMILES string without spaces' }),
      formula: FormulaSchema.optional(),
    })
    .optional(),
  /** The curation trail: where each identifier, the SMILES and the formula were seen. */
  idsSeen: z.array(IdSightingSchema).default([]),
  /** Conditions the compound has been studied in (slugs of content/conditions). */
  conditions: z.array(SlugSchema).default([]),
  reliability: ReliabilitySchema,
  lastReviewed: DateSchema,
}).superRefine((c, ctx) => {
  const seen = new Set(c.idsSeen.flatMap((s) => s.ids));
  const shown = [...Object.entries(c.ids).filter(([, v]) => v !== undefined).map(([k]) => k), ...(c.structure ? ['smiles'] : []), ...(c.structure?.formula ? ['formula'] : [])];
  // Without a formula from the record, the InChIKey seen with the SMILES is what ties the structure to it.
  if (c.structure && !c.structure.formula && !c.ids.inchikey) {
    ctx.addIssue({ code: 'custom', path: ['structure', 'formula'], message: 'give the formula as the record prints it, or, if the record gives no formula, the InChIKey it gives with the SMILES (ids.inchikey, listed in idsSeen): the formula is then computed from the SMILES' });
  }
  for (const kind of shown) {
    if (seen.has(kind as never)) continue;
    const path = kind === 'smiles' || kind === 'formula' ? ['structure', kind] : ['ids', kind];
    ctx.addIssue({ code: 'custom', path, message: `no record is named for it: add an idsSeen entry (url, on, ids: [${kind}, ...]) saying where it was seen, or remove it` });
  }
});

export type Compound = z.output<typeof CompoundSchema>;
export type Affinity = z.output<typeof AffinitySchema>;
export type Selectivity = z.output<typeof SelectivitySchema>;
