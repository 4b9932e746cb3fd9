/** Running the command-line scripts against a temporary project root, as a user would. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** The project's pinned Node (it strips TypeScript types natively). */
export const NODE = path.join(REPO, 'node_modules', '.bin', 'node');

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run scripts/<script> with ATLAS_ROOT=root and the project's Node; stdout, stderr and exit status. */
export function runScript(script: string, args: readonly string[], root: string): RunResult {
  // spawnSync rather than execFileSync: a successful run's stderr (duplicate warnings) matters too.
  const run = spawnSync(NODE, [path.join(REPO, 'scripts', script), ...args], {
    cwd: root,
    env: { ...process.env, ATLAS_ROOT: root },
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under dir (hidden ones too) with its content: compare two of these to prove nothing changed. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = path.join(sub, name);
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out[rel] = readFileSync(path.join(dir, rel), 'utf8');
    }
  };
  walk('');
  return out;
}
