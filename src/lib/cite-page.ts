/**
 * "Cite this page": the page as a CSL item (type webpage, with its permalink, last-updated date,
 * revision and an accessed date), formatted by citation-js.
 */
import { formatReferenceText, toBibtex, toRis, type CslItem } from './citations/format.ts';

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

// citeproc formats one item in about 2 ms: the /cite/ files ask only for the format they serve.
const FORMATS: { [F in CitationFormat]: (item: CslItem) => string } = {
  apa: (item) => formatReferenceText([item], 'apa'),
  vancouver: (item) => formatReferenceText([item], 'vancouver').replace(/^1\.\s*/, ''),
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
