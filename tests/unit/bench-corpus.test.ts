import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  compoundSlug,
  countWords,
  generateCorpus,
  planCorpus,
  referenceKey,
  REQUIRED_REAL_FILES,
  reviewSlug,
  rng,
  toStarlightDocs,
  writeCorpus,
} from '../../scripts/bench/corpus.ts';
import { findCitationKeys } from '../../src/lib/citations/parse.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/integrity.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('planCorpus', () => {
  test.each([100, 1000, 5000])('%i pages split into reviews, compounds and references that add up', (size) => {
    const plan = planCorpus(size);
    expect(plan.reviews + plan.compounds + plan.references).toBe(size);
    expect(plan.reviews).toBe(Math.round(size * 0.6));
    expect(plan.compounds).toBeGreaterThan(0);
  });

  test('rejects sizes too small to hold every page type', () => {
    expect(() => planCorpus(5)).toThrow(/>= 10/);
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus(100);
  const byPath = new Map(corpus.files.map((f) => [f.path, f.text]));

  test('is reproducible: the same size and seed give the same files; another seed differs', () => {
    expect(generateCorpus(100).files).toEqual(corpus.files);
    expect(generateCorpus(100, 2).files).not.toEqual(corpus.files);
    const a = rng(7);
    const b = rng(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  test('writes one file per page plus the glossary, under the collection folders', () => {
    const { plan } = corpus;
    expect(corpus.files).toHaveLength(plan.size + 1);
    expect(byPath.has(`reviews/${reviewSlug(1)}.mdx`)).toBe(true);
    expect(byPath.has(`reviews/${reviewSlug(plan.reviews)}.mdx`)).toBe(true);
    expect(byPath.has(`compounds/${compoundSlug(plan.compounds)}.mdx`)).toBe(true);
    expect(byPath.has(`references/${referenceKey(plan.references)}.yaml`)).toBe(true);
    expect(byPath.has('glossary.yaml')).toBe(true);
  });

  test('review pages look like the real ones: headings, a GFM table, citations, cross-links, ~1,500 words', () => {
    const text = byPath.get(`reviews/${reviewSlug(1)}.mdx`)!;
    expect(text.match(/^## /gm)?.length).toBe(6);
    expect(text).toMatch(/^\| Compound \| Model \| Dose \| Effect \| Source \|\n\|---\|/m);
    expect(text).toMatch(/\]\(\/(reviews|compounds)\/synthetic-[a-z]+-\d{4}\/\)/);
    expect(findCitationKeys(text).length).toBeGreaterThan(20);
    const words = countWords([{ path: 'reviews/x.mdx', text }]);
    expect(words).toBeGreaterThan(900);
    expect(words).toBeLessThan(2500);
    // Nothing MDX would read as JSX or an expression.
    expect(text.replace(/^---[\s\S]*?---/, '')).not.toMatch(/[<{}]/);
  });

  test('references are obviously synthetic: no PMID, DOI or URL, unverified, with a reliability note', () => {
    for (const f of corpus.files.filter((x) => x.path.startsWith('references/'))) {
      const data = parseYaml(f.text) as Record<string, unknown>;
      expect(f.path).toMatch(/^references\/synthetic-ref-\d{4}\.yaml$/);
      expect(data).not.toHaveProperty('PMID');
      expect(data).not.toHaveProperty('DOI');
      expect(data).not.toHaveProperty('PMCID');
      expect(data).not.toHaveProperty('URL');
      expect(data['confidence']).toBe('unverified');
      expect(data['reliability']).toMatch(/synthetic benchmark entry/);
    }
  });

  test('passes the real content integrity check (schemas, citations, cross-references, links)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
    writeCorpus(path.join(root, 'content'), corpus.files);
    for (const f of REQUIRED_REAL_FILES) cpSync(path.join(ROOT, 'content', f), path.join(root, 'content', f));
    const raw = readContent(root);
    const { problems, valid } = checkContent(raw);
    expect(formatProblems(problems)).toBe('');
    expect(valid.get('reviews')!.size).toBe(corpus.plan.reviews);
    expect(valid.get('compounds')!.size).toBe(corpus.plan.compounds);
    expect(valid.get('references')!.size).toBe(corpus.plan.references + REQUIRED_REAL_FILES.length);
  });

  test('every compound page can be charted; half carry an S2R selectivity', () => {
    const compounds = corpus.files.filter((f) => f.path.startsWith('compounds/'));
    expect(compounds.filter((f) => /over: S2R/.test(f.text)).length).toBe(Math.ceil(compounds.length / 2));
    for (const f of compounds) expect(f.text).toMatch(/target: S1R/);
  });
});

describe('toStarlightDocs', () => {
  test('one doc per page of ours: review bodies kept, frontmatter cut to title and description, and an index page', () => {
    const corpus = generateCorpus(50);
    const docs = toStarlightDocs(corpus);
    expect(docs).toHaveLength(corpus.plan.reviews + corpus.plan.compounds + corpus.plan.references + 1);
    const review = docs.find((d) => d.path === `reviews/${reviewSlug(1)}.mdx`)!;
    const original = corpus.files.find((f) => f.path === review.path)!;
    const front = /^---\n([\s\S]*?)\n---\n/.exec(review.text)![1]!;
    expect(Object.keys(parseYaml(front) as object).sort()).toEqual(['description', 'title']);
    expect(review.text.slice(review.text.indexOf('\n---\n') + 5)).toBe(original.text.slice(original.text.indexOf('\n---\n') + 5));
    expect(review.text).toMatch(/\[@synthetic-ref-\d{4}/);
    expect(docs.some((d) => d.path === 'index.mdx')).toBe(true);
  });

  test('a compound keeps its body and shows its affinities as a table; a reference becomes a doc of its fields', () => {
    const corpus = generateCorpus(50);
    const docs = toStarlightDocs(corpus);
    const compound = docs.find((d) => d.path.startsWith('compounds/'))!;
    expect(Object.keys(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(compound.text)![1]!) as object).sort()).toEqual(['description', 'title']);
    expect(compound.text).toMatch(/\| S1R \| (Ki|IC50) \| [\d.]+ nM \|/);
    expect(compound.text).toContain('## What it is');
    const reference = docs.find((d) => d.path.startsWith('references/'))!;
    expect(reference.path).toMatch(/^references\/synthetic-ref-\d{4}\.md$/);
    expect(reference.text).toMatch(/Synthetic Journal of Benchmark Pharmacology\. \d{4};\d+:\d+-\d+\./);
  });
});
