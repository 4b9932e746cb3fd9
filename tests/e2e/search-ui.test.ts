/**
 * Search results a reader can judge, in Chromium on the built site: each result's kind and date,
 * excerpts without hidden metadata or run-together table headers, Enter in the dialog, the order
 * (best match or recently updated) kept in the URL, and "no results" for words on no page, on
 * /search/ and in the dialog.
 */
import { describe, expect, test } from 'vitest';
import { ABSENT } from '../helpers/search-queries.ts';
import { useFreshPage, useSiteAndBrowser } from '../helpers/site.ts';

const env = useSiteAndBrowser();
const tab = useFreshPage(env, { viewport: { width: 1280, height: 900 } });

const DATE = /Updated \d{1,2} [A-Z][a-z]{2,3} \d{4}$/;

describe('results a reader can judge', () => {
  test('each result shows its kind and when it was updated; excerpts hold page text only', async () => {
    await tab.page.goto(env.site.url + '/search/?q=haloperidol%20Ki%20species');
    const results = tab.page.locator('#search-results > .search-result:visible');
    await results.first().waitFor({ timeout: 15_000 });
    const shown = await results.evaluateAll((items) =>
      items.map((li) => ({
        kind: li.querySelector('.search-result-link .tag')?.textContent ?? '',
        href: new URL((li.querySelector('.search-result-link') as HTMLAnchorElement | null)?.href ?? '', location.href).pathname,
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
    // The compound the query names is among the results, its line opening with its action.
    const haloperidol = shown.find((r) => r.href === '/compounds/haloperidol/');
    expect(haloperidol?.kind, shown.map((r) => r.href).join(' ')).toBe('Compound');
    expect(haloperidol!.line).toMatch(/^Antagonist/);
    expect(tab.errors).toEqual([]);
  });

  test('Enter in the search dialog opens the full result list for the query', async () => {
    await tab.page.goto(env.site.url + '/reviews/sigma-1-receptor/');
    await tab.page.keyboard.press('/');
    const input = tab.page.locator('#quick-search-input');
    await input.fill('σ1R chaperone BiP');
    await tab.page.locator('#quick-search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await tab.page.locator('#quick-search-results .search-result-link').first().getAttribute('href')).toMatch(/^\/reviews\/sigma-1-receptor\//);
    await input.press('Enter');
    await tab.page.waitForURL('**/search/?q=*');
    expect(new URL(tab.page.url()).searchParams.get('q')).toBe('σ1R chaperone BiP');
    await tab.page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await tab.page.locator('#search-input').inputValue()).toBe('σ1R chaperone BiP');
  });

  test('order by date: newest first, kept in the URL and restored from it', async () => {
    const dates = async () => {
      await tab.page.locator('#search-results .search-result .meta-line').first().waitFor({ timeout: 15_000 });
      return tab.page.locator('#search-results > .search-result:visible .meta-line').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).dataset['date']!));
    };
    await tab.page.goto(env.site.url + '/search/?q=pridopidine');
    const byRelevance = await dates();
    expect(await tab.page.locator('#search-sort').inputValue()).toBe('relevance');
    await tab.page.locator('#search-sort').selectOption('date');
    await tab.page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'date');
    const byDate = await tab.page.waitForFunction(() => {
      const now = [...document.querySelectorAll<HTMLElement>('#search-results > .search-result:not([hidden]) .meta-line')].map((p) => p.dataset['date']!);
      return now.length === 5 && now.join() === [...now].sort().reverse().join() && now;
    }).then((h) => h.jsonValue() as Promise<string[]>);
    // The newest of all results comes first: at least as new as any of the best matches.
    expect(byDate[0]! >= byRelevance.reduce((a, b) => (a > b ? a : b))).toBe(true);
    expect(byDate).toEqual([...byDate].sort().reverse());
    expect(new URL(tab.page.url()).searchParams.get('q')).toBe('pridopidine');
    // Shared or reloaded, the URL gives the same order.
    await tab.page.goto(env.site.url + '/search/?q=pridopidine&sort=date');
    expect(await tab.page.locator('#search-sort').inputValue()).toBe('date');
    const reloaded = await dates();
    expect(reloaded).toEqual([...reloaded].sort().reverse());
    expect(reloaded[0]! >= byRelevance.reduce((a, b) => (a > b ? a : b))).toBe(true);
    expect(tab.errors).toEqual([]);
  });
});

describe('words on no page give no results', () => {
  test.each(ABSENT)('%s: on /search/ and in the dialog', async (query) => {
    await tab.page.goto(`${env.site.url}/search/?q=${encodeURIComponent(query)}`);
    await tab.page.locator('#search-summary').getByText(/^No page contains “/).waitFor({ timeout: 15_000 });
    expect(await tab.page.locator('#search-results .search-result-link:visible').count()).toBe(0);
    await tab.page.keyboard.press('/');
    await tab.page.locator('#quick-search-input').fill(query);
    await tab.page.locator('#quick-search-summary').getByText(/^No page contains “/).waitFor({ timeout: 15_000 });
    expect(await tab.page.locator('#quick-search-results .search-result-link:visible').count()).toBe(0);
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
