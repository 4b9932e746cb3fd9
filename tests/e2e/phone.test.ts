/**
 * A long read on a phone (390 × 844 CSS px, issue 18): the header leaves the text the screen, the
 * contents and "Cite this page" are reachable from the title, citation markers and back-links are
 * targets of at least 24 × 24 px (WCAG 2.2 SC 2.5.8, with its spacing exception:
 * tests/helpers/target-size.ts), tables show each row's value beside its source without sideways
 * scrolling, and the data tables' filter controls line up instead of wrapping.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { useSiteAndBrowser } from '../helpers/site.ts';
import { targetSizeFailures, type Target } from '../helpers/target-size.ts';

const PHONE = { width: 390, height: 844 };
/** The longest review, a review with three wide tables, a five-column evidence table, and a compound page. */
const LONG_REVIEW = '/reviews/neuropathic-pain/';
const TABLE_REVIEWS = ['/reviews/schizophrenia/', '/reviews/neuropathic-pain-evidence/'];
const COMPOUND = '/compounds/haloperidol/';

let context: BrowserContext;
let page: Page;

const env = useSiteAndBrowser();
beforeEach(async () => {
  await context?.close();
  context = await env.browser.newContext({ viewport: PHONE });
  page = await context.newPage();
});

/** Open a page and wait until the article script has run (it labels review tables). */
async function open(path: string) {
  await page.goto(env.site.url + path, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The boxes of every target matching `selector` (judged) and of every other visible link, button
 * and form control on the page (they count against the spacing exception), in page coordinates.
 */
async function measureTargets(selector: string): Promise<{ checked: Target[]; others: Target[] }> {
  return page.evaluate((sel) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const box = (el: Element, i: number) => {
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 20)}" #${i} at ${Math.round(r.x)},${Math.round(r.y + scrollY)}`;
      return { name, x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    const judged = new Set([...document.querySelectorAll(sel)].filter(visible));
    const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')].filter(visible);
    return { checked: [...judged].map(box), others: all.filter((el) => !judged.has(el)).map(box) };
  }, selector);
}

describe('a long review at 390 px', () => {
  test('the header takes at most 100 px; "Contents" and "Cite this page" are on the first screen and lead there', async () => {
    await open(LONG_REVIEW);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(100);
    // The table of contents comes after the article on a phone; the link near the title reaches it.
    const toc = await page.locator('nav.toc').boundingBox();
    expect(toc!.y).toBeGreaterThan(5 * PHONE.height);
    for (const [name, target] of [['Contents', '#toc-title'], ['Cite this page', '#cite']] as const) {
      const link = page.locator('.jump-links').getByRole('link', { name, exact: true });
      const b = (await link.boundingBox())!;
      expect(b.y + b.height, name).toBeLessThanOrEqual(PHONE.height);
      expect(b.height, name).toBeGreaterThanOrEqual(24);
      expect(await link.getAttribute('href')).toBe(target);
    }
    await page.locator('.jump-links').getByRole('link', { name: 'Cite this page', exact: true }).click();
    await expect(page.locator('#cite details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    const cite = (await page.locator('#cite').boundingBox())!;
    expect(cite.y).toBeGreaterThanOrEqual(-1);
    expect(cite.y).toBeLessThan(PHONE.height / 2);
  });

  test.each([LONG_REVIEW, ...TABLE_REVIEWS, COMPOUND])('%s: every citation marker and bibliography back-link is a 24 × 24 px target (or has 24 px clear around it)', async (path) => {
    await open(path);
    const { checked, others } = await measureTargets('a.cite, .bib-back a');
    // Every marker on the page and in the bibliography: tens of them, not a handful.
    expect(checked.length, path).toBeGreaterThan(20);
    expect(targetSizeFailures(checked, others)).toEqual([]);
  });

  test.each([LONG_REVIEW, COMPOUND])('%s: the table of contents, section links and footer links are 24 px targets too', async (path) => {
    await open(path);
    const { checked, others } = await measureTargets('.toc a, .heading-anchor, .jump-links a, .footer-links a');
    expect(checked.length, path).toBeGreaterThan(8);
    expect(targetSizeFailures(checked, others)).toEqual([]);
  });

  test('larger citation targets leave the text as it was: lines with markers keep the paragraph line height', async () => {
    await open(LONG_REVIEW);
    const pitches = await page.evaluate(() => {
      const out: number[] = [];
      const blocks = [...document.querySelectorAll('.prose p, .prose li, .key-points li')].filter((el) => el.querySelector('a.cite') && !el.querySelector('ul, ol, p'));
      for (const p of blocks) {
        const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
        out.push(p.getBoundingClientRect().height / lineHeight);
      }
      return out;
    });
    expect(pitches.length).toBeGreaterThan(10);
    // A whole number of lines each: no line grew to fit a marker.
    for (const lines of pitches) expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.02);
  });
});

describe('tables at 390 px: a row\'s value and its source are on screen together, the page does not scroll sideways', () => {
  /** For every row of the tables matching `tables`: left and right edges of its value and source cells. */
  const rowEdges = (tables: string, value: string, source: string) =>
    page.evaluate(
      ([t, v, s]: [string, string, string]) =>
        [...document.querySelectorAll<HTMLTableElement>(t)].flatMap((table) =>
          [...table.tBodies].flatMap((body) =>
            [...body.rows].map((row) => {
              const edges = (sel: string) => {
                const cell = row.querySelector(sel);
                if (!cell) return undefined;
                const r = cell.getBoundingClientRect();
                return [Math.round(r.left), Math.round(r.right)];
              };
              return { value: edges(v), source: edges(s) };
            }),
          ),
        ),
      [tables, value, source] as [string, string, string],
    );
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test.each(TABLE_REVIEWS)('%s: each row is a card, its cells labelled by column', async (path) => {
    await open(path);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const rows = await rowEdges('.prose table', 'td:nth-child(2)', 'td:last-child');
    expect(rows.length, path).toBeGreaterThan(5);
    for (const { value, source } of rows) {
      for (const [left, right] of [value!, source!]) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(PHONE.width);
      }
    }
    // The source cell says what it is; the first cell titles the card, unlabelled.
    const table = page.locator('.prose table').first();
    expect(await table.locator('tbody td:last-child').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Source: "');
    expect(await table.locator('tbody td:first-child').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    // Assistive technology still reads a table with its header row.
    expect(await table.locator('thead th').count()).toBeGreaterThan(2);
  });

  test.each([COMPOUND, '/compounds/affinities/'])('%s: affinity table', async (path) => {
    await open(path);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const rows = await rowEdges('table.affinity-table, #affinity-table', 'td[data-label="Value"]', 'td[data-label="Source"], td[data-label="Reference"]');
    expect(rows.length, path).toBeGreaterThan(3);
    for (const { value, source } of rows) {
      for (const [left, right] of [value!, source!]) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(PHONE.width);
      }
    }
  });

  test.each([
    ['/compounds/', '#compound-table', 'td[data-label="S1R affinity"]', 'td[data-label="Highest phase"]'],
    ['/trials/', '#trial-table', 'td:nth-child(2)', 'td:last-child'],
    ['/evidence/', '#evidence-table', 'td[data-label="Effect"]', 'td[data-label="Source"]'],
    ['/references/by-author/s/', '#reference-table', 'td:nth-child(3)', 'td[data-label="Cited on"]'],
  ])('%s: rows become labelled blocks', async (path, table, value, source) => {
    await open(path);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await page.locator(table).locator('xpath=..').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const rows = await rowEdges(table, value, source);
    expect(rows.length, path).toBeGreaterThan(5);
    for (const { value: v, source: s } of rows) {
      for (const [left, right] of [v!, s!]) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(PHONE.width);
      }
    }
  });

  test('on a wide screen a review table stays a table with its header row', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(TABLE_REVIEWS[0]!);
    const table = page.locator('.prose table').first();
    expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    expect(await table.locator('tbody td').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-cell');
    expect(await table.locator('tbody td:last-child').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
  });
});

describe('filter controls at 390 px', () => {
  test.each(['/compounds/', '/evidence/'])('%s: one control per line, each beside its label, within the screen, at least 24 px tall', async (path) => {
    await open(path);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('.table-controls input, .table-controls select')].map((c) => {
        const r = c.getBoundingClientRect();
        const label = document.querySelector(`label[for="${c.id}"]`)!.getBoundingClientRect();
        return { id: c.id, top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, labelTop: label.top, labelBottom: label.bottom, labelRight: label.right };
      }),
    );
    expect(controls.length).toBeGreaterThan(3);
    const lefts = new Set(controls.map((c) => Math.round(c.left)));
    expect(lefts.size, 'all controls start at one edge').toBe(1);
    controls.forEach((c, i) => {
      expect(c.height, c.id).toBeGreaterThanOrEqual(24);
      expect(c.right, c.id).toBeLessThanOrEqual(PHONE.width);
      expect(c.labelRight, c.id).toBeLessThanOrEqual(c.left);
      // Label and control share a line.
      expect(c.labelTop, c.id).toBeLessThan(c.bottom);
      expect(c.labelBottom, c.id).toBeGreaterThan(c.top);
      if (i > 0) expect(c.top, c.id).toBeGreaterThanOrEqual(controls[i - 1]!.bottom);
    });
  });
});

describe('sorting at 390 px, where the card layout hides the header row', () => {
  test('/compounds/: the Sort select orders the rows as the column header does, and "As listed" restores them', async () => {
    await open('/compounds/');
    const firstRow = () => page.locator('#compound-table tbody tr:visible').first().locator('th, td').first().innerText();
    const listed = await firstRow();
    const select = page.locator('.table-controls select[data-sort]');
    expect(await select.isVisible()).toBe(true);
    await select.selectOption('compound:desc');
    expect(await page.locator('th[data-key="compound"]').getAttribute('aria-sort')).toBe('descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('compound');
    expect(new URL(page.url()).searchParams.get('dir')).toBe('desc');
    expect(await firstRow()).not.toBe(listed);
    await select.selectOption('');
    expect(await page.locator('th[data-key="compound"]').getAttribute('aria-sort')).toBeNull();
    expect(await firstRow()).toBe(listed);
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
  });

  test('on a wide screen the Sort select is hidden: the headers sort', async () => {
    const wide = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await wide.newPage();
    await p.goto(env.site.url + '/compounds/');
    expect(await p.locator('.table-controls select[data-sort]').isVisible()).toBe(false);
    await wide.close();
  });
});
