/**
 * Rules that used to be written in several places, now each in one: the slug and citation-key
 * patterns (src/lib/ids), offset to line and column (src/lib/problems.ts), the concentration units
 * (src/lib/units.ts). Each test also checks that the users agree with the one definition, and the
 * scans fail if a copy comes back. The URL-state codecs stay two, held to one format (see below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { keyPlace } from '../../src/lib/citations/page.ts';
import { CITATION_KEY, SLUG } from '../../src/lib/ids/index.ts';
import { lineColumn } from '../../src/lib/problems.ts';
import { readSearchState, writeSearchState } from '../../src/lib/search-state.ts';
import { leadingNumber, readState, writeState } from '../../src/lib/table-sort.ts';
import { CONCENTRATION_UNIT_SPELLINGS, nmFactor } from '../../src/lib/units.ts';
import { CiteKeySchema, SlugSchema } from '../../src/schemas/common.ts';
import { CONCENTRATION_UNITS } from '../../src/schemas/vocabularies.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mts|astro)$/.test(d.name))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

describe('slug and citation-key patterns', () => {
  test('what they accept and refuse', () => {
    expect(['e-52862', 'pre-084', 'sigmar1'].filter((s) => SLUG.test(s))).toEqual(['e-52862', 'pre-084', 'sigmar1']);
    expect(['E-52862', 'a--b', '-a', 'a_b', ''].filter((s) => SLUG.test(s))).toEqual([]);
    expect(['schmidt2016-nature', 'who.2020', 'Abadias2013+x'].filter((k) => CITATION_KEY.test(k))).toEqual(['schmidt2016-nature', 'who.2020', 'Abadias2013+x']);
    expect(['-x', '.x', 'has space', 'a/b', ''].filter((k) => CITATION_KEY.test(k))).toEqual([]);
  });

  test('the schemas use them', () => {
    expect(SlugSchema.safeParse('a--b').success).toBe(false);
    expect(SlugSchema.safeParse('e-52862').success).toBe(true);
    expect(CiteKeySchema.safeParse('has space').success).toBe(false);
    expect(CiteKeySchema.safeParse('who.2020').success).toBe(true);
  });

  test('no file in src/ writes either pattern again', () => {
    const copies = sourceFiles('src')
      .filter((f) => f !== 'src/lib/ids/index.ts')
      .filter((f) => {
        const text = readFileSync(path.join(ROOT, f), 'utf8');
        return text.includes('[a-z0-9][a-z0-9_.+-]*') || text.includes('[a-z0-9]+(?:-[a-z0-9]+)*');
      });
    expect(copies).toEqual([]);
  });
});

describe('lineColumn', () => {
  test('1-based line and column of an offset', () => {
    const text = 'ab\ncde\n\nf';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 1)).toEqual({ line: 1, column: 2 });
    expect(lineColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 5)).toEqual({ line: 2, column: 3 });
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, 8)).toEqual({ line: 4, column: 1 });
    expect(lineColumn('\nx', 0)).toEqual({ line: 1, column: 1 });
  });

  test('an unknown citation key is placed by it', () => {
    const source = 'Intro.\n\nSee [@known; @missing-key] here.';
    expect(keyPlace(source, 8, 'missing-key')).toEqual({ line: 3, column: 14 });
    expect(keyPlace(source, 8, 'missing-key')).toEqual(lineColumn(source, source.indexOf('@missing-key')));
  });

  test('no file in src/ computes it again', () => {
    const copies = sourceFiles('src')
      .filter((f) => f !== 'src/lib/problems.ts')
      .filter((f) => /lastIndexOf\('\\n'/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(copies).toEqual([]);
  });
});

describe('concentration units', () => {
  test('factors to nM of each spelling, in any case', () => {
    expect(['pM', 'nm', 'NM', 'µM', 'μM', 'uM', 'mM', 'M', 'mg'].map(nmFactor)).toEqual([1e-3, 1, 1, 1e3, 1e3, 1e3, 1e6, undefined, undefined]);
    expect(CONCENTRATION_UNIT_SPELLINGS).toEqual(['pM', 'nM', 'µM', 'mM', 'μM', 'uM']);
  });

  test('tables read every unit of the data vocabulary with its factor', () => {
    for (const [unit, factor] of Object.entries(CONCENTRATION_UNITS)) expect(leadingNumber(`Ki 2.5 ${unit}`), unit).toBe(2.5 * factor);
    expect(leadingNumber('1.8 μM (Greek mu)')).toBe(1800);
    expect(leadingNumber('IC50 3–5 uM')).toBe(3000);
    expect(leadingNumber('~1,700×')).toBe(1700);
  });
});

/**
 * The search page and the sortable tables each keep their own small codec of the URL state: a
 * shared module would become a script chunk of its own (one more request and ~0.4 KB gzipped more
 * on every table page and on /search/, measured in December 2026), so the two stay apart and this
 * test holds them to one format: `q` for the query, `f.<name>=<value>` for filters.
 */
describe('URL state: one format, two small codecs', () => {
  test('the search page and the tables write the same query and filters the same way', () => {
    const search = writeSearchState({ query: 'pain', filters: { topic: ['Pain'] } }, '?x=1');
    const table = writeState({ q: 'pain', dir: 'asc', facets: { topic: 'Pain' } }, '?x=1');
    expect(search).toBe('?x=1&q=pain&f.topic=Pain');
    expect(table).toBe(search);
  });

  test('each reads what the other writes', () => {
    expect(readState(writeSearchState({ query: 'σ1R', filters: { phase: ['Phase 3'] } }))).toEqual({ q: 'σ1R', dir: 'asc', facets: { phase: 'Phase 3' } });
    expect(readSearchState(writeState({ q: 'ki', sort: 'year', dir: 'desc', facets: { topic: 'Pain' } }))).toEqual({ query: 'ki', filters: { topic: ['Pain'] } });
  });

  test('each clears the other\'s stale query and filters from a URL', () => {
    expect(writeSearchState({ query: '', filters: {} }, writeState({ q: 'ki', dir: 'asc', facets: { topic: 'Pain' } }))).toBe('');
    expect(writeState({ q: '', dir: 'asc', facets: {} }, writeSearchState({ query: 'pain', filters: { topic: ['Pain'] } }))).toBe('');
  });
});
