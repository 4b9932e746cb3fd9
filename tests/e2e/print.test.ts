/**
 * Printing a review: Chromium produces a PDF, and under print media the page is a clean article
 * (no navigation, search, contents, buttons or "Cite this page"), black on white even in dark
 * mode, with its citation (the cite box's APA text), its revision, its bibliography, its permalink
 * and the addresses of external links spelled out.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useSiteAndBrowser } from '../helpers/site.ts';
import { ROOT } from '../helpers/fixtures.ts';

const REVIEW = '/reviews/neuropathic-pain/';

const env = useSiteAndBrowser();

async function printed(scheme: 'light' | 'dark'): Promise<Page> {
  const context = await env.browser.newContext({ colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(env.site.url + REVIEW, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return page;
}

const display = (page: Page, selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display);

test('on screen the printed citation is hidden (the cite box gives it)', async () => {
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(env.site.url + REVIEW, { waitUntil: 'load' });
  expect(await display(page, '.print-cite')).toBe('none');
  expect(await display(page, 'details.cite-page')).toBe('block');
  await page.context().close();
});

test('a reference page prints the citation of the work it records, as its cite box gives it', async () => {
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.site.url}/references/schmidt2016-nature/`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const apa = await page.$eval('#cite-apa', (el) => el.textContent);
  expect(apa).toBe('Schmidt, H. R., Zheng, S., Gurpinar, E., Koehl, A., Manglik, A., & Kruse, A. C. (2016). Crystal structure of the human σ1 receptor. Nature, 532(7600), 527–530. https://doi.org/10.1038/nature17391');
  expect(await page.$eval('article', (el) => (el as HTMLElement).innerText)).toContain(`Cite this work: ${apa}`);
  await page.context().close();
});

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

  test('the citation, the revision and the address are printed under the title', async () => {
    // The revision from git, not from the page: the last commit of the review's file.
    const revision = execFileSync('git', ['log', '-1', '--format=%H', '--', 'content/reviews/neuropathic-pain.mdx'], { cwd: ROOT, encoding: 'utf8' }).trim().slice(0, 10);
    const apa = await page.$eval('#cite-apa', (el) => el.textContent);
    expect(apa).toMatch(/^Sigma-1 Atlas contributors\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. Sigma-1 receptors in neuropathic pain\. Sigma-1 Atlas\. https:\/\/sigma1-atlas\.org\/reviews\/neuropathic-pain\/$/);
    // innerText follows the print styles: what is hidden on paper is not in it.
    const printed = await page.$eval('article', (el) => (el as HTMLElement).innerText);
    expect(printed).toContain(`Cite this page: ${apa}`);
    expect(printed).toContain(`revision ${revision}`);
    expect(printed).toContain(`Permalink: https://sigma1-atlas.org${REVIEW}.`);
    expect(await display(page, '.print-cite')).toBe('block');
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
