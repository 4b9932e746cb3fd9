/**
 * The data downloads at /data/: compounds (one row per affinity value), trials and findings as CSV
 * and JSON, and the bibliography as BibTeX, RIS and CSL-JSON. Pure: validated entries in, file
 * text out. Each table's columns are declared once, with a type and a meaning, and the same list
 * orders the CSV, keys the JSON and documents the file on /data/.
 */
import { stringify } from 'csv/sync';
import type { Compound } from '../schemas/compound.ts';
import type { Finding } from '../schemas/finding.ts';
import type { Reference } from '../schemas/reference.ts';
import type { RegulatoryEvent } from '../schemas/regulatory.ts';
import type { Trial } from '../schemas/trial.ts';
import { pName, pOf, toNmRange } from './affinities.ts';
import { AFFINITY_MEASURES, AFFINITY_SOURCES, AGENCIES, REGULATORY_DECISIONS, COMPOUND_ACTIONS, COMPOUND_ROLES, CONCENTRATION_UNITS, DOSING, EFFECT_DIRECTIONS, EVIDENCE_LEVELS, MODALITIES, SEX, SPECIES, TRIAL_OUTCOMES, TRIAL_PHASES, TRIAL_STATUS } from '../schemas/vocabularies.ts';
import { toBibtex, toCsl, toRis, type CslItem } from './citations/format.ts';
import { entryUrl, type DownloadCollection } from './registry.ts';

export type CellType = 'text' | 'number' | 'integer' | 'date' | 'url' | 'list' | 'code';

export interface Column {
  name: string;
  type: CellType;
  /** What the column holds, for the schema table on /data/. */
  meaning: string;
  /** For `code` columns: the closed vocabulary the value comes from. */
  values?: readonly string[];
  /** The column may be empty (CSV) or null (JSON). */
  optional?: boolean;
}

export type Cell = string | number | string[] | null;
export type Row = Record<string, Cell>;

export interface Table {
  columns: readonly Column[];
  rows: Row[];
}

interface Entry<T> {
  id: string;
  data: T;
}

const ISO_DATE = (d: Date) => d.toISOString().slice(0, 10);

/** Identifier columns every value-bearing table repeats for its source. */
const SOURCE_COLUMNS: readonly Column[] = [
  { name: 'ref', type: 'text', meaning: 'Citation key of the source; the reference is /references/<ref>/ and the key in references.bib, .ris and .json.' },
  { name: 'ref_doi', type: 'text', meaning: 'DOI of the source (bare, without https://doi.org/).', optional: true },
  { name: 'ref_pmid', type: 'text', meaning: 'PubMed id of the source.', optional: true },
  { name: 'ref_confidence', type: 'code', values: ['verified', 'unverified'], meaning: 'Whether the source’s identifiers were confirmed against a public record.' },
];

function sourceCells(key: string, refs: ReadonlyMap<string, Reference>): Row {
  const ref = refs.get(key);
  return { ref: key, ref_doi: ref?.DOI ?? null, ref_pmid: ref?.PMID ?? null, ref_confidence: ref?.confidence ?? null };
}

