/**
 * A cited work as a reference manager should receive it: what kind of record it is, who is
 * responsible for it (people and organisations, kept apart), and its own address. Pure: a
 * reference's CSL fields in, plain values out. The page head (page-meta.ts), COinS (coins.ts),
 * "Cite this work" and the BibTeX/RIS exports (format.ts) all take these facts from here, so a
 * work is the same item whichever route a reader saves it by.
 */
import type { CslItem } from './format.ts';

/** CSL-JSON fields of a reference (content/references/*.yaml), as far as citing it needs them. */
export interface WorkData {
  type?: unknown;
  title?: unknown;
  author?: unknown;
  editor?: unknown;
  issued?: unknown;
  'container-title'?: unknown;
  publisher?: unknown;
  volume?: unknown;
  issue?: unknown;
  page?: unknown;
  DOI?: unknown;
  PMID?: unknown;
  PMCID?: unknown;
  URL?: unknown;
  genre?: unknown;
  [field: string]: unknown;
}

/**
 * What a reference is, in the terms reference managers file it under. A trial registry record is
 * filed as a report of type "Clinical trial registration", as Zotero's own ClinicalTrials.gov
 * translator saves one; a news item or press release stays a web page (its CSL type).
 */
export type WorkKind = 'article' | 'chapter' | 'book' | 'conference-paper' | 'thesis' | 'report' | 'dataset' | 'registry-record' | 'webpage';

export const REGISTRY_RECORD_TYPE = 'Clinical trial registration';

export type Creator = { person: true; family: string; given?: string } | { person: false; name: string };

/** A field's text: a non-empty string, or a number as text (volume: 532). */
export const fieldText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const str = fieldText;

/** Trial registries and the copies of their records our references cite (matched on the record's host and on what the reference says it is). */
const REGISTRY_HOSTS = /(^|\.)(clinicaltrials\.gov|clinicaltrialsregister\.eu|euclinicaltrials\.eu|isrctn\.com|trialsearch\.who\.int|irct\.(ir|behdasht\.gov\.ir)|anzctr\.org\.au|jrct\.niph\.go\.jp|ctri\.nic\.in)$/i;
const REGISTRY_WORDS = /ClinicalTrials\.gov|Clinical Trials? Regist|Trials Registry|\bICTRP\b|\bISRCTN\b|\bEudraCT\b|registry record|\bregistry\b/i;

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

export function workKind(w: WorkData): WorkKind {
  switch (w.type) {
    case 'article-journal':
      return 'article';
    case 'chapter':
      return 'chapter';
    case 'book':
      return 'book';
    case 'paper-conference':
      return 'conference-paper';
    case 'thesis':
      return 'thesis';
    case 'report':
      return 'report';
    case 'dataset':
      return 'dataset';
  }
  const said = [w['container-title'], w.publisher, w.title].map(str).filter(Boolean).join(' | ');
  if (REGISTRY_HOSTS.test(hostOf(str(w.URL))) || REGISTRY_WORDS.test(said)) return 'registry-record';
  return 'webpage';
}

/**
 * Our data marks a cut author list with a literal "et al." or "and others" (CSL has no such
 * marker). It names no one: exports drop it, or write BibTeX's own "and others".
 */
export const isAuthorListMarker = (name: string) => /^(et al\.?|and others|others)$/i.test(name.trim());

/** People and organisations, in order, without the "et al." markers. */
export function creatorsOf(list: unknown): Creator[] {
  const out: Creator[] = [];
  for (const n of Array.isArray(list) ? (list as Record<string, unknown>[]) : []) {
    const literal = str(n['literal']);
    const family = str(n['family']);
    if (literal !== undefined) {
      if (!isAuthorListMarker(literal)) out.push({ person: false, name: literal.trim() });
    } else if (family !== undefined) {
      const given = str(n['given']);
      out.push(given ? { person: true, family, given } : { person: true, family });
    }
  }
  return out;
}

export const hasAuthorListMarker = (list: unknown) => (Array.isArray(list) ? (list as { literal?: unknown }[]) : []).some((n) => typeof n.literal === 'string' && isAuthorListMarker(n.literal));

/**
 * The work's own address: its URL, else its DOI as a link, else its PubMed record. Never ours:
 * a reference manager that finds no URL fills in the page it saved from.
 */
export function workUrl(w: WorkData): string | undefined {
  const url = str(w.URL);
  if (url) return url;
  const doi = str(w.DOI);
  if (doi) return `https://doi.org/${doi}`;
  const pmid = str(w.PMID);
  if (pmid) return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
  return undefined;
}

/** The registry (or the copy of it) that holds a registry record, as the reference names it. */
export function registryOf(w: WorkData): string | undefined {
  return str(w['container-title']) ?? str(w.publisher);
}

/** Year, month, day of the work's date, as far as known. */
export function dateParts(w: WorkData): number[] {
  const parts = (w.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  return Array.isArray(parts) ? parts.filter((n): n is number => typeof n === 'number') : [];
}

/**
 * The work as one CSL item to cite and export: a registry record becomes a report of type
 * "Clinical trial registration" published by its registry, and the item carries the work's own
 * address (workUrl). Everything else is the reference as recorded.
 */
export function citableWork(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  if (workKind(item) === 'registry-record') {
    out['type'] = 'report';
    out['genre'] = REGISTRY_RECORD_TYPE;
    const registry = registryOf(item);
    if (registry) out['publisher'] = registry;
    delete out['container-title'];
  }
  const url = workUrl(item);
  if (url) out['URL'] = url;
  return out;
}
