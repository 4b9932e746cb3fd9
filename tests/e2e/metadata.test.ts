/**
 * What citation managers and indexers read: Highwire and Dublin Core tags, JSON-LD that parses, and
 * "Cite this page" downloads that citation-js reads back into the right title, author, date and URL.
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, resolveDistPath } from '../helpers/site.ts';

const html = (page: string) => readFileSync(resolveDistPath(page)!, 'utf8');
const metas = (page: string, name: string) => [...html(page).matchAll(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`, 'g'))].map((m) => m[1]!);
const jsonLds = (page: string) => [...html(page).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

const CONTENT_PAGES = ['/reviews/neuropathic-pain/', '/compounds/e-52862/', '/trials/pridopidine-proof-hd/', '/references/schmidt2016-nature/'];

describe('Highwire and Dublin Core', () => {
  test.each(CONTENT_PAGES)('%s has complete tags', (page) => {
    for (const name of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_public_url', 'DC.title', 'DC.creator', 'DC.date', 'DC.type', 'DC.identifier']) {
      expect(metas(page, name).length, name).toBeGreaterThan(0);
      expect(metas(page, name)[0], name).not.toBe('');
    }
    expect(metas(page, 'citation_public_url')[0]).toBe(`https://sigma1-atlas.org${page}`);
    expect(metas(page, 'citation_publication_date')[0]).toMatch(/^\d{4}(\/\d{2}){0,2}$/);
  });

  test('a reference page carries the cited work: one citation_author per author, DOI, PMID, journal', () => {
    const page = '/references/schmidt2016-nature/';
    expect(metas(page, 'citation_title')).toEqual(['Crystal structure of the human σ1 receptor']);
    expect(metas(page, 'citation_author')).toHaveLength(6);
    expect(metas(page, 'citation_author')[0]).toBe('Schmidt, Hayden R.');
    expect(metas(page, 'citation_doi')).toEqual(['10.1038/nature17391']);
    expect(metas(page, 'citation_pmid')).toEqual(['27042935']);
    expect(metas(page, 'citation_journal_title')).toEqual(['Nature']);
    expect(metas(page, 'citation_publication_date')[0]).toMatch(/^2016/);
  });
});

describe('JSON-LD', () => {
  test.each(builtPages().filter((p) => jsonLds(p).length > 0))('%s parses as schema.org JSON-LD', (page) => {
    for (const block of jsonLds(page)) {
      const data = JSON.parse(block);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBeTruthy();
      expect(data.url ?? data['@id']).toMatch(/^https:\/\//);
    }
  });

  test.each([
    ['/reviews/neuropathic-pain/', 'ScholarlyArticle'],
    ['/compounds/e-52862/', 'Drug'],
    ['/trials/pridopidine-proof-hd/', 'MedicalTrial'],
    ['/conditions/sigmar1/', 'Gene'],
  ])('%s is about a %s', (page, type) => {
    const data = JSON.parse(jsonLds(page)[0]!);
    const types = [data['@type'], data.about?.['@type']].flat();
    expect(types).toContain(type);
    expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the glossary is a DefinedTermSet of DefinedTerms', () => {
    const data = JSON.parse(jsonLds('/glossary/')[0]!);
    expect(data['@type']).toBe('DefinedTermSet');
    expect(data.hasDefinedTerm.length).toBeGreaterThan(20);
    expect(data.hasDefinedTerm[0]['@type']).toBe('DefinedTerm');
  });
});

describe('"Cite this page" downloads parse back', () => {
  test.each(['reviews/neuropathic-pain', 'compounds/e-52862', 'trials/pridopidine-proof-hd'])('%s .bib and .ris', (page) => {
    const bib = readFileSync(`${DIST}/cite/${page}.bib`, 'utf8');
    const ris = readFileSync(`${DIST}/cite/${page}.ris`, 'utf8');
    const title = metas(`/${page}/`, 'citation_title')[0];
    for (const [text, type] of [[bib, '@biblatex/text'], [ris, '@ris/file']] as const) {
      const [item] = new Cite(text, { forceType: type }).data as Record<string, unknown>[];
      expect(item!['title'], type).toBe(title);
      expect(JSON.stringify(item!['author']), type).toContain('Sigma-1 Atlas contributors');
      expect(item!['URL'], type).toBe(`https://sigma1-atlas.org/${page}/`);
      expect((item!['issued'] as { 'date-parts': number[][] })['date-parts'][0]![0], type).toBeGreaterThanOrEqual(2026);
    }
  });
});
