import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  detectFormat,
  findJsonError,
  ImportError,
  makeCiteKey,
  parseToCsl,
  prepareImport,
  stripDoi,
  toReference,
  type ExistingReferences,
} from '../../src/lib/references/import.ts';
import { ReferenceSchema, type ReferenceInput } from '../../src/schemas/reference.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { runScript, snapshotTree } from '../helpers/cli.ts';
import { FIXTURES, materialize, removeFixtures } from '../helpers/fixtures.ts';

// Temporary project roots for the script runs, removed after each test.
afterEach(removeFixtures);

const IMPORT = path.join(FIXTURES, 'import');
const read = (name: string) => readFileSync(path.join(IMPORT, name), 'utf8');
const importFixture = (name: string, existing: ExistingReferences = new Map()) => prepareImport(name, parseToCsl(name, read(name)), existing);

/** The ImportError message of fn (fails the test if fn does not throw one). */
function importError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
}

const MANAGER_NOTE = 'Imported from a reference manager export; identifiers not yet confirmed against a public record.';

describe('detectFormat', () => {
  test.each([
    ['zotero.json', '[]', 'csl-json'],
    ['export.bib', '', 'bibtex'],
    ['endnote.ris', 'TY  - JOUR\r\n', 'ris'],
    ['endnote.txt', '\uFEFFTY  - JOUR\r\n', 'ris'],
    ['clipboard', '  [{"title": "x"}]', 'csl-json'],
    ['clipboard', '@article{a,}', 'bibtex'],
    ['clipboard', '\uFEFFTY  - JOUR\nER  - \n', 'ris'],
  ] as const)('%s %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  test('a PubTator file is sent to its own importer', () => {
    expect(importError(() => detectFormat('pubtator.txt', '37068533|t|Sigma-1 receptor and seizures.\n'))).toBe(
      'pubtator.txt: this is a PubTator file; import it with npm run import:pubtator.',
    );
  });

  test('an unknown format names the file and the formats it takes', () => {
    expect(importError(() => detectFormat('notes.txt', 'hello'))).toBe(
      'notes.txt: cannot tell the format. Use a .json (CSL-JSON), .bib (BibTeX) or .ris file.',
    );
  });
});

