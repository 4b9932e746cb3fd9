/**
 * One version of a page as readers saw it, from the content file's text at that revision: its
 * title and summary, key points, the data fields a reader sees (as a list of facts) and the body,
 * through the site's own citation plugin (numbered citations, a bibliography of what the text
 * cites). Also the same text as plain blocks for the diff, with citations shown by author and
 * year, so renumbering alone is no change.
 *
 * MDX is parsed as MDX (remark-mdx); components (figures, data maps) are not run: a note says
 * that the current page shows them. Old text never stops the build: a reference the bibliography
 * no longer has is taken from the revision itself (`lookupRef`), or shown as a source no longer
 * listed; a file that no longer parses is shown as plain paragraphs.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkCitations } from '../plugins/remark-citations.ts';
import { formatReference } from './citations/format.ts';
import { authorLabel, yearOf, type RefLike } from './citations/label.ts';
import type { Refs } from './citations/page.ts';
import { findCitationKeys, parseCitations } from './citations/parse.ts';
import { collectDataRefs, registryForData, registryFrom, type CitedSource } from './citations/registry.ts';
import { refAnchor, renderDataCite } from './citations/render.ts';
import { parseYaml } from './yaml.ts';
import { COLLECTION_NAMES, entryUrl, linkFields, type PageCollection } from './registry.ts';
import * as V from '../schemas/vocabularies.ts';

export interface RenderedVersion {
  title: string;
  summary?: string;
  /** Key points, facts and body as HTML. */
  html: string;
  /** The page's numbered bibliography (what this version cites) as HTML list items. */
  bibliography: string;
  /** The reader's text as plain blocks (title, summary, key points, facts, paragraphs), for the diff. */
  blocks: string[];
}

/** Fields that are the atlas's own bookkeeping, not text a reader of the page reads. */
const HIDDEN_FIELDS = new Set(['title', 'summary', 'keyPoints', 'aliases', 'idsSeen', 'checked', 'order', 'id', 'keywords', 'theme', 'topics', 'type']);
/** Labels of fields whose name says little to a reader. */
const LABELS: Record<string, string> = { ref: 'Source', refs: 'Sources', actionRef: 'Source of the action', 'container-title': 'Published in', DOI: 'DOI', PMID: 'PMID', PMCID: 'PMCID', URL: 'Address', issued: 'Date' };
const REF_FIELDS = new Set(['ref', 'refs', 'actionRef']);
/** Fields that name entries of another collection (the registry's link fields), by field name. */
const LINK_FIELDS: ReadonlyMap<string, PageCollection> = new Map(COLLECTION_NAMES.flatMap((c) => linkFields(c) as (readonly [string, PageCollection])[]));
/** Current titles of entries, by "collection/slug" ("conditions/huntingtons-disease"). */
export type EntryTitles = ReadonlyMap<string, string>;
/**
 * Coded values of a field shown as the pages show them ("phase-3" -> "Phase 3"): the vocabularies
 * the schemas use for that field name (two collections share "status" and "kind"; their codes differ).
 */
const VALUE_LABELS: Record<string, readonly { labels: Record<string, string> }[]> = {
  action: [V.COMPOUND_ACTIONS],
  agency: [V.AGENCIES],
  confidence: [V.REFERENCE_CONFIDENCE],
  decision: [V.REGULATORY_DECISIONS],
  direction: [V.EFFECT_DIRECTIONS],
  dosing: [V.DOSING],
  evidence: [V.EVIDENCE_LEVELS],
  highestPhase: [V.HIGHEST_PHASES],
  kind: [V.CONDITION_KINDS, V.METHOD_KINDS],
  measure: [V.AFFINITY_MEASURES],
  modality: [V.MODALITIES],
  outcome: [V.TRIAL_OUTCOMES],
  phase: [V.TRIAL_PHASES],
  roles: [V.COMPOUND_ROLES],
  sex: [V.SEX],
  source: [V.AFFINITY_SOURCES],
  species: [V.SPECIES],
  status: [V.DEVELOPMENT_STATUS, V.TRIAL_STATUS],
};

