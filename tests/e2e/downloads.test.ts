/**
 * The /data/ downloads as a user gets them from dist/: each parses with a standard parser (csv-parse,
 * JSON.parse, citation-js) and matches the content it was built from.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse } from 'csv/sync';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { COMPOUND_COLUMNS, FINDING_COLUMNS, REGULATORY_COLUMNS, TRIAL_COLUMNS } from '../../src/lib/downloads.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { DIST, resolveDistPath } from '../helpers/site.ts';

const read = (name: string) => readFileSync(path.join(DIST, 'data', name), 'utf8');
const csv = (name: string) => parse(read(name), { columns: true, bom: true }) as Record<string, string>[];
const json = (name: string) => JSON.parse(read(name)) as Record<string, unknown>[];

const content = readContent(ROOT).entries;
const ofCollection = (c: string) => content.filter((e) => e.collection === c);
// Vendor-only claims are listed on the pages, never in the download.
const affinityCount = ofCollection('compounds').reduce((n, e) => n + ((e.data as { affinities?: { source: string }[] }).affinities?.filter((a) => a.source !== 'vendor').length ?? 0), 0);
const referenceKeys = ofCollection('references').map((e) => e.id).sort();

describe.each([
  ['compounds', COMPOUND_COLUMNS, affinityCount],
  ['trials', TRIAL_COLUMNS, ofCollection('trials').length],
  ['regulatory', REGULATORY_COLUMNS, ofCollection('regulatory').length],
  ['findings', FINDING_COLUMNS, ofCollection('findings').length],
] as const)('%s.csv and %s.json', (name, columns, count) => {
  test('one row per value or entry, with the documented columns', () => {
    const rows = csv(`${name}.csv`);
    expect(count).toBeGreaterThan(0);
    expect(rows).toHaveLength(count);
    expect(Object.keys(rows[0]!)).toEqual(columns.map((c) => c.name));
    expect(json(`${name}.json`)).toHaveLength(count);
  });

  test('CSV and JSON hold the same values', () => {
    const rows = csv(`${name}.csv`);
    json(`${name}.json`).forEach((record, i) => {
      const asCsv = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v)]));
      expect(asCsv).toEqual(rows[i]);
    });
  });

  test('every row links to a built page and cites a known source', () => {
    for (const row of csv(`${name}.csv`)) {
      expect(resolveDistPath(new URL(row['page']!).pathname), row['page']).toBeTruthy();
      for (const key of (row['ref'] ?? row['refs'] ?? '').split('; ').filter(Boolean)) expect(referenceKeys, key).toContain(key);
    }
  });
});

describe('known values', () => {
  test("cutamesine's S1R Ki is 4.6 nM (pKi 8.34) in guinea pig brain, from Lever et al. 2006", () => {
    const row = csv('compounds.csv').find((r) => r['compound'] === 'cutamesine' && r['target'] === 'S1R')!;
    expect(row).toMatchObject({ measure: 'Ki', qualifier: '=', value_low: '4.6', value_high: '4.6', unit: 'nM', value_low_nm: '4.6', p_value: '8.34', p_name: 'pKi', species: 'guinea-pig', source_kind: 'primary', ref: 'lever2006-synapse' });
    const record = json('compounds.json').find((r) => r['compound'] === 'cutamesine' && r['target'] === 'S1R')!;
    expect(record).toMatchObject({ value_low: 4.6, value_high: 4.6, p_value: 8.34, roles: expect.arrayContaining(['pet-tracer']) });
  });

  test('no vendor-only value reaches the downloads', () => {
    expect(csv('compounds.csv').map((r) => r['source_kind'])).not.toContain('vendor');
    for (const kind of new Set(json('compounds.json').map((r) => r['source_kind']))) expect(['primary', 'secondary']).toContain(kind);
  });

  test('the CSV opens right in a spreadsheet: a UTF-8 byte order mark before the header', () => {
    const bytes = readFileSync(path.join(DIST, 'data', 'compounds.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 12).toString()).toBe('compound,');
  });

  test('PROOF-HD is a phase 3 trial with its NCT number', () => {
    const trial = json('trials.json').find((r) => r['trial'] === 'pridopidine-proof-hd')!;
    expect(trial['phase']).toBe('phase-3');
    expect(trial['nct']).toEqual(expect.arrayContaining([expect.stringMatching(/^NCT\d{8}$/)]));
    expect(trial['page']).toBe('https://sigma1-atlas.org/trials/pridopidine-proof-hd/');
  });
});

describe('bibliography downloads', () => {
  test.each([
    ['references.bib', '@biblatex/text'],
    ['references.ris', '@ris/file'],
  ])('%s: citation-js reads back every reference, titles intact', (name, type) => {
    const items = new Cite(read(name), { forceType: type }).data as Record<string, unknown>[];
    expect(items).toHaveLength(referenceKeys.length);
    const schmidt = items.find((i) => i['DOI'] === '10.1038/nature17391')!;
    expect(schmidt['title']).toBe('Crystal structure of the human σ1 receptor');
    const titles = new Set(items.map((i) => i['title']));
    for (const e of ofCollection('references')) expect(titles, e.id).toContain((e.data as { title: string }).title);
  });

  test('references.json is CSL-JSON keyed by citation key', () => {
    const items = json('references.json');
    expect(items.map((i) => i['id'])).toEqual(referenceKeys);
    const schmidt = items.find((i) => i['id'] === 'schmidt2016-nature')!;
    expect(schmidt).toMatchObject({ type: 'article-journal', DOI: '10.1038/nature17391', PMID: '27042935' });
    // What citation-js can render is what a reference manager can import.
    expect(new Cite([schmidt]).format('bibliography', { format: 'text', template: 'apa' })).toContain('Crystal structure of the human σ1 receptor');
  });
});

describe('/data/', () => {
  const html = readFileSync(resolveDistPath('/data/')!, 'utf8');
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
  const files = ['compounds.csv', 'compounds.json', 'trials.csv', 'trials.json', 'regulatory.csv', 'regulatory.json', 'findings.csv', 'findings.json', 'references.bib', 'references.ris', 'references.json'];

  test('links every file, states the licence and the build date', () => {
    for (const f of files) {
      expect(html).toContain(`href="/data/${f}"`);
      expect(existsSync(path.join(DIST, 'data', f)), f).toBe(true);
    }
    expect(html).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(html).toMatch(new RegExp(`<time datetime="${ld.dateModified}">`));
  });

  test('a schema.org Dataset with one DataDownload per file', () => {
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', url: 'https://sigma1-atlas.org/data/', license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.description.length).toBeGreaterThan(50);
    expect(ld.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual(files.map((f) => `https://sigma1-atlas.org/data/${f}`));
    for (const d of ld.distribution) expect(d).toMatchObject({ '@type': 'DataDownload', encodingFormat: expect.stringMatching(/^(text|application)\//) });
  });

  test('every column of every table is documented', () => {
    for (const c of [...COMPOUND_COLUMNS, ...TRIAL_COLUMNS, ...REGULATORY_COLUMNS, ...FINDING_COLUMNS]) expect(html).toContain(`<code>${c.name}</code>`);
  });
});