describe('Zotero BibTeX export', () => {
  const { entries, duplicates } = importFixture('zotero.bib');

  test('every entry is imported, with the export key when it is a valid citation key', () => {
    expect(entries.map((e) => e.key)).toEqual([
      'schmidt_crystal_2016',
      'perez-perez_preclinical_2024',
      'sanchez-fernandez_sigma-1_2017',
      'martin2021-emerging', // "Martin2021:IJMS" has a colon: a key is made instead
      'schmidt_structural_2018',
    ]);
    expect(duplicates).toEqual([]);
  });

  test('an article: braces gone, month macro read, DOI without https://doi.org/, PMID from the note', () => {
    expect(entries[0]!.data).toEqual({
      type: 'article-journal',
      title: 'Crystal structure of the human σ1 receptor',
      author: [
        { family: 'Schmidt', given: 'Hayden R.' },
        { family: 'Zheng', given: 'Sanduo' },
        { family: 'Gurpinar', given: 'Esin' },
        { family: 'Koehl', given: 'Antoine' },
        { family: 'Manglik', given: 'Aashish' },
        { family: 'Kruse', given: 'Andrew C.' },
      ],
      'container-title': 'Nature',
      volume: '532',
      issue: '7600',
      page: '527-530',
      URL: 'https://www.nature.com/articles/nature17391',
      issued: { 'date-parts': [[2016, 4]] },
      DOI: '10.1038/nature17391',
      PMID: '27042935',
      confidence: 'unverified',
      reliability: MANAGER_NOTE,
    });
  });

  test('LaTeX accents become Unicode and name particles stay in the family name', () => {
    expect(entries[1]!.data.author).toEqual([
      { family: 'Pérez-Pérez', given: 'Daniel' },
      { family: 'Monío-Baca', given: 'Cristina' }, // {\'\i}: a composed í, not a dotless ı plus an accent
      { family: 'von Rüden', given: 'Eva-Lotta' },
      { family: 'Buchecker', given: 'Verena' },
      { family: 'Wagner', given: 'Amelie' },
      { family: 'Schönhoff', given: 'Katharina' },
      { family: 'Zvejniece', given: 'Liga' },
      { family: 'Klimpel', given: 'Dennis' },
      { family: 'Potschka', given: 'Heidrun' },
    ]);
    expect(entries[1]!.data.author![1]).toEqual({ family: 'Mon\u00edo-Baca', given: 'Cristina' });
    expect(entries[3]!.data.author![3]).toEqual({ family: 'de Witte', given: 'Peter A. M.' });
  });

  test('an @incollection chapter keeps its editors, and its series with the book title', () => {
    expect(entries[2]!.data).toEqual({
      type: 'chapter',
      title: 'Sigma-1 Receptor Antagonists: A New Class of Neuromodulatory Analgesics',
      author: [{ family: 'Sánchez-Fernández', given: 'Cristina' }],
      editor: [
        { family: 'Smith', given: 'Sylvia B.' },
        { family: 'Su', given: 'Tsung-Ping' },
      ],
      'container-title': 'Advances in Experimental Medicine and Biology (Sigma Receptors: Their Role in Disease and as Therapeutic Targets)',
      publisher: 'Springer International Publishing',
      volume: '964',
      page: '109-132',
      issued: { 'date-parts': [[2017]] },
      DOI: '10.1007/978-3-319-50174-1_9',
      PMID: '28315268',
      confidence: 'unverified',
      reliability: MANAGER_NOTE,
    });
  });

  test.each([
    [0, 'Crystal structure of the human σ1 receptor', [2016, 4], '10.1038/nature17391', '27042935'],
    [1, 'Preclinical efficacy profiles of the sigma-1 modulator E1R and of fenfluramine in two chronic mouse epilepsy models', [2024], '10.1111/epi.18037', undefined],
    [2, 'Sigma-1 Receptor Antagonists: A New Class of Neuromodulatory Analgesics', [2017], '10.1007/978-3-319-50174-1_9', '28315268'],
    [3, 'An Emerging Role for Sigma-1 Receptors in the Treatment of Developmental and Epileptic Encephalopathies', [2021, 8], '10.3390/ijms22168416', undefined],
    [4, 'Structural basis for σ1 receptor ligand recognition', [2018, 10], '10.1038/s41594-018-0137-2', undefined],
  ])('entry %i: title, date, DOI, PMID', (i, title, date, doi, pmid) => {
    const { data } = entries[i]!;
    expect(data.title).toBe(title);
    expect(data.issued).toEqual({ 'date-parts': [date] });
    expect(data.DOI).toBe(doi);
    expect(data.PMID).toBe(pmid);
  });

  test('"\\&" in a journal name is an ampersand', () => {
    expect(entries[4]!.data['container-title']).toBe('Nature Structural & Molecular Biology');
  });
});

