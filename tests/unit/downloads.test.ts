/**
 * The /data/ downloads, built from the valid fixture tree (parsed by the real schemas) plus a few
 * hand-made awkward values, and read back with standard parsers (csv-parse, JSON.parse, citation-js).
 */
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse } from 'csv/sync';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { buildDownloads, compoundRows, COMPOUND_COLUMNS, datasetJsonLd, describeType, FINDING_COLUMNS, formatBytes, REGULATORY_COLUMNS, toCsv, toJson, TRIAL_COLUMNS, type DownloadInput, type Table } from '../../src/lib/downloads.ts';
import type { Compound } from '../../src/schemas/compound.ts';
import { COLLECTIONS, CompoundSchema, type CollectionName } from '../../src/schemas/index.ts';
import type { Reference } from '../../src/schemas/reference.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const SITE = 'https://sigma1-atlas.org';

/** The valid fixture's entries, validated as the build validates them. */
function fixtureEntries<T>(collection: CollectionName): { id: string; data: T }[] {
  return readContent(path.join(FIXTURES, 'valid'))
    .entries.filter((e) => e.collection === collection)
    .map((e) => ({ id: e.id, data: COLLECTIONS[collection].schema.parse(e.data) as T }));
}

const references = fixtureEntries<Reference>('references');
const refMap = new Map(references.map((r) => [r.id, r.data]));
const input: DownloadInput = {
  compounds: fixtureEntries('compounds'),
  trials: fixtureEntries('trials'),
  findings: fixtureEntries('findings'),
  regulatory: fixtureEntries('regulatory'),
  references,
  names: { compounds: new Map([['e-52862', 'E-52862']]), models: new Map([['spared-nerve-injury', 'Spared nerve injury (SNI)']]), conditions: new Map([['neuropathic-pain', 'Neuropathic pain']]) },
  site: SITE,
};
const groups = buildDownloads(input);
const file = (name: string) => groups.flatMap((g) => g.files).find((f) => f.name === name)!;

/** A compound with the values CSV writers get wrong: a µM unit, a bound, quotes, commas and a line break. */
const awkward = {
  id: 'awkward',
  data: CompoundSchema.parse({
    title: 'Awkward, "quoted" compound',
    summary: 'A made-up compound whose values exercise quoting and unit conversion.',
    class: 'Made-up class',
    roles: ['reference-ligand', 'radioligand'],
    action: 'agonist',
    actionEvidence: 'A made-up sentence standing for the evidence.',
    actionRef: 'lee2007-ejp',
    affinities: [
      { target: 'S2R', measure: 'IC50', value: 1.2, unit: 'µM', qualifier: '>', species: 'not-reported', radioligand: 'not reported', source: 'primary', ref: 'lee2007-ejp', note: 'Line one, with a comma;\nline two with "quotes".' },
      { target: 'S1R', measure: 'Kd', value: 40, unit: 'pM', species: 'rat', radioligand: '[3H]DTG', source: 'secondary', ref: 'not-in-bibliography', primary: 'lee2007-ejp' },
      { target: 'S1R', measure: 'Ki', value: 0.1, unit: 'nM', species: 'not-reported', radioligand: 'not reported', source: 'vendor', ref: 'lee2007-ejp' },
    ],
    status: 'research-tool',
    highestPhase: 'none',
    lastReviewed: '2026-11-23',
  }) as Compound,
};