/** A field's coded value as readers see it on the pages, or the value itself. */
export function valueLabel(field: string, value: string): string {
  for (const vocabulary of VALUE_LABELS[field] ?? []) if (Object.hasOwn(vocabulary.labels, value)) return vocabulary.labels[value]!;
  return value;
}
const NOT_LISTED: RefLike = { title: 'A source no longer listed in the atlas' };
const FIGURE_NOTE = 'A figure or table drawn from the atlas’s data appeared here; the current page shows it as it is now.';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * The entries a version's data fields link to, as "collection/slug" (`conditions: [als]` ->
 * "conditions/als"): the titles a rendering shows for them are part of its cache key.
 */
export function linkedEntries(source: string, kind: 'mdx' | 'yaml'): string[] {
  const { data } = split(source, kind);
  const out = new Set<string>();
  for (const [field, collection] of LINK_FIELDS) for (const slug of [data[field]].flat()) if (typeof slug === 'string') out.add(`${collection}/${slug}`);
  return [...out].sort();
}

/** The citation keys a file's text uses (key points, data fields and body). */
export function citedKeys(source: string, kind: 'mdx' | 'yaml'): string[] {
  const { data, body } = split(source, kind);
  const keys = new Set<string>(collectDataRefs(data));
  for (const p of keyPoints(data)) for (const k of findCitationKeys(p)) keys.add(k.key);
  for (const k of findCitationKeys(body)) keys.add(k.key);
  return [...keys];
}

function split(source: string, kind: 'mdx' | 'yaml'): { data: Record<string, unknown>; body: string } {
  const asObject = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  try {
    if (kind === 'yaml') return { data: asObject(parseYaml(source)), body: '' };
    const m = FRONTMATTER.exec(source);
    if (!m) return { data: {}, body: source };
    return { data: asObject(parseYaml(m[1]!)), body: source.slice(m[0].length) };
  } catch {
    return { data: {}, body: kind === 'yaml' ? '' : source };
  }
}

const keyPoints = (data: Record<string, unknown>) => (Array.isArray(data['keyPoints']) ? data['keyPoints'].filter((p): p is string => typeof p === 'string') : []);

/**
 * Render one version. `refs` is the current bibliography; `lookupRef` finds a key it lacks (the
 * reference as the revision stored it). `fallbackTitle` names pages whose title is not a field
 * (findings). `titles` names the entries its fields link to, as their pages do now; an entry the
 * atlas no longer has shows its slug.
 */