describe('EndNote RIS export (CRLF, byte order mark)', () => {
  const { entries } = importFixture('endnote.ris');

  test('the fixture really is CRLF with a BOM', () => {
    expect(read('endnote.ris').startsWith('\uFEFFTY  - JOUR\r\n')).toBe(true);
  });

  test('keys are made from first author, year and first significant title word', () => {
    expect(entries.map((e) => e.key)).toEqual(['vavers2021-genetic', 'lee2008-unambiguous', 'mancuso2017-sigma1']);
  });

  test('a PubMed record: AN is the PMID (DP is NLM), C2 the PMCID, the final period of the title goes', () => {
    expect(entries[1]!.data).toEqual({
      type: 'article-journal',
      title:
        'An unambiguous assay for the cloned human sigma1 receptor reveals high affinity interactions with dopamine D4 receptor selective compounds and a distinct structure-affinity relationship for butyrophenones',
      author: [
        { family: 'Lee', given: 'I. T.' },
        { family: 'Chen', given: 'S.' },
        { family: 'Schetz', given: 'J. A.' },
      ],
      'container-title': 'European journal of pharmacology',
      'container-title-short': 'Eur J Pharmacol',
      volume: '578',
      issue: '2-3',
      page: '123-136',
      issued: { 'date-parts': [[2008, 1, 14]] },
      DOI: '10.1016/j.ejphar.2007.09.020',
      PMID: '17961544',
      PMCID: 'PMC2963108',
      confidence: 'unverified',
      reliability: MANAGER_NOTE,
    });
  });

  test('every AU line is an author', () => {
    expect(entries[0]!.data.author).toHaveLength(10);
    expect(entries[0]!.data.author![9]).toEqual({ family: 'Zvejniece', given: 'Liga' });
  });

  test('a chapter: editors from A2, series from T3, DOI without https://doi.org/, a Web of Science AN is not a PMID', () => {
    const { data } = entries[2]!;
    expect(data.type).toBe('chapter');
    expect(data.editor).toEqual([
      { family: 'Smith', given: 'Sylvia B.' },
      { family: 'Su', given: 'Tsung-Ping' },
    ]);
    expect(data['container-title']).toBe('Advances in Experimental Medicine and Biology (Sigma Receptors: Their Role in Disease and as Therapeutic Targets)');
    expect(data.DOI).toBe('10.1007/978-3-319-50174-1_16');
    expect(data.PMID).toBeUndefined();
    expect(data.page).toBe('235-254');
  });
});

describe('Zotero CSL-JSON export', () => {
  const { entries } = importFixture('zotero.json');

  test('Zotero item URIs are not keys: keys are made', () => {
    expect(entries.map((e) => e.key)).toEqual(['schmidt2018-structural', 'entrena2016-sigma1', 'martin2021-emerging', 'wikipedia-sigma1']);
  });

  test('string years become numbers; unkept fields (ISSN, language, accessed, abstract) are dropped', () => {
    expect(entries[0]!.data).toEqual({
      type: 'article-journal',
      title: 'Structural basis for σ1 receptor ligand recognition',
      author: [
        { family: 'Schmidt', given: 'Hayden R.' },
        { family: 'Betz', given: 'Robin M.' },
        { family: 'Dror', given: 'Ron O.' },
        { family: 'Kruse', given: 'Andrew C.' },
      ],
      'container-title': 'Nature Structural & Molecular Biology',
      volume: '25',
      issue: '10',
      page: '981-987',
      URL: 'https://www.nature.com/articles/s41594-018-0137-2',
      issued: { 'date-parts': [[2018, 10]] },
      DOI: '10.1038/s41594-018-0137-2',
      PMID: '30291362',
      PMCID: 'PMC6261271',
      confidence: 'unverified',
      reliability: MANAGER_NOTE,
    });
  });

  test('numeric PMID and volume become strings; PMCID from the note; final period dropped', () => {
    const { data } = entries[1]!;
    expect([data.title, data.PMID, data.PMCID, data.volume, data.DOI]).toEqual([
      'Sigma-1 Receptor Agonism Promotes Mechanical Allodynia After Priming the Nociceptive System with Capsaicin',
      '27886264',
      'PMC5122889',
      '6',
      '10.1038/SREP37835',
    ]);
  });

  test('a non-dropping particle joins the family name; a DOI URL is stripped', () => {
    expect(entries[2]!.data.author![3]).toEqual({ family: 'de Witte', given: 'Peter A. M.' });
    expect(entries[2]!.data.DOI).toBe('10.3390/ijms22168416');
    expect(entries[2]!.data.issued).toEqual({ 'date-parts': [[2021, 8, 5]] });
  });

  test('an organisation author and no date', () => {
    expect(entries[3]!.data).toEqual({
      type: 'webpage',
      title: 'Sigma-1 receptor',
      author: [{ literal: 'Wikipedia contributors' }],
      'container-title': 'Wikipedia',
      URL: 'https://en.wikipedia.org/wiki/Sigma-1_receptor',
      confidence: 'unverified',
      reliability: MANAGER_NOTE,
      undated: "The reference-manager export gave no date, and none has been looked up in the work's record yet.",
    });
  });
});

