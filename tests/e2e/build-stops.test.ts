/**
 * The build itself on fixture projects: bad content stops it with the integrity report (nothing is
 * published), and permalinks survive renames only through aliases.
 */
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildProject, FIXTURES, fixtureProject, removeFixtures } from '../helpers/fixtures.ts';

afterAll(removeFixtures);

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('bad content stops the build', () => {
  test.each(['invalid-nct', 'dangling-reference', 'unknown-citation'])('%s', (name) => {
    const root = fixtureProject(name);
    const { status, output } = buildProject(root);
    expect(status).not.toBe(0);
    const expected = readFileSync(new URL(`../fixtures/broken/${name}/expected.txt`, import.meta.url), 'utf8').trim();
    expect(strip(output)).toContain('Content integrity check failed. Nothing was built.');
    expect(strip(output)).toContain(expected.split('\n')[1]!.trim());
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(false);
  });
});

describe('permalinks', () => {
  test('renaming with an alias keeps the old URL; without one the build fails', () => {
    const root = fixtureProject();
    const first = buildProject(root);
    expect(first.status, first.output).toBe(0);
    const lock = readFileSync(path.join(root, 'permalinks.lock'), 'utf8');
    expect(lock).toContain('/compounds/e-52862/\n');

    // Rename e-52862 -> s1ra, keeping the old slug as an alias: the old URL redirects.
    const oldFile = path.join(root, 'content/compounds/e-52862.mdx');
    const text = readFileSync(oldFile, 'utf8');
    renameSync(oldFile, path.join(root, 'content/compounds/s1ra.mdx'));
    writeFileSync(path.join(root, 'content/compounds/s1ra.mdx'), text.replace('synonyms: [S1RA, MR309]', 'synonyms: [S1RA, MR309]\naliases: [e-52862]'));
    for (const f of ['content/trials/e-52862-phase-1.mdx', 'content/findings/e-52862-sni-mechanical-allodynia.yaml', 'content/reviews/sigma-1-receptor.mdx', 'content/regulatory/e-52862-ema-2014-application-submitted.yaml']) {
      const p = path.join(root, f);
      writeFileSync(p, readFileSync(p, 'utf8').replaceAll('e-52862]', 's1ra]').replace('compound: e-52862', 'compound: s1ra').replace('product: e-52862', 'product: s1ra').replace('/compounds/e-52862/', '/compounds/s1ra/'));
    }
    const renamed = buildProject(root);
    expect(renamed.status, renamed.output).toBe(0);
    const redirect = readFileSync(path.join(root, 'dist/compounds/e-52862/index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/compounds/s1ra/">');
    expect(readFileSync(path.join(root, 'dist/_redirects'), 'utf8')).toBe('/compounds/chart/ /compounds/affinities/ 301\n/compounds/e-52862/ /compounds/s1ra/ 301\n');

    // Dropping the alias would kill a published URL: the build fails and names it.
    const p = path.join(root, 'content/compounds/s1ra.mdx');
    writeFileSync(p, readFileSync(p, 'utf8').replace('aliases: [e-52862]\n', ''));
    const dropped = buildProject(root);
    expect(dropped.status).not.toBe(0);
    expect(strip(dropped.output)).toContain('1 published URL would disappear:\n  /compounds/e-52862/');
  });
});

describe('drafts', () => {
  test('a file starting with "_" is neither checked nor built, even when broken', () => {
    const root = fixtureProject();
    cpSync(path.join(FIXTURES, 'drafts', 'content'), path.join(root, 'content'), { recursive: true });
    const { status, output } = buildProject(root);
    expect(status, output).toBe(0);
    expect(existsSync(path.join(root, 'dist', 'reviews', '_draft'))).toBe(false);
    expect(existsSync(path.join(root, 'dist', 'reviews', 'draft'))).toBe(false);
    expect(readFileSync(path.join(root, 'permalinks.lock'), 'utf8')).not.toContain('draft');
  });
});
