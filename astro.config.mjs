// Integrations and the Markdown pipeline only; the logic lives in src/lib and src/plugins.
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { readReferences } from './src/lib/content-files.ts';
import { integrity } from './src/plugins/integrity.ts';
import { pagefind } from './src/plugins/pagefind.ts';
import { permalinks } from './src/plugins/permalinks.ts';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { rehypeExternalLinks } from './src/plugins/rehype-external-links.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { sitemap } from './src/plugins/sitemap.ts';

const root = new URL('.', import.meta.url).pathname;
let bibliography;
// Read once per process; the integrity check (run first) reports any broken reference file.
const refs = () => (bibliography ??= readReferences(root));

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sigma1-atlas.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Pagefind indexes the built HTML: keep whitespace between inline elements so words stay apart.
  compressHTML: false,
  markdown: {
    // The unified processor, because remark-gfm and our citation plugin are remark plugins
    // (Astro 7's default Sätteri processor ignores them). Pipeline order matters:
    // gfm parses tables/footnotes -> citations resolve -> heading ids -> heading links -> rel on external links.
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkCitations, { refs }]],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, rehypeExternalLinks],
    }),
  },
  // Order: integrity stops bad content before anything is built; permalinks before indexing.
  integrations: [integrity(), mdx(), sitemap(), permalinks(), pagefind()],
  // Scripts stay external files (cacheable across pages, and allowed by a CSP without inline scripts).
  vite: { build: { assetsInlineLimit: 0 } },
});
