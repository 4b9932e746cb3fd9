/**
 * The unit suite is two vitest projects (vitest.config.ts): `unit`, pure tests in milliseconds with
 * vitest's default timeout, and `heavy`, the files that start processes, load RDKit or build the
 * citation engines, with timeouts that hold while a build shares the machine. A new test file that
 * starts a process or loads RDKit must be listed as heavy, or it would time out on a busy machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import config, { HEAVY_UNIT_TESTS } from '../../vitest.config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const unitFiles = readdirSync(path.join(ROOT, 'tests/unit'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/unit/${f}`)
  .sort();

/** Why a test file is heavy, from its imports: it starts processes or loads RDKit's WASM. */
export function heavyBecause(text: string): string | undefined {
  // Import statements only (at the start of a line), not strings that mention a module.
  const imports = (re: string) => new RegExp(`^import [^;]*from '${re}';`, 'm').test(text);
  if (imports('node:child_process')) return 'starts processes (node:child_process)';
  if (imports('[./]*/helpers/cli\\.ts')) return 'runs the command-line scripts (tests/helpers/cli.ts)';
  if (imports('[./]*/src/lib/(structure|integrity)\\.ts')) return 'loads RDKit (src/lib/structure.ts, also through the integrity check)';
  return undefined;
}

interface Project {
  test: { name: string; include?: string[]; exclude?: string[]; testTimeout?: number; hookTimeout?: number };
}
const projects = (config as { test: { projects: Project[] } }).test.projects;
const project = (name: string) => projects.find((p) => p.test.name === name)!;

describe('vitest projects', () => {
  test('the import rule sees processes and RDKit, and nothing else', () => {
    expect(heavyBecause("import { spawnSync } from 'node:child_process';")).toBe('starts processes (node:child_process)');
    expect(heavyBecause("import { runScript } from '../helpers/cli.ts';")).toBe('runs the command-line scripts (tests/helpers/cli.ts)');
    expect(heavyBecause("import { checkContent } from '../../src/lib/integrity.ts';")).toBe('loads RDKit (src/lib/structure.ts, also through the integrity check)');
    expect(heavyBecause("import { parseCitations } from '../../src/lib/citations/parse.ts';")).toBeUndefined();
    expect(heavyBecause("const s = \"import { x } from 'node:child_process';\"")).toBeUndefined();
  });

  test('every file that starts a process or loads RDKit is in the heavy project', () => {
    const missing = unitFiles
      .map((f) => ({ f, why: heavyBecause(readFileSync(path.join(ROOT, f), 'utf8')) }))
      .filter(({ f, why }) => why && !HEAVY_UNIT_TESTS.includes(f))
      .map(({ f, why }) => `${f} ${why}: add it to HEAVY_UNIT_TESTS in vitest.config.ts`);
    expect(missing).toEqual([]);
  });

  test('every heavy file exists, and the two projects split tests/unit between them', () => {
    expect(HEAVY_UNIT_TESTS.filter((f) => !existsSync(path.join(ROOT, f)))).toEqual([]);
    expect(project('unit').test).toMatchObject({ include: ['tests/unit/**/*.test.ts'], exclude: HEAVY_UNIT_TESTS });
    expect(project('heavy').test).toMatchObject({ include: HEAVY_UNIT_TESTS, testTimeout: 60_000, hookTimeout: 60_000 });
    // The fast project keeps vitest's default timeout (5 s): a slow pure test should fail, not hide.
    expect(project('unit').test.testTimeout).toBeUndefined();
    expect(projects.map((p) => p.test.name)).toEqual(['unit', 'heavy']);
  });
});
