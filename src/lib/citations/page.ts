/**
 * One page's citations as a Markdown processor sees them: everything the remark adapter
 * (src/plugins/remark-citations.ts) and the Sätteri adapter (src/plugins/satteri-citations.ts)
 * share, so the two differ only in how they walk the tree and throw.
 *
 * Numbering order on a page = reading order: key points (frontmatter), then data fields that
 * pages render above the body (`ref`, `refs`, `actionRef`), then the body. The result goes into
 * the frontmatter Astro exposes as `remarkPluginFrontmatter`: `keyPointsHtml` and `citations`
 * (key, number, occurrence anchors).
 */
import type { ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import path from 'node:path';
import { lineColumn } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import type { RefLike } from './label.ts';
import { findCitationKeys, parseCitations } from './parse.ts';
import { CitationRegistry, collectDataRefs } from './registry.ts';
import { citeText, renderCluster, UnknownCitationError } from './render.ts';

export type Refs = ReadonlyMap<string, RefLike>;

/**
 * A rendered citation as an mdast node: both processors turn `data.hName`/`hProperties`/
 * `hChildren` into exactly this HAST element, so a citation is built once, here.
 */
export type CitationNode = { type: 'text'; value: string } | { type: 'citation'; data: { hName: string; hProperties: Properties; hChildren: ElementContent[] } };

/** Number the key points and reserve the data-field keys; returns the registry for the body. */
export function beginPage(frontmatter: Record<string, unknown>, refs: Refs): CitationRegistry {
  const registry = new CitationRegistry();
  const keyPoints = Array.isArray(frontmatter['keyPoints']) ? (frontmatter['keyPoints'] as string[]) : [];
  frontmatter['keyPointsHtml'] = keyPoints.map((p) => toHtml(citeText(p, registry, refs)));
  for (const key of collectDataRefs(frontmatter)) if (refs.has(key)) registry.reserve(key);
  return registry;
}

/** The nodes that replace a text node, or undefined when it cites nothing. Throws UnknownCitationError. */
export function citationNodes(text: string, registry: CitationRegistry, refs: Refs): CitationNode[] | undefined {
  if (!text.includes('@')) return undefined;
  const tokens = parseCitations(text);
  if (!tokens.some((t) => t.kind === 'cite')) return undefined;
  return tokens.flatMap((t): CitationNode[] => {
    if (t.kind === 'text') return [{ type: 'text', value: t.value }];
    return renderCluster(t, registry, refs).map((h) => (h.type === 'element' ? { type: 'citation', data: { hName: h.tagName, hProperties: h.properties, hChildren: h.children } } : { type: 'text', value: h.type === 'text' ? h.value : '' }));
  });
}

export function endPage(frontmatter: Record<string, unknown>, registry: CitationRegistry): void {
  frontmatter['citations'] = registry.list();
}

/**
 * An unknown key, where it is: the error both adapters throw, so an author reads the same
 * message whichever processor built the page. `line`/`column` are what Astro's MDX error
 * reporting reads; without them (a key point in the frontmatter) the file alone is named.
 */
export class CitationError extends Error {
  override readonly name = 'CitationError';
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(file: string, error: UnknownCitationError, refs: Refs, place?: { line: number; column: number }) {
    const where = [path.relative(process.cwd(), file), place?.line, place?.column].filter((p) => p !== undefined).join(':');
    super(`${where}\n  [citation-resolves] [@${error.key}]: no reference "${error.key}".${didYouMean(error.key, refs.keys())}`);
    this.file = file;
    this.line = place?.line;
    this.column = place?.column;
  }
}

/**
 * Line and column of an unknown key in the source, from the offset where its text node starts:
 * found in the source itself, so escapes, smart punctuation and list indentation do not shift it.
 */
export function keyPlace(source: string, nodeStart: number, key: string): { line: number; column: number } {
  const found = findCitationKeys(source.slice(nodeStart)).find((k) => k.key === key);
  return lineColumn(source, nodeStart + (found?.offset ?? 0));
}
