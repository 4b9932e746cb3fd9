/**
 * remark plugin (unified processor): Pandoc citations ([@key], @key) in MDX/Markdown become
 * numbered links to the page's bibliography. Thin adapter over src/lib/citations/page.ts, which
 * the Sätteri adapter (satteri-citations.ts) shares; numbering and output are described there.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { beginPage, CitationError, citationNodes, endPage, keyPlace, type Refs } from '../lib/citations/page.ts';
import { UnknownCitationError } from '../lib/citations/render.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkCitations(options: { refs: () => Refs }) {
  return function transformer(tree: Root, file: VFile) {
    const refs = options.refs();
    const astro = ((file.data as AstroData).astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const fail = (error: unknown, node?: Text): never => {
      if (!(error instanceof UnknownCitationError)) throw error;
      const start = node?.position?.start.offset;
      throw new CitationError(file.path, error, refs, start === undefined ? undefined : keyPlace(String(file.value), start, error.key));
    };
    let registry;
    try {
      registry = beginPage(frontmatter, refs);
    } catch (error) {
      return fail(error);
    }
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (parent.type === 'link' || parent.type === 'linkReference') return SKIP;
      let nodes;
      try {
        nodes = citationNodes(node.value, registry, refs);
      } catch (error) {
        return fail(error, node);
      }
      if (!nodes) return;
      // remark-rehype turns each `citation` node into the HAST element it carries in `data`.
      parent.children.splice(index, 1, ...(nodes as Text[]));
      return index + nodes.length;
    });
    endPage(frontmatter, registry);
  };
}
