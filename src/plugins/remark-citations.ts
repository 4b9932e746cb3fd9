/**
 * remark plugin: Pandoc citations ([@key], @key) in MDX/Markdown become numbered links to the
 * page's bibliography. Thin adapter over src/lib/citations; the logic is tested there.
 *
 * Numbering order on a page = reading order: key points (frontmatter), then data fields that
 * pages render above the body (`ref`, `refs`, `actionRef`), then the body. The result is written to
 * the frontmatter Astro exposes as `remarkPluginFrontmatter`: `citations` (key, number,
 * occurrence anchors) and `keyPointsHtml`.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseCitations } from '../lib/citations/parse.ts';
import { CitationRegistry, collectDataRefs } from '../lib/citations/registry.ts';
import { renderCluster, UnknownCitationError } from '../lib/citations/render.ts';
import type { RefLike } from '../lib/citations/label.ts';
import { didYouMean } from '../lib/suggest.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Text to HAST children, citations rendered. */
export function citeText(text: string, registry: CitationRegistry, refs: ReadonlyMap<string, RefLike>): ElementContent[] {
  return parseCitations(text).flatMap((t) => (t.kind === 'text' ? [{ type: 'text' as const, value: t.value }] : renderCluster(t, registry, refs)));
}

export function remarkCitations(options: { refs: () => ReadonlyMap<string, RefLike> }) {
  return function transformer(tree: Root, file: VFile) {
    const refs = options.refs();
    const registry = new CitationRegistry();
    const frontmatter = ((file.data as AstroData).astro ??= {}).frontmatter ?? {};
    const fail = (key: string, place?: Text) => {
      file.fail(`[citation-resolves] [@${key}]: no reference "${key}".${didYouMean(key, refs.keys())}`, place);
    };
    try {
      const keyPoints = Array.isArray(frontmatter['keyPoints']) ? (frontmatter['keyPoints'] as string[]) : [];
      frontmatter['keyPointsHtml'] = keyPoints.map((p) => toHtml(citeText(p, registry, refs)));
    } catch (error) {
      if (error instanceof UnknownCitationError) fail(error.key);
      throw error;
    }
    for (const key of collectDataRefs(frontmatter)) if (refs.has(key)) registry.reserve(key);

    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('@')) return;
      if (parent.type === 'link' || parent.type === 'linkReference') return SKIP;
      const tokens = parseCitations(node.value);
      if (!tokens.some((t) => t.kind === 'cite')) return;
      const replacement = tokens.flatMap((t) => {
        if (t.kind === 'text') return [{ type: 'text', value: t.value } as Text];
        try {
          // Each rendered HAST node becomes an mdast node that remark-rehype turns back into it.
          return renderCluster(t, registry, refs).map((h) =>
            h.type === 'element' ? { type: 'citation', data: { hName: h.tagName, hProperties: h.properties, hChildren: h.children } } : ({ type: 'text', value: h.type === 'text' ? h.value : '' } as Text),
          );
        } catch (error) {
          if (error instanceof UnknownCitationError) fail(error.key, node);
          throw error;
        }
      });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return index + replacement.length;
    });
    frontmatter['citations'] = registry.list();
    (file.data as AstroData).astro!.frontmatter = frontmatter;
  };
}