export function renderVersion(source: string, kind: 'mdx' | 'yaml', refs: Refs, options: { fallbackTitle: string; lookupRef?: (key: string) => RefLike | undefined; titles?: EntryTitles }): RenderedVersion {
  const { data, body } = split(source, kind);
  // Every key this text cites resolves: the current entry, else the revision's, else a stub.
  const known = new Map(refs);
  for (const key of citedKeys(source, kind)) if (!known.has(key)) known.set(key, options.lookupRef?.(key) ?? NOT_LISTED);
  const label = (key: string) => {
    const ref = known.get(key)!;
    const year = yearOf(ref);
    return `${authorLabel(ref)}${year ? ` ${year}` : ''}`;
  };
  const plain = (text: string) =>
    parseCitations(text)
      .map((t) => (t.kind === 'text' ? t.value : t.mode === 'narrative' ? `${label(t.items[0]!.key)}` : `[${t.items.map((i) => label(i.key)).join('; ')}]`))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();

  const title = typeof data['title'] === 'string' ? data['title'] : options.fallbackTitle;
  const summary = typeof data['summary'] === 'string' ? data['summary'] : undefined;
  const blocks = [title, ...(summary ? [plain(summary)] : [])];
  const parts: string[] = [];

  // Body first: it numbers the citations (key points, then data fields, then the text), as the page does.
  const frontmatter: Record<string, unknown> = { ...data };
  let bodyHtml = '';
  let bodyBlocks: string[] = [];
  if (kind === 'mdx') {
    ({ html: bodyHtml, blocks: bodyBlocks } = renderBody(body, frontmatter, known, plain));
  }
  const citations: CitedSource[] = kind === 'mdx' ? ((frontmatter['citations'] as CitedSource[] | undefined) ?? []) : registryForData(data).list();
  const registry = kind === 'mdx' ? registryFrom(citations) : registryForData(data);

  const points = kind === 'mdx' ? ((frontmatter['keyPointsHtml'] as string[] | undefined) ?? []) : [];
  if (points.length) {
    parts.push(`<section class="key-points"><h2>Key points</h2><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></section>`);
    blocks.push(...keyPoints(data).map(plain));
  }

  const facts = factsOf(data, options.titles);
  if (facts.length) {
    const piece = (v: FactValue[number]) => {
      if (v.ref) return toHtml(renderDataCite(v.ref, registry, known));
      if (v.href) return toHtml({ type: 'element', tagName: 'a', properties: { href: v.href }, children: [{ type: 'text', value: v.text }] });
      return toHtml({ type: 'text', value: v.text });
    };
    const dd = (value: FactValue) => value.map(piece).join('');
    parts.push(`<dl class="version-facts">${facts.map((f) => `<dt>${toHtml({ type: 'text', value: f.label })}</dt><dd>${dd(f.value)}</dd>`).join('')}</dl>`);
    blocks.push(...facts.map((f) => `${f.label}: ${f.value.map((v) => (v.ref ? `[${label(v.ref)}]` : v.text)).join('')}`));
  }
  parts.push(bodyHtml);
  blocks.push(...bodyBlocks);

  return {
    title,
    ...(summary ? { summary } : {}),
    html: parts.join(''),
    bibliography: bibliographyHtml([...citations].sort((a, b) => a.n - b.n), known, refs),
    blocks: blocks.filter(Boolean),
  };
}

function renderBody(body: string, frontmatter: Record<string, unknown>, refs: Refs, plain: (text: string) => string): { html: string; blocks: string[] } {
  const file = new VFile({ value: body, path: 'version.mdx', data: { astro: { frontmatter } } });
  let tree: Root;
  try {
    const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
    tree = parser.runSync(parser.parse(file), file) as Root;
  } catch {
    // Text that no longer parses as MDX: its paragraphs, as plain text.
    tree = { type: 'root', children: body.split(/\n{2,}/).map((p): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: p.trim() }] })) };
  }
  withoutComponents(tree);
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow' || node.type === 'code') {
      const cells = node.type === 'tableRow' ? node.children.map((c) => toString(c)).join(' | ') : toString(node);
      blocks.push(plain(cells));
      return SKIP;
    }
    return undefined;
  });
  remarkCitations({ refs: () => refs })(tree, file);
  const hast = unified().use(remarkRehype).runSync(tree, file) as HastRoot;
  return { html: toHtml(hast), blocks };
}

/** Drop MDX imports and expressions; a component in the flow becomes a note, one inside text its children. */
function withoutComponents(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const type = node.type as string;
    if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return index;
    }
    if (type === 'mdxJsxFlowElement') {
      const note: Paragraph = { type: 'paragraph', data: { hProperties: { className: ['version-note'] } }, children: [{ type: 'emphasis', children: [{ type: 'text', value: FIGURE_NOTE }] }] };
      (parent.children as RootContent[]).splice(index, 1, note);
      return index + 1;
    }
    if (type === 'mdxJsxTextElement') {
      (parent.children as RootContent[]).splice(index, 1, ...((node as { children: RootContent[] }).children ?? []));
      return index;
    }
    return undefined;
  });
}

type FactValue = { text: string; ref?: string; href?: string }[];

/** "actionEvidence" -> "Action evidence". */
export function fieldLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The data fields a reader sees, flattened to labelled lines: nested objects join their fields,
 * lists of records give one line each, citation keys stay keys (rendered as numbered citations).
 */
