/**
 * axe-core in Chromium on every built page, in light and dark colour schemes (in dark, the rules a
 * colour scheme can change): zero violations.
 * Then the pages a reader meets most on a phone again at 390 px, where the header, tables, filter
 * bars and target sizes (axe's target-size rule, WCAG 2.5.8) are laid out differently.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, launchBrowser, serveDist } from '../helpers/site.ts';
import { axeViolations, withAxe } from './a11y-helpers.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
const pages: Record<'light' | 'dark', Page | undefined> = { light: undefined, dark: undefined };
const phones: Record<'light' | 'dark', Page | undefined> = { light: undefined, dark: undefined };
const PHONE_PAGES = ['/', '/reviews/neuropathic-pain/', '/reviews/psychiatry/', '/compounds/', '/compounds/haloperidol/', '/compounds/affinities/', '/trials/', '/evidence/', '/references/', '/search/?q=haloperidol'];

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  for (const scheme of ['light', 'dark'] as const) {
    // axe is injected as an inline script, which the site's CSP (rightly) blocks: bypass it here only.
    const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
    const phone = await browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width: 390, height: 844 } });
    await Promise.all([withAxe(context), withAxe(phone)]);
    pages[scheme] = await context.newPage();
    phones[scheme] = await phone.newPage();
  }
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// Every rule in the light scheme; in the dark scheme the colour rules (the only ones a colour
// scheme can change; see COLOUR_RULES). Phones below get every rule in both schemes.
describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  test.each(builtPages())('%s', async (path) => {
    const page = pages[scheme]!;
    await page.goto(site.url + path, { waitUntil: 'load' });
    expect(await axeViolations(page, { colourOnly: scheme === 'dark' })).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('axe at 390 px, %s scheme', (scheme) => {
  test.each(PHONE_PAGES)('%s', async (path) => {
    const page = phones[scheme]!;
    await page.goto(site.url + path, { waitUntil: 'load' });
    // The search page renders its results after load; the review tables become cards after the article script runs.
    if (path.startsWith('/search/')) await page.locator('.search-result-link').first().waitFor({ timeout: 15_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await axeViolations(page)).toEqual([]);
  });
});
