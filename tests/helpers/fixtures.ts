/** Broken-content fixtures: each is the valid tree with one file replaced or added. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const brokenCases = () => readdirSync(path.join(FIXTURES, 'broken')).sort();

/** Temporary roots made by materialize and fixtureProject in this test file, not yet removed. */
const made: string[] = [];

/** Remove the temporary roots made so far (test files call it from afterEach or afterAll). */
export function removeFixtures(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** A temporary project root holding the valid content overlaid with one broken case. */
export function materialize(brokenCase?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-fixture-'));
  made.push(root);
  cpSync(path.join(FIXTURES, 'valid', 'content'), path.join(root, 'content'), { recursive: true });
  if (brokenCase) cpSync(path.join(FIXTURES, 'broken', brokenCase, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of the project whose content/ is a fixture, for tests that run a real build.
 * node_modules is linked, not copied.
 */
export function fixtureProject(brokenCase?: string): string {
  const root = materialize(brokenCase);
  for (const f of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path.join(ROOT, f), path.join(root, f), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

/** Build a fixture project as `npm run build` does (scripts/build.ts: Astro, then the search index); never throws, returns exit status and output. */
export function buildProject(root: string, env: Record<string, string> = {}): { status: number; output: string } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    // CI is cleared: a fixture's permalinks.lock is its own, written by its first build.
    env: { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env['PATH']}`, ASTRO_TELEMETRY_DISABLED: '1', CI: '', ...env },
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
