/**
 * Search cost in Chromium, on /search/?q=...:
 * - cold: a fresh browser context opens /search/?q=COLD; time from navigation start to the first
 *   result in the DOM, and every byte loaded for it (page, Pagefind Modular UI, WASM, index,
 *   fragments);
 * - warm: on the same page, the reader then types WARM; time from the keystrokes to results for
 *   WARM (this includes the Modular UI's input debounce), and the bytes fetched for it.
 * Result times are stamped inside the page by a MutationObserver, not by polling from outside.
 */
import type { Browser } from 'playwright-core';
import { recordResponses, sumBy, type LoadedResource } from './reader-weight.ts';

export interface SearchTiming {
  query: string;
  /** ms to the first result (cold: from navigation start; warm: from typing). */
  firstResultMs: number;
  /** Results shown (the search page shows the first few, then "Load more results"). */
  results: number;
  /** Results found, from the result summary ("N results for ..."). */
  found: number;
  /** gzip bytes of everything fetched for it. */
  bytes: number;
  /** ... of which Pagefind's files (/pagefind/). */
  pagefindBytes: number;
  requests: number;
}

export interface SearchRun {
  site: string;
  cold: SearchTiming;
  warm: SearchTiming;
  error?: string;
}

declare global {
  interface Window {
    __benchResults?: { t: number; message: string; count: number }[];
  }
}

/** Installed before any page script: stamps each change of the result list and summary (src/pages/search.astro). */
function observeResults() {
  window.__benchResults = [];
  const record = () => {
    const message = document.querySelector('#search-summary')?.textContent ?? '';
    // Rendered results only: a stand-in (.search-result-loading) waits for its data.
    const count = document.querySelectorAll('#search-results > .search-result').length;
    const last = window.__benchResults!.at(-1);
    if (!last || last.message !== message || last.count !== count) window.__benchResults!.push({ t: performance.now(), message, count });
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
}

export const foundIn = (message: string) => Number(/([\d,]+) results?/.exec(message)?.[1]?.replace(/,/g, '') ?? Number.NaN);

const summarize = (query: string, hit: { t: number; count: number; message: string }, since: number, resources: readonly LoadedResource[]): SearchTiming => ({
  query,
  firstResultMs: hit.t - since,
  results: hit.count,
  found: foundIn(hit.message),
  bytes: sumBy(resources),
  pagefindBytes: sumBy(resources.filter((r) => r.url.includes('/pagefind/'))),
  requests: resources.length,
});

export async function measureSearch(browser: Browser, site: string, baseUrl: string, cold: string, warm: string): Promise<SearchRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(observeResults);
  try {
    const page = await context.newPage();
    const rec = recordResponses(page);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(cold)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window.__benchResults ?? []).some((e) => e.count > 0), undefined, { timeout: 60_000 });
    const coldHit = await page.evaluate(() => window.__benchResults!.find((e) => e.count > 0)!);
    await page.waitForLoadState('networkidle');
    await rec.settle();
    const coldResources = [...rec.resources];

    const typedAt = await page.evaluate(() => performance.now());
    await page.locator('#search-input').fill(warm);
    await page.waitForFunction((q) => (window.__benchResults ?? []).some((e) => e.count > 0 && e.message.includes(q)), warm, { timeout: 60_000 });
    const warmHit = await page.evaluate((q) => window.__benchResults!.find((e) => e.count > 0 && e.message.includes(q))!, warm);
    await page.waitForLoadState('networkidle');
    await rec.settle();
    // Every cold response had settled before typing, so what came after is the warm query's.
    const warmResources = rec.resources.slice(coldResources.length);
    return {
      site,
      cold: summarize(cold, coldHit, 0, coldResources),
      warm: summarize(warm, warmHit, typedAt, warmResources),
    };
  } finally {
    await context.close();
  }
}
