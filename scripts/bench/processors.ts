/**
 * The two Markdown processors (ATLAS_MARKDOWN=unified|satteri, src/plugins/markdown.ts) side by
 * side: MDX compile per review page through each processor's renderer, on the real reviews and
 * on a synthetic corpus, then whole `astro build`s of that corpus with each, alternating.
 * Part `processors` of `npm run bench`; also runs alone:
 *   node scripts/bench/processors.ts [--size=1000] [--runs=1]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { MARKDOWN_PROCESSORS, type MarkdownProcessorName } from '../../src/plugins/markdown.ts';
import { makeProject, runBuild, type BuildRun } from './build.ts';
import { generateCorpus } from './corpus.ts';
import type { ProcessorTiming } from './mdx-compile.ts';
import { buildEnv, median, NODE_BIN, removeDir, ROOT, secs, table } from './util.ts';

export interface ProcessorBench {
  real: ProcessorTiming;
  synthetic: ProcessorTiming;
  size: number;
  builds: Record<MarkdownProcessorName, BuildRun[]>;
}

/** MDX compile per review page through each processor, in a child process (as profile.ts timeMdxCompile). */
export function timeProcessorCompile(root: string, sample = 120): ProcessorTiming {
  const script = path.join(import.meta.dirname, 'mdx-compile.ts');
  const result = spawnSync(path.join(NODE_BIN, 'node'), ['--experimental-transform-types', '--no-warnings', script, root, String(sample), '--processors'], { encoding: 'utf8', env: buildEnv(), timeout: 10 * 60_000 });
  try {
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as ProcessorTiming;
  } catch {
    throw new Error(`processor compile timing failed: ${result.stderr.trim().split('\n').slice(-5).join('\n')}`);
  }
}

export async function benchProcessors(size: number, runs: number, log: (msg: string) => void): Promise<ProcessorBench> {
  const real = timeProcessorCompile(ROOT);
  log(`MDX compile per real review (${real.pages} pages x ${real.rounds} rounds): ${MARKDOWN_PROCESSORS.map((n) => `${n} ${real.medianMs[n].toFixed(1)} ms`).join(', ')} (median)`);
  const root = makeProject(`processors-${size}`, generateCorpus(size));
  const synthetic = timeProcessorCompile(root);
  log(`MDX compile per synthetic review (${synthetic.pages} pages x ${synthetic.rounds} rounds): ${MARKDOWN_PROCESSORS.map((n) => `${n} ${synthetic.medianMs[n].toFixed(1)} ms`).join(', ')} (median)`);
  const builds = { unified: [], satteri: [] } as Record<MarkdownProcessorName, BuildRun[]>;
  // Alternating (unified, satteri, unified, ...) in one project, so drift in machine load hits both.
  for (let k = 1; k <= runs; k++) {
    for (const name of MARKDOWN_PROCESSORS) {
      removeDir(path.join(root, 'dist'));
      const run = await runBuild(`${name} ${size} #${k}`, root, { env: { ATLAS_MARKDOWN: name } });
      builds[name].push({ ...run, root: path.basename(run.root), logFile: '(removed)' });
      log(`build ${run.label}: ${run.ok ? 'ok' : `FAILED (exit ${run.exitCode})`} in ${secs(run.wallMs)}, CPU ${secs(run.cpuMs ?? Number.NaN)}`);
    }
  }
  removeDir(root);
  return { real, synthetic, size, builds };
}

/** The bench's table for this part. */
export function processorTable(b: ProcessorBench): string {
  const ok = (runs: readonly BuildRun[]) => runs.filter((r) => r.ok);
  const rows = MARKDOWN_PROCESSORS.map((n) => [
    n,
    `${b.real.medianMs[n].toFixed(1)} ms`,
    `${b.synthetic.medianMs[n].toFixed(1)} ms`,
    ok(b.builds[n]).map((r) => (r.wallMs / 1000).toFixed(0)).join(', ') || '-',
    secs(median(ok(b.builds[n]).map((r) => r.wallMs))),
    secs(median(ok(b.builds[n]).flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs])))),
  ]);
  return table([['processor', 'MDX compile / real review (median)', 'MDX compile / synthetic review (median)', `${b.size}-page builds (s)`, 'median build', 'median CPU'], ...rows]);
}

if (import.meta.filename === process.argv[1]) {
  const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const bench = await benchProcessors(Number(args.get('size') ?? 1000), Number(args.get('runs') ?? 1), (m) => console.log(`[processors] ${m}`));
  console.log(processorTable(bench));
}
