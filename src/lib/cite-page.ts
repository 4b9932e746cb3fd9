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

export function citePage(p: CitablePage): PageCitations {
  const item = pageToCsl(p);
  return {
    apa: formatReferenceText([item], 'apa'),
    vancouver: formatReferenceText([item], 'vancouver').replace(/^1\.\s*/, ''),
    bibtex: toBibtex([item]),
    ris: toRis([item]),
    cslJson: JSON.stringify([item], null, 2),
  };
}

export function pageCiteId(path: string): string {
  return `sigma1atlas-${path.replace(/^\/|\/$/g, '').replaceAll('/', '-')}`;
}
