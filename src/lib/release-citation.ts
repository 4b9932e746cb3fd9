/**
 * "Cite this release": a release of the whole atlas as a dataset with a version, dated by its
 * release and addressed by its permanent page (/releases/<version>/), formatted by citation-js.
 * APA prints the version ("(Version 2026.1) [Dataset]"); Vancouver and BibTeX have no place for it
 * in citeproc's and citation-js's output, so their title names the release; RIS carries it as ET.
 */
import { formatReferenceText, toBibtex, toRis, type CslItem } from './citations/format.ts';

export interface CitableRelease {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The release page's absolute address. */
  url: string;
  siteName: string;
  publisher: string;
}

export interface ReleaseCitations {
  apa: string;
  vancouver: string;
  bibtex: string;
  ris: string;
}

export function releaseCsl(r: CitableRelease): CslItem {
  return {
    id: `sigma1atlas-release-${r.version}`,
    type: 'dataset',
    title: r.siteName,
    author: [{ literal: r.publisher }],
    publisher: r.siteName,
    version: r.version,
    issued: { 'date-parts': [r.date.split('-').map(Number)] },
    URL: r.url,
  };
}

/**
 * The release as reference managers read it from its page (head tags and COinS): they have no
 * field for a version, so the title names the release.
 */
export function namedReleaseCsl(r: CitableRelease): CslItem {
  return { ...releaseCsl(r), title: `${r.siteName}, release ${r.version}` };
}

export function citeRelease(r: CitableRelease): ReleaseCitations {
  const item = releaseCsl(r);
  // APA leaves out a publisher that is the work itself (the site publishes the site).
  const { publisher: _, ...apa } = item;
  const named = namedReleaseCsl(r);
  return {
    apa: formatReferenceText([apa as CslItem], 'apa'),
    vancouver: formatReferenceText([named], 'vancouver').replace(/^1\.\s*/, ''),
    bibtex: toBibtex([named]),
    ris: toRis([item]),
  };
}
