/**
 * What citation managers and indexers read from a page's head: Highwire Press `citation_*` tags,
 * Dublin Core, and schema.org JSON-LD. Pure: page facts in, tag lists and a JSON-LD object out.
 */
import { yearOf, type RefLike } from './citations/label.ts';

export type SchemaType = 'ScholarlyArticle' | 'Drug' | 'MedicalTrial' | 'MedicalCondition' | 'Gene' | 'MedicalWebPage' | 'CreativeWork' | 'DefinedTermSet' | 'Dataset';

export interface PageFacts {
  title: string;
  description: string;
  url: string;
  siteName: string;
  publisher: string;
  /** Date the page was first published and last changed (YYYY-MM-DD). */
  published: string;
  modified: string;
  revision?: string;
  /** schema.org type of the thing the page is about. */
  about: SchemaType;
  /** Extra schema.org properties of the thing (alternateName, identifier, ...). */
  aboutProps?: Record<string, unknown>;
  keywords?: string[];
  /** For reference pages: the cited work itself. */
  work?: RefLike & Record<string, unknown>;
}

const slashDate = (iso: string) => iso.slice(0, 10).replaceAll('-', '/');

function names(list: unknown): string[] {
  return (Array.isArray(list) ? list : []).map((n: { family?: string; given?: string; literal?: string }) =>
    n.literal ?? [n.family, n.given].filter(Boolean).join(', '),
  );
}

/** Highwire Press tags (as Google Scholar and Zotero read them), in a stable order. */
export function highwireTags(p: PageFacts): [string, string][] {
  const w = p.work;
  if (w) {
    const tags: [string, string][] = [['citation_title', String(w.title ?? p.title)]];
    for (const a of names(w.author)) tags.push(['citation_author', a]);
    const parts = (w.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
    if (parts?.length) tags.push(['citation_publication_date', parts.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('/')]);
    const container = w['container-title'];
    if (typeof container === 'string') tags.push([w['type'] === 'chapter' ? 'citation_inbook_title' : 'citation_journal_title', container]);
    if (w['volume']) tags.push(['citation_volume', String(w['volume'])]);
    if (w['issue']) tags.push(['citation_issue', String(w['issue'])]);
    const [first, last] = String(w['page'] ?? '').split(/[-–]/);
    if (first) tags.push(['citation_firstpage', first]);
    if (last) tags.push(['citation_lastpage', last]);
    if (w['DOI']) tags.push(['citation_doi', String(w['DOI'])]);
    if (w['PMID']) tags.push(['citation_pmid', String(w['PMID'])]);
    tags.push(['citation_public_url', p.url]);
    return tags;
  }
  return [
    ['citation_title', p.title],
    ['citation_author', p.publisher],
    ['citation_publication_date', slashDate(p.published)],
    ['citation_online_date', slashDate(p.modified)],
    ['citation_publisher', p.siteName],
    ['citation_public_url', p.url],
    ['citation_language', 'en'],
  ];
}

/** Dublin Core as <meta name="DC.*">. */
export function dublinCoreTags(p: PageFacts): [string, string][] {
  const w = p.work;
  const creators = w ? names(w.author) : [p.publisher];
  const tags: [string, string][] = [['DC.title', w ? String(w.title) : p.title]];
  for (const c of creators) tags.push(['DC.creator', c]);
  const year = w ? yearOf(w) : undefined;
  tags.push(['DC.date', w ? String(year ?? '') : p.modified]);
  tags.push(['DC.type', w ? 'Text' : 'Text']);
  tags.push(['DC.identifier', p.url]);
  if (w?.['DOI']) tags.push(['DC.identifier', `doi:${String(w['DOI'])}`]);
  tags.push(['DC.publisher', w ? String(w['publisher'] ?? w['container-title'] ?? '') : p.siteName]);
  tags.push(['DC.language', 'en']);
  return tags.filter(([, v]) => v !== '');
}

/** schema.org JSON-LD: the page (MedicalWebPage) and the thing it is about. */
export function jsonLd(p: PageFacts): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: p.publisher };
  const page: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': p.about === 'ScholarlyArticle' ? ['MedicalWebPage', 'ScholarlyArticle'] : 'MedicalWebPage',
    '@id': p.url,
    url: p.url,
    name: p.title,
    headline: p.title,
    description: p.description,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: p.siteName },
    author: publisher,
    publisher,
    datePublished: p.published,
    dateModified: p.modified,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    audience: { '@type': 'Audience', audienceType: 'Researchers, clinicians and students' },
  };
  if (p.revision) page['version'] = p.revision;
  if (p.keywords?.length) page['keywords'] = p.keywords.join(', ');
  if (p.about !== 'ScholarlyArticle' && p.about !== 'MedicalWebPage') {
    page['about'] = { '@type': p.about, name: p.title, ...(p.aboutProps ?? {}) };
  }
  return page;
}

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
