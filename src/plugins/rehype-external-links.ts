/** rehype plugin: links that leave the site get rel="noopener" (and keep any rel they had). */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { externalRel } from '../lib/markdown-links.ts';

export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const rel = node.tagName === 'a' ? externalRel(node.properties['href'], node.properties['rel']) : undefined;
      if (rel) node.properties['rel'] = rel;
    });
  };
}