export const COMPOUND_COLUMNS: readonly Column[] = [
  { name: 'compound', type: 'text', meaning: 'Slug of the compound; its page is /compounds/<compound>/.' },
  { name: 'compound_name', type: 'text', meaning: 'Display name of the compound.' },
  { name: 'compound_class', type: 'text', meaning: 'Chemical or pharmacological class of the compound.' },
  { name: 'action', type: 'code', values: COMPOUND_ACTIONS.keys, meaning: 'Action of the compound at S1R, as its page states it with its evidence.' },
  { name: 'roles', type: 'list', meaning: `What the compound is to S1R research; each one of: ${COMPOUND_ROLES.keys.join(', ')}.` },
  { name: 'target', type: 'text', meaning: 'Target the value was measured at: S1R, S2R, VAChT, D2, …' },
  { name: 'measure', type: 'code', values: AFFINITY_MEASURES.keys, meaning: 'Kind of value. Ki, IC50 and Kd are not interchangeable.' },
  { name: 'qualifier', type: 'code', values: ['=', '~', '>', '<', '>=', '<='], meaning: 'How the value relates to the reported number: "=" exact, "~" approximate, ">" or "<" a bound.' },
  { name: 'value_low', type: 'number', meaning: 'The value, or the low end of a reported range.' },
  { name: 'value_high', type: 'number', meaning: 'The high end of a reported range; equal to value_low for a single value.' },
  { name: 'unit', type: 'code', values: Object.keys(CONCENTRATION_UNITS), meaning: 'Concentration unit of value_low and value_high.' },
  { name: 'value_low_nm', type: 'number', meaning: 'value_low converted to nM, for sorting across units.' },
  { name: 'value_high_nm', type: 'number', meaning: 'value_high converted to nM.' },
  { name: 'p_value', type: 'number', meaning: 'Negative log10 of the value in mol/L (pKi for a Ki, pIC50 for an IC50, pKd for a Kd; for a range, of its geometric middle), two decimals.' },
  { name: 'p_name', type: 'code', values: AFFINITY_MEASURES.keys.map(pName), meaning: 'Which negative log p_value is.' },
  { name: 'species', type: 'code', values: SPECIES.keys, meaning: 'Species of the receptor or tissue assayed.' },
  { name: 'tissue', type: 'text', meaning: 'Tissue or cell system, e.g. "guinea pig brain membranes".', optional: true },
  { name: 'radioligand', type: 'text', meaning: 'Radioligand displaced, e.g. "[3H](+)-pentazocine"; "not reported" where the source does not say.' },
  { name: 'source_kind', type: 'code', values: AFFINITY_SOURCES.keys.filter((k) => k !== 'vendor'), meaning: 'primary: read in the paper that measured it; secondary: read in a peer-reviewed review or database that quotes the primary paper (primary_ref). Vendor-only values are not in this file.' },
  ...SOURCE_COLUMNS,
  { name: 'primary_ref', type: 'text', meaning: 'For a secondary value: citation key of the primary paper the source quotes.', optional: true },
  { name: 'primary_doi', type: 'text', meaning: 'DOI of that primary paper.', optional: true },
  { name: 'primary_pmid', type: 'text', meaning: 'PubMed id of that primary paper.', optional: true },
  { name: 'note', type: 'text', meaning: 'Context a reader needs to judge the value (secondary quotation, assay caveats).', optional: true },
  { name: 'compound_reliability', type: 'text', meaning: 'Where the compound’s data as a whole are shaky, as shown on its page.', optional: true },
  { name: 'page', type: 'url', meaning: 'Permalink of the compound’s page.' },
];

/**
 * One row per affinity value from a peer-reviewed record: compound × target × measure, with its
 * assay and source. Vendor-only claims are left out (they are listed apart on the pages).
 */
export function compoundRows(compounds: readonly Entry<Compound>[], refs: ReadonlyMap<string, Reference>, site: string): Row[] {
  const rows: Row[] = [];
  for (const { id, data } of compounds) {
    for (const a of data.affinities) {
      if (a.source === 'vendor') continue;
      const [low, high] = typeof a.value === 'number' ? [a.value, a.value] : a.value;
      const [lowNm, highNm] = toNmRange(a.value, a.unit);
      const p = pOf(a.value, a.unit);
      const primary = a.primary ? refs.get(a.primary) : undefined;
      rows.push({
        compound: id,
        compound_name: data.title,
        compound_class: data.class,
        action: data.action,
        roles: [...data.roles],
        target: a.target,
        measure: a.measure,
        qualifier: a.qualifier,
        value_low: low,
        value_high: high,
        unit: a.unit,
        value_low_nm: lowNm,
        value_high_nm: highNm,
        p_value: typeof p === 'number' ? p : Math.round(((p[0] + p[1]) / 2) * 100) / 100,
        p_name: pName(a.measure),
        species: a.species,
        tissue: a.tissue ?? null,
        radioligand: a.radioligand,
        source_kind: a.source,
        ...sourceCells(a.ref, refs),
        primary_ref: a.primary ?? null,
        primary_doi: primary?.DOI ?? null,
        primary_pmid: primary?.PMID ?? null,
        note: a.note ?? null,
        compound_reliability: data.reliability ?? null,
        page: new URL(entryUrl('compounds', id), site).href,
      });
    }
  }
  return rows;
}

