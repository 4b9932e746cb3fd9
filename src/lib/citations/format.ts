/**
 * Formatting references with citation-js and its CSL styles (Vancouver on pages, APA offered),
 * and exporting them (BibTeX, RIS, CSL-JSON). No hand-written formatter.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { sanitizeInlineHtml } from '../sanitize.ts';
import { isAuthorListMarker } from './work.ts';

// BibTeX keys are our citation keys (and page ids), so exports cite the same key the site does.
Object.assign((plugins.config.get('@bibtex') as { format: object }).format, { useIdAsLabel: true, checkLabel: false });

export type CslItem = Record<string, unknown> & { id: string };
export type CslStyle = 'vancouver' | 'apa';

/** Our extra fields are not CSL; identifiers are rendered as links by the page instead. */
const NOT_CSL = new Set(['confidence', 'unverified', 'reliability', 'topics', 'registry', 'checked', 'undated', 'aliases']);

export function toCsl(key: string, data: Record<string, unknown>, { withIds = true } = {}): CslItem {
  const item: CslItem = { id: key };
  for (const [k, v] of Object.entries(data)) {
    if (NOT_CSL.has(k) || v === undefined) continue;
    if (!withIds && (k === 'DOI' || k === 'PMID' || k === 'PMCID' || k === 'URL')) continue;
    item[k] = v;
  }
  return item;
}

/**
 * citeproc's output, by what it was asked: format, style and the items themselves (an edited
 * reference is formatted anew on the dev server). Kept on globalThis: the build's configuration and
 * its rendering load this module as separate instances, and texts formatted ahead of rendering by a
 * worker thread (src/lib/citations/prefetch.ts) are added here for the rendering to find.
 */
export interface FormattedTexts {
  texts: Map<string, string>;
  /** Keys a worker formatted that the rendering has not asked for yet. */
  ahead: Set<string>;
  /** How many texts the rendering found made ahead, and how many it formatted itself. */
  found: number;
  made: number;
}
const STORE = Symbol.for('sigma1-atlas.citations');
export function formattedTexts(): FormattedTexts {
  return ((globalThis as { [STORE]?: FormattedTexts })[STORE] ??= { texts: new Map(), ahead: new Set(), found: 0, made: 0 });
}

function citeproc(items: CslItem[], style: CslStyle, format: 'html' | 'text'): string {
  const store = formattedTexts();
  const key = `${format} ${style} ${JSON.stringify(items)}`;
  const text = store.texts.get(key);
  if (text !== undefined) {
    if (store.ahead.delete(key)) store.found++;
    return text;
  }
  const made = new Cite(items).format('bibliography', { format, template: style, lang: 'en-US' }) as string;
  store.texts.set(key, made);
  store.made++;
  return made;
}

/**
 * Formatted references by the data object itself: every page's bibliography asks again for the
 * references it cites (tens of thousands of times at 1,000 pages), and the content layer hands each
 * page the same object, so this skips serializing it for citeproc's key. An edited entry is a new object.
 */
const byData = new WeakMap<object, Map<string, string>>();

/** One reference as an HTML fragment in the given CSL style (without the list number). */
export function formatReference(key: string, data: Record<string, unknown>, style: CslStyle = 'vancouver'): string {
  let formatted = byData.get(data);
  if (!formatted) byData.set(data, (formatted = new Map()));
  const seen = formatted.get(`${style}:${key}`);
  if (seen !== undefined) return seen;
  const html = citeproc([toCsl(key, data, { withIds: false })], style, 'html');
  // citation-js wraps entries in csl-bib-body/csl-entry divs, and Vancouver adds a left-margin number.
  const inner = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html;
  const out = sanitizeInlineHtml(inner.trim());
  formatted.set(`${style}:${key}`, out);
  return out;
}

/** Plain-text rendering (for copy buttons and meta tags). */
export function formatReferenceText(items: CslItem[], style: CslStyle): string {
  return citeproc(items, style, 'text').trim();
}

/** A BibTeX entry as citation-js maps it: field values already escaped for BibTeX. */
interface BibEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * Character pairs TeX reads as one character (ligatures) where a title means them literally: a
 * registry title's "--" (read back as an en dash) and a chemical name's "4''-fluorophenyl" or a
 * quote's "``" (read back as curly double quotes). citation-js passes them through; each goes
 * through as a stand-in word and is written with an empty group between its two characters, which
 * TeX and BibTeX readers (citation-js, Zotero) take as the two characters themselves.
 */
