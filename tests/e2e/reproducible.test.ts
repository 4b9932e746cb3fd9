/**
 * Reproducible output: two builds of the same commit are byte-identical, every file of dist/
 * included (nothing excluded). Run on a small fixture project with its own git history (fixed
 * dates) so it stays fast; the pipeline is the same one the site uses.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { digestTree } from '../helpers/digest.ts';
import { buildProject, fixtureProject, removeFixtures } from '../helpers/fixtures.ts';

afterAll(removeFixtures);

test('two builds of one commit produce identical dist/', () => {
  const root = fixtureProject();
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z' },
    });
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'fixture content');
  const first = buildProject(root);
  expect(first.status, first.output).toBe(0);
  const a = path.join(root, 'dist-a');
  cpSync(path.join(root, 'dist'), a, { recursive: true });
  rmSync(path.join(root, 'dist'), { recursive: true });
  const second = buildProject(root);
  expect(second.status, second.output).toBe(0);
  const one = digestTree(a);
  const two = digestTree(path.join(root, 'dist'));
  expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
  const differing = [...one].filter(([f, h]) => two.get(f) !== h).map(([f]) => f);
  expect(differing).toEqual([]);
  // The build date comes from the commit, so the "cited" date in a page's citation is the commit's
  // (the .bib and .ris files carry no access date: a reference manager adds its own on import).
  expect(readFileSync(path.join(a, 'compounds/e-52862/index.html'), 'utf8')).toContain('[cited 2026 Jan 2]');
});