export const TRIAL_COLUMNS: readonly Column[] = [
  { name: 'trial', type: 'text', meaning: 'Slug of the trial; its page is /trials/<trial>/.' },
  { name: 'title', type: 'text', meaning: 'Title of the trial’s page.' },
  { name: 'acronyms', type: 'list', meaning: 'Short names, e.g. PROOF-HD.' },
  { name: 'compounds', type: 'list', meaning: 'Slugs of the compounds tested (see compounds.csv).' },
  { name: 'conditions', type: 'list', meaning: 'Slugs of the conditions studied; pages at /conditions/<slug>/.' },
  { name: 'nct', type: 'list', meaning: 'ClinicalTrials.gov numbers, only where confirmed.' },
  { name: 'eudract', type: 'list', meaning: 'EU Clinical Trials Register (EudraCT) numbers, only where confirmed.' },
  { name: 'ctis', type: 'list', meaning: 'EU CT numbers (Clinical Trials Information System), only where confirmed.' },
  { name: 'isrctn', type: 'list', meaning: 'ISRCTN registry numbers, only where confirmed.' },
  { name: 'jrct', type: 'list', meaning: 'Japan Registry of Clinical Trials ids, only where confirmed.' },
  { name: 'anzctr', type: 'list', meaning: 'Australian New Zealand Clinical Trials Registry ids, only where confirmed.' },
  { name: 'other_ids', type: 'list', meaning: 'Sponsor protocol codes and other registry ids.' },
  { name: 'phase', type: 'code', values: TRIAL_PHASES.keys, meaning: 'Trial phase.' },
  { name: 'status', type: 'code', values: TRIAL_STATUS.keys, meaning: 'Recruitment status as last checked.' },
  { name: 'design', type: 'text', meaning: 'Design as reported (randomization, blinding, arms).' },
  { name: 'population', type: 'text', meaning: 'Who took part.' },
  { name: 'enrollment', type: 'integer', meaning: 'Participants enrolled or randomized, as reported (see enrollment_note).', optional: true },
  { name: 'enrollment_note', type: 'text', meaning: 'Which count enrollment is.', optional: true },
  { name: 'enrollment_planned', type: 'integer', meaning: 'Planned (anticipated) enrolment on the registry record.', optional: true },
  { name: 'intervention', type: 'text', meaning: 'Drug, dose, route and duration as reported.' },
  { name: 'comparator', type: 'text', meaning: 'Placebo or active comparator.', optional: true },
  { name: 'primary_endpoint', type: 'text', meaning: 'Primary endpoint as registered or reported.' },
  { name: 'outcome', type: 'code', values: TRIAL_OUTCOMES.keys, meaning: 'Whether the primary endpoint was met.' },
  { name: 'result', type: 'text', meaning: 'The result in one sentence, with its numbers.' },
  { name: 'result_ref', type: 'text', meaning: 'Citation key of the source of the result.', optional: true },
  { name: 'result_doi', type: 'text', meaning: 'DOI of that source.', optional: true },
  { name: 'result_pmid', type: 'text', meaning: 'PubMed id of that source.', optional: true },
  { name: 'sponsor', type: 'text', meaning: 'Sponsor.', optional: true },
  { name: 'registered_date', type: 'text', meaning: 'First posted on a registry; YYYY, YYYY-MM or YYYY-MM-DD, as precise as the record.', optional: true },
  { name: 'start_date', type: 'text', meaning: 'Start date as YYYY, YYYY-MM or YYYY-MM-DD.', optional: true },
  { name: 'primary_completion_date', type: 'text', meaning: 'Primary completion date, as precise as the record.', optional: true },
  { name: 'completion_date', type: 'text', meaning: 'Study completion date, as precise as the record.', optional: true },
  { name: 'results_posted_date', type: 'text', meaning: 'Results first posted on a registry, as precise as the record.', optional: true },
  { name: 'published_date', type: 'text', meaning: 'First peer-reviewed publication of the primary result, as precise as the record.', optional: true },
  { name: 'conflicts', type: 'list', meaning: 'Where sources disagree about the trial: "what: how they disagree".' },
  { name: 'refs', type: 'list', meaning: 'Citation keys of every publication and record about the trial.' },
  { name: 'reliability', type: 'text', meaning: 'What about this record is unconfirmed or secondary.', optional: true },
  { name: 'last_reviewed', type: 'date', meaning: 'Date the entry was last checked against its sources.' },
  { name: 'page', type: 'url', meaning: 'Permalink of the trial’s page.' },
];

