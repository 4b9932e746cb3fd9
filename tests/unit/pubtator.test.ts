import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ImportError } from '../../src/lib/references/import.ts';
import {
  formatEntityTable,
  meshCoverage,
  parsePubtator,
  preparePubtatorImport,
  pubtatorReference,
  summariseEntities,
  type ConditionIds,
  type PubtatorDocument,
} from '../../src/lib/references/pubtator.ts';
import { ReferenceSchema } from '../../src/schemas/reference.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { runScript, snapshotTree } from '../helpers/cli.ts';
import { FIXTURES, materialize, removeFixtures } from '../helpers/fixtures.ts';

// Temporary project roots for the script runs, removed after each test.
afterEach(removeFixtures);

const IMPORT = path.join(FIXTURES, 'import');
const read = (name: string) => readFileSync(path.join(IMPORT, name), 'utf8');
const SEED = read('pubtator-seizures.txt');
const SEED_LINES = SEED.split('\n');
/** The seed with some lines replaced (1-based line numbers, as in the messages). */
const seedWith = (changes: Record<number, string | null>) =>
  SEED_LINES.flatMap((l, i) => (i + 1 in changes ? (changes[i + 1] === null ? [] : [changes[i + 1]!]) : [l])).join('\n');

function importError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
}

/** A second, synthetic document for multi-document files (not a real PubMed record). */
const OTHER = ['12345678|t|A synthetic test document about SIGMAR1 and pain', '12345678|a|SIGMAR1 knockout mice feel less neuropathic pain.', '12345678\t49\t56\tSIGMAR1\tGene\t10280', '12345678\t81\t97\tneuropathic pain\tDisease\tMESH:D009437'];

