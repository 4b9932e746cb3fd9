/**
 * Astro integration: on `astro build`, formats the bibliography in a worker thread while Astro
 * bundles and renders (src/lib/citations/prefetch.ts), and says at the end how much of it the
 * pages used. Nothing on the dev server, where pages are rendered one at a time on request.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { prefetchCitations, type Prefetch } from '../lib/citations/prefetch.ts';

export function citationPrefetch(): AstroIntegration {
  let prefetch: Prefetch | undefined;
  return {
    name: 'sigma1-atlas:citation-prefetch',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'build') prefetch = prefetchCitations(fileURLToPath(config.root));
      },
      'astro:build:done': async ({ logger }) => {
        if (!prefetch) return;
        const r = await prefetch.stop();
        logger.info(`citations: ${r.found} of ${r.ahead} texts formatted ahead in a worker thread were used, ${r.made} formatted while rendering${r.error ? `; the worker failed (${r.error}), so the pages formatted them` : ''}`);
      },
    },
  };
}
