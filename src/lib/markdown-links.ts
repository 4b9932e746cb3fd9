/**
 * The links both Markdown processors' adapters add or adjust, as plain HAST values: the "#"
 * permalink in a section heading and rel="noopener" on links that leave the site
 * (src/plugins/rehype-*.ts for unified, src/plugins/satteri-*.ts for Sätteri).
 */
import type { Element } from 'hast';

/** Headings that get a visible "#" link to themselves. */
export const ANCHORED_HEADING = /^h[2-4]$/;

/** The "#" link appended to a section heading with id `id`, so readers can copy a permalink to it. */
export function headingAnchor(id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: 'all' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: 'Link to this section' }] },
    ],
  };
}

/** The rel a link should carry: undefined for a link within the site, else its rel plus "noopener". */
export function externalRel(href: unknown, rel: unknown): string[] | undefined {
  if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return undefined;
  const tokens = new Set<string>(Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : []);
  tokens.add('noopener');
  return [...tokens];
}

/**
 * Every site path of the form /section/slug/ that a Markdown body mentions (links, bare paths),
 * for the "reviews that link here" lists: one pass per body instead of one search per target page.
 */
export function sectionPathsIn(body: string, sections: readonly string[]): Set<string> {
  const paths = new Set<string>();
  const pattern = new RegExp(`/(?:${sections.join('|')})/[^/\\s()\\[\\]"'<>#?]+/`, 'g');
  for (const m of body.matchAll(pattern)) paths.add(m[0]);
  return paths;
}
