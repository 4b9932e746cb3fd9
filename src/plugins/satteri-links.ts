/**
 * Sätteri hast plugins: the same heading ids, "#" section links and rel="noopener" as the
 * unified pipeline (rehypeHeadingIds + rehype-heading-links.ts, rehype-external-links.ts), from
 * the same src/lib/markdown-links.ts.
 */
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import Slugger from 'github-slugger';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { ANCHORED_HEADING, externalRel, headingAnchor } from '../lib/markdown-links.ts';

/**
 * Heading ids (github-slugger over the heading text, as Astro's own plugins) and the "#" link in
 * h2-h4. Astro runs its Sätteri heading-ids plugin after every user plugin, so it would record
 * the heading text with our link's text in it: the headings this plugin records (same slugs,
 * text read before the link is added) are the ones Astro gets, and its later write is ignored.
 */
export const satteriHeadingLinks: HastPluginEntry = ({ data }): HastPluginDefinition => {
  const slugger = new Slugger();
  const headings: MarkdownHeading[] = [];
  const astro = data['astro'] as SatteriAstroData | undefined;
  if (astro) Object.defineProperty(astro, 'headings', { get: () => headings, set: () => {}, enumerable: true });
  return {
    name: 'atlas-heading-links',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const existing = node.properties['id'];
        const slug = typeof existing === 'string' ? existing : slugger.slug(text);
        headings.push({ depth: Number(node.tagName[1]), slug, text });
        if (slug !== existing) ctx.setProperty(node, 'id', slug);
        if (ANCHORED_HEADING.test(node.tagName)) ctx.appendChild(node, headingAnchor(slug));
      },
    },
  };
};

/** rel="noopener" on links that leave the site. */
export const satteriExternalLinks: HastPluginDefinition = {
  name: 'atlas-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const rel = externalRel(node.properties['href'], node.properties['rel']);
      if (rel) ctx.setProperty(node, 'rel', rel);
    },
  },
};
