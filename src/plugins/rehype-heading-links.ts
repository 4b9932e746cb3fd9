/**
 * rehype plugin: a visible "#" link in each h2-h4 that has an id (ids come from Astro's
 * rehypeHeadingIds, which must run first), so readers can copy a permalink to a section.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-4]$/.test(node.tagName)) return;
      const id = node.properties?.['id'];
      if (typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: 'all' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: 'Link to this section' }] },
        ],
      });
    });
  };
}
