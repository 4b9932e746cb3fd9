/** A reader's path through the built site in Chromium: home, a review, a compound, a trial, search. */
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/fixtures.ts';
import { useFreshPage, useSiteAndBrowser } from '../helpers/site.ts';

const env = useSiteAndBrowser();
// bypassCSP: axe is injected inline in some tests; CSP itself is tested in security.test.ts.
const tab = useFreshPage(env, { viewport: { width: 1280, height: 900 }, bypassCSP: true });

describe('browsing', () => {
  test('home links to every section and the reviews', async () => {
    await tab.page.goto(env.site.url + '/');
    await expect(tab.page.title()).resolves.toContain('Sigma-1 Atlas');
    for (const label of ['Reviews', 'Compounds', 'Trials', 'Evidence', 'Methods', 'Conditions', 'References', 'Glossary']) {
      expect(await tab.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).count()).toBe(1);
    }
    const firstReview = tab.page.locator('main .cards a[href^="/reviews/"]').first();
    const href = await firstReview.getAttribute('href');
    await firstReview.click();
    await tab.page.waitForURL(`**${href}`);
    expect(tab.errors).toEqual([]);
  });

  test('a review: key points, numbered citations that land on the bibliography, and back', async () => {
    await tab.page.goto(env.site.url + '/reviews/sigma-1-receptor/');
    await expect(tab.page.locator('h1').textContent()).resolves.toBe('The sigma-1 receptor');
    expect(await tab.page.locator('.key-points li').count()).toBeGreaterThan(0);
    const cite = tab.page.locator('.prose a.cite').first();
    const target = (await cite.getAttribute('href'))!;
    await cite.click();
    expect(new URL(tab.page.url()).hash).toBe(target);
    const entry = tab.page.locator(target);
    await expect(entry.isVisible()).resolves.toBe(true);
    // The entry links back to where it was cited.
    const back = entry.locator('.bib-back a').first();
    const backTarget = await back.getAttribute('href');
    await back.click();
    expect(new URL(tab.page.url()).hash).toBe(backTarget);
    // Identifiers link out.
    expect(await tab.page.locator('.bibliography a[href^="https://pubmed.ncbi.nlm.nih.gov/"]').count()).toBeGreaterThan(0);
    expect(tab.errors).toEqual([]);
  });

  test('a compound shows its affinities with a source for each value', async () => {
    await tab.page.goto(env.site.url + '/compounds/cutamesine/');
    const rows = tab.page.locator('section[aria-labelledby="pharmacology"] table.affinity-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) expect(await row.locator('td[data-label="Source"] a.cite').count()).toBeGreaterThanOrEqual(1);
    expect(await tab.page.locator('.facts').first().textContent()).toContain('Agonist');
  });

  test('a trial says what was tested and what came out', async () => {
    await tab.page.goto(env.site.url + '/compounds/e-52862/');
    const trialLink = tab.page.locator('main a[href^="/trials/"]:not([href="/trials/"])').first();
    await trialLink.click();
    await tab.page.waitForURL('**/trials/**');
    const notice = await tab.page.locator('#at-a-glance + .notice').textContent();
    expect(notice).toMatch(/Primary endpoint|Not reported|Mixed|Pending/);
    expect(await tab.page.locator('.facts dt').allTextContents()).toEqual(expect.arrayContaining(['Phase', 'Status', 'Primary endpoint']));
  });

  test('the site works at 390 px without horizontal scrolling', async () => {
    await tab.page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/', '/reviews/sigma-1-receptor/', '/compounds/', '/compounds/e-52862/', '/trials/']) {
      await tab.page.goto(env.site.url + path);
      const overflow = await tab.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('pages load only their small scripts, and nothing of search until it is opened', async () => {
    const scripts: string[] = [];
    tab.page.on('request', (r) => ['script', 'stylesheet', 'fetch', 'xhr'].includes(r.resourceType()) && scripts.push(new URL(r.url()).pathname));
    for (const path of ['/', '/reviews/sigma-1-receptor/', '/compounds/e-52862/', '/trials/', '/glossary/']) await tab.page.goto(env.site.url + path);
    expect(scripts.filter((s) => s.startsWith('/pagefind/'))).toEqual([]);
    expect(scripts.filter((s) => s.endsWith('.js')).every((s) => s.startsWith('/_astro/'))).toBe(true);
  });

  test('hovering or focusing a citation previews the reference; Escape closes it', async () => {
    await tab.page.goto(env.site.url + '/reviews/sigma-1-receptor/');
    const cite = tab.page.locator('.prose a.cite').first();
    await cite.hover();
    const tip = tab.page.locator('#cite-preview');
    await tip.waitFor({ state: 'visible' });
    const target = (await cite.getAttribute('href'))!.slice(1);
    const entryText = (await tab.page.locator(`[id="${target}"] .csl-entry, [id="${target}"] > div`).first().textContent())!.trim().slice(0, 40);
    expect(await tip.textContent()).toContain(entryText);
    expect(await cite.getAttribute('aria-describedby')).toBe('cite-preview');
    await tab.page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    await cite.focus();
    await tip.waitFor({ state: 'visible' });
    await tab.page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  test('links to compounds and glossary terms preview their title and summary', async () => {
    await tab.page.goto(env.site.url + '/reviews/neuropathic-pain/');
    const link = tab.page.locator('.prose a[href="/compounds/e-52862/"]').first();
    await link.hover();
    const tip = tab.page.locator('#cite-preview');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/^E-52862: Selective/);
    await tab.page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    const term = tab.page.locator('.prose a[href^="/glossary/#"]').first();
    await term.focus();
    await tip.waitFor({ state: 'visible' });
    expect((await tip.textContent())!.length).toBeGreaterThan(20);
  });

  test('the table of contents marks the section in view', async () => {
    await tab.page.goto(env.site.url + '/reviews/neuropathic-pain/');
    const id = await tab.page.locator('.prose h2[id]').nth(2).getAttribute('id');
    await tab.page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
    await tab.page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'start' }), id!);
    await tab.page.waitForFunction((i) => document.querySelector(`.toc a[href="#${i}"]`)?.getAttribute('aria-current') === 'location', id!, { timeout: 5_000 });
    expect(await tab.page.locator('.toc a[aria-current="location"]').count()).toBe(1);
  });

  test('cite this page: four formats with the permalink, and .bib/.ris downloads', async () => {
    await tab.page.goto(env.site.url + '/reviews/neuropathic-pain/');
    await tab.page.locator('details.cite-page summary').click();
    for (const id of ['apa', 'vancouver', 'bibtex', 'csl-json']) {
      expect(await tab.page.locator(`#cite-${id}`).textContent(), id).toContain('/reviews/neuropathic-pain/');
    }
    expect(JSON.parse((await tab.page.locator('#cite-csl-json').textContent())!)[0].type).toBe('webpage');
    await tab.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await tab.page.locator('button[data-copy="cite-bibtex"]').click();
    expect(await tab.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@online\{sigma1atlas-reviews-neuropathic-pain,/);
    const bib = await tab.page.request.get(env.site.url + '/cite/reviews/neuropathic-pain.bib');
    expect(bib.status()).toBe(200);
    expect(await bib.text()).toContain('url = {https://');
    const risLink = tab.page.locator('details.cite-page a[href$=".ris"]');
    const ris = await tab.page.request.get(new URL((await risLink.getAttribute('href'))!, env.site.url).href);
    expect(ris.status()).toBe(200);
    expect(await ris.text()).toMatch(/^TY {2}- ELEC\n[\s\S]*UR {2}- https:\/\/\S+\/reviews\/neuropathic-pain\/\n/);
  });
});

describe('the bibliography', () => {
  test('the first page links every letter with its count, which add up to every reference; the most cited come first', async () => {
    await tab.page.goto(env.site.url + '/references/');
    const letters = tab.page.locator('nav.initials a');
    const counts = (await letters.locator('.meta-line').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(15);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBe(readdirSync(path.join(ROOT, 'content/references')).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).length);
    expect(await tab.page.locator('.lede + p').textContent()).toContain(`${total} sources`);
    const cited = (await tab.page.locator('#most-cited-table td[data-label="Cited on"]').allTextContents()).map((t) => Number(t.match(/^(\d+)/)![1]));
    expect(cited.length).toBe(30);
    expect(cited).toEqual([...cited].sort((a, b) => b - a));
    // A letter's page lists as many rows as its count says, and marks itself in the letters.
    const s = letters.filter({ hasText: /^S\b/ });
    const expected = Number(await s.locator('.meta-line').textContent());
    await s.click();
    await tab.page.waitForURL('**/references/by-author/s/');
    expect(await tab.page.locator('#reference-table tbody tr').count()).toBe(expected);
    expect(await tab.page.locator('nav.initials a[aria-current="page"]').textContent()).toMatch(/^S\s/);
    for (const author of await tab.page.locator('#reference-table tbody td:first-child').allTextContents()) expect(author.trim()[0]!.normalize('NFKD')[0]!.toUpperCase()).toBe('S');
    expect(tab.errors).toEqual([]);
  });

  test("a letter's table sorts by year (numeric, both ways), filters by topic and text, and keeps state in the URL", async () => {
    await tab.page.goto(env.site.url + '/references/by-author/s/');
    const years = async () => (await tab.page.locator('#reference-table tbody tr:not([hidden]) td:nth-child(2)').allTextContents()).map((t) => t.trim()).filter((t) => t !== '—').map(Number);
    await tab.page.getByRole('button', { name: 'Year' }).click();
    const asc = await years();
    expect(asc.length).toBeGreaterThan(20);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(await tab.page.locator('th[data-key="year"]').getAttribute('aria-sort')).toBe('ascending');
    await tab.page.getByRole('button', { name: 'Year' }).click();
    const desc = await years();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(new URL(tab.page.url()).searchParams.get('dir')).toBe('desc');

    const total = await tab.page.locator('#reference-table tbody tr').count();
    await tab.page.getByLabel('Topic').selectOption('Pain');
    const shown = await tab.page.locator('#reference-table tbody tr:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const cell of await tab.page.locator('#reference-table tbody tr:not([hidden]) td:nth-child(4)').allTextContents()) expect(cell.split(', ')).toContain('Pain');
    expect(await tab.page.locator('.table-count').textContent()).toBe(`Showing ${shown} of ${total} rows.`);

    // The URL restores the same view.
    const url = tab.page.url();
    expect(url).toContain('f.topic=Pain');
    await tab.page.goto(url);
    expect(await tab.page.locator('#reference-table tbody tr:not([hidden])').count()).toBe(shown);
    await tab.page.getByLabel('Filter', { exact: true }).fill('sigma');
    expect(await tab.page.locator('#reference-table tbody tr:not([hidden])').count()).toBeLessThanOrEqual(shown);
    expect(tab.errors).toEqual([]);
  });
});

describe('the clinical landscape', () => {
  test("each programme's trial count opens the trial table filtered to that compound, with that many rows", async () => {
    await tab.page.goto(env.site.url + '/reviews/clinical-landscape/');
    const links = tab.page.locator('table.trial-map td[data-label="Trials"] a');
    const rows = await links.count();
    expect(rows).toBeGreaterThan(5);
    let trials = 0;
    for (const i of [0, rows - 1]) {
      const link = links.nth(i);
      const count = Number((await link.textContent())!.match(/^(\d+) trials?$/)![1]);
      const compound = (await tab.page.locator('table.trial-map th[data-label="Compound"] a').nth(i).textContent())!;
      await link.click();
      await tab.page.waitForURL('**/trials/?f.compound=*');
      // The programme's own trials, and any that name the compound second (a tracer, a comparator).
      const shown = await tab.page.locator('#trial-table tbody tr:not([hidden]) td[data-label="Compound"]').allTextContents();
      expect(shown.filter((c) => c.split(', ')[0] === compound)).toHaveLength(count);
      for (const c of shown) expect(c.split(', ')).toContain(compound);
      await tab.page.goBack();
    }
    for (const text of await links.allTextContents()) trials += Number(text.match(/^(\d+)/)![1]);
    // Every trial the atlas holds is counted once, under its first compound.
    await tab.page.goto(env.site.url + '/trials/');
    expect(trials).toBe(await tab.page.locator('#trial-table tbody tr').count());
    expect(tab.errors).toEqual([]);
  });
});

describe('the compound table', () => {
  test('sorting by S1R affinity orders compounds by value in nM (a range by its middle on the log scale), blanks last', async () => {
    await tab.page.goto(env.site.url + '/compounds/?sort=affinity&dir=asc');
    const cells = await tab.page.locator('#compound-table tbody tr td[data-label="S1R affinity"]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset['sort'] ?? ''));
    const filled = cells.filter((c) => c !== '').map(Number);
    expect(filled.length).toBeGreaterThan(3);
    expect(filled).toEqual([...filled].sort((a, b) => a - b));
    expect(cells.slice(filled.length).every((c) => c === '')).toBe(true);
    expect(await tab.page.locator('th[data-key="affinity"]').getAttribute('aria-sort')).toBe('ascending');
  });
});

describe('table pages', () => {
  const TABLES = ['/compounds/', '/trials/', '/evidence/', '/references/by-author/s/'];

  test.each(TABLES.flatMap((path) => [390, 1280].map((width) => [path, width] as const)))('%s at %i px: nothing moves when the table script runs (layout shift < 0.01)', async (path, width) => {
    await tab.page.setViewportSize({ width, height: 900 });
    // On a slow CPU the browser paints while it is still parsing a long table (CI caught a column
    // widening as later rows arrived); a 4x slower CPU makes that happen on most loads, not a few.
    const cdp = await tab.page.context().newCDPSession(tab.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.page.goto(env.site.url + path, { waitUntil: 'load' });
    await tab.page.waitForFunction(() => customElements.get('data-table') !== undefined && document.querySelector('.table-count')?.textContent !== '');
    await tab.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // The controls were server-rendered and are now wired up.
    expect(await tab.page.locator('data-table .table-controls select').count()).toBeGreaterThan(0);
    const shift = await tab.page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    expect(shift).toBeLessThan(0.01);
  });

  test('a facet value the table does not have (an old link) is ignored: "All" and every row', async () => {
    await tab.page.goto(env.site.url + '/compounds/?f.status=No-such-status');
    await tab.page.waitForFunction(() => document.querySelector('.table-count')?.textContent !== '');
    expect(await tab.page.locator('#compound-table-f-status').inputValue()).toBe('');
    expect(await tab.page.locator('#compound-table-f-status option:checked').textContent()).toBe('All');
    const rows = await tab.page.locator('#compound-table tbody tr').count();
    expect(await tab.page.locator('#compound-table tbody tr:visible').count()).toBe(rows);
  });

  test('without JavaScript the filter controls are hidden and every row shows', async () => {
    const noJs = await env.browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(env.site.url + '/compounds/');
    expect(await p.locator('.table-controls').isVisible()).toBe(false);
    const rows = await p.locator('#compound-table tbody tr').count();
    expect(rows).toBeGreaterThan(5);
    expect(await p.locator('#compound-table tbody tr:visible').count()).toBe(rows);
    await noJs.close();
  });
});

describe('search', () => {
  test('"/" opens an accessible search dialog that loads Pagefind only then; Escape closes it', async () => {
    const pagefindRequests: string[] = [];
    tab.page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
    await tab.page.goto(env.site.url + '/reviews/neuropathic-pain/');
    expect(pagefindRequests).toEqual([]);
    await tab.page.keyboard.press('/');
    const dialog = tab.page.getByRole('dialog', { name: 'Search Sigma-1 Atlas' });
    await dialog.waitFor();
    const input = dialog.getByRole('searchbox', { name: 'Search Sigma-1 Atlas' });
    await input.waitFor();
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await input.fill('MR309');
    const first = dialog.locator('.search-result-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.textContent()).toMatch(/^Compound E-52862/);
    expect(await first.getAttribute('href')).toBe('/compounds/e-52862/?highlight=mr309');
    expect(await dialog.getByRole('status').textContent()).toMatch(/result/);
    expect(pagefindRequests.length).toBeGreaterThan(0);
    expect(pagefindRequests.some((u) => u.includes('pagefind-ui.js'))).toBe(false);
    const { axeViolations } = await import('./a11y-helpers.ts');
    expect(await axeViolations(tab.page)).toEqual([]);
    await tab.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await tab.page.keyboard.press('Control+k');
    await dialog.waitFor();
    expect(tab.errors).toEqual([]);
  });

  test('a word on no page gives no results, on /search/ and in the dialog, with a suggestion from the site\'s names', async () => {
    await tab.page.goto(env.site.url + '/search/?q=xyzzyq');
    const summary = tab.page.locator('#search-summary');
    await summary.getByText('No page contains “xyzzyq”.').waitFor({ timeout: 15_000 });
    expect(await tab.page.locator('#search-results .search-result-link:visible').count()).toBe(0);
    expect(await tab.page.locator('#search-more').isHidden()).toBe(true);
    await tab.page.goto(env.site.url + '/search/?q=donepezl');
    await summary.getByText(/No page contains “donepezl”/).waitFor({ timeout: 15_000 });
    expect(await summary.getByRole('link').getAttribute('href')).toBe('/search/?q=donepezil');
    // A real word after a missing one: the results come back.
    await tab.page.locator('#search-input').fill('donepezil');
    await tab.page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toMatch(/results? for donepezil/);
    await tab.page.goto(env.site.url + '/reviews/sigma-1-receptor/');
    await tab.page.keyboard.press('/');
    await tab.page.locator('#quick-search-input').fill('qwrtplk');
    await tab.page.locator('#quick-search-summary').getByText('No page contains “qwrtplk”.').waitFor({ timeout: 15_000 });
    expect(await tab.page.locator('#quick-search-results .search-result-link:visible').count()).toBe(0);
    await tab.page.keyboard.press('Escape');
  });

  test('results show type, key fact and matching sections; the target page highlights the matched terms', async () => {
    await tab.page.goto(env.site.url + '/search/?q=cutamesine');
    const result = tab.page.locator('#search-results .search-result', { has: tab.page.locator('.search-result-link', { hasText: /^Compound Cutamesine/ }) }).first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.locator('.search-result-link .tag').textContent()).toBe('Compound');
    expect(await result.locator('.meta-line').textContent()).toMatch(/^Agonist/);
    expect(await result.locator('mark').count()).toBeGreaterThan(0);
    // Sub-results: sections of the page that matched, each linking to its heading, highlighted.
    const sections = result.locator('.search-sections .search-section-link');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const h of await sections.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(h).toMatch(/^\/compounds\/cutamesine\/\?highlight=cutamesine#[\w-]+$/);
    expect(await tab.page.getByRole('status').filter({ hasText: /results? for cutamesine/ }).count()).toBe(1);
    const link = result.locator('.search-result-link');
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain('highlight=cutamesine');
    await link.click();
    await tab.page.waitForURL('**/compounds/cutamesine/**');
    await tab.page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
    expect((await tab.page.locator('mark.search-highlight').first().textContent())!.toLowerCase()).toBe('cutamesine');
  });

  test('filters live in the URL, restore from it, and the back button works', async () => {
    await tab.page.goto(env.site.url + '/search/?q=pridopidine&f.type=Trial');
    const titles = tab.page.locator('#search-results .search-result-link');
    await titles.first().waitFor({ timeout: 15_000 });
    const summary = tab.page.locator('#search-summary');
    const trialCount = Number(/^(\d+) results? for pridopidine$/.exec((await summary.textContent())!)?.[1]);
    expect(trialCount).toBeGreaterThan(0);
    for (const t of await titles.allTextContents()) expect(t).toMatch(/^Trial /);
    // Facets: labelled checkboxes grouped by filter, with counts; the URL's filter is checked.
    const trial = tab.page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: `Trial (${trialCount})` });
    expect(await trial.isChecked()).toBe(true);
    const { axeViolations } = await import('./a11y-helpers.ts');
    expect(await axeViolations(tab.page)).toEqual([]);
    // Add a phase filter by clicking it: the URL records it at once and the results narrow;
    // Back returns to the trial-only view.
    const phaseGroup = tab.page.locator('details.search-facet', { has: tab.page.locator('summary', { hasText: /^Phase$/ }) });
    await phaseGroup.locator('summary').click();
    await phaseGroup.getByRole('group', { name: 'Phase' }).waitFor();
    const phase3 = phaseGroup.locator('input[name="phase"][value="Phase 3"]');
    const phase3Count = Number(/\((\d+)\)$/.exec((await phase3.locator('xpath=..').textContent())!.trim())?.[1]);
    expect(phase3Count).toBeGreaterThan(0);
    expect(phase3Count).toBeLessThan(trialCount);
    await phase3.check();
    await tab.page.waitForFunction(() => location.search.includes('f.phase='));
    expect(new URL(tab.page.url()).searchParams.getAll('f.phase')).toEqual(['Phase 3']);
    expect(new URL(tab.page.url()).searchParams.getAll('f.type')).toEqual(['Trial']);
    await summary.filter({ hasText: `${phase3Count} result` }).waitFor();
    await tab.page.goBack();
    await tab.page.waitForFunction(() => !location.search.includes('f.phase='));
    expect(new URL(tab.page.url()).searchParams.getAll('f.type')).toEqual(['Trial']);
    await summary.filter({ hasText: `${trialCount} result` }).waitFor();
    expect(await phaseGroup.locator('input[name="phase"][value="Phase 3"]').isChecked()).toBe(false);
    expect(await trial.isChecked()).toBe(true);
    expect(tab.errors).toEqual([]);
  });

  test('results come a page at a time: "Load more results" shows the next ones', async () => {
    await tab.page.goto(env.site.url + '/search/?q=sigma');
    const results = tab.page.locator('#search-results > li:visible');
    await tab.page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    const found = Number(/^(\d+) results for sigma$/.exec((await tab.page.locator('#search-summary').textContent())!)?.[1]);
    expect(found).toBeGreaterThan(10);
    expect(await results.count()).toBe(5);
    const more = tab.page.getByRole('button', { name: 'Load more results' });
    await more.click();
    expect(await results.count()).toBe(10);
    await results.nth(9).scrollIntoViewIfNeeded();
    await results.nth(9).locator('.search-result-link').waitFor({ timeout: 15_000 });
    expect(tab.errors).toEqual([]);
  });

  test('the header search box leads to results, and a result opens its page', async () => {
    await tab.page.goto(env.site.url + '/reviews/');
    await tab.page.getByRole('searchbox', { name: 'Search Sigma-1 Atlas' }).fill('E-52862');
    await tab.page.keyboard.press('Enter');
    await tab.page.waitForURL('**/search/?q=E-52862');
    const first = tab.page.locator('#search-results .search-result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/[a-z]+\/[^/]+\/(\?highlight=.+)?$/);
    await first.click();
    await tab.page.waitForURL(`**${href}`);
    expect(tab.errors).toEqual([]);
  });

  test('the query lives in the URL', async () => {
    await tab.page.goto(env.site.url + '/search/?q=sigma');
    await tab.page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    const input = tab.page.locator('#search-input');
    expect(await input.inputValue()).toBe('sigma');
    await input.fill('spared nerve');
    await tab.page.waitForFunction(() => location.search.includes('spared'));
    expect(new URL(tab.page.url()).searchParams.get('q')).toBe('spared nerve');
    await tab.page.locator('#search-summary', { hasText: 'for spared nerve' }).waitFor();
    // Back restores the previous query, in the box and in the results.
    await tab.page.goBack();
    await tab.page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'sigma');
    await tab.page.locator('#search-summary', { hasText: /results? for sigma$/ }).waitFor();
    expect(await input.inputValue()).toBe('sigma');
  });

  test('without a query the search box is focused, named and shows the placeholder', async () => {
    const fetched: string[] = [];
    tab.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await tab.page.goto(env.site.url + '/search/', { waitUntil: 'networkidle' });
    const input = tab.page.locator('main').getByRole('searchbox', { name: 'Search Sigma-1 Atlas' });
    await tab.page.waitForFunction(() => document.activeElement?.id === 'search-input');
    expect(await input.getAttribute('placeholder')).toBe('Search: S1RA, BiP, NCT04556656, spared nerve injury…');
    expect(await tab.page.locator('#search-area').isHidden()).toBe(true);
    // Nothing to search for yet: the engine, WebAssembly and index wait for the first keystroke.
    expect(fetched.filter((p) => p.startsWith('/pagefind/')).sort()).toEqual(['/pagefind/pagefind-modular-ui.js']);
    await input.fill('pridopidine');
    await tab.page.locator('#search-results .search-result-link').first().waitFor({ timeout: 15_000 });
    expect(await tab.page.locator('#search-area').isVisible()).toBe(true);
    expect(tab.errors).toEqual([]);
  });
});
