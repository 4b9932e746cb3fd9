/** Small helpers shared by the benchmark modules: paths, temp projects, statistics, tables. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The project root (/work/main): source of src/, public/, config and node_modules. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Node 24 from the `node` package: Astro 7 needs Node >= 22.12. */
export const NODE_BIN = path.join(ROOT, 'node_modules/.bin');
/** Every temp folder the benchmark makes lives under here, so one `rm -rf` cleans up. */
export const BENCH_TMP = path.join(tmpdir(), 'sigma1-atlas-bench');

export function tempDir(prefix: string): string {
  mkdirSync(BENCH_TMP, { recursive: true });
  return mkdtempSync(path.join(BENCH_TMP, `${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * node_modules for a temp project: a real folder of symlinks to each entry of `from`, rather than
 * one symlink to the whole folder, so that Vite's and Astro's caches (node_modules/.vite,
 * node_modules/.astro) are written inside the temp project and never into the shared
 * /work/main/node_modules that other builds use at the same time (a shared warm cache would also
 * make the timings depend on what ran before).
 */
export function linkNodeModules(from: string, projectRoot: string): void {
  const target = path.join(projectRoot, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === '.vite' || entry === '.astro' || entry === '.cache') continue;
    symlinkSync(path.join(from, entry), path.join(target, entry));
  }
}

/** Environment for a build: Node 24 first on PATH, CI unset (so permalinks.lock is written), no telemetry, no colour. */
export function buildEnv(extraPath: string[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: [...extraPath, NODE_BIN, process.env['PATH'] ?? ''].join(':'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env['CI'];
  return env;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Bytes a server that compresses with gzip (level 6, the usual default) would send: never more than the raw body. */
export function gzipBytes(body: Buffer | string): number {
  const raw = typeof body === 'string' ? Buffer.from(body) : body;
  if (raw.length === 0) return 0;
  return Math.min(raw.length, gzipSync(raw, { level: 6 }).length);
}

export const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');
export const mb = (kilobytes: number) => (Number.isFinite(kilobytes) ? `${(kilobytes / 1024).toFixed(0)} MB` : 'n/a');
export const secs = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'n/a');
export const msec = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : 'n/a');
export const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');

/** A plain-text table: first row is the header, columns padded, numbers right-aligned. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((r) => r.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? 'n/a' : String(v).replace(/\bNaN\b/, 'n/a'))));
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const numeric = (s: string) => /^[-+~<>]?[\d.,]+\s*(s|ms|KB|MB|x|%)?$/.test(s) || s === 'n/a';
  const line = (r: string[]) => r.map((v, c) => (numeric(v) && cells.indexOf(r) > 0 ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function fileExists(p: string): boolean {
  return existsSync(p);
}

/** A message from any thrown value. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
