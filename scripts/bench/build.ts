/**
 * Build runner: make a throwaway copy of the project (as tests/helpers/fixtures.ts fixtureProject
 * does) with other content, run `astro build` in it, and measure wall time, peak memory and the
 * time of each build phase (from the timing record the build-timing integration writes, see
 * src/plugins/build-timing.ts; the bench sets ATLAS_BUILD_TIMING for every build it runs).
 *
 * Peak memory is measured two ways: the summed RSS of the whole process tree (astro, its workers
 * and the Pagefind binary), polled from /proc every 200 ms; and the largest single process's
 * peak RSS from GNU time (`/usr/bin/time -f %M`), where it is installed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { buildPhases, parseTimingRecord, type Phase, type TimingRecord } from '../../src/lib/build-timing.ts';
import { TIMING_ENV } from '../../src/plugins/build-timing.ts';
import { REQUIRED_REAL_FILES, writeCorpus, type CorpusFile } from './corpus.ts';
import { buildEnv, linkNodeModules, median, ROOT, tempDir } from './util.ts';

export const GNU_TIME = '/usr/bin/time';

/** A temp copy of the project: src, public, config, package.json, tsconfig.json, linked node_modules; content from `content`. */
export function makeProject(label: string, content: { files: readonly CorpusFile[] } | 'real'): string {
  const root = tempDir(label);
  // The real site needs its git history: a release's counts are read from the content at its commit
  // (the content check stops without it) and version pages come from the log. A shared clone
  // without checkout costs no copy of the objects; the working tree's files are copied over it.
  if (content === 'real') execFileSync('git', ['clone', '--quiet', '--shared', '--no-checkout', ROOT, root], { stdio: 'ignore' });
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts/build.ts', 'scripts/lib/build-env.ts', 'scripts/lib/pagefind-index.ts']) cpSync(path.join(ROOT, f), path.join(root, f), { recursive: true });
  linkNodeModules(path.join(ROOT, 'node_modules'), root);
  if (content === 'real') {
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  } else {
    writeCorpus(path.join(root, 'content'), content.files);
    for (const f of REQUIRED_REAL_FILES) cpSync(path.join(ROOT, 'content', f), path.join(root, 'content', f));
  }
  // A fresh lock: every URL is new, so the permalink step writes the whole lock (CI is unset).
  rmSync(path.join(root, 'permalinks.lock'), { force: true });
  return root;
}

export type { Phase };

export interface BuildRun {
  label: string;
  root: string;
  ok: boolean;
  exitCode: number;
  wallMs: number;
  /** Peak of the summed RSS of the build's process tree, KB (polled). */
  peakTreeRssKb: number;
  /** Peak RSS of the largest single process, KB (GNU time), if available. */
  peakProcessRssKb: number | undefined;
  /** User + system CPU time of the build and its children (GNU time): less affected than wall time by other load on the machine. */
  cpuMs: number | undefined;
  /** 1-minute load average when the build started and when it ended (other work on the machine skews wall times). */
  load: [number, number];
  htmlPages: number;
  /** From spawn to exit, adding up to wallMs (src/lib/build-timing.ts buildPhases). */
  phases: Phase[];
  /** Why there are no phases, when the build left no timing record (or an unreadable one). */
  timingError?: string;
  logFile: string;
  /** `git` invocations during the build (counted by a stand-in on PATH; see runBuild), if counted. */
  gitCalls?: number;
  /** Last lines of the output when the build failed. */
  error?: string;
}

/** RSS (KB) of every process in /proc, with its parent. */
function readProcs(): Map<number, { ppid: number; rssKb: number }> {
  const out = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), { ppid: Number(fields[1]), rssKb: (Number(fields[21]) * 4096) / 1024 });
    } catch {
      // The process ended while we read.
    }
  }
  return out;
}