export function trialRows(trials: readonly Entry<Trial>[], refs: ReadonlyMap<string, Reference>, site: string): Row[] {
  return trials.map(({ id, data }) => {
    const resultRef = data.result.ref ? refs.get(data.result.ref) : undefined;
    return {
      trial: id,
      title: data.title,
      acronyms: [...data.acronyms],
      compounds: [...data.compounds],
      conditions: [...data.conditions],
      nct: [...data.registry.nct],
      eudract: [...data.registry.eudract],
      ctis: [...data.registry.ctis],
      isrctn: [...data.registry.isrctn],
      jrct: [...data.registry.jrct],
      anzctr: [...data.registry.anzctr],
      other_ids: [...data.registry.other],
      phase: data.phase,
      status: data.status,
      design: data.design,
      population: data.population,
      enrollment: data.enrollment ?? null,
      enrollment_note: data.enrollmentNote ?? null,
      enrollment_planned: data.enrollmentPlanned ?? null,
      intervention: data.intervention,
      comparator: data.comparator ?? null,
      primary_endpoint: data.primaryEndpoint,
      outcome: data.result.outcome,
      result: data.result.text,
      result_ref: data.result.ref ?? null,
      result_doi: resultRef?.DOI ?? null,
      result_pmid: resultRef?.PMID ?? null,
      sponsor: data.sponsor ?? null,
      registered_date: data.dates.registered ?? null,
      start_date: data.dates.start ?? null,
      primary_completion_date: data.dates.primaryCompletion ?? null,
      completion_date: data.dates.completion ?? null,
      results_posted_date: data.dates.resultsPosted ?? null,
      published_date: data.dates.published ?? null,
      conflicts: data.conflicts.map((c) => `${c.about}: ${c.text}`),
      refs: [...data.refs],
      reliability: data.reliability ?? null,
      last_reviewed: ISO_DATE(data.lastReviewed),
      page: new URL(entryUrl('trials', id), site).href,
    };
  });
}

