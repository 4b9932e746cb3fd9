/**
 * Sätteri mdast plugin: the same citations as remark-citations.ts (same nodes, numbering,
 * frontmatter and errors, from src/lib/citations/page.ts), for Astro's Sätteri processor.
 * A factory, so each compile gets its own registry.
 */
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastPluginEntry, MdastVisitorContext } from 'satteri';
import type { Text } from 'mdast';
import { beginPage, CitationError, citationNodes, endPage, keyPlace, type Refs } from '../lib/citations/page.ts';
import type { CitationRegistry } from '../lib/citations/registry.ts';
import { UnknownCitationError } from '../lib/citations/render.ts';

export function satteriCitations(options: { refs: () => Refs }): MdastPluginEntry {
  return (): MdastPluginDefinition => {
    const refs = options.refs();
    let registry: CitationRegistry;
    let frontmatter: Record<string, unknown>;
    const fail = (error: unknown, ctx: MdastVisitorContext, node?: Readonly<Text>): never => {
      if (!(error instanceof UnknownCitationError)) throw error;
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(no file)';
      const start = node?.position?.start.offset;
      throw new CitationError(file, error, refs, start === undefined ? undefined : keyPlace(ctx.source, start, error.key));
    };
    return {
      name: 'atlas-citations',
      // Positions only serve the error for an unknown key.
      options: { position: true },
      before(_root, ctx) {
        frontmatter = (ctx.data['astro'] as SatteriAstroData | undefined)?.frontmatter ?? {};
        try {
          registry = beginPage(frontmatter, refs);
        } catch (error) {
          fail(error, ctx);
        }
      },
      text(node, ctx) {
        const parent = ctx.parent(node).type;
        if (parent === 'link' || parent === 'linkReference') return;
        try {
          const nodes = citationNodes(node.value, registry, refs);
          // Sätteri's mdast-to-hast turns each `citation` node into the HAST element it carries in `data`.
          if (nodes) ctx.replaceNode(node, nodes);
        } catch (error) {
          fail(error, ctx, node);
        }
      },
      after() {
        endPage(frontmatter, registry);
      },
    };
  };
}