describe('the seed PubTator file', () => {
  const docs = parsePubtator('pubtator-seizures.txt', SEED);
  const doc = docs[0]!;

  test('is a copy of the shared seed', () => {
    const shared = path.resolve(import.meta.dirname, '../../../shared/seeds/002_14f1088e61b31507.txt');
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return; // the shared folder is not always there; the copy is what the tests use
    }
    expect(SEED).toBe(original);
  });

  test('one document: PMID, title and abstract as written', () => {
    expect(docs).toHaveLength(1);
    expect(doc.pmid).toBe('37068533');
    expect(doc.line).toBe(1);
    expect(doc.title).toBe('Sigma-1 receptor and seizures.');
    expect(doc.abstract.startsWith('Over the last decade, sigma-1 receptor (Sig1R) has been recognized')).toBe(true);
    expect(doc.abstract.endsWith('as a target for the treatment of seizure disorders.')).toBe(true);
    expect(doc.abstract).toHaveLength(968);
  });

  test('19 mentions, each the exact text at its offsets (title, one space, abstract)', () => {
    expect(doc.mentions).toHaveLength(19);
    expect(doc.mentions[0]).toEqual({ line: 3, start: 0, end: 16, text: 'Sigma-1 receptor', type: 'Gene', ids: ['10280'] });
    expect(doc.mentions[8]).toEqual({
      line: 11,
      start: 302,
      end: 346,
      text: 'developmental and epileptic encephalopathies',
      type: 'Disease',
      ids: ['MESH:C562695'],
    });
    const text = `${doc.title} ${doc.abstract}`;
    for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('4 relations', () => {
    expect(doc.relations).toEqual([
      { line: 22, type: 'Association', ids: ['MESH:D004827', '10280'] },
      { line: 23, type: 'Association', ids: ['MESH:C562695', '10280'] },
      { line: 24, type: 'Association', ids: ['MESH:D020195', '10280'] },
      { line: 25, type: 'Association', ids: ['MESH:D012640', '10280'] },
    ]);
  });

  test('entities: one gene with its surface forms, four MeSH diseases without the prefix', () => {
    expect(doc.entities).toEqual({
      genes: [{ id: '10280', names: ['Sigma-1 receptor', 'sigma-1 receptor', 'Sig1R'], mentions: 9 }],
      diseases: [
        { id: 'D012640', names: ['seizures', 'seizure'], mentions: 6 },
        { id: 'D004827', names: ['seizure disorders'], mentions: 2 },
        { id: 'C562695', names: ['developmental and epileptic encephalopathies'], mentions: 1 },
        { id: 'D020195', names: ['photosensitive epilepsy'], mentions: 1 },
      ],
      others: {},
      unnormalised: [],
    });
  });

  test('CRLF line endings and a byte order mark read the same', () => {
    expect(parsePubtator('crlf.txt', `\uFEFF${SEED.replaceAll('\n', '\r\n')}`)).toEqual(docs);
  });
});

describe('several documents, several ids, unnormalised mentions', () => {
  test('documents are separated by blank lines (any number, with stray spaces)', () => {
    const docs = parsePubtator('two.txt', `${SEED.trimEnd()}\n\n  \n${OTHER.join('\n')}\n`);
    expect(docs.map((d) => [d.pmid, d.line, d.mentions.length])).toEqual([
      ['37068533', 1, 19],
      ['12345678', 28, 2],
    ]);
    expect(docs[1]!.entities.diseases).toEqual([{ id: 'D009437', names: ['neuropathic pain'], mentions: 1 }]);
  });

  test.each([
    ['10280;18391', ['10280', '18391']],
    ['10280,18391', ['10280', '18391']],
    ['10280 ; 18391', ['10280', '18391']],
    ['-', []],
    ['', []],
    ['-1', []],
  ])('gene id column %j is %j', (column, ids) => {
    const doc = parsePubtator('x.txt', seedWith({ 3: `37068533\t0\t16\tSigma-1 receptor\tGene\t${column}` }))[0]!;
    expect(doc.mentions[0]!.ids).toEqual(ids);
  });

  test('relations match mention ids with or without the MESH: prefix', () => {
    const doc = parsePubtator('x.txt', seedWith({ 25: '37068533\tAssociation\tD012640\t10280' }))[0]!;
    expect(doc.relations.at(-1)).toEqual({ line: 25, type: 'Association', ids: ['D012640', '10280'] });
  });

  test('a mention line without the id column is unnormalised', () => {
    const doc = parsePubtator('x.txt', seedWith({ 3: '37068533\t0\t16\tSigma-1 receptor\tGene' }))[0]!;
    expect(doc.mentions[0]!.ids).toEqual([]);
    expect(doc.entities.unnormalised).toEqual([{ type: 'Gene', names: ['Sigma-1 receptor'], mentions: 1 }]);
  });

  test('bare MeSH ids, OMIM disease ids, chemicals and species', () => {
    const mentions = [
      { line: 1, start: 0, end: 8, text: 'seizures', type: 'Disease', ids: ['D012640'] },
      { line: 2, start: 9, end: 18, text: 'Seizures', type: 'Disease', ids: ['MESH:D012640'] },
      { line: 3, start: 20, end: 25, text: 'ALS16', type: 'Disease', ids: ['OMIM:614373'] },
      { line: 4, start: 30, end: 41, text: 'haloperidol', type: 'Chemical', ids: ['MESH:D006220'] },
      { line: 5, start: 50, end: 54, text: 'mice', type: 'Species', ids: ['10090'] },
      { line: 6, start: 60, end: 64, text: 'mouse', type: 'Species', ids: ['10090'] },
      { line: 7, start: 70, end: 80, text: 'sigma site', type: 'Gene', ids: [] },
      { line: 8, start: 90, end: 95, text: 'Sig1R', type: 'Gene', ids: ['10280', '18391'] },
    ];
    expect(summariseEntities(mentions)).toEqual({
      genes: [
        { id: '10280', names: ['Sig1R'], mentions: 1 },
        { id: '18391', names: ['Sig1R'], mentions: 1 },
      ],
      diseases: [{ id: 'D012640', names: ['seizures', 'Seizures'], mentions: 2 }],
      others: {
        Disease: [{ id: 'OMIM:614373', names: ['ALS16'], mentions: 1 }],
        Chemical: [{ id: 'MESH:D006220', names: ['haloperidol'], mentions: 1 }],
        Species: [{ id: '10090', names: ['mice', 'mouse'], mentions: 2 }],
      },
      unnormalised: [{ type: 'Gene', names: ['sigma site'], mentions: 1 }],
    });
  });
});

describe('broken PubTator files: file, line, what is wrong, the fix', () => {
  test('offsets that do not match the text (fixture)', () => {
    expect(importError(() => parsePubtator('pubtator-offset-mismatch.txt', read('pubtator-offset-mismatch.txt')))).toBe(
      [
        'pubtator-offset-mismatch.txt:5: the mention text "sigma-1 receptor" does not match the document at 52-68, which reads " sigma-1 recepto". "sigma-1 receptor" occurs at 53-69. Offsets count the title, one space, then the abstract.',
        'pubtator-offset-mismatch.txt:8: the mention text "Seizure" does not match the document at 159-166, which reads "seizure". "Seizure" does not occur in the title or abstract. Offsets count the title, one space, then the abstract.',
      ].join('\n'),
    );
  });

  test('a line whose tabs became spaces (fixture)', () => {
    expect(importError(() => parsePubtator('pubtator-bad-line.txt', read('pubtator-bad-line.txt')))).toBe(
      'pubtator-bad-line.txt:4: cannot read this line: "37068533 21 29 seizures Disease MESH:D012640". It looks like a mention with spaces where the tabs belong: separate the columns (PMID, start, end, text, type, id) with tabs.',
    );
  });

  // Offsets that ignore the space between title and abstract: the classic off-by-one.
  test('offsets counted without the space', () => {
    expect(importError(() => parsePubtator('x.txt', seedWith({ 4: '37068533\t20\t28\tseizures\tDisease\tMESH:D012640' })))).toBe(
      'x.txt:4: the mention text "seizures" does not match the document at 20-28, which reads " seizure". "seizures" occurs at 21-29. Offsets count the title, one space, then the abstract.',
    );
  });

  test.each([
    [
      'a mention with another PMID',
      { 4: '37068534\t21\t29\tseizures\tDisease\tMESH:D012640' },
      'x.txt:4: PMID "37068534" differs from the document\'s PMID 37068533 (line 1). Fix the PMID, or separate the documents with a blank line.',
    ],
    [
      'an abstract with another PMID',
      { 2: SEED_LINES[1]!.replace('37068533|a|', '37068534|a|') },
      'x.txt:2: PMID "37068534" differs from the document\'s PMID 37068533 (line 1). Fix the PMID, or separate the documents with a blank line.',
    ],
    [
      'a start offset that is not a number',
      { 4: '37068533\t21.5\t29\tseizures\tDisease\tMESH:D012640' },
      'x.txt:4: start offset "21.5" is not a whole number. A mention line is PMID, start, end, text, type, id (tab-separated).',
    ],
    [
      'an end offset that is not a number',
      { 4: '37068533\t21\tend\tseizures\tDisease\tMESH:D012640' },
      'x.txt:4: end offset "end" is not a whole number. A mention line is PMID, start, end, text, type, id (tab-separated).',
    ],
    [
      'start not before end',
      { 4: '37068533\t29\t21\tseizures\tDisease\tMESH:D012640' },
      'x.txt:4: start offset 29 is not before end offset 21. The end is exclusive: for "seizures" starting at 29 it is 37.',
    ],
    [
      'an end past the text',
      { 4: '37068533\t990\t1010\tseizure disorders\tDisease\tMESH:D004827' },
      'x.txt:4: "seizure disorders" ends at 1010, past the end of the document (999 characters: the title, one space, then the abstract). Fix the offsets.',
    ],
    [
      'a mention with no type',
      { 4: '37068533\t21\t29\tseizures\t\tMESH:D012640' },
      'x.txt:4: the mention "seizures" has no type (Gene, Disease, Chemical, ...).',
    ],
    [
      'a MeSH id with too few digits',
      { 4: '37068533\t21\t29\tseizures\tDisease\tMESH:D01264' },
      'x.txt:4: disease id "MESH:D01264" is neither a MeSH id ("MESH:" then "D" or "C" and 6-9 digits, e.g. MESH:D012640) nor an OMIM id ("OMIM:" and 6 digits). Fix it, or write "-" if the mention has no id.',
    ],
    [
      'a prefixed gene id',
      { 3: '37068533\t0\t16\tSigma-1 receptor\tGene\tGeneID:10280' },
      'x.txt:3: gene id "GeneID:10280" is not an NCBI Gene id (digits only, e.g. 10280). Fix it, or write "-" if the mention has no id.',
    ],
    [
      'one bad id among several',
      { 3: '37068533\t0\t16\tSigma-1 receptor\tGene\t10280;S1R' },
      'x.txt:3: gene id "S1R" is not an NCBI Gene id (digits only, e.g. 10280). Fix it, or write "-" if the mention has no id.',
    ],
    [
      'a line with three columns',
      { 4: '37068533\t21\t29' },
      'x.txt:4: cannot read this line (3 tab-separated columns): "37068533<TAB>21<TAB>29". A mention has 6 columns (PMID, start, end, text, type, id), a relation 4 (PMID, type, id1, id2).',
    ],
    [
      'a mention with an extra column',
      { 4: '37068533\t21\t29\tseizures\tDisease\tMESH:D012640\textra' },
      'x.txt:4: cannot read this line (7 tab-separated columns): "37068533<TAB>21<TAB>29<TAB>seizures<TAB>Disease<TAB>MESH:D012640<TA...". A mention has 6 columns (PMID, start, end, text, type, id), a relation 4 (PMID, type, id1, id2).',
    ],
    [
      'a relation with an empty id',
      { 22: '37068533\tAssociation\t\t10280' },
      'x.txt:22: a relation line has 4 tab-separated columns (PMID, type, id1, id2) and none may be empty: "37068533<TAB>Association<TAB><TAB>10280".',
    ],
    [
      'a relation to an id no mention carries',
      { 23: '37068533\tAssociation\tMESH:C562659\t10280' },
      'x.txt:23: the Association relation refers to "MESH:C562659", which no mention in document 37068533 carries. Fix the id, or remove the relation.',
    ],
    [
      'a stray line of prose',
      { 10: 'see also the supplementary table' },
      'x.txt:10: cannot read this line: "see also the supplementary table". PubTator lines are "PMID|t|title", "PMID|a|abstract", mentions "PMID<TAB>start<TAB>end<TAB>text<TAB>type<TAB>id" and relations "PMID<TAB>type<TAB>id1<TAB>id2"; columns are separated by tabs.',
    ],
    [
      'a second title (missing blank line)',
      { 10: '37068534|t|Another title' },
      'x.txt:10: a second title line in document 37068533 (which starts on line 1). Separate documents with a blank line.',
    ],
    [
      'no abstract line',
      { 2: null },
      'x.txt:2: document 37068533 has no abstract line after its title: expected "37068533|a|abstract" (write "37068533|a|" when there is no abstract).',
    ],
    [
      'no title line first',
      { 1: null },
      'x.txt:1: a document starts with its title line "PMID|t|title", but this one starts with "37068533|a|Over the last decade, sigma-1 receptor (Sig1R) has been ...". Put the title and abstract lines first, and separate documents with a blank line.',
    ],
    [
      'a document id that is not a PMID',
      { 1: 'PMC10123456|t|Sigma-1 receptor and seizures.' },
      'x.txt:1: "PMC10123456" is not a PMID (digits only, no "PMID:" prefix, e.g. 27042935). PubTator documents are named by their PMID.',
    ],
    ['an empty title', { 1: '37068533|t|' }, 'x.txt:1: document 37068533 has an empty title.'],
  ])('%s', (_, changes, message) => {
    expect(importError(() => parsePubtator('x.txt', seedWith(changes)))).toBe(message);
  });

  test('every problem in the file is listed, in line order', () => {
    const text = seedWith({ 4: '37068533\t22\t29\tseizures\tDisease\tMESH:D012640', 6: '37068533 71 76 Sig1R Gene 10280', 22: '37068533\tAssociation\tMESH:D004827' });
    expect(importError(() => parsePubtator('x.txt', text)).split('\n').map((l) => l.split(': ')[0])).toEqual(['x.txt:4', 'x.txt:6', 'x.txt:22']);
  });

  test('the same document twice', () => {
    expect(importError(() => parsePubtator('x.txt', `${SEED.trimEnd()}\n\n${SEED}`))).toBe('x.txt:27: document 37068533 appears twice in this file (first on line 1). Remove one copy.');
  });

  test('an empty file', () => {
    expect(importError(() => parsePubtator('x.txt', '\n\n'))).toBe(
      'x.txt: no PubTator documents found. A document starts with a "PMID|t|title" line and a "PMID|a|abstract" line.',
    );
  });

  test('a file that is not PubTator at all stops at 20 problems', () => {
    const text = Array.from({ length: 30 }, (_, i) => `@article{key${i}, title = {T}}\n`).join('\n');
    const lines = importError(() => parsePubtator('refs.bib', text)).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(
      'refs.bib:1: a document starts with its title line "PMID|t|title", but this one starts with "@article{key0, title = {T}}". Put the title and abstract lines first, and separate documents with a blank line.',
    );
    expect(lines[20]).toBe('refs.bib: ... and 10 more problem(s).');
  });
});

describe('the reference entry', () => {
  const doc = parsePubtator('pubtator-seizures.txt', SEED)[0]!;

  test('title without the final period, PMID, unverified with the reason', () => {
    const ref = pubtatorReference(doc);
    expect(ref).toEqual({
      type: 'article-journal',
      title: 'Sigma-1 receptor and seizures',
      PMID: '37068533',
      confidence: 'unverified',
      unverified: ['authors', 'journal', 'year', 'DOI'],
      reliability:
        'Imported from PubTator, which gives only the PMID, title and abstract: authors, journal, year and DOI are missing, and nothing has been checked against PubMed yet.',
      undated: 'PubTator gives no publication date, and none has been looked up in PubMed yet.',
    });
    expect(ReferenceSchema.safeParse(ref).success).toBe(true);
  });

  test('a new PMID becomes pmid<PMID>', () => {
    const result = preparePubtatorImport('x.txt', [doc], new Map());
    expect(result.entries).toEqual([{ key: 'pmid37068533', data: pubtatorReference(doc) }]);
    expect(result.duplicates).toEqual([]);
    expect(result.documents).toEqual([{ doc, key: 'pmid37068533', duplicate: false }]);
  });

  test.each([
    ['PMID', new Map([['vavers2023-seizures', { PMID: '37068533', DOI: '10.1016/j.phrs.2023.106771' }]])],
    // The atlas may hold the article without the PMID (it could not be confirmed); the title still matches.
    ['title', new Map([['vavers2023-seizures', { DOI: '10.1016/j.phrs.2023.106771', title: 'Sigma-1 Receptor and Seizures' }]])],
  ] as const)('a reference with the same %s exists: a duplicate, nothing to write', (by, existing) => {
    const result = preparePubtatorImport('x.txt', [doc], existing);
    expect(result.entries).toEqual([]);
    expect(result.duplicates).toEqual([{ title: 'Sigma-1 receptor and seizures', existing: 'vavers2023-seizures', by }]);
    expect(result.documents).toEqual([{ doc, key: 'vavers2023-seizures', duplicate: by }]);
  });

  test('a different title and PMID is not a duplicate; a taken key gets a suffix', () => {
    const result = preparePubtatorImport('x.txt', [doc], new Map([['pmid37068533', { title: 'Something else' }]]));
    expect(result.entries.map((e) => e.key)).toEqual(['pmid37068533-2']);
  });
});

describe('condition coverage', () => {
  const doc = parsePubtator('pubtator-seizures.txt', SEED)[0]!;
  const conditions: ConditionIds[] = [
    { slug: 'epilepsy', mesh: ['D004827'] },
    { slug: 'seizures', mesh: ['D012640'] },
    { slug: 'febrile-seizures', mesh: ['D003294', 'D012640'] },
    { slug: 'sigmar1', mesh: [], ncbiGene: '10280' },
  ];

  test('each disease MeSH id with the condition pages carrying it', () => {
    expect(meshCoverage(doc.entities.diseases, conditions).map((d) => [d.id, d.conditions])).toEqual([
      ['D012640', ['seizures', 'febrile-seizures']],
      ['D004827', ['epilepsy']],
      ['C562695', []],
      ['D020195', []],
    ]);
  });

  test('the printed table', () => {
    expect(formatEntityTable(doc, conditions)).toBe(
      [
        'type     id            mentions  condition                   surface forms',
        'Gene     10280         9         sigmar1                     Sigma-1 receptor | sigma-1 receptor | Sig1R',
        'Disease  MESH:D012640  6         seizures, febrile-seizures  seizures | seizure',
        'Disease  MESH:D004827  2         epilepsy                    seizure disorders',
        'Disease  MESH:C562695  1         -                           developmental and epileptic encephalopathies',
        'Disease  MESH:D020195  1         -                           photosensitive epilepsy',
        'MeSH ids without a condition page: MESH:C562695 (developmental and epileptic encephalopathies), MESH:D020195 (photosensitive epilepsy)',
      ].join('\n'),
    );
  });

  test('other types and unnormalised mentions are listed without a condition', () => {
    const mixed: PubtatorDocument = {
      ...doc,
      entities: summariseEntities([
        { line: 1, start: 0, end: 11, text: 'haloperidol', type: 'Chemical', ids: ['MESH:D006220'] },
        { line: 2, start: 20, end: 30, text: 'sigma site', type: 'Gene', ids: [] },
      ]),
    };
    expect(formatEntityTable(mixed, conditions)).toBe(
      [
        'type      id            mentions  condition  surface forms',
        'Chemical  MESH:D006220  1                    haloperidol',
        'Gene      (no id)       1                    sigma site',
        'No disease MeSH ids.',
      ].join('\n'),
    );
  });
});

describe('npm run import:pubtator (the script)', () => {
  test('a new document: one reference written that passes the schema; entities printed', () => {
    const root = materialize();
    const before = snapshotTree(root);
    const run = runScript('import-pubtator.ts', [path.join(IMPORT, 'pubtator-seizures.txt')], root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const after = snapshotTree(root);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual(['content/references/pmid37068533.yaml']);
    const written = after['content/references/pmid37068533.yaml']!;
    expect(written).toBe(
      [
        '# Imported by npm run import:pubtator: PubTator gives only the PMID, title and abstract.',
        '# Add authors, journal, year and DOI from PubMed, then update confidence, unverified and reliability.',
        'type: article-journal',
        'title: Sigma-1 receptor and seizures',
        'PMID: "37068533"',
        'confidence: unverified',
        'unverified:',
        '  - authors',
        '  - journal',
        '  - year',
        '  - DOI',
        'reliability: "Imported from PubTator, which gives only the PMID, title and abstract: authors, journal, year and DOI are missing, and nothing has been checked against PubMed yet."',
        'undated: PubTator gives no publication date, and none has been looked up in PubMed yet.',
        '',
      ].join('\n'),
    );
    expect(ReferenceSchema.safeParse(parseYaml(written)).success).toBe(true);
    const out = run.stdout.split('\n');
    expect(out.slice(0, 3)).toEqual(['pubtator-seizures.txt:1: PMID 37068533: Sigma-1 receptor and seizures.', '  new reference: pmid37068533', expect.stringMatching(/^ {2}type +id +mentions +condition +surface forms$/)]);
    expect(out).toContainEqual(expect.stringMatching(/^ {2}Gene +10280 +9 +sigmar1 +Sigma-1 receptor \| sigma-1 receptor \| Sig1R$/));
    expect(out).toContainEqual(expect.stringMatching(/^ {2}MeSH ids without a condition page: .*MESH:C562695 \(developmental and epileptic encephalopathies\)/));
    expect(out).toContain('  relations: 4 Association');
    expect(out.slice(-4)).toEqual(['', '  content/references/pmid37068533.yaml', 'imported 1 reference(s) into content/references/', '']);
  });

  test('a document already in the atlas (same title): reported, nothing written', () => {
    const root = materialize();
    writeFileSync(
      path.join(root, 'content', 'references', 'vavers2023-seizures.yaml'),
      'type: article-journal\ntitle: Sigma-1 receptor and seizures\nDOI: 10.1016/j.phrs.2023.106771\nconfidence: unverified\n',
    );
    const before = snapshotTree(root);
    const run = runScript('import-pubtator.ts', [path.join(IMPORT, 'pubtator-seizures.txt')], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  reference skipped: same title as vavers2023-seizures\n');
    expect(run.stdout).toContain('imported 0 reference(s) into content/references/\n');
    expect(snapshotTree(root)).toEqual(before);
  });

  test('a document already in the atlas (same PMID): reported, nothing written', () => {
    const root = materialize();
    writeFileSync(path.join(root, 'content', 'references', 'vavers2023.yaml'), "type: article-journal\ntitle: Another title\nPMID: '37068533'\nconfidence: unverified\n");
    const before = snapshotTree(root);
    const run = runScript('import-pubtator.ts', [path.join(IMPORT, 'pubtator-seizures.txt')], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  reference skipped: same PMID as vavers2023\n');
    expect(snapshotTree(root)).toEqual(before);
  });

  test('any error in any file: exit 1, the messages, nothing written', () => {
    const root = materialize();
    const before = snapshotTree(root);
    const other = path.join(root, 'other.txt');
    writeFileSync(other, `${OTHER.join('\n')}\n`);
    const run = runScript('import-pubtator.ts', [other, path.join(IMPORT, 'pubtator-offset-mismatch.txt')], root);
    expect(run).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'pubtator-offset-mismatch.txt:5: the mention text "sigma-1 receptor" does not match the document at 52-68, which reads " sigma-1 recepto". "sigma-1 receptor" occurs at 53-69. Offsets count the title, one space, then the abstract.',
        'pubtator-offset-mismatch.txt:8: the mention text "Seizure" does not match the document at 159-166, which reads "seizure". "Seizure" does not occur in the title or abstract. Offsets count the title, one space, then the abstract.',
        '',
      ].join('\n'),
    });
    const after = snapshotTree(root);
    delete after['other.txt'];
    expect(after).toEqual(before);
  });

  test('no arguments: usage, exit 2', () => {
    const run = runScript('import-pubtator.ts', [], materialize());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage: npm run import:pubtator -- FILE/);
  });
});