export const FINDING_COLUMNS: readonly Column[] = [
  { name: 'finding', type: 'text', meaning: 'Slug of the finding; its page is /findings/<finding>/.' },
  { name: 'compound', type: 'text', meaning: 'Slug of the compound (see compounds.csv).' },
  { name: 'compound_name', type: 'text', meaning: 'Display name of the compound.' },
  { name: 'model', type: 'text', meaning: 'Slug of the animal model; its page is /methods/<model>/.' },
  { name: 'model_name', type: 'text', meaning: 'Name of the model.' },
  { name: 'condition', type: 'text', meaning: 'Slug of the condition modelled; its page is /conditions/<condition>/.' },
  { name: 'condition_name', type: 'text', meaning: 'Name of the condition.' },
  { name: 'evidence', type: 'code', values: EVIDENCE_LEVELS.keys, meaning: 'Kind of evidence.' },
  { name: 'species', type: 'code', values: SPECIES.keys, meaning: 'Species studied.' },
  { name: 'sex', type: 'code', values: SEX.keys, meaning: 'Sex of the animals.' },
  { name: 'modality', type: 'code', values: MODALITIES.keys, meaning: 'Read-out measured.' },
  { name: 'dosing', type: 'code', values: DOSING.keys, meaning: 'Single or repeated dosing.' },
  { name: 'dose', type: 'text', meaning: 'Dose and route as reported.', optional: true },
  { name: 'effect', type: 'code', values: EFFECT_DIRECTIONS.keys, meaning: 'Direction of the effect.' },
  { name: 'effect_text', type: 'text', meaning: 'What was seen, with its size where the source reports one.' },
  ...SOURCE_COLUMNS,
  { name: 'reliability', type: 'text', meaning: 'What about this row is unconfirmed or secondary.', optional: true },
  { name: 'last_reviewed', type: 'date', meaning: 'Date the row was last checked against its source.' },
  { name: 'page', type: 'url', meaning: 'Permalink of the finding’s page.' },
];

export function findingRows(findings: readonly Entry<Finding>[], names: { compounds: ReadonlyMap<string, string>; models: ReadonlyMap<string, string>; conditions: ReadonlyMap<string, string> }, refs: ReadonlyMap<string, Reference>, site: string): Row[] {
  return findings.map(({ id, data }) => ({
    finding: id,
    compound: data.compound,
    compound_name: names.compounds.get(data.compound) ?? data.compound,
    model: data.model,
    model_name: names.models.get(data.model) ?? data.model,
    condition: data.condition,
    condition_name: names.conditions.get(data.condition) ?? data.condition,
    evidence: data.evidence,
    species: data.species,
    sex: data.sex,
    modality: data.modality,
    dosing: data.dosing,
    dose: data.dose ?? null,
    effect: data.effect.direction,
    effect_text: data.effect.text,
    ...sourceCells(data.ref, refs),
    reliability: data.reliability ?? null,
    last_reviewed: ISO_DATE(data.lastReviewed),
    page: new URL(entryUrl('findings', id), site).href,
  }));
}

export const REGULATORY_COLUMNS: readonly Column[] = [
  { name: 'event', type: 'text', meaning: 'Stable id of the event.' },
  { name: 'date', type: 'text', meaning: 'Date of the decision or request, as precise as the record: YYYY, YYYY-MM or YYYY-MM-DD.' },
  { name: 'agency', type: 'code', values: AGENCIES.keys, meaning: 'The medicines agency.' },
  { name: 'decision', type: 'code', values: REGULATORY_DECISIONS.keys, meaning: 'What was decided, or what the applicant asked.' },
  { name: 'compound', type: 'text', meaning: 'Slug of the compound (see compounds.csv).' },
  { name: 'product_name', type: 'text', meaning: 'Product or application name as the agency writes it.', optional: true },
  { name: 'indication', type: 'text', meaning: 'Slug of the condition; its page is /conditions/<indication>/.' },
  { name: 'indication_text', type: 'text', meaning: 'The indication as worded in the decision.', optional: true },
  { name: 'trials', type: 'list', meaning: 'Slugs of the trials the decision rests on (see trials.csv).' },
  { name: 'text', type: 'text', meaning: 'What was decided and why, as the source states it.' },
  { name: 'refs', type: 'list', meaning: 'Citation keys of the sources.' },
  { name: 'last_reviewed', type: 'date', meaning: 'Date the event was last checked against its sources.' },
  { name: 'page', type: 'url', meaning: 'The compound page where the event is listed.' },
];

