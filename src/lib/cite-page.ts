/**
 * "Cite this page": the page as a CSL item (type webpage, with its permalink, last-updated date,
 * revision and an accessed date), formatted by citation-js.
 */
import { formatReferenceText, toBibtex, toRis, type CslItem, type CslStyle } from './citations/format.ts';

export interface CitablePage {
  /** Stable id used as the BibTeX key, e.g. "sigma1atlas-reviews-neuropathic-pain". */
  id: string;
  title: string;
  url: string;
  siteName: string;
  publisher: string;
  /** Last updated (YYYY-MM-DD). */
  modified: string;
  /** Date the citation was made (YYYY-MM-DD): the build date; readers replace it with theirs. */
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
 * citeproc takes 2-4 ms per item, on every page of the site. Page items differ only in title, URL
 * and revision, and a build has few distinct dates, so each style is formatted once per date pair
 * with placeholders, and the placeholders are filled in. Where citeproc could change the text
 * itself (quotes, punctuation at the end of a title, characters it treats as markup) the item is
 * formatted directly. tests/unit/cite-page.test.ts compares both ways.
 */
const SLOTS = { title: 'QQTITLEQQ', URL: 'https://qqurlqq.invalid/', version: 'QQVERSIONQQ' } as const;
const templates = new Map<string, string | null>();
const PLAIN = /^[^'"‘’“”<>&*_`\[\]{}]*[^'"‘’“”<>&*_`\[\]{}.?!:;,\s]$/;

export function styledText(item: CslItem, style: CslStyle): string {
  const { title, URL: url, version } = item as CslItem & { title: string; URL: string; version?: string };
  const plain = PLAIN.test(title) && /^https:\/\/[\w.-]+\/[\w./-]*$/.test(url) && (version === undefined || /^\w+$/.test(version));
  if (!plain) return formatReferenceText([item], style);
  const key = JSON.stringify([style, item['issued'], item['accessed'], item['author'], item['container-title'], version !== undefined]);
  let template = templates.get(key);
  if (template === undefined) {
    const text = formatReferenceText([{ ...item, id: 'template', title: SLOTS.title, URL: SLOTS.URL, ...(version === undefined ? {} : { version: SLOTS.version }) }], style);
    const once = (slot: string) => text.split(slot).length === 2;
    // The styles leave the version out today; a template is fine either way, as long as each slot is there at most once.
    template = once(SLOTS.title) && once(SLOTS.URL) && text.split(SLOTS.version).length <= 2 ? text : null;
    templates.set(key, template);
  }
  if (template === null) return formatReferenceText([item], style);
  return template.replace(SLOTS.title, () => title).replace(SLOTS.URL, () => url).replace(SLOTS.version, () => version ?? '');
}

// The /cite/ files ask only for the format they serve.
const FORMATS: { [F in CitationFormat]: (item: CslItem) => string } = {
  apa: (item) => styledText(item, 'apa'),
  vancouver: (item) => styledText(item, 'vancouver').replace(/^1\.\s*/, ''),
  bibtex: (item) => toBibtex([item]),
  ris: (item) => toRis([item]),
  cslJson: (item) => JSON.stringify([item], null, 2),
};

/** The page cited in one format. */
export function citePageAs(p: CitablePage, format: CitationFormat): string {
  return FORMATS[format](pageToCsl(p));
}

/** The page cited in every format "Cite this page" offers. */
export function citePage(p: CitablePage): PageCitations {
  const item = pageToCsl(p);
  return { apa: FORMATS.apa(item), vancouver: FORMATS.vancouver(item), bibtex: FORMATS.bibtex(item), ris: FORMATS.ris(item), cslJson: FORMATS.cslJson(item) };
}

export function pageCiteId(path: string): string {
  return `sigma1atlas-${path.replace(/^\/|\/$/g, '').replaceAll('/', '-')}`;
}
