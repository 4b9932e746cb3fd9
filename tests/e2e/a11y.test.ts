/**
 * axe-core in Chromium, in light and dark colour schemes (in dark, the rules a colour scheme can
 * change): zero violations, on every structure of built page. Pages of one section that share a
 * structure (tests/helpers/page-structure.ts: the same kinds of element, classes, roles and
 * accessibility attributes, and the same heading outline) differ only in text, so of each such
 * group the first, the last and every SPREAD-th page are checked: about 300 of 1,400 pages, among
 * them every page whose structure no other page shares. The rules that depend on text (empty links
 * and headings, duplicate ids, alt text) are checked on every page by html-validate (gates.test.ts).
 * Then the pages a reader meets most on a phone again at 390 px, where the header, tables, filter
 * bars and target sizes (axe's target-size rule, WCAG 2.5.8) are laid out differently.
 *
 * Each page is loaded once and checked in both schemes: the dark scheme is pure CSS
 * (prefers-color-scheme in src/styles/global.css, no script and no transitions), so switching the
 * emulated scheme on a loaded page shows what a reader in dark mode sees. Pages are checked a few
 * at a time (PAGES_IN_FLIGHT), so that the browser lays out one while axe runs in another.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { sampleByStructure } from '../helpers/page-structure.ts';
import { builtPages, launchBrowser, resolveDistPath, serveDist } from '../helpers/site.ts';
import { axeViolations, pagePool, withAxe } from './a11y-helpers.ts';

const PAGES_IN_FLIGHT = 3;
/** Of pages sharing a section and a structure, every SPREAD-th (and the last) is checked. */
const SPREAD = 10;
const PAGES = sampleByStructure(builtPages().map((path) => ({ path, html: readFileSync(resolveDistPath(path)!, 'utf8') })), SPREAD);
const PHONE_PAGES = ['/', '/reviews/neuropathic-pain/', '/reviews/psychiatry/', '/compounds/', '/compounds/haloperidol/', '/compounds/affinities/', '/trials/', '/evidence/', '/references/', '/references/by-author/s/', '/search/?q=haloperidol'];

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let desktop: ReturnType<typeof pagePool>;
let phone: ReturnType<typeof pagePool>;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  // axe is injected as an inline script, which the site's CSP (rightly) blocks: bypass it here only.
  const wide = await browser.newContext({ bypassCSP: true });
  const narrow = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
  await Promise.all([withAxe(wide), withAxe(narrow)]);
  desktop = pagePool(await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, () => wide.newPage())));
  phone = pagePool(await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, () => narrow.newPage())));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The page's background colour, to show that switching the scheme switched the colours. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * Load `path` in the light scheme, run axe, switch to dark and run the colour rules again: the same
 * DOM and layout were checked in light, and the dark scheme changes only colours (see COLOUR_RULES).
 */
async function checkBothSchemes(page: Page, path: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(site.url + path, { waitUntil: 'load' });
  // A search page with a query renders its results after load; the review tables become cards after the article script runs.
  if (path.startsWith('/search/?q=')) await page.locator('.search-result-link').first().waitFor({ timeout: 15_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const light = { background: await background(page), violations: await axeViolations(page) };
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = { background: await background(page), violations: await axeViolations(page, { colourOnly: true }) };
  return { light, dark };
}

describe('axe, light and dark schemes', () => {
  test('the sample covers every section and the one-of-a-kind pages, and is under half the site', ({ expect }) => {
    const all = builtPages();
    const sections = (pages: string[]) => new Set(pages.map((p) => p.split('/')[1]));
    expect(sections(PAGES)).toEqual(sections(all));
    for (const p of ['/', '/search/', '/404.html', '/compounds/affinities/', '/evidence/map/']) expect(PAGES).toContain(p);
    expect(PAGES.length).toBeLessThan(all.length / 2);
  });

  test.concurrent.for(PAGES)('%s', async (path, { expect }) => {
    const { light, dark } = await desktop((page) => checkBothSchemes(page, path));
    expect(dark.background).not.toBe(light.background);
    expect({ light: light.violations, dark: dark.violations }).toEqual({ light: [], dark: [] });
  });
});

describe('axe at 390 px, light and dark schemes', () => {
  test.concurrent.for(PHONE_PAGES)('%s', async (path, { expect }) => {
    const { light, dark } = await phone((page) => checkBothSchemes(page, path));
    expect(dark.background).not.toBe(light.background);
    expect({ light: light.violations, dark: dark.violations }).toEqual({ light: [], dark: [] });
  });
});
