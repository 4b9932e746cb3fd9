// Integrations and the Markdown pipeline only; the logic lives in src/lib and src/plugins.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readReferences } from './src/lib/content-files.ts';
import { integrity } from './src/plugins/integrity.ts';
import { permalinks } from './src/plugins/permalinks.ts';
import { buildTiming } from './src/plugins/build-timing.ts';
import { citationPrefetch } from './src/plugins/citation-prefetch.ts';
import { assertMarkdownProcessorName, markdownProcessor } from './src/plugins/markdown.ts';
import { sitemap } from './src/plugins/sitemap.ts';

const root = new URL('.', import.meta.url).pathname;
let bibliography;
// Read once per process; the integrity check (run first) reports any broken reference file.
const refs = () => (bibliography ??= readReferences(root));
// The one switch between the two Markdown processors (see src/plugins/markdown.ts and README).
const MARKDOWN_PROCESSOR = assertMarkdownProcessorName(process.env.ATLAS_MARKDOWN ?? 'satteri', 'ATLAS_MARKDOWN');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sigma1-atlas.org',
  trailingSlash: 'always',
  // Eight pages in flight: rendering a page waits on files (its module loaded, its HTML written),
  // and other pages render meanwhile. Page rendering took about 25 % less time at 1,000 pages than
  // one at a time (bench/README.md, "Build at scale"); the output is the same, page for page.
  build: { format: 'directory', concurrency: 8 },
  // true: lossless compression, collapsing template indentation (page weight) but keeping the
  // whitespace between inline elements, so Pagefind still sees separate words. Not the default
  // 'jsx' mode, which drops it and joins neighbouring words (tests/e2e/search-quality.test.ts).
  compressHTML: true,
  // Sätteri (the default: GFM built in, our Sätteri plugins) or unified (remark-gfm and our
  // remark/rehype plugins), each with the same citation, heading and link adapters; MDX follows this setting.
  markdown: { processor: markdownProcessor(MARKDOWN_PROCESSOR, { refs }) },
  // Order: integrity stops bad content before anything is built. The search index is built after
  // Astro exits (scripts/build.ts).
  // buildTiming first, so it sees each hook before the others run; it does nothing unless the
  // bench sets ATLAS_BUILD_TIMING (phase times, bench/README.md).
  integrations: [
    buildTiming(),
    // Started before the integrity check, so the worker formats the bibliography while the check runs.
    citationPrefetch(),
    integrity(),
    // optimize: static parts of each MDX page become HTML strings instead of JSX calls, so the
    // bundler holds far less per page (memory and time at thousands of pages); same HTML out.
    mdx({ optimize: true }),
    sitemap(),
    permalinks(),
  ],
  // Scripts stay external files (cacheable across pages, and allowed by a CSP without inline scripts).
  vite: { build: { assetsInlineLimit: 0 } },
});