describe('malformed exports: file, line, what is wrong, the fix', () => {
  test.each([
    [
      'broken-unclosed.bib',
      read('broken-unclosed.bib'),
      'broken-unclosed.bib:2: entry "schmidt_crystal_2016" is not closed before the next entry starts on line 13: a "{" in it has no matching "}". Add the missing "}".',
    ],
    ['tail.bib', '@article{a,\n  title = {A {b}\n', 'tail.bib:1: entry "a" is never closed: a "{" in it has no matching "}". Add the missing "}".'],
    ['extra.bib', '@article{a, title = {A}}\n}\n', 'extra.bib:2: this "}" closes nothing. Remove it, or check the braces of the entry above.'],
    [
      'comma.bib',
      '@article{a,\n  title = {A}\n  year = {2020}\n}',
      'comma.bib:3:3: BibTeX syntax error: expected "rbrace", got "identifier". Look for a missing comma between fields or an unbalanced brace or quote just before this point.',
    ],
    ['empty.bib', '% nothing here\n', 'empty.bib: no BibTeX entry (@article{key, ...}) found.'],
    ['broken-no-er.ris', read('broken-no-er.ris'), 'broken-no-er.ris:45: the record starting here has no end line. Add "ER  - " after its last line.'],
    ['two.ris', 'TY  - JOUR\nTI  - A\nTY  - JOUR\nTI  - B\nER  - \n', 'two.ris:3: a new record (TY) starts before the record on line 1 ended. Add "ER  - " at the end of that record.'],
    ['outside.ris', 'TY  - JOUR\nTI  - A\nER  - \nTI  - B\n', 'outside.ris:4: tag TI is outside a record. Every record starts with "TY  - " and ends with "ER  - ".'],
    [
      'line.ris',
      'TY  - JOUR\nTitle: A\nER  - \n',
      'line.ris:2: "Title: A" is not an RIS line. Each line is a two-character tag, two spaces, "-", a space and the value, e.g. "AU  - Smith, John".',
    ],
    [
      'broken.json',
      read('broken.json'),
      'broken.json:8:49: not valid JSON: a comma before "]" (JSON does not allow trailing commas). Fix it there, or export the file again as CSL JSON from your reference manager.',
    ],
    [
      'quote.json',
      '[{"title": "A}]',
      'quote.json:1:12: not valid JSON: a string starting here is never closed (missing \'"\'). Fix it there, or export the file again as CSL JSON from your reference manager.',
    ],
    ['empty.json', '[]', 'empty.json: the JSON array is empty; no references to import.'],
    ['untitled.json', '[{"type": "book"}]', 'untitled.json: item 1 is not a CSL-JSON item with a "title" string. Export as CSL JSON from your reference manager.'],
  ])('%s', (name, text, message) => {
    expect(importError(() => parseToCsl(name, text))).toBe(message);
  });

  test('invalid items are all listed, and nothing is imported', () => {
    const items = [
      { title: 'Fine', DOI: '10.1038/nature17391' },
      { id: 'bad-ids', title: 'Bad identifiers', PMID: '27042935x', DOI: '10.1038 nature17391' },
      { title: 'Bad link', URL: 'www.example.org/paper' },
    ];
    expect(importError(() => prepareImport('mixed.json', items, new Map()))).toBe(
      [
        'mixed.json: 3 problem(s); nothing was written.',
        '  item 2 [bad-ids] ("Bad identifiers"): DOI: "10.1038 nature17391" is not a valid DOI ("10." + registrant code + "/" + suffix, without "https://doi.org/" or "doi:", e.g. 10.1038/nature17391).',
        '  item 2 [bad-ids] ("Bad identifiers"): PMID: "27042935x" is not a valid PMID (digits only, no "PMID:" prefix, e.g. 27042935).',
        '  item 3 ("Bad link"): URL: Invalid URL',
      ].join('\n'),
    );
  });
});