export function factsOf(data: Record<string, unknown>, titles: EntryTitles = new Map()): { label: string; value: FactValue }[] {
  const out: { label: string; value: FactValue }[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (HIDDEN_FIELDS.has(name) || value === null || value === undefined) continue;
    const label = fieldLabel(name);
    if (Array.isArray(value) && value.some((v) => v && typeof v === 'object' && !(v instanceof Date)) && !isNameList(name, value)) {
      value.forEach((item, i) => out.push({ label: `${label} ${i + 1}`, value: factValue(name, item, titles) }));
    } else {
      const v = factValue(name, value, titles);
      if (v.length) out.push({ label, value: v });
    }
  }
  return out;
}

const isNameList = (name: string, value: unknown[]) => (name === 'author' || name === 'editor') && value.every((v) => v && typeof v === 'object');

function factValue(name: string, value: unknown, titles: EntryTitles): FactValue {
  const linked = LINK_FIELDS.get(name);
  if (linked && typeof value === 'string') {
    const title = titles.get(`${linked}/${value}`);
    return [title ? { text: title, href: entryUrl(linked, value) } : { text: value }];
  }
  if (REF_FIELDS.has(name)) {
    const keys = (Array.isArray(value) ? value : [value]).filter((k): k is string => typeof k === 'string');
    return keys.map((ref) => ({ text: '', ref }));
  }
  if (value instanceof Date) return [{ text: value.toISOString().slice(0, 10) }];
  if (Array.isArray(value)) {
    if (isNameList(name, value)) return [{ text: value.map((n) => nameOf(n as Record<string, unknown>)).join(', ') }];
    const out: FactValue = [];
    value.forEach((v, i) => out.push(...(i ? [{ text: ', ' }] : []), ...factValue(name, v, titles)));
    return out;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o['date-parts'])) return [{ text: ((o['date-parts'] as unknown[][])[0] ?? []).join('-') }];
    const out: FactValue = [];
    for (const [k, v] of Object.entries(o)) {
      if (HIDDEN_FIELDS.has(k) || v === null || v === undefined) continue;
      const inner = factValue(k, v, titles);
      if (!inner.length) continue;
      if (out.length) out.push({ text: '; ' });
      out.push({ text: `${fieldLabel(k).toLowerCase()} ` }, ...inner);
    }
    return out;
  }
  return [{ text: typeof value === 'string' ? valueLabel(name, value) : String(value) }];
}

const nameOf = (n: Record<string, unknown>) => [n['given'], n['family']].filter((p) => typeof p === 'string').join(' ') || String(n['literal'] ?? '');

/** The bibliography of what a version cites, numbered as its text is; sources the atlas still lists link to their page. */
function bibliographyHtml(citations: readonly CitedSource[], known: Refs, current: Refs): string {
  return citations
    .map((c) => {
      const ref = known.get(c.key)!;
      let entry: string;
      try {
        entry = ref === NOT_LISTED ? toHtml({ type: 'text', value: String(NOT_LISTED.title) }) : formatReference(c.key, ref as Record<string, unknown>);
      } catch {
        entry = toHtml({ type: 'text', value: String(ref.title ?? NOT_LISTED.title) });
      }
      const details: ElementContent[] = current.has(c.key) ? [{ type: 'element', tagName: 'a', properties: { href: entryUrl('references', c.key) }, children: [{ type: 'text', value: 'Details' }] }] : [{ type: 'text', value: 'No longer listed in the atlas.' }];
      const li: Element = { type: 'element', tagName: 'li', properties: { id: refAnchor(c.key) }, children: [{ type: 'element', tagName: 'span', properties: { className: ['bib-n'] }, children: [{ type: 'text', value: `${c.n}.` }] }, { type: 'element', tagName: 'div', properties: {}, children: [{ type: 'raw', value: entry } as unknown as ElementContent, { type: 'element', tagName: 'div', properties: { className: ['bib-ids'] }, children: details }] }] };
      return toHtml(li, { allowDangerousHtml: true });
    })
    .join('');
}
