/**
 * What citation managers and indexers read from a page's head: Highwire Press `citation_*` tags,
 * Dublin Core, and schema.org JSON-LD. Pure: page facts in, tag lists and a JSON-LD object out.
 */
import type { RefLike } from './citations/label.ts';
import { creatorsOf, dateParts, fieldText as str, REGISTRY_RECORD_TYPE, registryOf, workKind, workUrl, type Creator, type WorkData } from './citations/work.ts';

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
  /** The licence of the page's text, for DC.rights and JSON-LD. */
  licence?: { name: string; url: string };
  /** For reference pages: the cited work itself (its tags describe the work, not the page). */
  work?: RefLike & WorkData & Record<string, unknown>;
}

const slashDate = (iso: string) => iso.slice(0, 10).replaceAll('-', '/');
const pad = (n: number, i: number) => (i ? String(n).padStart(2, '0') : String(n));

/*
 * How Zotero's Embedded Metadata translator reads these tags (the code the Connector runs), and so
 * how they are written:
 * - citation_author goes through Zotero's name splitter: "Sigma-1 Atlas contributors" would be
 *   saved as first name "Sigma-1 Atlas", last name "Contributors". Written "Family, Given", a name
 *   with nothing after its comma is saved as a family name alone, which Zotero stores as a
 *   single-field (organisational) creator; so a person is "Family, Given" and an organisation
 *   "Name," (commas inside an organisation's name would split it, so they are left out).
 * - DC.type fills Zotero's "website type" (printed "[Text]" after the title), so pages have none;
 *   a trial registry record has "Clinical trial registration", its report type.
 * - the item type comes from Highwire (citation_journal_title: journal article, citation_inbook_title:
 *   book section, citation_technical_report_institution: report, ...), else og:type (web page). A
 *   reference page's COinS span (coins.ts), which Zotero reads first, carries the others (book, dataset).
 * - DC.rights is the one licence field Zotero reads; og:site_name (Base.astro) names the website.
 */

/** An author as Zotero's Highwire reader should split it. */
export function highwireName(c: Creator): string {
  if (!c.person) return `${c.name.replaceAll(',', '')},`;
  return c.given ? `${c.family}, ${c.given}` : `${c.family},`;
}

/** An author for DC.creator (read by Zotero only when there is no citation_author). */
const plainName = (c: Creator) => (c.person ? [c.family, c.given].filter(Boolean).join(', ') : c.name);

/** Highwire Press tags (as Google Scholar and Zotero read them), in a stable order. */
export function highwireTags(p: PageFacts): [string, string][] {
  const w = p.work;
  if (w) {
    const kind = workKind(w);
    const tags: [string, string][] = [['citation_title', String(w.title ?? p.title)]];
    for (const c of creatorsOf(w.author)) tags.push(['citation_author', highwireName(c)]);
    const parts = dateParts(w);
    if (parts.length) tags.push(['citation_publication_date', parts.map(pad).join('/')]);
    const container = str(w['container-title']);
    const publisher = str(w['publisher']);
    const add = (name: string, value: string | undefined) => value !== undefined && tags.push([name, value]);
    if (kind === 'article') add('citation_journal_title', container);
    if (kind === 'chapter') add('citation_inbook_title', container);
    if (kind === 'conference-paper') add('citation_conference_title', container);
    if (kind === 'thesis') add('citation_dissertation_institution', publisher);
    if (kind === 'report') add('citation_technical_report_institution', publisher ?? container);
    if (kind === 'registry-record') add('citation_technical_report_institution', registryOf(w));
    if (kind === 'chapter' || kind === 'book' || kind === 'conference-paper') add('citation_publisher', publisher);
    add('citation_volume', str(w['volume']));
    add('citation_issue', str(w['issue']));
    const [first, last] = String(w['page'] ?? '').split(/[-–]/);
    if (first) tags.push(['citation_firstpage', first]);
    if (last) tags.push(['citation_lastpage', last]);
    add('citation_doi', str(w['DOI']));
    add('citation_pmid', str(w['PMID']));
    add('citation_public_url', workUrl(w));
    return tags;
  }
  return [
    ['citation_title', p.title],
    ['citation_author', highwireName({ person: false, name: p.publisher })],
    // The date a citation gives for a living page is its last substantive change.
    ['citation_publication_date', slashDate(p.modified)],
    ['citation_public_url', p.url],
    ['citation_language', 'en'],
  ];
}

/** Dublin Core as <meta name="DC.*">. */
export function dublinCoreTags(p: PageFacts): [string, string][] {
  const w = p.work;
  if (w) {
    const tags: [string, string][] = [['DC.title', String(w.title ?? p.title)]];
    for (const c of creatorsOf(w.author)) tags.push(['DC.creator', plainName(c)]);
    const parts = dateParts(w);
    if (parts.length) tags.push(['DC.date', parts.map(pad).join('-')]);
    const kind = workKind(w);
    if (kind === 'registry-record') tags.push(['DC.type', REGISTRY_RECORD_TYPE]);
    const url = workUrl(w);
    if (url) tags.push(['DC.identifier', url]);
    if (w['DOI']) tags.push(['DC.identifier', `doi:${String(w['DOI'])}`]);
    const publisher = str(w['publisher']);
    if (publisher) tags.push(['DC.publisher', publisher]);
    // The website a web page belongs to (Zotero's "website title"; og:site_name would name ours).
    const source = kind === 'webpage' || kind === 'dataset' ? (str(w['container-title']) ?? publisher) : undefined;
    if (source) tags.push(['DC.source', source]);
    return tags;
  }
  const tags: [string, string][] = [
    ['DC.title', p.title],
    ['DC.creator', p.publisher],
    ['DC.date', p.modified],
    ['DC.identifier', p.url],
    // No DC.publisher: Zotero would add "Sigma-1 Atlas" as publisher beside the website title
    // (og:site_name), and APA would print the site twice.
    ['DC.language', 'en'],
  ];
  if (p.licence) tags.push(['DC.rights', `${p.licence.name} (${p.licence.url})`]);
  return tags;
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
    license: p.licence?.url ?? 'https://creativecommons.org/licenses/by/4.0/',
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