/** Summed RSS (KB) of `pid` and all its descendants. */
export function treeRssKb(pid: number): number {
  const procs = readProcs();
  const children = new Map<number, number[]>();
  for (const [p, { ppid }] of procs) children.set(ppid, [...(children.get(ppid) ?? []), p]);
  let sum = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    sum += procs.get(p)?.rssKb ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * A stand-in `git` first on PATH that records each call and then runs the real git: it counts how
 * often the build spawns git (src/lib/git-history.ts). In a synthetic corpus's temp copy, which is
 * not a checkout, git fails as it would there; the real site's copy is a clone (makeProject), so
 * its history (releases, versions) is read as in a real build.
 */
function gitStandIn(root: string): { dir: string; log: string } {
  const dir = path.join(root, '.bench-bin');
  const log = path.join(root, '.bench-git-calls');
  mkdirSync(dir, { recursive: true });
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
  return { dir, log };
}

/**
 * Build in `root` with Node 24: ours as `npm run build` does (scripts/build.ts, with its memory
 * settings); a peer passes its own `astroBin` and runs `astro build` as it comes.
 * Never throws for a failed build: the result says so.
 */
export async function runBuild(label: string, root: string, options: { astroBin?: string; timeoutMs?: number; countGit?: boolean; env?: Record<string, string> } = {}): Promise<BuildRun> {
  const command = options.astroBin ? [options.astroBin, 'build'] : [process.execPath, path.join(root, 'scripts/build.ts')];
  const timeFile = path.join(root, '.bench-time');
  const logFile = path.join(root, 'build.log');
  const useTime = existsSync(GNU_TIME);
  const [cmd, args] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, ...command]] : [command[0]!, command.slice(1)];
  const log = createWriteStream(logFile);
  const lines: string[] = [];
  const timingFile = path.join(root, '.bench-timing.json');
  rmSync(timingFile, { force: true });
  const loadStart = loadavg()[0]!;
  const git = options.countGit ? gitStandIn(root) : undefined;
  // Epoch ms, the clock of the timing record; performance.now() for the wall time.
  const spawnAt = Date.now();
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: root, env: { ...buildEnv(git ? [git.dir] : []), [TIMING_ENV]: timingFile, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
  }, 200);
  const onData = (buf: Buffer, rest: { s: string }) => {
    log.write(buf);
    rest.s += buf.toString('utf8');
    const parts = rest.s.split('\n');
    rest.s = parts.pop() ?? '';
    for (const p of parts) lines.push(stripAnsi(p));
  };
  const out = { s: '' };
  const err = { s: '' };
  child.stdout.on('data', (b: Buffer) => onData(b, out));
  child.stderr.on('data', (b: Buffer) => onData(b, err));
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs) : undefined;
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - t0;
  const exitAt = spawnAt + wallMs;
  clearInterval(poll);
  if (timer) clearTimeout(timer);
  await new Promise<void>((r) => log.end(() => r()));
  let peakProcessRssKb: number | undefined;
  let cpuMs: number | undefined;
  if (useTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" first when the build fails.
    const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
    if (m) {
      peakProcessRssKb = Number(m[1]);
      cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
    }
  }
  const run: BuildRun = {
    label,
    root,
    ok: exitCode === 0,
    exitCode,
    wallMs,
    peakTreeRssKb: Math.max(peak, peakProcessRssKb ?? 0),
    peakProcessRssKb,
    cpuMs,
    load: [loadStart, loadavg()[0]!],
    htmlPages: countHtml(path.join(root, 'dist')),
    phases: [],
    logFile,
  };
  let record: TimingRecord | undefined;
  try {
    if (existsSync(timingFile)) record = parseTimingRecord(readFileSync(timingFile, 'utf8'), timingFile);
    else run.timingError = `the build wrote no timing record (${TIMING_ENV}); does its config include buildTiming()?`;
  } catch (error) {
    run.timingError = error instanceof Error ? error.message : String(error);
  }
  run.phases = buildPhases(record, spawnAt, exitAt);
  if (git) run.gitCalls = existsSync(git.log) ? readFileSync(git.log, 'utf8').split('\n').filter(Boolean).length : 0;
  if (exitCode !== 0) {
    const errorLines = lines.filter((l) => /error|Error|failed/.test(l));
    run.error = (errorLines.length ? errorLines.slice(0, 8) : lines.slice(-15)).join('\n');
  }
  return run;
}

/**
 * The median of each phase (and of each step within it) over several runs of one build, in the
 * order the phases first appear; a phase or step missing from a run counts 0 ms there. Pure.
 */
export function medianPhases(runs: readonly (readonly Phase[])[]): Phase[] {
  const names: string[] = [];
  const stepNames = new Map<string, string[]>();
  for (const phases of runs) {
    for (const p of phases) {
      if (!names.includes(p.name)) names.push(p.name);
      const steps = stepNames.get(p.name) ?? [];
      for (const s of p.steps ?? []) if (!steps.includes(s.name)) steps.push(s.name);
      stepNames.set(p.name, steps);
    }
  }
  return names.map((name) => {
    const of = (phases: readonly Phase[]) => phases.find((p) => p.name === name);
    const steps = (stepNames.get(name) ?? []).map((step) => ({ name: step, ms: median(runs.map((r) => of(r)?.steps?.find((s) => s.name === step)?.ms ?? 0)) }));
    return { name, ms: median(runs.map((r) => of(r)?.ms ?? 0)), ...(steps.length ? { steps } : {}) };
  });
}
