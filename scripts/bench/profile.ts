/**
 * Where build time goes, measured outside Astro one step at a time:
 * - the content integrity check alone (readContent + checkContent, as the integrity integration runs it);
 * - MDX compile of a sample of pages with @mdx-js/mdx: bare, + remark-gfm, + our whole pipeline
 *   (remark-gfm, remark-citations, rehypeHeadingIds, rehype-heading-links), so the cost of each
 *   plugin shows apart from Astro;
 * - Pagefind alone over a built dist/ with its Node API, in a child process (as the build runs it).
 * The build's own phases (timed at Astro's hooks, src/plugins/build-timing.ts) give the rest: bundling, rendering, hooks.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/integrity.ts';
import { buildEnv, median, NODE_BIN, removeDir, tempDir } from './util.ts';

export interface IntegrityTiming {
  entries: number;
  problems: number;
  /** First run in this process (cold, as in a build). */
  firstMs: number;
  /** Median of three further runs. */
  medianMs: number;
}

export function timeIntegrity(root: string): IntegrityTiming {
  const once = () => {
    const t = performance.now();
    const raw = readContent(root);
    const { problems } = checkContent(raw);
    return { ms: performance.now() - t, entries: raw.entries.length, problems: problems.length };
  };
  const first = once();
  const more = [once(), once(), once()];
  return { entries: first.entries, problems: first.problems, firstMs: first.ms, medianMs: median(more.map((r) => r.ms)) };
}

export interface MdxTiming {
  pages: number;
  /** Median ms per page (over the sample, after one warm-up pass) for each pipeline. */
  perPageMs: { bare: number; gfm: number; full: number };
  /** The citation plugin and heading plugins on top of remark-gfm: full - gfm, per page. */
  citationPluginsMs: number;
}

/**
 * MDX compile timing, in a child process: src/lib/citations uses TypeScript syntax Node's type
 * stripping does not run (parameter properties), so the child gets --experimental-transform-types.
 */
export function timeMdxCompile(root: string, sample = 120): MdxTiming {
  const script = path.join(import.meta.dirname, 'mdx-compile.ts');
  const result = spawnSync(path.join(NODE_BIN, 'node'), ['--experimental-transform-types', '--no-warnings', script, root, String(sample)], { encoding: 'utf8', env: buildEnv(), timeout: 10 * 60_000 });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as MdxTiming;
  } catch {
    throw new Error(`MDX compile timing failed: ${result.stderr.trim().split('\n').slice(-5).join('\n')}`);
  }
}

export interface PagefindTiming {
  ok: boolean;
  ms: number;
  pages: number;
  error?: string;
}

/** Index `distDir` with Pagefind's Node API in a child process (Node 24), writing to a temp folder. */
export function timePagefind(distDir: string): PagefindTiming {
  const out = tempDir('pagefind-alone');
  const script = `
    import { createIndex, close } from 'pagefind';
    const t = performance.now();
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(errors.join('\\n'));
    const added = await index.addDirectory({ path: ${JSON.stringify(distDir)} });
    const written = await index.writeFiles({ outputPath: ${JSON.stringify(out)} });
    await close();
    const errs = [...added.errors, ...written.errors];
    console.log(JSON.stringify({ ms: performance.now() - t, pages: added.page_count, errors: errs }));
  `;
  const result = spawnSync(path.join(NODE_BIN, 'node'), ['--input-type=module', '-e', script], { cwd: path.resolve(import.meta.dirname, '../..'), encoding: 'utf8', env: buildEnv(), timeout: 10 * 60_000 });
  removeDir(out);
  try {
    const parsed = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as { ms: number; pages: number; errors: string[] };
    return parsed.errors.length ? { ok: false, ms: parsed.ms, pages: parsed.pages, error: parsed.errors.join('; ') } : { ok: true, ms: parsed.ms, pages: parsed.pages };
  } catch {
    return { ok: false, ms: Number.NaN, pages: 0, error: `${result.stderr}`.trim().split('\n').slice(-5).join('\n') || `exit ${result.status}` };
  }
}
