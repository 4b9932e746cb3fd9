/**
 * Printing a review: Chromium produces a PDF, and under print media the page is a clean article
 * (no navigation, search, contents, buttons or "Cite this page"), black on white even in dark
 * mode, with its bibliography, its permalink and the addresses of external links spelled out.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, serveDist } from '../helpers/site.ts';

const REVIEW = '/reviews/neuropathic-pain/';
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function printed(scheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(site.url + REVIEW, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return page;
}

const display = (page: Page, selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display);

test('the review prints to a PDF', async () => {
  const page = await printed('light');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  await page.context().close();
});

describe.each(['light', 'dark'] as const)('print media, %s scheme', (scheme) => {
  let page: Page;
  beforeAll(async () => {
    page = await printed(scheme);
  });
  afterAll(async () => {
    await page.context().close();
  });

  test.each(['.site-header', '.site-nav', '.search-form', '.breadcrumb', '.toc', 'details.cite-page', 'details.history', '.copy-button'])('%s is hidden', async (selector) => {
    expect(await display(page, selector)).toBe('none');
  });

  test('the article and its bibliography are shown, entries kept whole', async () => {
    expect(await display(page, 'article')).not.toBe('none');
    expect(await display(page, '.bibliography')).not.toBe('none');
    expect(await page.$$eval('.bibliography li', (lis) => lis.filter((li) => li.getBoundingClientRect().height > 0).length)).toBeGreaterThan(10);
    expect(await page.$eval('.bibliography li', (el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });

  test('the permalink is shown', async () => {
    expect(await page.$eval('a.permalink', (el) => [getComputedStyle(el.parentElement!).display, el.textContent])).toEqual(['inline', `https://sigma1-atlas.org${REVIEW}`]);
  });

  test('black on white', async () => {
    const [fg, bg] = await page.$eval('body', (el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(fg).toBe('rgb(0, 0, 0)');
    expect(bg).toBe('rgb(255, 255, 255)');
    expect(await page.$eval('.prose p', (el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
  });

  test('external links show their address; citation and identifier links do not', async () => {
    const after = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el, '::after').content);
    expect(await after('.site-footer a[rel~="license"]')).toBe('" (https://creativecommons.org/licenses/by/4.0/)"');
    expect(await after('a.cite')).toBe('none');
    expect(await after('a.permalink')).toBe('none');
    expect(await after('.bib-ids a[href^="https://doi.org/"]')).toBe('none');
  });
});