const LIGATURES: readonly { pair: string; standIn: string }[] = [
  { pair: '--', standIn: 'xqdoublehyphenqx' },
  { pair: "''", standIn: 'xqdoubleapostropheqx' },
  { pair: '``', standIn: 'xqdoublebacktickqx' },
];
const breakLigatures = (text: string) => LIGATURES.reduce((t, { pair, standIn }) => t.replaceAll(pair, ` ${standIn} `), text);
const dateOf = (item: CslItem) => ((item['issued'] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0] ?? []).filter((n) => typeof n === 'number');
const isMarker = (n: unknown) => typeof (n as { literal?: unknown }).literal === 'string' && isAuthorListMarker((n as { literal: string }).literal);

/**
 * What the exports leave out of an item: the date a citation was made (a file made at build time
 * cannot know when its reader read the page, and a reference manager takes a stated access date
 * as fact) and the "et al." markers in author lists (each format has its own way to say it).
 */
function forExport(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  delete out['accessed'];
  for (const role of ['author', 'editor'] as const) if (Array.isArray(out[role])) out[role] = (out[role] as unknown[]).filter((n) => !isMarker(n));
  return out;
}

/** A string as citation-js escapes a BibTeX literal (a journal name, say). */
function bibLiteral(value: string): string {
  const [entry] = new Cite({ id: 'x', type: 'article-journal', 'container-title': value }).format('bibtex', { format: 'object' }) as unknown as BibEntry[];
  return entry!.properties['journal'] ?? value;
}

/**
 * BibTeX by citation-js's field mapping and escaping, with what reference managers and LaTeX read
 * differently from what citation-js writes:
 * - the month as BibTeX's own macro (`month = nov`, which every style prints as the month) and the
 *   day in `day`, which Zotero and JabRef read and BibTeX and biblatex ignore; citation-js wrote
 *   `month = {nov 23}`, which styles print as is.
 * - a web page as `@online` (biblatex's type, which Zotero imports as a web page; BibTeX styles
 *   treat an unknown type as @misc), its site in `journal` (the field Zotero's own BibTeX export
 *   writes a website title to, and imports it from), its URL once (citation-js repeated it in
 *   `howpublished`), and no access date.
 * - an organisation in braces (citation-js does this), and a cut author list ending "and others".
 * - PMID and PMCID in `pmid` and `pmcid`, which Zotero imports into Extra.
 */
export function toBibtex(items: CslItem[]): string {
  // citation-js writes an en dash as "--" and an em dash as "---", as BibTeX means them, but passes
  // a title's literal "--" (and "''", "``") through, which then reads back as one character
  // (LIGATURES): a stand-in word carries each through and becomes "-{}-" ("'{}'", "`{}`").
  const prepared = items.map((item) => {
    const out = keepUnescapable(forExport(item)) as CslItem;
    if (typeof out['title'] === 'string') out['title'] = breakLigatures(out['title']);
    return out;
  });
  const entries = new Cite(prepared).format('bibtex', { format: 'object' }) as unknown as BibEntry[];
  const text = entries.map((entry, i) => bibEntry(entry, items[i]!, prepared[i]!)).join('\n');
  const unbroken = LIGATURES.reduce((t, { pair, standIn }) => t.replaceAll(` ${standIn} `, `${pair[0]}{}${pair[1]}`), text);
  return unbroken.replace(/xqu([0-9a-f]+)q/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/**
 * citation-js writes non-ASCII as LaTeX (σ as $\sigma$, é as {\'e}) and silently drops what it has
 * no LaTeX for: a Japanese title came out as ":  ({Dimemorfan} {Phosphate})". Such characters go
 * through as a stand-in word and come back as themselves (UTF-8, which biber and Zotero read).
 */
const dropsChar = new Map<string, boolean>();
function keepUnescapable(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!/[^\x00-\x7f]/.test(value)) return value;
    return [...value]
      .map((ch) => {
        if (ch.charCodeAt(0) < 0x80) return ch;
        let drops = dropsChar.get(ch);
        if (drops === undefined) dropsChar.set(ch, (drops = bibLiteral(`a${ch}b`) === 'ab'));
        return drops ? `xqu${ch.codePointAt(0)!.toString(16)}q` : ch;
      })
      .join('');
  }
  if (Array.isArray(value)) return value.map(keepUnescapable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepUnescapable(v)]));
  return value;
}

