import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent, readPageRoutes } from '../../src/lib/content-files.ts';
import { routesFromPageFiles } from '../../src/lib/routes.ts';
import { checkAllContent, checkInternalLink, fieldLine, maskCode } from '../../src/lib/integrity.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { brokenCases, FIXTURES, materialize, removeFixtures } from '../helpers/fixtures.ts';

afterAll(removeFixtures);

const report = async (root: string) => formatProblems((await checkAllContent(readContent(root))).problems).replaceAll(`${root}/`, '');

describe('content integrity', () => {
  test('the valid fixture has no problems', async () => {
    expect(await report(materialize())).toBe('');
  });

  test('the real content has no problems', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    expect(await report(root)).toBe('');
  });

  // One defect per fixture; the exact message is pinned in expected.txt (reviewed like an API).
  test.each(brokenCases())('broken fixture %s gives its exact message', async (name) => {
    const expected = readFileSync(path.join(FIXTURES, 'broken', name, 'expected.txt'), 'utf8').trimEnd();
    expect(await report(materialize(name))).toBe(expected);
  });

  test('every broken fixture names a file and a rule', async () => {
    for (const name of brokenCases()) {
      const text = await report(materialize(name));
      expect(text, name).toMatch(/^content\/\S+/);
      expect(text, name).toMatch(/\[[a-z-]+\]/);
    }
  });
});

describe('fieldLine', () => {
  const yaml = 'title: X\nregistry:\n  nct: [A]\n  eudract: []\nresult:\n  outcome: met\n';
  test.each([
    [['title'], 1],
    [['registry', 'eudract'], 4],
    [['result', 'outcome'], 6],
    [['registry', 'nct', 0], 3],
    [['missing'], undefined],
  ] as const)('%j is on line %s', (p, line) => {
    expect(fieldLine(yaml, p)).toBe(line);
  });
});

test('maskCode hides citations in code but keeps offsets', () => {
  const body = 'a `[@x]` b\n```\n[@y]\n```\n[@z]';
  const masked = maskCode(body);
  expect(masked).toHaveLength(body.length);
  expect(masked).not.toContain('@x');
  expect(masked).not.toContain('@y');
  expect(masked).toContain('[@z]');
});

describe('fixed pages come from the route files', () => {
  test('routesFromPageFiles: index files, nested pages and endpoints; dynamic routes and 404 left out', () => {
    expect(routesFromPageFiles(['index.astro', 'about.astro', '404.astro', '[...alias].astro', 'compounds/index.astro', 'compounds/[slug].astro', 'compounds/affinities.astro', 'data/[file].ts', 'evidence/map.astro', 'robots.txt.ts', 'rss.xml.ts'])).toEqual([
      '/',
      '/about/',
      '/compounds/',
      '/compounds/affinities/',
      '/evidence/map/',
      '/robots.txt',
      '/rss.xml',
    ]);
  });

  test("the project's pages are linkable from content the day they exist; others are not", () => {
    const routes = readPageRoutes();
    const ids = new Map();
    for (const href of ['/compounds/affinities/', '/evidence/map/', '/data/', '/changes/', '/trials/timeline/', '/glossary/']) expect(checkInternalLink(href, ids, new Set(), routes), href).toBeUndefined();
    expect(checkInternalLink('/compounds/chart-v2/', new Map([['compounds', new Set()]]), new Set(), routes)).toMatch(/no compounds entry/);
    expect(checkInternalLink('/nowhere/', ids, new Set(), routes)).toMatch(/no such section|not a page/);
  });
});