export function regulatoryRows(events: readonly Entry<RegulatoryEvent>[], site: string): Row[] {
  return events.map(({ id, data }) => ({
    event: id,
    date: data.date,
    agency: data.agency,
    decision: data.decision,
    compound: data.product,
    product_name: data.productName ?? null,
    indication: data.indication,
    indication_text: data.indicationText ?? null,
    trials: [...data.trials],
    text: data.text,
    refs: [...data.refs],
    last_reviewed: ISO_DATE(data.lastReviewed),
    page: new URL(entryUrl('compounds', data.product, `event-${id}`), site).href,
  }));
}

/** List cells are joined with this in CSV (JSON keeps arrays). */
export const LIST_SEPARATOR = '; ';

/**
 * CSV (RFC 4180 quoting, header row, LF line ends) written by csv-stringify, starting with a UTF-8
 * byte order mark: spreadsheet programs opened by a double click (Excel) otherwise read the file
 * in the system's legacy code page and show "Âµ" for "µ" and "Ïƒ" for "σ".
 */
export function toCsv(table: Table): string {
  const names = table.columns.map((c) => c.name);
  const records = table.rows.map((row) =>
    names.map((n) => {
      const v = row[n];
      if (v === null || v === undefined) return '';
      return Array.isArray(v) ? v.join(LIST_SEPARATOR) : v;
    }),
  );
  return '\uFEFF' + stringify(records, { header: true, columns: names });
}

/** JSON: an array of objects with the columns in order; empty cells are null, lists are arrays. */
export function toJson(table: Table): string {
  const names = table.columns.map((c) => c.name);
  const records = table.rows.map((row) => Object.fromEntries(names.map((n) => [n, row[n] ?? null])));
  return JSON.stringify(records, null, 2) + '\n';
}

/** The bibliography as CSL-JSON items (our extra fields left out), in citation-key order. */
export function referenceItems(refs: readonly Entry<Reference>[]): CslItem[] {
  return [...refs].sort((a, b) => a.id.localeCompare(b.id)).map((r) => toCsl(r.id, r.data as unknown as Record<string, unknown>));
}

export interface DownloadFile {
  /** File name under /data/. */
  name: string;
  /** MIME type served and declared in the Dataset's distribution. */
  type: string;
  format: string;
  body: string;
  /** Rows (tables) or items (bibliography). */
  count: number;
}

export interface DownloadGroup {
  /** The collection it holds (the registry's `download` flag says which collections have one). */
  id: DownloadCollection;
  title: string;
  /** One sentence: what a row is. */
  description: string;
  /** The schema of a row; absent for the bibliography (its formats are standards). */
  columns?: readonly Column[];
  files: DownloadFile[];
}

export interface DownloadInput {
  compounds: readonly Entry<Compound>[];
  trials: readonly Entry<Trial>[];
  findings: readonly Entry<Finding>[];
  regulatory: readonly Entry<RegulatoryEvent>[];
  references: readonly Entry<Reference>[];
  names: { compounds: ReadonlyMap<string, string>; models: ReadonlyMap<string, string>; conditions: ReadonlyMap<string, string> };
  site: string;
}

const CSV_TYPE = 'text/csv';
const JSON_TYPE = 'application/json';

function tableFiles(base: string, table: Table): DownloadFile[] {
  return [
    { name: `${base}.csv`, type: CSV_TYPE, format: 'CSV', body: toCsv(table), count: table.rows.length },
    { name: `${base}.json`, type: JSON_TYPE, format: 'JSON', body: toJson(table), count: table.rows.length },
  ];
}

