/**
 * The search index step leaves out of each page what Pagefind skips whole (data-pagefind-ignore="all":
 * navigation, bibliography, "Cite this page"), most of a page's bytes. Pagefind must build the
 * same index either way: here the real site is indexed again from whole pages and every file of
 * the result is compared with the index the build wrote to dist/pagefind/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { indexSite } from '../../scripts/lib/pagefind-index.ts';
import { readIndexedPage } from '../../src/lib/search-index.ts';
import { digestTree } from '../helpers/digest.ts';
import { DIST } from '../helpers/site.ts';

const out = mkdtempSync(path.join(tmpdir(), 'atlas-whole-pages-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));


test('pages sent without the parts Pagefind skips give the same index as whole pages', async () => {
  // The comparison means something only if pages do have such parts: a review has its bibliography.
  const review = readIndexedPage(readFileSync(path.join(DIST, 'reviews/sigma-1-receptor/index.html'), 'utf8'));
  const skippedBytes = review!.skipped.reduce((sum, [start, end]) => sum + end - start, 0);
  expect(skippedBytes).toBeGreaterThan(5_000);

  const whole = await indexSite(DIST, { outputPath: out, wholePages: true });
  expect(whole.indexed).toBeGreaterThan(1_000);
  const built = digestTree(path.join(DIST, 'pagefind'));
  const fromWhole = digestTree(out);
  expect([...fromWhole.keys()].sort()).toEqual([...built.keys()].sort());
  const differing = [...fromWhole].filter(([file, hash]) => built.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
}, 180_000);
