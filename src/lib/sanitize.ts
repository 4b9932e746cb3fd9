/**
 * A whitelist for the inline HTML that CSL formatting may produce (citeproc's rich text: i, b, sup,
 * sub, and spans for normal style or small caps). Anything else is dropped, keeping its text.
 * citeproc already escapes unknown markup; this is the second lock on the door, since imported
 * reference data (BibTeX, RIS, PubTator) comes from outside.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const TAGS = new Set(['i', 'b', 'em', 'strong', 'sup', 'sub', 'span']);
const STYLE = /^(font-style:\s*(normal|italic);?|font-variant:\s*(small-caps|normal);?|font-weight:\s*(normal|bold);?)+$/;

function clean(nodes: (RootContent | ElementContent)[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node);
    else if (node.type === 'element') {
      const children = clean(node.children);
      if (!TAGS.has(node.tagName)) {
        out.push(...children);
        continue;
      }
      const properties: Element['properties'] = {};
      const style = node.properties['style'];
      if (node.tagName === 'span' && typeof style === 'string' && STYLE.test(style.replace(/\s+/g, ' ').trim())) properties['style'] = style;
      out.push({ type: 'element', tagName: node.tagName, properties, children });
    }
  }
  return out;
}

export function sanitizeInlineHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  return toHtml({ type: 'root', children: clean(tree.children) });
}