/** One entry; `item` is the item as given, `prepared` as citation-js saw it (stand-ins in place). */
function bibEntry(entry: BibEntry, item: CslItem, prepared: CslItem): string {
  const fields: [string, string, boolean?][] = [];
  const webpage = item['type'] === 'webpage';
  const [, month, day] = dateOf(item);
  for (const [field, value] of Object.entries(entry.properties)) {
    if (field === 'howpublished' && value === entry.properties['url']) continue;
    if (field === 'note' && /^\[Online; accessed /.test(value)) continue;
    if (field === 'month') {
      if (month && month >= 1 && month <= 12) fields.push(['month', MONTHS[month - 1]!, true]);
      if (month && day) fields.push(['day', String(day)]);
      continue;
    }
    if ((field === 'author' || field === 'editor') && Array.isArray(item[field]) && (item[field] as unknown[]).some(isMarker)) {
      fields.push([field, `${value} and others`]);
      continue;
    }
    fields.push([field, value]);
    if (field === 'title' && webpage && typeof prepared['container-title'] === 'string') fields.push(['journal', bibLiteral(prepared['container-title'])]);
  }
  if (item['PMID']) fields.push(['pmid', String(item['PMID'])]);
  if (item['PMCID']) fields.push(['pmcid', String(item['PMCID'])]);
  const type = webpage && entry.type === 'misc' ? 'online' : entry.type;
  return `@${type}{${entry.label},\n${fields.map(([f, v, bare]) => `\t${f} = ${bare ? v : `{${v}}`},\n`).join('')}}\n`;
}

/** An author for RIS: "Family, Given", and an organisation "Name," (see toRis). */
function risName(n: Record<string, unknown>): string | undefined {
  if (typeof n['literal'] === 'string') return isAuthorListMarker(n['literal']) ? undefined : `${n['literal'].replaceAll(',', '')},`;
  return [n['family'], n['given'], n['suffix']].filter((p) => typeof p === 'string' && p !== '').join(', ') || undefined;
}

/**
 * RIS from citation-js's tag mapping, one line per tag. citation-js's own RIS text hard-wraps values
 * at 70 characters, mid-word, and readers (citation-js included) rejoin the pieces with a space, so
 * long titles came back as "randomized phase I st udies". Changed from citation-js's tags:
 * - authors are rewritten: an organisation goes in AU with a trailing comma, the RIS way of saying
 *   "a name with no given name" (EndNote files it as a corporate author, Zotero as a single-field
 *   one; without the comma EndNote inverts it into a person), without commas inside it.
 * - a web page's site goes in T2 (Zotero's website title); no access date (citation-js wrote the
 *   build date as M1, which Zotero imports as the date accessed).
 * - DA is zero-padded, YYYY/MM/DD/, as the RIS specification has it.
 */
export function toRis(items: CslItem[]): string {
  const entries = new Cite(items.map(forExport)).format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  const lines = entries.flatMap((entry, i) => {
    const item = items[i]!;
    // citation-js cuts ID to the 20 characters of the 1990s RIS spec, which made every page's ID
    // "sigma1atlas-reviews-"; reference managers read longer IDs, so the whole key goes in.
    if ('ID' in entry) entry['ID'] = item.id;
    if (Array.isArray(item['author'])) {
      const names = (item['author'] as Record<string, unknown>[]).map(risName).filter((n): n is string => n !== undefined);
      if (names.length) entry['AU'] = names;
      else delete entry['AU'];
    }
    if (item['type'] === 'webpage' && typeof item['container-title'] === 'string' && !entry['T2']) entry['T2'] = item['container-title'];
    const date = dateOf(item);
    if (date.length && entry['DA']) entry['DA'] = `${date[0]}/${date[1] ? String(date[1]).padStart(2, '0') : ''}/${date[2] ? String(date[2]).padStart(2, '0') : ''}/`;
    return [
      `TY  - ${String(entry['TY'])}`,
      ...Object.entries(entry).flatMap(([tag, value]) => (tag === 'TY' ? [] : [value].flat().map((v) => `${tag}  - ${String(v)}`))),
      'ER  - ',
    ];
  });
  // The spec's end tag is "ER  - " with its space, like every other tag.
  return lines.join('\n') + '\n';
}
