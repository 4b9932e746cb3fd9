/** axe-core in Chromium on every built page, in light and dark colour schemes: zero violations. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, launchBrowser, serveDist } from '../helpers/site.ts';
import { axeViolations } from './a11y-helpers.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
const pages: Record<'light' | 'dark', Page | undefined> = { light: undefined, dark: undefined };

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  for (const scheme of ['light', 'dark'] as const) {
    // axe is injected as an inline script, which the site's CSP (rightly) blocks: bypass it here only.
    const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
    pages[scheme] = await context.newPage();
  }
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  test.each(builtPages())('%s', async (path) => {
    const page = pages[scheme]!;
    await page.goto(site.url + path, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
