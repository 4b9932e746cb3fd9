/**
 * "Cite this page": the page as a CSL item (type webpage, with its permalink, last-updated date,
 * revision and an accessed date), formatted by citation-js. A reference page cites the work it
 * records instead ("Cite this work"), as reference managers save it from the page.
 */
import { formatReferenceText, toBibtex, toCsl, toRis, type CslItem, type CslStyle } from './citations/format.ts';
import { citableWork } from './citations/work.ts';

export interface CitablePage {
  /** Stable id used as the BibTeX key, e.g. "sigma1atlas-reviews-neuropathic-pain". */
  id: string;
  title: string;
  url: string;
  siteName: string;
  publisher: string;
  /** Last updated (YYYY-MM-DD). */
  modified: string;
  /**
   * Date the citation was made (YYYY-MM-DD): the build date, so only the styles people copy by
   * hand show it (beside a note to use their own); BibTeX, RIS and CSL-JSON leave it out.
   */
  accessed: string;
  revision?: string;
}

const parts = (iso: string) => iso.slice(0, 10).split('-').map(Number);

export function pageToCsl(p: CitablePage): CslItem {
  const item: CslItem = {
    id: p.id,
    type: 'webpage',
    title: p.title,
    author: [{ literal: p.publisher }],
    'container-title': p.siteName,
    URL: p.url,
    issued: { 'date-parts': [parts(p.modified)] },
    accessed: { 'date-parts': [parts(p.accessed)] },
  };
  if (p.revision) item['version'] = p.revision;
  return item;
}