describe('compound rows: one per affinity value', () => {
  const rows = compoundRows([...input.compounds, awkward], refMap, SITE);

  test('a range keeps both ends; its source brings DOI, PMID and confidence', () => {
    expect(rows[0]).toMatchObject({
      compound: 'e-52862',
      compound_name: 'E-52862',
      target: 'S1R',
      measure: 'Ki',
      qualifier: '=',
      value_low: 2.5,
      value_high: 16.6,
      unit: 'nM',
      p_value: 8.19,
      p_name: 'pKi',
      species: 'human',
      radioligand: '[3H](+)-pentazocine',
      source_kind: 'primary',
      compound_class: '1-Arylpyrazole',
      action: 'antagonist',
      roles: ['investigational'],
      ref: 'lee2007-ejp',
      ref_doi: '10.1016/j.ejphar.2007.09.020',
      ref_pmid: '17961544',
      ref_confidence: 'verified',
      primary_ref: null,
      note: null,
      page: 'https://sigma1-atlas.org/compounds/e-52862/',
    });
  });

  test('a secondary value names its primary paper with its identifiers', () => {
    expect(rows[1]).toMatchObject({ target: 'S2R', source_kind: 'secondary', ref: 'abadias2013-bjcp', primary_ref: 'lee2007-ejp', primary_doi: '10.1016/j.ejphar.2007.09.020', primary_pmid: '17961544', p_value: 5.03, p_name: 'pKi' });
  });

  test('vendor-only claims never reach the download', () => {
    expect(rows.map((r) => r['source_kind'])).not.toContain('vendor');
    expect(rows).toHaveLength(4);
  });

  test.each([
    [2, { value_low: 1.2, value_high: 1.2, unit: 'µM', value_low_nm: 1200, value_high_nm: 1200, qualifier: '>', species: 'not-reported', p_value: 5.92, p_name: 'pIC50', roles: ['reference-ligand', 'radioligand'] }],
    [3, { value_low: 40, value_high: 40, unit: 'pM', value_low_nm: 0.04, value_high_nm: 0.04, p_value: 10.4, p_name: 'pKd', ref_doi: null, ref_pmid: null, ref_confidence: null }],
  ])('row %i: single values fill low and high; units convert to nM exactly', (i, expected) => {
    expect(rows[i]).toMatchObject(expected);
  });

  test('every row has exactly the declared columns', () => {
    for (const row of rows) expect(Object.keys(row)).toEqual(COMPOUND_COLUMNS.map((c) => c.name));
  });
});

describe('CSV and JSON read back', () => {
  const table: Table = { columns: COMPOUND_COLUMNS, rows: compoundRows([...input.compounds, awkward], refMap, SITE) };

  test('csv-parse gets the header and every cell back, quotes, commas and line breaks included', () => {
    const records = parse(toCsv(table), { columns: true, bom: true }) as Record<string, string>[];
    expect(records).toHaveLength(4);
    expect(Object.keys(records[0]!)).toEqual(COMPOUND_COLUMNS.map((c) => c.name));
    expect(records[2]!['compound_name']).toBe('Awkward, "quoted" compound');
    expect(records[2]!['note']).toBe('Line one, with a comma;\nline two with "quotes".');
    expect(records[2]!['value_low_nm']).toBe('1200');
    expect(records[2]!['roles']).toBe('reference-ligand; radioligand');
    expect(records[0]!['note']).toBe('');
  });

  test('the CSV starts with a UTF-8 byte order mark, so spreadsheet programs read µ, σ and ³ right', () => {
    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1, 10)).toBe('compound,');
  });

  test('JSON keeps numbers as numbers and empty cells as null', () => {
    const records = JSON.parse(toJson(table)) as Record<string, unknown>[];
    expect(records[0]).toMatchObject({ value_low: 2.5, value_high: 16.6, p_value: 8.19, primary_ref: null });
    expect(records[1]).toMatchObject({ tissue: null, value_low: 9300 });
    expect(Object.keys(records[3]!)).toEqual(COMPOUND_COLUMNS.map((c) => c.name));
  });

  test('lists are arrays in JSON and "; "-joined cells in CSV', () => {
    const trials = JSON.parse(file('trials.json').body) as Record<string, unknown>[];
    expect(trials[0]).toMatchObject({ trial: 'e-52862-phase-1', eudract: ['2012-000399-41'], nct: [], ctis: [], enrollment: 175, enrollment_planned: null, start_date: '2009', published_date: '2013-01', conflicts: [], outcome: 'met', result_ref: 'abadias2013-bjcp', last_reviewed: '2026-11-23' });
    const [event] = JSON.parse(file('regulatory.json').body) as Record<string, unknown>[];
    expect(event).toMatchObject({ agency: 'EMA', date: '2014-06', decision: 'application-submitted', compound: 'e-52862', trials: ['e-52862-phase-1'], page: 'https://sigma1-atlas.org/compounds/e-52862/#event-e-52862-ema-2014-application-submitted' });
    const [csv] = parse(file('trials.csv').body, { columns: true, bom: true }) as Record<string, string>[];
    expect(csv!['compounds']).toBe('e-52862');
    expect(csv!['eudract']).toBe('2012-000399-41');
    expect(csv!['enrollment']).toBe('175');
  });

  test.each([
    ['trials.json', TRIAL_COLUMNS],
    ['regulatory.json', REGULATORY_COLUMNS],
    ['findings.json', FINDING_COLUMNS],
  ] as const)('%s rows have exactly the declared columns', (name, columns) => {
    const records = JSON.parse(file(name).body) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(Object.keys(r)).toEqual(columns.map((c) => c.name));
  });

  test('a finding carries names, vocabulary keys and its source', () => {
    const [f] = JSON.parse(file('findings.json').body) as Record<string, unknown>[];
    expect(f).toMatchObject({ finding: 'e-52862-sni-mechanical-allodynia', compound_name: 'E-52862', model_name: 'Spared nerve injury (SNI)', condition_name: 'Neuropathic pain', page: 'https://sigma1-atlas.org/findings/e-52862-sni-mechanical-allodynia/' });
  });
});

