/**
 * The data views on the built site, in Chromium: the evidence map (/evidence/map/), the affinity
 * explorer (/compounds/affinities/), compound pages' structures and affinity tables, and the
 * figures in the reviews. Expected values come from the content
 * files themselves, so the tests follow the data.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { buildEvidenceMap, cellKey, cellLabel, type FindingInput, type TrialInput } from '../../src/lib/evidence-map.ts';
import { loadChemistry } from '../../src/lib/structure.ts';
import { launchBrowser, serveDist } from '../helpers/site.ts';

const content = readContent(path.resolve(import.meta.dirname, '../..'));
const data = <T>(collection: string) => content.entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, ...(e.data as T) }));
/** Trials of pridopidine in Huntington's disease: each is one study in its evidence-map cell. */
const trialsOf = (compound: string, condition: string) => data<{ compounds: string[]; conditions: string[] }>('trials').filter((t) => t.compounds.includes(compound) && t.conditions.includes(condition)).length;
const findingsOf = (compound: string, condition: string) => data<{ compound: string; condition: string }>('findings').filter((f) => f.compound === compound && f.condition === condition).length;
/** Pridopidine in Huntington's disease: its trials and its mouse studies, each one study in the cell. */
const hdStudies = trialsOf('pridopidine', 'huntingtons-disease') + findingsOf('pridopidine', 'huntingtons-disease');
const dravetTrials = trialsOf('fenfluramine', 'dravet-syndrome');
const studies = (n: number) => `${n} ${n === 1 ? 'study' : 'studies'}`;

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const scripts: string[] = [];
/** Scripts every page loads (the site shell's); the data views add none of their own. */
let shellScripts: string[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  const probe = await browser.newPage();
  probe.on('request', (r) => r.resourceType() === 'script' && shellScripts.push(r.url()));
  await probe.goto(site.url + '/about/');
  await probe.close();
  shellScripts = [...new Set(shellScripts)];
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors.length = 0;
  scripts.length = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('evidence map', () => {
  type Finding = { compound: string; condition: string; ref: string; evidence: FindingInput['evidence']; effect: { direction: FindingInput['direction'] } };
  type Trial = { title: string; compounds: string[]; conditions: string[]; phase: TrialInput['phase']; result: { outcome: TrialInput['outcome'] } };
  const expected = buildEvidenceMap({
    findings: data<Finding>('findings').map((f) => ({ id: f.id, title: f.id, ref: f.ref, compound: f.compound, condition: f.condition, evidence: f.evidence, direction: f.effect.direction })),
    trials: data<Trial>('trials').map((t) => ({ id: t.id, title: t.title, compounds: t.compounds, conditions: t.conditions, phase: t.phase, outcome: t.result.outcome })),
  });

  /** The text of each filled cell without its symbol: "Phase 3 · no effect · 1 study". */
  const cellTexts = () =>
    page.locator('#evidence-map td[data-cell]').evaluateAll((tds) =>
      Object.fromEntries(
        tds.map((td) => {
          const clone = td.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.ev-sym').forEach((s) => s.remove());
          return [(td as HTMLElement).dataset['cell']!, clone.textContent!.replace(/\s+/g, ' ').trim()];
        }),
      ),
    );

  test('is a table with row and column headers, and every cell matches the findings and trials', async () => {
    await page.goto(site.url + '/evidence/map/');
    expect(await page.locator('h1').textContent()).toBe('Evidence map');
    expect(await page.locator('#evidence-map caption').textContent()).toContain('kind · direction · number of studies');
    expect(await page.locator('#evidence-map thead th[scope="col"]').count()).toBe(expected.compounds.length + 1);
    expect(await page.locator('#evidence-map tbody th[scope="row"]').count()).toBe(expected.conditions.length);
    const want = Object.fromEntries([...expected.cells].map(([key, cell]) => [key, cellLabel(cell)]));
    expect(await cellTexts()).toEqual(want);
    expect(errors).toEqual([]);
    expect(scripts.filter((s) => !shellScripts.includes(s))).toEqual([]);
  });

  test.each([
    ['pridopidine', 'huntingtons-disease', `Phase 3 · no effect · ${studies(hdStudies)}`, '/trials/pridopidine-'],
    ['fenfluramine', 'dravet-syndrome', `Phase 3 · benefit · ${studies(dravetTrials)}`, '/trials/fenfluramine-dravet'],
    ['pre-084', 'als', 'Animal · benefit · 1 study, 3 read-outs', '/findings/'],
  ])('%s × %s reads "%s" and links to the study behind it', async (compound, condition, text, href) => {
    await page.goto(site.url + '/evidence/map/');
    const cell = page.locator(`td[data-cell="${cellKey(compound, condition)}"]`);
    expect((await cellTexts())[cellKey(compound, condition)]).toBe(text);
    // Colour is never alone: a symbol and the words say the same.
    expect(await cell.locator('.ev-sym').count()).toBe(1);
    expect(await cell.locator('a').first().getAttribute('href')).toContain(href);
    // The count opens the list of every study behind the cell.
    await cell.locator('a', { hasText: /stud(y|ies)/ }).click();
    const list = page.locator(`[id="${cellKey(compound, condition)}"]`);
    expect(new URL(page.url()).hash).toBe(`#${cellKey(compound, condition)}`);
    // The list names every read-out: a study with several read-outs lists each.
    const n = Number((/(\d+) read-outs/.exec(text) ?? /(\d+) stud/.exec(text))![1]);
    expect(await list.locator('ul a').count()).toBe(n);
  });

  test('the legend explains every colour and symbol used', async () => {
    await page.goto(site.url + '/evidence/map/');
    const legend = (await page.locator('.ev-legend').textContent())!.replace(/\s+/g, ' ');
    for (const word of ['In vitro', 'Animal', 'Phase 1', 'Phase 2', 'Phase 3', 'benefit', 'no effect', 'mixed', 'worsening', 'result unknown']) expect(legend).toContain(word);
  });

  test('at 390 px the page does not scroll sideways; the table scrolls in its own box', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url + '/evidence/map/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('.ev-map-wrap').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});

describe('affinity explorer', () => {
  type Aff = { target: string; measure: string; value: number | [number, number]; unit: string; species: string; radioligand: string; source: string; ref: string; primary?: string };
  type Compound = { title: string; affinities?: Aff[] };
  const compounds = data<Compound>('compounds');
  const confirmed = compounds.flatMap((c) => (c.affinities ?? []).map((a, i) => ({ c, a, rowId: `v-${c.id}-${i + 1}` }))).filter((x) => x.a.source !== 'vendor');
  const vendor = compounds.flatMap((c) => (c.affinities ?? []).filter((a) => a.source === 'vendor').map((a) => ({ c, a })));

  // The explorer is two pages: S1R values, and S2R values with every other site.
  const S1R_PAGE = '/compounds/affinities/';
  const OTHER_PAGE = '/compounds/affinities/s2r/';
  const pageOf = (a: Aff) => (a.target === 'S1R' ? S1R_PAGE : OTHER_PAGE);

  test.for([S1R_PAGE, OTHER_PAGE])('%s: one mark and one table row per confirmed value at its targets, each with species, radioligand and source; vendor claims never plotted', async (path) => {
    const here = confirmed.filter((x) => pageOf(x.a) === path);
    await page.goto(site.url + path);
    expect(here.length).toBeGreaterThan(10);
    expect(await page.locator('.pt-link').count()).toBe(here.length);
    expect(await page.locator('#affinity-table tbody tr').count()).toBe(here.length);
    // Every row and mark read in one pass (a locator per cell took a minute at 300 values).
    const shown = new Map(
      await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableRowElement>('#affinity-table tbody tr')].map((tr) => [
          tr.id,
          {
            compoundHref: tr.querySelector('th a')?.getAttribute('href'),
            radioligand: tr.querySelector('td[data-label="Radioligand"]')?.textContent,
            target: tr.querySelector('td[data-label="Target"]')?.textContent,
            refs: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')),
            mark: document.querySelector(`.pt-link[data-row="${tr.id}"] title`)?.textContent,
          },
        ] as const),
      ),
    );
    for (const { c, a, rowId } of here) {
      const row = shown.get(rowId)!;
      expect(row, rowId).toBeDefined();
      expect(row.compoundHref, rowId).toBe(`/compounds/${c.id}/#pharmacology`);
      expect(row.radioligand, rowId).toBe(a.radioligand);
      expect(row.refs, rowId).toContain(`/references/${a.ref}/`);
      if (a.primary) expect(row.refs.filter((h) => h === `/references/${a.primary}/`), rowId).toHaveLength(1);
      if (path === OTHER_PAGE) expect(row.target, rowId).toBe(a.target);
      expect(row.mark, rowId).toContain(`${c.title}: ${a.target} ${a.measure}`);
      expect(row.mark, rowId).toContain(`radioligand ${a.radioligand}`);
      expect(row.mark, rowId).toMatch(/Source: /);
    }
    for (const { c } of vendor) expect(await page.locator(`.pt-link[data-row^="v-${c.id}-"]`).count()).toBe(here.filter((x) => x.c.id === c.id).length);
    expect(await page.locator('#unconfirmed ~ ul li').count()).toBe(vendor.filter((x) => pageOf(x.a) === path).length);
    // Each page names the other with its count, and itself as the current one.
    const other = path === S1R_PAGE ? OTHER_PAGE : S1R_PAGE;
    const otherCount = confirmed.filter((x) => pageOf(x.a) === other).length;
    expect(await page.locator(`.explorer-views a[href="${other}"]`).textContent()).toContain(`(${otherCount})`);
    expect(await page.locator('.explorer-views [aria-current="page"]').textContent()).toContain(`(${here.length})`);
    expect(errors).toEqual([]);
  });

  test('a compound links to its values in the explorer: the S1R page when it has an S1R value, else the other page', async () => {
    const s2rOnly = compounds.find((c) => { const own = (c.affinities ?? []).filter((a) => a.source !== 'vendor'); return own.length > 0 && own.every((a) => a.target !== 'S1R'); })!;
    const both = compounds.find((c) => (c.affinities ?? []).some((a) => a.source !== 'vendor' && a.target === 'S1R') && (c.affinities ?? []).some((a) => a.source !== 'vendor' && a.target === 'S2R'))!;
    expect(s2rOnly && both, 'a compound with no S1R value and one with both').toBeTruthy();
    for (const [c, path] of [[s2rOnly, OTHER_PAGE], [both, S1R_PAGE]] as const) {
      await page.goto(`${site.url}/compounds/${c.id}/`);
      await page.locator('a', { hasText: 'These values in the affinity explorer' }).click();
      await page.waitForURL(`**${path}?f.compound=*`);
      await expect.poll(() => page.locator('.strip:not([hidden])').count()).toBe(1);
      expect(await page.locator('.strip:not([hidden])').getAttribute('data-compound')).toBe(c.id);
    }
  });

  test('a filter in the URL hides other compounds\' marks and rows, and the spread follows', async () => {
    const many = compounds.find((c) => (c.affinities ?? []).filter((a) => a.source !== 'vendor').length >= 3 && (c.affinities ?? []).some((a) => a.source !== 'vendor' && a.target === 'S1R'))!;
    expect(many, 'a compound with three values, one at S1R').toBeTruthy();
    await page.goto(`${site.url}/compounds/affinities/?f.compound=${encodeURIComponent(many.title)}`);
    await expect.poll(() => page.locator('.strip:not([hidden])').count()).toBe(1);
    expect(await page.locator('.strip:not([hidden])').getAttribute('data-compound')).toBe(many.id);
    const own = confirmed.filter((x) => x.c.id === many.id && pageOf(x.a) === S1R_PAGE).length;
    expect(await page.locator('#affinity-table tbody tr:not([hidden])').count()).toBe(own);
    expect(await page.locator(`#strip-${many.id} [data-spread]`).textContent()).toMatch(/^S1R: (one value|\d+ values from one assay, within [\d.]+-fold|values span [\d.]+-fold across \d+ assays)$/);
    // Changing a filter writes it to the URL.
    await page.locator('select[data-key="species"]').selectOption({ index: 1 });
    expect(page.url()).toMatch(/f\.species=/);
  });

  test('without JavaScript the whole table is there and the filters are hidden', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(site.url + '/compounds/affinities/?f.compound=Haloperidol');
    expect(await p.locator('#affinity-table tbody tr:visible').count()).toBe(confirmed.filter((x) => pageOf(x.a) === S1R_PAGE).length);
    expect(await p.locator('.table-controls').isVisible()).toBe(false);
    await ctx.close();
  });

  test('log axis: marks sit in value order, left is tighter binding', async () => {
    await page.goto(site.url + '/compounds/affinities/');
    const ticks = await page.locator('.strip-axis text').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['0.01', '1', '100']));
    const here = confirmed.filter((x) => pageOf(x.a) === S1R_PAGE);
    const tight = here.reduce((m, x) => (nm(x.a) < nm(m.a) ? x : m));
    const loose = here.reduce((m, x) => (nm(x.a) > nm(m.a) ? x : m));
    const cx = async (rowId: string) => page.locator(`.pt-link[data-row="${rowId}"] path`).last().evaluate((el) => (el as SVGGraphicsElement).getBBox().x);
    expect(await cx(tight.rowId)).toBeLessThan(await cx(loose.rowId));
  });

  test('at 390 px: no sideways scrolling; rows become labelled blocks', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url + '/compounds/affinities/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const label = await page.locator('#affinity-table td[data-label="Species"]').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Species: "');
  });

  test('/compounds/chart/ redirects here; /compounds/ links here', async () => {
    await page.goto(site.url + '/compounds/chart/');
    await page.waitForURL('**/compounds/affinities/');
    await page.goto(site.url + '/compounds/');
    expect(await page.locator('main a[href="/compounds/affinities/"]').count()).toBeGreaterThan(0);
  });
});

