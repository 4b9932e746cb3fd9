/**
 * npm run build, in two steps:
 * 1. `astro build` (integrity check, pages, sitemap, permalinks) with the memory settings in
 *    scripts/lib/build-env.ts; extra arguments go to astro.
 * 2. the search index: Pagefind over dist/ (scripts/lib/pagefind-index.ts), in this process, once
 *    Astro's has exited and freed its memory.
 * Either step failing stops the build with a non-zero exit.
 * When ATLAS_BUILD_TIMING names a file (the bench sets it), the index step is added to the timing
 * record Astro's process wrote there (src/plugins/build-timing.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEnvironment } from './lib/build-env.ts';
import { indexSite } from './lib/pagefind-index.ts';
import { parseTimingRecord } from '../src/lib/build-timing.ts';
import { TIMING_ENV } from '../src/plugins/build-timing.ts';

const root = process.cwd();
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: buildEnvironment(process.env) });
if (run.status !== 0) process.exit(run.status ?? 1);

const start = Date.now();
try {
  const { indexed, expanded } = await indexSite(path.join(root, 'dist'));
  console.log(`search index: ${indexed} pages into dist/pagefind/ (${expanded} with other names of what they mention), ${((Date.now() - start) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const timing = process.env[TIMING_ENV];
if (timing && existsSync(timing)) {
  const record = parseTimingRecord(readFileSync(timing, 'utf8'), timing);
  record.steps.push({ name: 'Pagefind index', start, end: Date.now() });
  writeFileSync(timing, `${JSON.stringify(record, null, 1)}\n`);
}
