/**
 * Budgets (tests/budgets.ts) on the built site: review HTML size, first-visit weight, which scripts
 * load before interaction, and what a cold search transfers (measured in Chromium).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../budgets.ts';
import { builtPages, DIST, resolveDistPath, useSiteAndBrowser } from '../helpers/site.ts';

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;
const read = (urlPath: string) => readFileSync(resolveDistPath(urlPath)!);

/** The files a page loads before interaction: stylesheets, module scripts and their static imports, icons. */
export function firstVisitFiles(page: string): string[] {
  const html = read(page).toString('utf8');
  const files = new Set<string>();
  const add = (p: string) => {
    if (files.has(p) || !resolveDistPath(p)) return;
    files.add(p);
    if (p.endsWith('.js')) {
      const js = read(p).toString('utf8');
      for (const m of js.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) add(path.posix.join(path.posix.dirname(p), m[1]!));
    }
  };
  for (const m of html.matchAll(/<link[^>]+rel="(?:stylesheet|icon|modulepreload)"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="(?:stylesheet|icon|modulepreload)"/g)) add((m[1] ?? m[2])!);
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"|<script[^>]+src="([^"]+)"[^>]*type="module"/g)) add((m[1] ?? m[2])!);
  return [...files];
}

const pages = builtPages();

describe('review HTML fits the first round trip', () => {
  test.each(pages.filter((p) => /^\/reviews\/[^/]+\/$/.test(p)))('%s', (page) => {
    expect(gz(read(page))).toBeLessThanOrEqual(BUDGETS.reviewHtmlGzip);
  });
});

describe('first visit and scripts before interaction', () => {
  test.each(pages)('%s', (page) => {
    const files = firstVisitFiles(page);
    const total = gz(read(page)) + files.reduce((s, f) => s + gz(read(f)), 0);
    expect(total).toBeLessThanOrEqual(BUDGETS.wholeCollectionPages[page] ?? BUDGETS.firstVisitGzip);
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const rule = BUDGETS.scripts.find((s) => s.file.test(path.posix.basename(f)));
      expect(rule, `${f} is not a named script in tests/budgets.ts`).toBeDefined();
      expect(gz(read(f)), `${rule!.name}`).toBeLessThanOrEqual(rule!.maxGzip);
    }
    // No page loads search code before interaction (except the search page itself).
    if (page !== '/search/') expect(files.filter((f) => f.startsWith('/pagefind/'))).toEqual([]);
  });
});

describe('a cold search', () => {
  const env = useSiteAndBrowser();

  /** Pagefind's page metadata file: budgeted per indexed page (BUDGETS.searchMetaGzipPerPage), apart from the rest. */
  const isMeta = (p: string) => /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(p);

  /** gzip bytes of what was fetched (files of dist/ only), logged with the request count; the page metadata apart. */
  const measure = (label: string, fetched: string[]) => {
    const size = (list: string[]) => list.filter((p) => existsSync(path.join(DIST, p))).reduce((s, p) => s + gz(read(p)), 0);
    const bytes = size(fetched.filter((p) => !isMeta(p)));
    const meta = size(fetched.filter(isMeta));
    console.log(`cold search (${label}): ${fetched.length} requests, ${bytes} bytes gzipped and ${meta} of page metadata`);
    if (process.env['DEBUG_SEARCH']) for (const p of fetched) console.log(p, existsSync(path.join(DIST, p)) ? gz(read(p)) : '-');
    return { bytes, meta };
  };

  /** Pages in the search index, as Pagefind's entry file counts them. */
  const indexedPages = () => (JSON.parse(read('/pagefind/pagefind-entry.json').toString()) as { languages: Record<string, { page_count: number }> }).languages['en']!.page_count;

  test('the page metadata every search loads grows by at most its budget per indexed page', () => {
    const metaFiles = readdirSync(path.join(DIST, 'pagefind')).filter((f) => isMeta(`/pagefind/${f}`));
    expect(metaFiles).toHaveLength(1);
    const pages = indexedPages();
    expect(pages).toBeGreaterThan(500);
    expect(gz(read(`/pagefind/${metaFiles[0]}`))).toBeLessThanOrEqual(BUDGETS.searchMetaGzipPerPage * pages);
  });

  test('from the search dialog: transfers at most the budget, gzipped', async () => {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(env.site.url + '/reviews/neuropathic-pain/');
    const fetched: string[] = [];
    page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
    await page.keyboard.press('/');
    await page.locator('#quick-search-input').fill('sigma-1 antagonist');
    await page.locator('#quick-search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const { bytes, meta } = measure('dialog', fetched);
    expect(fetched.some((p) => p.endsWith('.pagefind'))).toBe(true);
    expect(meta).toBeGreaterThan(0);
    // The dialog has no facets: no filter data (adaptEngine in src/scripts/quick-search.ts).
    expect(fetched.filter((p) => p.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(fetched.some((p) => p.includes('pagefind-ui.'))).toBe(false);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.coldSearchGzip);
  });

  test('from /search/?q=: the page and everything its first results need, at most the search page budget, gzipped', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(env.site.url + '/search/?q=sigma-1%20antagonist');
    await page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    // What every page loads (the site's stylesheet and script, the icon) is not search: a reader
    // coming from another page has it cached. The search page itself and its scripts count.
    const shell = new Set(firstVisitFiles('/about/'));
    measure('/search/ page, with the site stylesheet and script', fetched);
    const { bytes, meta } = measure('/search/ page', fetched.filter((p) => !shell.has(p)));
    expect(meta).toBeGreaterThan(0);
    expect(fetched).toContain('/search/');
    expect(fetched.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    expect(fetched.some((p) => p.includes('pagefind-ui.'))).toBe(false);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.searchPageGzip);
  });
});