describe('compound pages', () => {
  type Compound = { title: string; structure?: { smiles: string; formula?: string }; ids?: Record<string, string>; idsSeen?: { url: string }[]; affinities?: { source: string }[] };
  const compounds = data<Compound>('compounds');

  test('every compound with a SMILES shows its structure as an image with a title, without inline styles', async () => {
    const drawn = compounds.filter((c) => c.structure);
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.filter((c) => !c.structure!.formula).length).toBeGreaterThan(0);
    const chem = await loadChemistry();
    for (const c of drawn) {
      // The page's DOM read in one pass once parsed (7 round trips a page took a minute at 140 pages).
      await page.goto(`${site.url}/compounds/${c.id}/`, { waitUntil: 'domcontentloaded' });
      const seen = await page.evaluate((urls) => {
        const svgs = document.querySelectorAll('figure.structure svg[role="img"]');
        const svg = svgs[0];
        return {
          svgs: svgs.length,
          title: svg?.querySelector('title')?.textContent,
          styled: svg?.querySelectorAll('[style]').length,
          paths: svg?.querySelectorAll('path').length ?? 0,
          formula: document.querySelector('.ids dd')?.textContent,
          links: urls.map((u) => document.querySelectorAll(`.identity a[href="${CSS.escape(u)}"]`).length),
        };
      }, (c.idsSeen ?? []).map((s) => s.url));
      expect(seen.svgs, c.id).toBe(1);
      expect(seen.title, c.id).toBe(`Structure of ${c.title}`);
      expect(seen.styled, c.id).toBe(0);
      expect(seen.paths, c.id).toBeGreaterThan(5);
      // The record's formula, or, where it gives none, RDKit's from the SMILES, labelled as computed.
      const computed = chem.depict(c.structure!.smiles, c.title)!.formula;
      expect(seen.formula, c.id).toBe(c.structure!.formula ?? `${computed} (computed from the SMILES; the record gives none)`);
      expect(seen.links, `${c.id} ${(c.idsSeen ?? []).map((s) => s.url).join(' ')}`).toEqual((c.idsSeen ?? []).map(() => 1));
    }
  });

  test('vendor-only values stand apart from the affinity table, labelled', async () => {
    const c = compounds.find((x) => (x.affinities ?? []).some((a) => a.source === 'vendor'))!;
    await page.goto(`${site.url}/compounds/${c.id}/`);
    const n = (c.affinities ?? []).filter((a) => a.source === 'vendor').length;
    expect(await page.locator('.unconfirmed li').count()).toBe(n);
    expect(await page.locator('.unconfirmed').textContent()).toContain("not found in peer-reviewed literature");
    expect(await page.locator('.affinity-table tbody tr').count()).toBe((c.affinities ?? []).length - n);
  });

  test('at 390 px the affinity table shows value, species, assay and source without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const slug of ['haloperidol', 'pd144418', 'cutamesine']) {
      await page.goto(`${site.url}/compounds/${slug}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), slug).toBeLessThanOrEqual(0);
      const wrap = page.locator('.affinity-table').locator('xpath=..');
      expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth), slug).toBeLessThanOrEqual(1);
      for (const l of ['Value', 'Species', 'Assay', 'Source']) expect(await page.locator(`.affinity-table td[data-label="${l}"]`).first().isVisible()).toBe(true);
    }
  });
});

describe('trials, timelines and regulatory events', () => {
  type Trial = { title: string; compounds: string[]; acronyms?: string[]; dates?: Record<string, string | Date | number>; conflicts?: { about: string }[] };
  type Event = { agency: string; date: string | Date; decision: string; product: string; indication: string; trials?: string[]; refs: string[] };
  const trials = data<Trial>('trials');
  const events = data<Event>('regulatory');
  const iso = (d: string | Date | number) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

  test('every regulatory event is listed, in date order and with its source, on its compound page and on the pages of its trials', async () => {
    expect(events.length).toBeGreaterThan(3);
    for (const product of new Set(events.map((e) => e.product))) {
      await page.goto(`${site.url}/compounds/${product}/`);
      const own = events.filter((e) => e.product === product).sort((a, b) => iso(a.date).localeCompare(iso(b.date)));
      const items = page.locator('section.regulatory li');
      expect(await items.count(), product).toBe(own.length);
      expect(await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(own.map((e) => iso(e.date)));
      for (const [i, e] of own.entries()) expect(await items.nth(i).locator(`a[href="/references/${e.refs[0]}/"]`).count()).toBe(1);
    }
    for (const e of events.filter((x) => (x.trials ?? []).length)) {
      await page.goto(`${site.url}/trials/${e.trials![0]}/`);
      expect(await page.locator(`section.regulatory li#event-${e.id}`).count()).toBe(1);
    }
  });

  test('/trials/timeline/ draws each programme on one axis; every mark leads to its trial or event', async () => {
    await page.goto(site.url + '/trials/timeline/');
    const dated = trials.filter((t) => Object.values(t.dates ?? {}).some(Boolean));
    for (const t of dated) expect(await page.locator(`section.timeline .strip-name a[href="/trials/${t.id}/"]`).count(), t.id).toBeGreaterThan(0);
    for (const e of events) {
      const mark = page.locator(`section.timeline a[href="/compounds/${e.product}/#event-${e.id}"]`);
      expect(await mark.count(), e.id).toBeGreaterThan(0);
    }
    // One shared axis: every programme's first and last year labels are the same.
    const axes = await page.locator('section.timeline .strip-axis').evaluateAll((as) => as.map((a) => [...a.querySelectorAll('text')].map((t) => t.textContent).join(',')));
    expect(new Set(axes).size).toBe(1);
    // The event anchors exist where the marks point.
    const e = events[0]!;
    await page.goto(`${site.url}/compounds/${e.product}/#event-${e.id}`);
    expect(await page.locator(`#event-${e.id}`).count()).toBe(1);
  });

  test('a trial page lists its dates in order and names every conflict between sources', async () => {
    const t = trials.find((x) => (x.conflicts ?? []).length > 0 && Object.keys(x.dates ?? {}).length >= 2)!;
    expect(t, 'a trial with conflicts and dates').toBeTruthy();
    await page.goto(`${site.url}/trials/${t.id}/`);
    const dates = await page.locator('ul.dates time').evaluateAll((ts) => ts.map((x) => x.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThanOrEqual(2);
    const conflicts = page.locator('.conflicts li');
    expect(await conflicts.count()).toBe(t.conflicts!.length);
    for (const [i, c] of t.conflicts!.entries()) expect(await conflicts.nth(i).textContent()).toContain(c.about);
  });

  test('/trials/ sorts by latest date and filters by start year', async () => {
    await page.goto(site.url + '/trials/?sort=latest&dir=desc');
    const keys = await page.locator('#trial-table tbody tr td[data-label="Latest date"]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset['sort'] ?? ''));
    const filled = keys.filter(Boolean).map(Number);
    expect(filled.length).toBeGreaterThan(10);
    expect(filled).toEqual([...filled].sort((a, b) => b - a));
    const year = await page.locator('select[data-key="year"] option').nth(1).getAttribute('value');
    await page.locator('select[data-key="year"]').selectOption(year!);
    const shown = await page.locator('#trial-table tbody tr:not([hidden]) td[data-label="Start year"]').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([year]));
  });
});