/** Every download, grouped by what it holds, in the order /data/ lists them. */
export function buildDownloads(input: DownloadInput): DownloadGroup[] {
  const refMap = new Map(input.references.map((r) => [r.id, r.data]));
  const compounds: Table = { columns: COMPOUND_COLUMNS, rows: compoundRows(input.compounds, refMap, input.site) };
  const trials: Table = { columns: TRIAL_COLUMNS, rows: trialRows(input.trials, refMap, input.site) };
  const findings: Table = { columns: FINDING_COLUMNS, rows: findingRows(input.findings, input.names, refMap, input.site) };
  const regulatory: Table = { columns: REGULATORY_COLUMNS, rows: regulatoryRows(input.regulatory, input.site) };
  const items = referenceItems(input.references);
  return [
    { id: 'compounds', title: 'Compound affinities', description: 'One row per measured affinity of a compound at a target (Ki, IC50 or Kd), with its assay context and source.', columns: COMPOUND_COLUMNS, files: tableFiles('compounds', compounds) },
    { id: 'trials', title: 'Clinical trials', description: 'One row per clinical trial of a sigma-1 ligand: registry ids, design, population, primary endpoint and result, with sources.', columns: TRIAL_COLUMNS, files: tableFiles('trials', trials) },
    { id: 'regulatory', title: 'Regulatory events', description: 'One row per regulatory decision on a sigma-1 ligand (or an applicant\'s request to an agency): agency, date, decision, product, indication, the trials it rests on, and sources.', columns: REGULATORY_COLUMNS, files: tableFiles('regulatory', regulatory) },
    { id: 'findings', title: 'Preclinical findings', description: 'One row per preclinical efficacy finding: compound × animal model × read-out → effect, with its source.', columns: FINDING_COLUMNS, files: tableFiles('findings', findings) },
    {
      id: 'references',
      title: 'Bibliography',
      description: 'Every source the site cites, keyed by the citation keys used in the tables above.',
      files: [
        { name: 'references.bib', type: 'application/x-bibtex', format: 'BibTeX', body: toBibtex(items), count: items.length },
        { name: 'references.ris', type: 'application/x-research-info-systems', format: 'RIS', body: toRis(items), count: items.length },
        { name: 'references.json', type: 'application/vnd.citationstyles.csl+json', format: 'CSL-JSON', body: JSON.stringify(items, null, 2) + '\n', count: items.length },
      ],
    },
  ];
}

/** "text", "one of: a, b", ... as the schema table shows a column's type. */
export function describeType(c: Column): string {
  switch (c.type) {
    case 'list':
      return 'list of text';
    case 'code':
      return `one of: ${(c.values ?? []).join(', ')}`;
    case 'date':
      return 'date (YYYY-MM-DD)';
    case 'url':
      return 'URL';
    default:
      return c.type;
  }
}

/** "840 B", "12.4 kB", "1.2 MB" (SI units, as browsers show downloads). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}

export interface DatasetFacts {
  /** Permalink of /data/. */
  url: string;
  name: string;
  description: string;
  publisher: string;
  licence: string;
  /** Build date (YYYY-MM-DD). */
  built: string;
  keywords: string[];
}

/** schema.org Dataset for /data/, with one DataDownload per file (as Google Dataset Search reads it). */
export function datasetJsonLd(facts: DatasetFacts, groups: readonly DownloadGroup[]): Record<string, unknown> {
  const org = { '@type': 'Organization', name: facts.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    description: facts.description,
    license: facts.licence,
    isAccessibleForFree: true,
    creator: org,
    publisher: org,
    dateModified: facts.built,
    version: facts.built,
    inLanguage: 'en',
    keywords: facts.keywords,
    distribution: groups.flatMap((g) =>
      g.files.map((f) => ({
        '@type': 'DataDownload',
        name: f.name,
        description: `${g.title} (${f.format}): ${g.description}`,
        encodingFormat: f.type,
        contentUrl: new URL(f.name, facts.url).href,
        contentSize: formatBytes(Buffer.byteLength(f.body, 'utf8')),
      })),
    ),
  };
}
