/** rehype plugin: links that leave the site get rel="noopener" (and keep any rel they had). */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      const current: unknown = node.properties['rel'];
      const rel = new Set<string>(Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(/\s+/) : []);
      rel.add('noopener');
      node.properties['rel'] = [...rel];
    });
  };
}
