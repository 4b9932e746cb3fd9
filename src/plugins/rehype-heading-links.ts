/**
 * rehype plugin: a visible "#" link in each h2-h4 that has an id (ids come from Astro's
 * rehypeHeadingIds, which must run first), so readers can copy a permalink to a section.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ANCHORED_HEADING, headingAnchor } from '../lib/markdown-links.ts';

export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!ANCHORED_HEADING.test(node.tagName)) return;
      const id = node.properties?.['id'];
      if (typeof id !== 'string') return;
      node.children.push(headingAnchor(id));
    });
  };
}