describe('bibliography', () => {
  const keys = references.map((r) => r.id).sort();

  test.each([
    ['references.bib', '@biblatex/text'],
    ['references.ris', '@ris/file'],
  ])('%s parses back with citation-js into every reference', (name, type) => {
    const items = new Cite(file(name).body, { forceType: type }).data as Record<string, unknown>[];
    expect(items).toHaveLength(keys.length);
    const titles = items.map((i) => i['title']);
    for (const r of references) expect(titles).toContain(r.data.title);
  });

  test('BibTeX keys are the citation keys', () => {
    expect([...file('references.bib').body.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1])).toEqual(keys);
  });

  test('CSL-JSON keeps identifiers and leaves our own fields out', () => {
    const items = JSON.parse(file('references.json').body) as Record<string, unknown>[];
    expect(items.map((i) => i['id'])).toEqual(keys);
    const lee = items.find((i) => i['id'] === 'lee2007-ejp')!;
    expect(lee).toMatchObject({ DOI: '10.1016/j.ejphar.2007.09.020', PMID: '17961544', PMCID: 'PMC2963108', type: 'article-journal' });
    expect(lee).not.toHaveProperty('confidence');
    expect(lee).not.toHaveProperty('reliability');
  });
});

describe('the /data/ page', () => {
  test('groups, files and counts', () => {
    expect(groups.map((g) => [g.id, g.files.map((f) => `${f.name}:${f.count}`)])).toEqual([
      ['compounds', ['compounds.csv:2', 'compounds.json:2']],
      ['trials', ['trials.csv:1', 'trials.json:1']],
      ['regulatory', ['regulatory.csv:1', 'regulatory.json:1']],
      ['findings', ['findings.csv:1', 'findings.json:1']],
      ['references', [`references.bib:${references.length}`, `references.ris:${references.length}`, `references.json:${references.length}`]],
    ]);
  });

  test.each([
    [{ name: 'a', type: 'text', meaning: '' }, 'text'],
    [{ name: 'a', type: 'list', meaning: '' }, 'list of text'],
    [{ name: 'a', type: 'date', meaning: '' }, 'date (YYYY-MM-DD)'],
    [{ name: 'a', type: 'code', values: ['Ki', 'IC50'], meaning: '' }, 'one of: Ki, IC50'],
  ] as const)('describeType %j', (column, text) => {
    expect(describeType(column)).toBe(text);
  });

  test.each([
    [0, '0 B'],
    [999, '999 B'],
    [12_400, '12.4 kB'],
    [1_250_000, '1.3 MB'],
  ])('formatBytes(%i) = %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });

  test('Dataset JSON-LD: licence, date and one DataDownload per file with an absolute URL', () => {
    const ld = datasetJsonLd({ url: `${SITE}/data/`, name: 'Data', description: 'All the data.', publisher: 'Sigma-1 Atlas contributors', licence: 'https://creativecommons.org/licenses/by/4.0/', built: '2026-11-23', keywords: [] }, groups);
    expect(ld).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', dateModified: '2026-11-23' });
    const dist = ld['distribution'] as Record<string, string>[];
    expect(dist.map((d) => d['contentUrl'])).toContain('https://sigma1-atlas.org/data/compounds.csv');
    expect(dist).toHaveLength(11);
    expect(dist.every((d) => d['@type'] === 'DataDownload' && d['encodingFormat'])).toBe(true);
  });
});
