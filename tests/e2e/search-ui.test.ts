/**
 * Search results a reader can judge, in Chromium on the built site: each result's kind and date,
 * excerpts without hidden metadata or run-together table headers, Enter in the dialog, the order
 * (best match or recently updated) kept in the URL, and "no results" for words on no page, on
 * /search/ and in the dialog.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { ABSENT } from '../helpers/search-queries.ts';
import { useSiteAndBrowser } from '../helpers/site.ts';

let context: BrowserContext;
let page: Page;
const errors: string[] = [];

const env = useSiteAndBrowser();
beforeEach(async () => {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors.length = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
});
afterAll(async () => {
  await context?.close();
});

const DATE = /Updated \d{1,2} [A-Z][a-z]{2,3} \d{4}$/;

describe('results a reader can judge', () => {
  test('each result shows its kind and when it was updated; excerpts hold page text only', async () => {
    await page.goto(env.site.url + '/search/?q=haloperidol%20Ki%20species');
    const results = page.locator('#search-results > .search-result:visible');
    await results.first().waitFor({ timeout: 15_000 });
    const shown = await results.evaluateAll((items) =>
      items.map((li) => ({
        kind: li.querySelector('.search-result-link .tag')?.textContent ?? '',
        line: li.querySelector('.meta-line')?.textContent ?? '',
        date: (li.querySelector('.meta-line') as HTMLElement | null)?.dataset['date'] ?? '',
        text: [...li.querySelectorAll('.search-result-excerpt')].map((p) => p.textContent).join(' '),
      })),
    );
    expect(shown.length).toBe(5);
    for (const r of shown) {
      expect(['Review', 'Compound', 'Trial', 'Method', 'Finding', 'Condition', 'Gene', 'Reference', 'Glossary', 'About']).toContain(r.kind);
      expect(r.line).toMatch(DATE);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}/);
      // No run-together table header, no hidden list of other names.
      expect(r.text).not.toMatch(/TargetMeasure|MeasureValue|ValueSpecies|SpeciesSystem/);
      expect(r.text).not.toContain(' · ');
    }
    const haloperidol = shown.find((r) => r.kind === 'Compound')!;
    expect(haloperidol.line).toMatch(/^Antagonist/);
    expect(errors).toEqual([]);
  });

  test('Enter in the search dialog opens the full result list for the query', async () => {
    await page.goto(env.site.url + '/reviews/sigma-1-receptor/');
    await page.keyboard.press('/');
    const input = page.locator('#quick-search-input');
    await input.fill('σ1R chaperone BiP');
    await page.locator('#quick-search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#quick-search-results .search-result-link').first().getAttribute('href')).toMatch(/^\/reviews\/sigma-1-receptor\//);
    await input.press('Enter');
    await page.waitForURL('**/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('σ1R chaperone BiP');
    await page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-input').inputValue()).toBe('σ1R chaperone BiP');
  });

  test('order by date: newest first, kept in the URL and restored from it', async () => {
    const dates = async () => {
      await page.locator('#search-results .search-result .meta-line').first().waitFor({ timeout: 15_000 });
      return page.locator('#search-results > .search-result:visible .meta-line').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).dataset['date']!));
    };
    await page.goto(env.site.url + '/search/?q=pridopidine');
    const byRelevance = await dates();
    expect(await page.locator('#search-sort').inputValue()).toBe('relevance');
    await page.locator('#search-sort').selectOption('date');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'date');
    const byDate = await page.waitForFunction(() => {
      const now = [...document.querySelectorAll<HTMLElement>('#search-results > .search-result:not([hidden]) .meta-line')].map((p) => p.dataset['date']!);
      return now.length === 5 && now.join() === [...now].sort().reverse().join() && now;
    }).then((h) => h.jsonValue() as Promise<string[]>);
    // The newest of all results comes first: at least as new as any of the best matches.
    expect(byDate[0]! >= byRelevance.reduce((a, b) => (a > b ? a : b))).toBe(true);
    expect(byDate).toEqual([...byDate].sort().reverse());
    expect(new URL(page.url()).searchParams.get('q')).toBe('pridopidine');
    // Shared or reloaded, the URL gives the same order.
    await page.goto(env.site.url + '/search/?q=pridopidine&sort=date');
    expect(await page.locator('#search-sort').inputValue()).toBe('date');
    const reloaded = await dates();
    expect(reloaded).toEqual([...reloaded].sort().reverse());
    expect(reloaded[0]! >= byRelevance.reduce((a, b) => (a > b ? a : b))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('words on no page give no results', () => {
  test.each(ABSENT)('%s: on /search/ and in the dialog', async (query) => {
    await page.goto(`${env.site.url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-summary').getByText(/^No page contains “/).waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-results .search-result-link:visible').count()).toBe(0);
    await page.keyboard.press('/');
    await page.locator('#quick-search-input').fill(query);
    await page.locator('#quick-search-summary').getByText(/^No page contains “/).waitFor({ timeout: 15_000 });
    expect(await page.locator('#quick-search-results .search-result-link:visible').count()).toBe(0);
  });
});

describe('results arrive without moving the page', () => {
  // Lighthouse counts layout shift in its performance score: results that arrive as placeholders,
  // then grow, or a footer pushed up into view and back, cost the search page its score.
  for (const width of [412, 1280]) {
    test(`/search/?q= at ${width} px: no layout shift while results load`, async () => {
      const narrow = await env.browser.newContext({ viewport: { width, height: 823 } });
      const p = await narrow.newPage();
      await p.addInitScript(() => {
        const w = window as unknown as { shifts: number[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Slow fragments, as on a phone network: the results' data arrives well after the index.
      await p.route('**/pagefind/fragment/**', async (r) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await r.continue();
      });
      await p.goto(env.site.url + '/search/?q=haloperidol');
      await p.locator('#search-results > .search-result:visible').first().waitFor({ timeout: 15_000 });
      await p.waitForTimeout(1_000);
      const shifts = await p.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      await narrow.close();
      expect(shifts.reduce((s, v) => s + v, 0)).toBeLessThan(0.01);
    });
  }
});
