/**
 * npm run build: `astro build` (integrity check, pages, sitemap, permalinks, Pagefind) with the
 * memory settings in scripts/lib/build-env.ts. Extra arguments go to astro.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildEnvironment } from './lib/build-env.ts';

const astro = path.join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: buildEnvironment(process.env) });
process.exit(run.status ?? 1);
