/**
 * The site under its own security headers (dist/_headers, served by the test server as a host
 * would): zero CSP violations on every page type, including while search, previews, copy buttons
 * and table sorting run; and every link that leaves the site has rel="noopener".
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtPages, launchBrowser, resolveDistPath, serveDist } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  const context = await browser.newContext();
  page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function cspViolations(): Promise<string[]> {
  return [...violations.splice(0), ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test('the headers are served: CSP without inline scripts, nosniff, referrer and permissions policies', async () => {
  const response = await page.goto(site.url + '/reviews/neuropathic-pain/');
  const h = response!.headers();
  expect(h['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('geolocation=()');
});

test.each(['/', '/reviews/neuropathic-pain/', '/compounds/e-52862/', '/trials/pridopidine-proof-hd/', '/compounds/', '/references/', '/evidence/', '/glossary/', '/about/', '/references/schmidt2016-nature/', '/conditions/sigmar1/', '/methods/spared-nerve-injury/', '/findings/pre-084-sod1-g93a-survival/', '/404.html'])(
  'no CSP violation on %s',
  async (path) => {
    await page.goto(site.url + path, { waitUntil: 'load' });
    expect(await cspViolations()).toEqual([]);
  },
);

test('no CSP violation while search, previews and sorting run', async () => {
  await page.goto(site.url + '/search/?q=sigma&f.type=Compound');
  await page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
  // A facet click re-renders the facets and results; "Load more" reveals the next page.
  await page.locator('#search-filters input[name="type"][value="Compound"]').uncheck();
  await page.waitForFunction(() => !location.search.includes('f.type='));
  await page.getByRole('button', { name: 'Load more results' }).click();
  const tenth = page.locator('#search-results > li:visible').nth(9);
  await tenth.scrollIntoViewIfNeeded();
  await tenth.locator('.search-result-link').waitFor({ timeout: 15_000 });
  await page.goto(site.url + '/reviews/sigma-1-receptor/');
  await page.keyboard.press('/');
  await page.locator('#quick-search-input').fill('MR309');
  await page.locator('#quick-search-results .search-result-link').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  await page.locator('.prose a.cite').first().hover();
  await page.goto(site.url + '/compounds/?sort=affinity&dir=desc');
  await page.goto(site.url + '/compounds/cutamesine/?highlight=cutamesine');
  await page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
  expect(await cspViolations()).toEqual([]);
});

test('every external link has rel="noopener"', () => {
  const missing: string[] = [];
  for (const p of builtPages()) {
    const html = readFileSync(resolveDistPath(p)!, 'utf8');
    for (const m of html.matchAll(/<a\s[^>]*href="https?:\/\/(?!sigma1-atlas\.org\/)[^"]*"[^>]*>/g)) if (!/\brel="[^"]*noopener/.test(m[0])) missing.push(`${p}: ${m[0].slice(0, 100)}`);
  }
  expect(missing).toEqual([]);
});

test('no page has inline styles (the CSP allows style-src \'self\' only)', () => {
  const inline: string[] = [];
  for (const p of builtPages()) {
    const html = readFileSync(resolveDistPath(p)!, 'utf8');
    for (const m of html.matchAll(/<style[\s>]|<[a-z][^>]*\sstyle=["'][^>]*>/gi)) inline.push(`${p}: ${m[0].slice(0, 100)}`);
  }
  expect(builtPages().length).toBeGreaterThan(100);
  expect(inline).toEqual([]);
});
