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
/** One page of ours per kind and one reference page per kind of cited work. */
const OUR_PAGES = ['/reviews/neuropathic-pain/', '/compounds/e-52862/', '/trials/pridopidine-proof-hd/', '/methods/spared-nerve-injury/', '/conditions/sigmar1/'];
const REFERENCES = {
  article: '/references/schmidt2016-nature/',
  registry: '/references/anavex2019-avatar/',
  agencyPage: '/references/ema2025-blarcamesine-opinion/',
  agencyReport: '/references/fda2022-fluvoxamine-eua/',
  chapter: '/references/lever2017-neurosciencecocaine/',
};
const coins = (page: string) => [...html(page).matchAll(/<span class="Z3988" title="([^"]*)"/g)].map((m) => new URLSearchParams(m[1]!.replaceAll('&amp;', '&')));

describe('Highwire and Dublin Core', () => {
  test.each(CONTENT_PAGES)('%s has complete tags', (page) => {
    for (const name of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_public_url', 'DC.title', 'DC.creator', 'DC.date', 'DC.identifier']) {
      expect(metas(page, name).length, name).toBeGreaterThan(0);
      expect(metas(page, name)[0], name).not.toBe('');
    }
    expect(metas(page, 'citation_publication_date')[0]).toMatch(/^\d{4}(\/\d{2}){0,2}$/);
  });

  test.each(OUR_PAGES)('%s: one organisational author, dated by its last change, licensed, no DC.type', (page) => {
    // "Name," is a family name with no given name: Zotero saves one single-field creator, not the
    // person "Sigma-1 Atlas Contributors".
    expect(metas(page, 'citation_author')).toEqual(['Sigma-1 Atlas contributors,']);
    expect(metas(page, 'DC.type')).toEqual([]);
    expect(metas(page, 'DC.rights')[0]).toContain('CC BY 4.0');
    expect(metas(page, 'citation_public_url')).toEqual([`https://sigma1-atlas.org${page}`]);
    const modified = html(page).match(/<meta property="article:modified_time" content="([^"]+)"/)![1]!;
    expect(metas(page, 'DC.date')).toEqual([modified]);
    expect(metas(page, 'citation_publication_date')).toEqual([modified.replaceAll('-', '/')]);
    expect(coins(page)).toEqual([]);
  });

  test('every description ends a sentence or says it was cut ("…"): none stops mid-word', () => {
    const decode = (s: string) => s.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&').trim();
    const unfinished = builtPages()
      .flatMap((p) => metas(p, 'description').map((d) => [p, decode(d)] as const))
      .filter(([, d]) => !/[.!?…)\]"'’”]$/.test(d))
      .map(([p, d]) => `${p}: …${d.slice(-40)}`);
    expect(unfinished).toEqual([]);
  });

  test('no page says DC.type "Text" (Zotero printed it as "[Text]" after the title)', () => {
    expect(builtPages().filter((p) => metas(p, 'DC.type').includes('Text'))).toEqual([]);
  });

  test('a reference page carries the cited work: one citation_author per author, DOI, PMID, journal, its own URL', () => {
    const page = REFERENCES.article;
    expect(metas(page, 'citation_title')).toEqual(['Crystal structure of the human σ1 receptor']);
    expect(metas(page, 'citation_author')).toHaveLength(6);
    expect(metas(page, 'citation_author')[0]).toBe('Schmidt, Hayden R.');
    expect(metas(page, 'citation_doi')).toEqual(['10.1038/nature17391']);
    expect(metas(page, 'citation_pmid')).toEqual(['27042935']);
    expect(metas(page, 'citation_journal_title')).toEqual(['Nature']);
    expect(metas(page, 'citation_publication_date')[0]).toMatch(/^2016/);
    expect(metas(page, 'citation_public_url')).toEqual(['https://doi.org/10.1038/nature17391']);
  });

  test.each(Object.values(REFERENCES))('%s: nothing in its citation tags or COinS points at this site', (page) => {
    const tags = [...html(page).matchAll(/<meta name="(?:citation_[a-z_]+|DC\.[a-z]+)" content="([^"]*)"/g)].map((m) => m[1]!);
    expect(tags.filter((t) => t.includes('sigma1-atlas.org') || t.includes('Sigma-1 Atlas'))).toEqual([]);
    expect(coins(page)).toHaveLength(1);
    expect(coins(page)[0]!.toString()).not.toContain('sigma1-atlas.org');
  });

  test('a registry record is a report of type "Clinical trial registration" from its registry, by its sponsor', () => {
    const page = REFERENCES.registry;
    expect(metas(page, 'citation_journal_title')).toEqual([]);
    expect(metas(page, 'citation_technical_report_institution')).toEqual(['ClinicalTrials.gov']);
    expect(metas(page, 'DC.type')).toEqual(['Clinical trial registration']);
    expect(metas(page, 'citation_author')).toEqual(['Anavex Life Sciences Corp.,']);
    const [kev] = coins(page);
    expect(kev!.get('rft.genre')).toBe('report');
    expect(kev!.get('rft.pub')).toBe('ClinicalTrials.gov');
    expect(kev!.get('rft.aucorp')).toBe('Anavex Life Sciences Corp.');
  });

  test('an agency page is a web page of the agency; an agency memorandum a report; a chapter a book section', () => {
    expect(metas(REFERENCES.agencyPage, 'citation_author')).toEqual(['European Medicines Agency,']);
    expect(coins(REFERENCES.agencyPage)[0]!.get('rft.type')).toBe('webpage');
    expect(metas(REFERENCES.agencyReport, 'citation_technical_report_institution')).toEqual(['US Food and Drug Administration']);
    expect(metas(REFERENCES.chapter, 'citation_inbook_title').length).toBe(1);
    expect(coins(REFERENCES.chapter)[0]!.get('rft.genre')).toBe('bookitem');
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
      expect(item!['type'], type).toBe('webpage');
      expect(item!['title'], type).toBe(title);
      expect(item!['author'], type).toEqual([expect.objectContaining({ family: 'Sigma-1 Atlas contributors' })]);
      expect(item!['URL'], type).toBe(`https://sigma1-atlas.org/${page}/`);
      expect((item!['issued'] as { 'date-parts': number[][] })['date-parts'][0]![0], type).toBeGreaterThanOrEqual(2026);
      expect(item, type).not.toHaveProperty('accessed');
    }
    // A standard month, the URL once, the site, no access date; RIS's organisation as a name with no given name.
    expect(bib).toMatch(/^@online\{/);
    expect(bib).toMatch(/\tmonth = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),\n/);
    expect(bib).toContain('\tjournal = {Sigma-1 Atlas},');
    expect(bib.match(/sigma1-atlas\.org/g)).toHaveLength(1);
    expect(bib).not.toMatch(/urldate|howpublished|note = /);
    expect(ris).toContain('AU  - Sigma-1 Atlas contributors,\n');
    expect(ris).toContain('T2  - Sigma-1 Atlas\n');
    expect(ris).not.toMatch(/^(M1|Y2)  - /m);
  });

  test.each([
    [REFERENCES.article, 'article-journal', 'Crystal structure of the human σ1 receptor'],
    [REFERENCES.registry, 'report', 'ANAVEX2-73 Study in Patients With Rett Syndrome (AVATAR) (ClinicalTrials.gov record NCT03941444)'],
  ])('%s: the files cite the work, not the page', (page, type, title) => {
    const file = page.replace(/^\/|\/$/g, '');
    for (const [ext, format] of [['bib', '@biblatex/text'], ['ris', '@ris/file']] as const) {
      const text = readFileSync(`${DIST}/cite/${file}.${ext}`, 'utf8');
      const [item] = new Cite(text, { forceType: format }).data as Record<string, unknown>[];
      expect(item, ext).toMatchObject({ type, title });
      expect(text, ext).not.toContain('sigma1-atlas.org');
    }
  });
});