describe('findJsonError', () => {
  test.each([
    ['[1,]', 2, 'a comma before "]" (JSON does not allow trailing commas)'],
    ['{"a" 1}', 5, 'expected ":" after the property name, found "1"'],
    ['{a: 1}', 1, 'expected a property name in double quotes, found "a"'],
    ['[1 2]', 3, 'expected "," or "]" after an array element, found "2"'],
    ['["a\nb"]', 3, 'a line break or control character inside a string (a missing closing quote?)'],
    ['', 0, 'expected a value, found the end of the file'],
    ['[1] x', 4, 'unexpected text after the end of the JSON, found "x"'],
  ])('%j: at %i, %s', (text, offset, message) => {
    expect(findJsonError(text)).toEqual({ offset, message });
    expect(() => JSON.parse(text)).toThrow();
  });

  test.each(['[]', '{"a": "\\"x\\u00e9"}', '[-1.5e3, true, false, null, {}]'])('%j is valid', (text) => {
    expect(findJsonError(text)).toBeUndefined();
  });
});

describe('toReference', () => {
  test.each([
    ['https://doi.org/10.1038/nature17391', '10.1038/nature17391'],
    ['http://dx.doi.org/10.1038/nature17391', '10.1038/nature17391'],
    ['https://www.doi.org/10.1038/nature17391', '10.1038/nature17391'],
    ['doi.org/10.1038/nature17391', '10.1038/nature17391'],
    ['doi: 10.1038/nature17391', '10.1038/nature17391'],
    ['DOI:10.1038/nature17391', '10.1038/nature17391'],
    ['https://doi.org/10.1007%2F978-3-319-50174-1_9', '10.1007/978-3-319-50174-1_9'],
    [' 10.1016/S0140-6736(19)32500-0 ', '10.1016/S0140-6736(19)32500-0'],
  ])('DOI %j is %s', (raw, bare) => {
    expect(stripDoi(raw)).toBe(bare);
  });

  test.each([
    [{ family: 'Gaulle', given: 'Charles', 'non-dropping-particle': 'de' }, { family: 'de Gaulle', given: 'Charles' }],
    [{ family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' }, { family: 'Beethoven', given: 'Ludwig van' }],
    [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }, { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    [{ literal: 'World Health Organization' }, { literal: 'World Health Organization' }],
    [{ given: 'Plato' }, { literal: 'Plato' }],
    ['Anavex Life Sciences', { literal: 'Anavex Life Sciences' }],
    [{ family: '  Mon\u0131\u0301o-Baca ', given: 'Cristina' }, { family: 'Mon\u00edo-Baca', given: 'Cristina' }],
  ])('name %j', (name, expected) => {
    expect(toReference({ title: 'T', author: [name] }).author).toEqual([expected]);
  });

  test('empty names are dropped rather than written as empty strings', () => {
    expect(toReference({ title: 'T', author: [{}, { family: '' }, null] }).author).toBeUndefined();
  });

  test.each([
    ['Sigma-1 receptor and seizures.', 'Sigma-1 receptor and seizures'],
    ['What does sigma-1 do?', 'What does sigma-1 do?'],
    ['Wait for it...', 'Wait for it...'],
    ['  A title\n   on two lines  ', 'A title on two lines'],
  ])('title %j is %j', (raw, title) => {
    expect(toReference({ title: raw }).title).toBe(title);
  });

  test.each([
    [{ 'date-parts': [[2016, 4, 28]] }, { 'date-parts': [[2016, 4, 28]] }],
    [{ 'date-parts': [['2018', '10']] }, { 'date-parts': [[2018, 10]] }],
    [{ 'date-parts': [[2016, 'Apr', 28]] }, { 'date-parts': [[2016]] }],
    [{ 'date-parts': [[2016, 4, 28, 9]] }, { 'date-parts': [[2016, 4, 28]] }],
    [{ raw: 'Spring 2019' }, { 'date-parts': [[2019]] }],
    [{ literal: 'n.d.' }, undefined],
  ])('issued %j', (issued, expected) => {
    expect(toReference({ title: 'T', issued }).issued).toEqual(expected);
  });

  test.each([
    [{ type: 'article' }, 'article-journal'],
    [{ type: 'chapter' }, 'chapter'],
    [{ type: 'post-weblog' }, 'webpage'],
    [{ type: 'entry-encyclopedia' }, 'chapter'],
    [{ type: 'software' }, 'article-journal'],
    [{}, 'article-journal'],
  ])('type %j is %s', (item, type) => {
    expect(toReference({ title: 'T', ...item }).type).toBe(type);
  });

  test.each([
    [{ PMID: 'PMID: 27042935' }, '27042935', undefined],
    [{ pmid: 27042935 }, '27042935', undefined],
    [{ note: 'Publisher: Nature\nPMID: 27042935\nPMCID: PMC6261271' }, '27042935', 'PMC6261271'],
    [{ PMID: '30291362', note: 'PMID: 27042935' }, '30291362', undefined],
    [{ PMCID: '6261271' }, undefined, 'PMC6261271'],
  ])('PubMed ids from %j', (item, pmid, pmcid) => {
    const ref = toReference({ title: 'T', ...item });
    expect([ref.PMID, ref.PMCID]).toEqual([pmid, pmcid]);
  });

  test('a chapter in a series with no book title uses the series', () => {
    expect(toReference({ type: 'chapter', title: 'T', 'collection-title': 'Methods in Molecular Biology' })['container-title']).toBe('Methods in Molecular Biology');
  });

  test('an import is never "verified", even when the file says so; the claim goes into the reliability note', () => {
    expect(toReference({ title: 'T', issued: { 'date-parts': [[2020]] }, confidence: 'verified', reliability: 'Checked on PMC.' })).toEqual({
      type: 'article-journal',
      title: 'T',
      issued: { 'date-parts': [[2020]] },
      confidence: 'unverified',
      reliability: 'Checked on PMC. The imported file marked it verified; confirm that before setting confidence: verified.',
    });
    expect(toReference({ title: 'T', confidence: 'verified' }).reliability).toBe(
      'Imported from a reference manager export; identifiers not yet confirmed against a public record. The imported file marked it verified; confirm that before setting confidence: verified.',
    );
    expect(toReference({ title: 'T', confidence: 'certain' }).confidence).toBe('unverified');
  });
});

describe('makeCiteKey', () => {
  const ref = (author: ReferenceInput['author'], title: string, year?: number): ReferenceInput => ({
    type: 'article-journal',
    title,
    confidence: 'unverified',
    ...(author ? { author } : {}),
    ...(year ? { issued: { 'date-parts': [[year]] } } : {}),
  });
  test.each([
    [ref([{ family: 'Schmidt' }], 'Crystal structure of the human σ1 receptor', 2016), [], 'schmidt2016-crystal'],
    [ref([{ family: 'Pérez-Pérez' }], 'Preclinical efficacy profiles', 2024), [], 'perez-perez2024-preclinical'],
    [ref([{ family: 'de Witte' }], 'An emerging role', 2021), [], 'dewitte2021-emerging'],
    [ref([{ family: 'Søgaard' }], 'The σ1 receptor', 2020), [], 'sogaard2020-receptor'],
    [ref([{ literal: 'World Health Organization' }], 'Guidelines for pain', 2019), [], 'world2019-guidelines'],
    [ref(undefined, 'Sigma-1 receptor and seizures'), [], 'anon-sigma1'],
    [ref([{ family: 'Schmidt' }], 'Crystal structure', 2016), ['schmidt2016-crystal'], 'schmidt2016-crystal-2'],
    [ref([{ family: 'Schmidt' }], 'Crystal structure', 2016), ['schmidt2016-crystal', 'schmidt2016-crystal-2'], 'schmidt2016-crystal-3'],
  ])('%#: %s', (r, taken, key) => {
    expect(makeCiteKey(r, new Set(taken))).toBe(key);
  });
});

describe('duplicates', () => {
  const existing: ExistingReferences = new Map([
    ['schmidt2016-nature', { PMID: '27042935', DOI: '10.1038/nature17391' }],
    ['lee2007-ejp', { PMID: '17961544', DOI: '10.1016/j.ejphar.2007.09.020' }],
  ]);

  test.each([
    ['PMID', { title: 'Crystal structure', PMID: '27042935' }, 'schmidt2016-nature'],
    ['PMID', { title: 'Crystal structure', PMID: '27042935', DOI: '10.9999/other' }, 'schmidt2016-nature'],
    ['DOI', { title: 'Crystal structure', DOI: 'https://doi.org/10.1038/NATURE17391' }, 'schmidt2016-nature'],
    ['DOI', { title: 'An unambiguous assay', DOI: '10.1016/J.EJPHAR.2007.09.020', PMID: '99999999' }, 'lee2007-ejp'],
  ] as const)('by %s: %j is skipped as %s', (by, item, key) => {
    const result = prepareImport('x.json', [item], existing);
    expect(result).toEqual({ entries: [], duplicates: [{ title: item.title, existing: key, by }] });
  });

  test('an item repeated in the same file is imported once', () => {
    const result = prepareImport('x.json', [{ title: 'First copy', DOI: '10.1000/abc' }, { title: 'Second copy', DOI: '10.1000/ABC' }], new Map());
    expect(result.entries.map((e) => e.key)).toEqual(['anon-first']);
    expect(result.duplicates).toEqual([{ title: 'Second copy', existing: 'anon-first', by: 'DOI' }]);
  });

  test('the fixtures against the valid tree: Schmidt 2016 (by PMID) and Lee (by PMID) are already there', () => {
    expect(importFixture('zotero.bib', existing).duplicates).toEqual([{ title: 'Crystal structure of the human σ1 receptor', existing: 'schmidt2016-nature', by: 'PMID' }]);
    expect(importFixture('endnote.ris', existing).duplicates).toEqual([
      {
        title:
          'An unambiguous assay for the cloned human sigma1 receptor reveals high affinity interactions with dopamine D4 receptor selective compounds and a distinct structure-affinity relationship for butyrophenones',
        existing: 'lee2007-ejp',
        by: 'PMID',
      },
    ]);
  });

  test('an export key already used (in any case) is not reused', () => {
    const result = prepareImport('x.bib', [{ id: 'Schmidt2016-Nature', title: 'Another paper', author: [{ family: 'Schmidt' }], issued: { 'date-parts': [[2016]] } }], existing);
    expect(result.entries.map((e) => e.key)).toEqual(['schmidt2016-another']);
  });
});

describe('npm run import:references (the script)', () => {
  const files = (...names: string[]) => names.map((n) => path.join(IMPORT, n));

  test('a successful run writes entries that pass the schema and skips duplicates, across files too', () => {
    const root = materialize();
    const before = snapshotTree(root);
    const run = runScript('import-references.ts', files('zotero.bib', 'endnote.ris', 'zotero.json'), root);
    expect(run.stderr).toBe(
      [
        'skipped (duplicate PMID of schmidt2016-nature): Crystal structure of the human σ1 receptor',
        'skipped (duplicate PMID of lee2007-ejp): An unambiguous assay for the cloned human sigma1 receptor reveals high affinity interactions with dopamine D4 receptor selective compounds and a distinct structure-affinity relationship for butyrophenones',
        'skipped (duplicate DOI of schmidt_structural_2018): Structural basis for σ1 receptor ligand recognition',
        'skipped (duplicate DOI of martin2021-emerging): An Emerging Role for Sigma-1 Receptors in the Treatment of Developmental and Epileptic Encephalopathies',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(0);
    const after = snapshotTree(root);
    const added = Object.keys(after).filter((f) => !(f in before));
    // In the order they were read: BibTeX, then RIS, then CSL-JSON.
    const written = [
      'perez-perez_preclinical_2024',
      'sanchez-fernandez_sigma-1_2017',
      'martin2021-emerging',
      'schmidt_structural_2018',
      'vavers2021-genetic',
      'mancuso2017-sigma1',
      'entrena2016-sigma1',
      'wikipedia-sigma1',
    ].map((k) => `content/references/${k}.yaml`);
    expect(added).toEqual([...written].sort());
    expect(Object.keys(before).every((f) => after[f] === before[f])).toBe(true);
    for (const f of added) {
      expect(after[f]!.startsWith('# Imported by npm run import:references; edit freely.\n')).toBe(true);
      const parsed = ReferenceSchema.safeParse(parseYaml(after[f]!));
      expect(parsed.success, f).toBe(true);
    }
    expect(parseYaml(after['content/references/mancuso2017-sigma1.yaml']!)).toMatchObject({ type: 'chapter', DOI: '10.1007/978-3-319-50174-1_16', page: '235-254' });
    expect(run.stdout).toBe([...written.map((f) => `  ${f}`), 'imported 8 reference(s) into content/references/', ''].join('\n'));
  });

  test.each([
    [['zotero.bib', 'broken-no-er.ris'], 'broken-no-er.ris:45: the record starting here has no end line. Add "ER  - " after its last line.\n'],
    [['broken-unclosed.bib'], 'broken-unclosed.bib:2: entry "schmidt_crystal_2016" is not closed before the next entry starts on line 13: a "{" in it has no matching "}". Add the missing "}".\n'],
    [['zotero.json', 'broken.json'], 'broken.json:8:49: not valid JSON: a comma before "]" (JSON does not allow trailing commas). Fix it there, or export the file again as CSL JSON from your reference manager.\n'],
  ])('any error in %j: exit 1, the message, and nothing written', (names, message) => {
    const root = materialize();
    const before = snapshotTree(root);
    const run = runScript('import-references.ts', files(...names), root);
    expect(run).toEqual({ status: 1, stdout: '', stderr: message });
    expect(snapshotTree(root)).toEqual(before);
  });

  test('a missing input file is named', () => {
    const root = materialize();
    const before = snapshotTree(root);
    const missing = path.join(root, 'nope.bib');
    const run = runScript('import-references.ts', [path.join(IMPORT, 'zotero.bib'), missing], root);
    expect(run).toEqual({ status: 1, stdout: '', stderr: `${missing}: cannot read it (no such file). Check the path.\n` });
    expect(snapshotTree(root)).toEqual(before);
  });

  test('an existing reference that does not parse stops the import (duplicates could not be checked)', () => {
    const root = materialize();
    writeFileSync(path.join(root, 'content', 'references', 'broken.yaml'), 'title: [unclosed\n');
    const before = snapshotTree(root);
    const run = runScript('import-references.ts', [path.join(IMPORT, 'zotero.json')], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^content\/references\/broken\.yaml: cannot read this existing reference \(YAML error: .+\), so duplicates cannot be checked\. Fix it first \(npm run check:content\)\.\n$/);
    expect(snapshotTree(root)).toEqual(before);
  });

  test('no arguments: usage, exit 2', () => {
    const root = materialize();
    expect(runScript('import-references.ts', [], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'usage: npm run import:references -- FILE.json|FILE.bib|FILE.ris [...]\n',
    });
  });
});
