/**
 * Astro integration: after the build, index dist/ with Pagefind's Node API and write
 * dist/pagefind/. Any error Pagefind reports fails the build (as Starlight does it).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
// Imported statically: the config's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'sigma1-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The rendering is done: free its garbage before Pagefind's process starts, so the two do
        // not add up (`gc` exists when node runs with --expose-gc, as `npm run build` does).
        (globalThis as { gc?: () => void }).gc?.();
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) return fail('createIndex', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) return fail('addDirectory', added.errors);
          if (added.page_count === 0) return fail('addDirectory', ['no pages with data-pagefind-body were found in dist/']);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) return fail('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages into pagefind/`);
        } finally {
          await close();
        }
      },
    },
  };
}