export interface PageCitations {
  apa: string;
  vancouver: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

export type CitationFormat = keyof PageCitations;

/*
 * citeproc takes 1-4 ms per item, on every page of the site. Page items differ only in title, URL,
 * revision and the day of their last update, so each style is formatted once per month of update
 * with placeholders (the day is a sentinel day of that month), and the placeholders are filled in.
 * Where citeproc could change the text itself (quotes, punctuation at the end of a title,
 * characters it treats as markup), or a placeholder is not found exactly once, the item is
 * formatted directly. tests/unit/cite-page.test.ts compares both ways for every day of a year and
 * for access dates that contain a sentinel day.
 */
const SLOTS = { title: 'QQTITLEQQ', URL: 'https://qqurlqq.invalid/', version: 'QQVERSIONQQ' } as const;
/** Pairs of sentinel days: a template is formatted with both, and they must differ only in the day. */
const SENTINEL_DAYS = [
  [28, 27],
  [26, 25],
] as const;
interface Template {
  text: string;
  /** The sentinel day as the template shows it, if the style shows the day at all. */
  day?: string;
}
const templates = new Map<string, Template | null>();
const PLAIN = /^[^'"‘’“”<>&*_`\[\]{}]*[^'"‘’“”<>&*_`\[\]{}.?!:;,\s]$/;
const count = (text: string, part: string) => text.split(part).length - 1;

function makeTemplate(item: CslItem, style: CslStyle, withVersion: boolean): Template | null {
  const issued = (item['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];
  const slotted = { ...item, id: 'template', title: SLOTS.title, URL: SLOTS.URL, ...(withVersion ? { version: SLOTS.version } : {}) };
  const fits = (text: string) => count(text, SLOTS.title) === 1 && count(text, SLOTS.URL) === 1 && count(text, SLOTS.version) <= 1;
  if (issued?.length !== 3) {
    const text = formatReferenceText([slotted], style);
    return fits(text) ? { text } : null;
  }
  const withDay = (day: number) => formatReferenceText([{ ...slotted, issued: { 'date-parts': [[issued[0]!, issued[1]!, day]] } }], style);
  for (const [a, b] of SENTINEL_DAYS) {
    const text = withDay(a);
    const other = withDay(b);
    if (!fits(text)) return null;
    if (text === other) return { text }; // the style leaves the day out (Vancouver shows the year)
    // The day must be the only difference (not, say, a "28" in a year of the access date).
    if (count(text, String(a)) === 1 && text.replace(String(a), String(b)) === other) return { text, day: String(a) };
  }
  return null;
}

export function styledText(item: CslItem, style: CslStyle): string {
  const { title, URL: url, version } = item as CslItem & { title: string; URL: string; version?: string };
  const plain = PLAIN.test(title) && /^https:\/\/[\w.-]+\/[\w./-]*$/.test(url) && (version === undefined || /^\w+$/.test(version));
  if (!plain) return formatReferenceText([item], style);
  const issued = (item['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0] ?? [];
  const key = JSON.stringify([style, issued.length === 3 ? issued.slice(0, 2) : issued, item['accessed'], item['author'], item['container-title'], version !== undefined]);
  let template = templates.get(key);
  if (template === undefined) templates.set(key, (template = makeTemplate(item, style, version !== undefined)));
  if (template === null) return formatReferenceText([item], style);
  // The day first: the sentinel is unique in the template, but a title or URL may contain it too.
  const dated = template.day === undefined ? template.text : template.text.replace(template.day, String(issued[2]));
  return dated.replace(SLOTS.title, () => title).replace(SLOTS.URL, () => url).replace(SLOTS.version, () => version ?? '');
}

// The /cite/ files ask only for the format they serve.
const FORMATS: { [F in CitationFormat]: (item: CslItem) => string } = {
  apa: (item) => styledText(item, 'apa'),
  vancouver: (item) => styledText(item, 'vancouver').replace(/^1\.\s*/, ''),
  bibtex: (item) => toBibtex([item]),
  ris: (item) => toRis([item]),
  cslJson: (item) => JSON.stringify([withoutAccessed(item)], null, 2),
};

function withoutAccessed(item: CslItem): CslItem {
  const { accessed: _, ...rest } = item;
  return rest as CslItem;
}

/*
 * Each page is cited twice in a build, by its own "Cite this page" box and by its /cite/ .bib and
 * .ris files, so each text is made once and kept (a few hundred bytes per page and format).
 */
const cited = new Map<string, string>();

/** The page cited in one format. */
export function citePageAs(p: CitablePage, format: CitationFormat): string {
  const key = `${format} ${JSON.stringify(p)}`;
  let text = cited.get(key);
  if (text === undefined) cited.set(key, (text = FORMATS[format](pageToCsl(p))));
  return text;
}

/** The page cited in every format "Cite this page" offers. */
export function citePage(p: CitablePage): PageCitations {
  return { apa: citePageAs(p, 'apa'), vancouver: citePageAs(p, 'vancouver'), bibtex: citePageAs(p, 'bibtex'), ris: citePageAs(p, 'ris'), cslJson: citePageAs(p, 'cslJson') };
}

/** The cited work of a reference page as one CSL item: its key, the work's own type and address. */
export function workToCsl(key: string, data: Record<string, unknown>): CslItem {
  // Where the atlas checked the identifiers is our record, not the work's.
  const { checked: _, ...work } = data;
  return citableWork(toCsl(key, work));
}

const WORK_FORMATS: { [F in CitationFormat]: (item: CslItem) => string } = {
  apa: (item) => formatReferenceText([item], 'apa'),
  vancouver: (item) => formatReferenceText([item], 'vancouver').replace(/^1\.\s*/, ''),
  bibtex: (item) => toBibtex([item]),
  ris: (item) => toRis([item]),
  cslJson: (item) => JSON.stringify([item], null, 2),
};

/** A reference page's work cited in one format (made once per build, like a page's). */
export function citeWorkAs(key: string, data: Record<string, unknown>, format: CitationFormat): string {
  const cacheKey = `work ${format} ${key} ${JSON.stringify(data)}`;
  let text = cited.get(cacheKey);
  if (text === undefined) cited.set(cacheKey, (text = WORK_FORMATS[format](workToCsl(key, data))));
  return text;
}

/** A reference page's work in every format "Cite this work" offers. */
export function citeWork(key: string, data: Record<string, unknown>): PageCitations {
  return { apa: citeWorkAs(key, data, 'apa'), vancouver: citeWorkAs(key, data, 'vancouver'), bibtex: citeWorkAs(key, data, 'bibtex'), ris: citeWorkAs(key, data, 'ris'), cslJson: citeWorkAs(key, data, 'cslJson') };
}

export function pageCiteId(path: string): string {
  return `sigma1atlas-${path.replace(/^\/|\/$/g, '').replaceAll('/', '-')}`;
}
