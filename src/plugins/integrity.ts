/**
 * Astro integration: runs the content integrity check (src/lib/integrity.ts) before anything is
 * built. On `astro build` a problem stops the build; in dev it is printed and the server stays up.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent } from '../lib/content-files.ts';
import { checkAllContent } from '../lib/integrity.ts';
import { formatProblems } from '../lib/problems.ts';
import { timed } from './build-timing.ts';

export function integrity(): AstroIntegration {
  return {
    name: 'sigma1-atlas:integrity',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const { problems } = await timed('integrity check', () => checkAllContent(readContent(fileURLToPath(config.root))));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') {
          const error = new Error(`Content integrity check failed. Nothing was built.\n${report}`);
          error.stack = error.message; // the report is the message; a stack trace adds nothing
          throw error;
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
