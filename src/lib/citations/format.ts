/**
 * Formatting references with citation-js and its CSL styles (Vancouver on pages, APA offered),
 * and exporting them (BibTeX, RIS, CSL-JSON). No hand-written formatter.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { sanitizeInlineHtml } from '../sanitize.ts';

// BibTeX keys are our citation keys (and page ids), so exports cite the same key the site does.
Object.assign((plugins.config.get('@bibtex') as { format: object }).format, { useIdAsLabel: true, checkLabel: false });

export type CslItem = Record<string, unknown> & { id: string };
export type CslStyle = 'vancouver' | 'apa';

/** Our extra fields are not CSL; identifiers are rendered as links by the page instead. */
const NOT_CSL = new Set(['confidence', 'unverified', 'reliability', 'topics', 'registry']);

export function toCsl(key: string, data: Record<string, unknown>, { withIds = true } = {}): CslItem {
  const item: CslItem = { id: key };
  for (const [k, v] of Object.entries(data)) {
    if (NOT_CSL.has(k) || v === undefined) continue;
    if (!withIds && (k === 'DOI' || k === 'PMID' || k === 'PMCID' || k === 'URL')) continue;
    item[k] = v;
  }
  return item;
}

/** Formatted references by style and by what they hold: an edited reference is formatted anew (dev server). */
const cache = new Map<string, string>();

/** One reference as an HTML fragment in the given CSL style (without the list number). */
export function formatReference(key: string, data: Record<string, unknown>, style: CslStyle = 'vancouver'): string {
  const cacheKey = `${style}:${key}:${JSON.stringify(data)}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  const html = new Cite(toCsl(key, data, { withIds: false })).format('bibliography', { format: 'html', template: style, lang: 'en-US' }) as string;
  // citation-js wraps entries in csl-bib-body/csl-entry divs, and Vancouver adds a left-margin number.
  const inner = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html;
  const out = sanitizeInlineHtml(inner.trim());
  cache.set(cacheKey, out);
  return out;
}

/** Plain-text rendering (for copy buttons and meta tags). */
export function formatReferenceText(items: CslItem[], style: CslStyle): string {
  return (new Cite(items).format('bibliography', { format: 'text', template: style, lang: 'en-US' }) as string).trim();
}

export function toBibtex(items: CslItem[]): string {
  // citation-js writes an en dash as "--" and an em dash as "---", as BibTeX means them, but passes
  // a title's literal double hyphen (registry titles use it) through as "--", which then reads back
  // as an en dash. A stand-in word carries it through and becomes "-{}-".
  const marked = items.map((item) => (typeof item.title === 'string' && item.title.includes('--') ? { ...item, title: item.title.replaceAll('--', ` ${DOUBLE_HYPHEN} `) } : item));
  const text = (new Cite(marked).format('bibtex') as string).trim() + '\n';
  return text.replaceAll(` ${DOUBLE_HYPHEN} `, '-{}-');
}

const DOUBLE_HYPHEN = 'xqdoublehyphenqx';

/**
 * RIS from citation-js's tag mapping, one line per tag. citation-js's own RIS text hard-wraps values
 * at 70 characters, mid-word, and readers (citation-js included) rejoin the pieces with a space, so
 * long titles came back as "randomized phase I st udies".
 */
export function toRis(items: CslItem[]): string {
  const entries = new Cite(items).format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  // citation-js cuts ID to the 20 characters of the 1990s RIS spec, which made every page's ID
  // "sigma1atlas-reviews-"; reference managers read longer IDs, so the whole key goes in.
  entries.forEach((entry, i) => {
    if ('ID' in entry) entry['ID'] = items[i]!.id;
  });
  const lines = entries.flatMap((entry) => [
    `TY  - ${String(entry['TY'])}`,
    ...Object.entries(entry).flatMap(([tag, value]) => (tag === 'TY' ? [] : [value].flat().map((v) => `${tag}  - ${String(v)}`))),
    'ER  - ',
  ]);
  return lines.join('\n').trim() + '\n';
}
