/**
 * Lighthouse (npm package, installed into a temp folder at bench time) on pages of the real site:
 * mobile preset (Lighthouse's default form factor and simulated throttling), Debian's Chromium.
 * A page Lighthouse cannot run on is recorded with the reason; it never fails the benchmark.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PeerInstall } from './peer.ts';
import { buildEnv, errorText, NODE_BIN, removeDir, tempDir } from './util.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  path: string;
  ok: boolean;
  /** 0-100 per category (null where Lighthouse gave no score). */
  scores: Partial<Record<Category, number | null>>;
  /** Audits that cost points ("category: audit-id"; performance metrics with their value). */
  failedAudits: string[];
  ms: number;
  error?: string;
}

export const CHROME = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Asynchronous on purpose: the site is served from this same process, so a synchronous spawn
 * would block the server Lighthouse is loading pages from. Lighthouse and the Chromium it starts
 * run in their own process group, which is ended as a whole on timeout.
 */
export async function runLighthouse(peer: PeerInstall, baseUrl: string, urlPath: string, timeoutMs = 3 * 60_000): Promise<LighthouseRun> {
  const dir = tempDir('lighthouse');
  const out = path.join(dir, 'report.json');
  const cli = path.join(peer.dir, 'node_modules/lighthouse/cli/index.js');
  const t0 = performance.now();
  const child = spawn(
    path.join(NODE_BIN, 'node'),
    [cli, baseUrl + urlPath, '--output=json', `--output-path=${out}`, '--quiet', `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless --no-sandbox --disable-gpu'],
    { env: { ...buildEnv(), CHROME_PATH: CHROME }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (c) => resolve(c));
  });
  clearTimeout(timer);
  const ms = performance.now() - t0;
  if (code !== 0 || !existsSync(out)) {
    const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : output.trim().split('\n').filter(Boolean).slice(-4).join(' | ') || `exit ${code}`;
    return { path: urlPath, ok: false, scores: {}, failedAudits: [], ms, error: why };
  }
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; displayValue?: string }>;
      runtimeError?: { message: string };
    };
    const scores: LighthouseRun['scores'] = {};
    const failedAudits: string[] = [];
    for (const c of CATEGORIES) {
      const s = report.categories[c]?.score;
      scores[c] = typeof s === 'number' ? Math.round(s * 100) : null;
      for (const ref of report.categories[c]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        // Performance audits are metrics (LCP, CLS, TBT…): name the value that cost points.
        if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) failedAudits.push(`${c}: ${ref.id}${c === 'performance' && audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
    const run: LighthouseRun = { path: urlPath, ok: !report.runtimeError, scores, failedAudits, ms };
    if (report.runtimeError) run.error = report.runtimeError.message;
    return run;
  } catch (error) {
    return { path: urlPath, ok: false, scores: {}, failedAudits: [], ms, error: `unreadable report: ${errorText(error)}` };
  } finally {
    removeDir(dir);
  }
}

export const LIGHTHOUSE_PAGES = ['/', '/reviews/neuropathic-pain/', '/compounds/', '/compounds/haloperidol/', '/compounds/affinities/', '/trials/timeline/', '/search/'] as const;
