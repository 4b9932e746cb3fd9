/**
 * The data views on the built site, in Chromium: the evidence map (/evidence/map/), the affinity
 * chart (/compounds/chart/) and the figures in the reviews. Expected values come from the content
 * files themselves, so the tests follow the data.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { buildEvidenceMap, cellKey, cellLabel, type FindingInput, type TrialInput } from '../../src/lib/evidence-map.ts';
import { launchBrowser, serveDist } from '../helpers/site.ts';

const content = readContent(path.resolve(import.meta.dirname, '../..'));
const data = <T>(collection: string) => content.entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, ...(e.data as T) }));

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
  type Finding = { compound: string; condition: string; evidence: FindingInput['evidence']; effect: { direction: FindingInput['direction'] } };
  type Trial = { title: string; compounds: string[]; conditions: string[]; phase: TrialInput['phase']; result: { outcome: TrialInput['outcome'] } };
  const expected = buildEvidenceMap({
    findings: data<Finding>('findings').map((f) => ({ id: f.id, title: f.id, compound: f.compound, condition: f.condition, evidence: f.evidence, direction: f.effect.direction })),
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
    ['pridopidine', 'huntingtons-disease', 'Phase 3 · no effect · 1 study', '/trials/pridopidine-proof-hd/'],
    ['fenfluramine', 'dravet-syndrome', 'Phase 3 · benefit · 1 study', '/trials/fenfluramine-dravet/'],
    ['pre-084', 'als', 'Animal · benefit · 3 studies', '/findings/'],
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
    const n = Number(/(\d+) stud/.exec(text)![1]);
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

describe('affinity chart', () => {
  type Compound = { title: string; affinities: { target: string; ref: string }[]; selectivity: { over: string; ref: string }[] };
  const plotted = data<Compound>('compounds').filter((c) => c.affinities?.some((a) => a.target === 'S1R') && c.selectivity?.some((s) => s.over === 'S2R'));

  test('one linked point and one table row per compound with both values, each with its source', async () => {
    await page.goto(site.url + '/compounds/chart/');
    expect(plotted.length).toBeGreaterThan(2);
    const svg = page.locator('svg.chart');
    expect(await svg.locator('> title').textContent()).toContain('S1R affinity');
    expect((await svg.locator('> desc').textContent())!.length).toBeGreaterThan(100);
    const points = svg.locator('a.chart-point');
    expect(await points.count()).toBe(plotted.length);
    for (const c of plotted) {
      const point = svg.locator(`a[href="/compounds/${c.id}/"]`);
      // The tooltip (<title>) carries the value and its source; the link is described by it.
      const noteId = await point.getAttribute('aria-describedby');
      expect(await svg.locator(`title[id="${noteId}"]`).textContent(), c.id).toMatch(/Ki .*nM.*-fold over S2R\. Source: /);
      const row = page.locator(`#row-${c.id}`);
      expect(await row.locator('th a').getAttribute('href')).toBe(`/compounds/${c.id}/`);
      const sourceLinks = await row.locator('a[href^="/references/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(sourceLinks).toContain(`/references/${c.affinities.find((a) => a.target === 'S1R')!.ref}/`);
    }
    expect(errors).toEqual([]);
    expect(scripts.filter((s) => !shellScripts.includes(s))).toEqual([]);
  });

  test('the page warns about assays and vendor values, and /compounds/ links here', async () => {
    await page.goto(site.url + '/compounds/chart/');
    const notice = page.locator('main .notice').first();
    expect(await notice.textContent()).toContain('50-fold');
    expect(await notice.locator('a[href="/references/lee2007-ejp/"]').count()).toBe(1);
    expect(await notice.locator('a[href="/references/benchchem2025-guide/"]').count()).toBe(1);
    expect(await page.locator('.chart-notes dd', { hasText: 'Source caution' }).count()).toBeGreaterThan(0);
    await page.goto(site.url + '/compounds/');
    expect(await page.locator('main a[href="/compounds/chart/"]').count()).toBe(1);
  });

  test('log scales: FTC-146 (0.0025 nM, > 145,000-fold) is furthest left and highest', async () => {
    await page.goto(site.url + '/compounds/chart/');
    const centres = await page.locator('a.chart-point circle').evaluateAll((cs) => cs.map((c) => ({ href: c.parentElement!.getAttribute('href'), x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })));
    const ftc = centres.find((c) => c.href === '/compounds/ftc-146/')!;
    for (const c of centres.filter((c) => c !== ftc)) {
      expect(ftc.x).toBeLessThan(c.x);
      expect(ftc.y).toBeLessThan(c.y);
    }
    const ticks = await page.locator('.chart-axis text').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['0.001', '1', '100', '10', '1,000', '10⁶']));
  });

  test('at 390 px: no sideways scrolling, chart text at least 12 px, table rows stacked with labels', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url + '/compounds/chart/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const smallest = await page.locator('svg.chart').evaluate((el) => {
      const scale = (el as SVGSVGElement).getScreenCTM()!.a;
      return Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    const label = await page.locator('#chart-table td[data-label="Over S2R"]').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Over S2R: "');
  });

  test('point labels, as rendered, stay inside the plot and do not overlap', async () => {
    await page.goto(site.url + '/compounds/chart/');
    const boxes = await page.locator('a.chart-point text').evaluateAll((ts) => ts.map((t) => (t as SVGGraphicsElement).getBBox()).map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height })));
    const plot = await page.locator('.chart-axis rect').evaluate((r) => {
      const b = (r as SVGGraphicsElement).getBBox();
      return { x: b.x, width: b.width };
    });
    for (const [i, b] of boxes.entries()) {
      expect(b.x).toBeGreaterThanOrEqual(plot.x);
      expect(b.x + b.w).toBeLessThanOrEqual(plot.x + plot.width);
      for (const o of boxes.slice(i + 1)) expect(b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h).toBe(false);
    }
  });
});

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
