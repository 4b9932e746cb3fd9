/**
 * The Markdown processor for .md and .mdx (@astrojs/mdx follows `markdown.processor`), by name:
 * `unified` (remark/rehype, with remark-gfm) or `satteri` (Astro 7's Rust processor, GFM built
 * in), each with our adapters for citations, heading ids and links, and rel on external links.
 * Both give pages the same HTML and the same `remarkPluginFrontmatter` (tests/unit/markdown-processors.test.ts).
 */
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownProcessor } from 'astro/markdown';
import remarkGfm from 'remark-gfm';
import type { Refs } from '../lib/citations/page.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { remarkCitations } from './remark-citations.ts';
import { satteriCitations } from './satteri-citations.ts';
import { satteriExternalLinks, satteriHeadingLinks } from './satteri-links.ts';

export const MARKDOWN_PROCESSORS = ['unified', 'satteri'] as const;
export type MarkdownProcessorName = (typeof MARKDOWN_PROCESSORS)[number];

export function isMarkdownProcessorName(name: string): name is MarkdownProcessorName {
  return (MARKDOWN_PROCESSORS as readonly string[]).includes(name);
}

/** `name` as a processor name; else an error naming `variable` (where the value came from) and the allowed values. */
export function assertMarkdownProcessorName(name: string, variable: string): MarkdownProcessorName {
  if (isMarkdownProcessorName(name)) return name;
  throw new Error(`${variable}="${name}" is not a Markdown processor. Use one of: ${MARKDOWN_PROCESSORS.join(', ')}.`);
}

export function markdownProcessor(name: MarkdownProcessorName, options: { refs: () => Refs }): MarkdownProcessor {
  // Order matters in both. unified: gfm parses tables/footnotes -> citations resolve -> heading
  // ids -> heading links -> rel on external links. Sätteri: GFM is parsed natively, citations in
  // the mdast phase, then the hast phase (Astro's own heading-ids plugin runs after ours).
  if (name === 'unified') {
    return unified({
      remarkPlugins: [remarkGfm, [remarkCitations, options]],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, rehypeExternalLinks],
    });
  }
  return satteri({ mdastPlugins: [satteriCitations(options)], hastPlugins: [satteriHeadingLinks, satteriExternalLinks] });
}