const FACTOR: Record<string, number> = { pM: 1e-3, nM: 1, µM: 1e3, mM: 1e6 };
function nm(a: { value: number | [number, number]; unit: string }): number {
  const v = typeof a.value === 'number' ? a.value : Math.sqrt(a.value[0] * a.value[1]);
  return v * FACTOR[a.unit]!;
}

describe('figures', () => {
  const FIGURES = [
    ['/reviews/neuropathic-pain/', '#fig-s1r-cascade', ['BiP', 'NMDA', 'p38', 'Antagonists']],
    ['/reviews/neuropathic-pain-evidence/', '#fig-sni-workflow', ['von Frey', 'Spared nerve injury', 'Analysis']],
    ['/reviews/neuroinflammation/', '#fig-neuroinflammatory-cycle', ['CCL2', 'Immune cells', 'Cytokines']],
  ] as const;

  test.each(FIGURES)('%s %s: an image with a title, a description, real text and cited sources', async (url, id, words) => {
    await page.goto(site.url + url);
    const figure = page.locator(`figure${id}`);
    const svg = figure.locator('svg[role="img"]');
    const named = await svg.evaluate((el) => ({
      title: document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent ?? '',
      desc: document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '',
    }));
    expect(named.title.length).toBeGreaterThan(20);
    expect(named.desc.length).toBeGreaterThan(200);
    expect(await svg.locator('title').first().textContent()).toBe(named.title);
    // Text is text (selectable, searchable, translatable), not outlines.
    const text = (await svg.locator('text').allTextContents()).join(' ');
    for (const word of words) expect(text).toContain(word);
    // The caption cites its sources, and says which one is a vendor's.
    const caption = figure.locator('figcaption');
    expect(await caption.locator('a[href^="/references/"]').count()).toBeGreaterThan(2);
    expect(await caption.textContent()).toMatch(/BenchChem[^;]*\(vendor guide, not peer reviewed\)/);
    expect(errors).toEqual([]);
  });

  test.each(FIGURES)('%s %s: at 390 px no text is smaller than 12 px, and text stays inside its box', async (url, id) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url + url);
    const svg = page.locator(`figure${id} svg`);
    const smallest = await svg.evaluate((el) => {
      const scale = (el as SVGSVGElement).getScreenCTM()!.a;
      return Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    const overflow = await svg.evaluate((el) =>
      [...el.querySelectorAll('.fig-node')].flatMap((g) => {
        const r = g.querySelector('rect')!.getBBox();
        const t = g.querySelector('text')!.getBBox();
        return t.x >= r.x && t.y >= r.y && t.x + t.width <= r.x + r.width && t.y + t.height <= r.y + r.height ? [] : [g.textContent!.trim()];
      }),
    );
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
