/** axe-core run inside a Playwright page: the list of violations as "rule: selectors". */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The rules whose result depends on colour. The dark scheme changes only colour variables
 * (src/styles/global.css), so a page already checked in the light scheme needs only these in the
 * dark one: the same DOM, the same layout, other colours (about 40% of axe's time per page saved).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Make every page of this context start with axe loaded (an init script, sent to the browser once),
 * for tests that check many pages: injecting axe's 550 KB into each page took a third of the time
 * per page (118 of 335 ms over 33 built pages; 189 ms in all with the init script).
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (colourRules) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, {
      resultTypes: ['violations'],
      // WCAG 2.2 target size (24 px) is off by default in axe; Lighthouse checks it, so do we.
      ...(colourRules ? { runOnly: { type: 'rule', values: colourRules } } : { rules: { 'target-size': { enabled: true } } }),
    });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, colourOnly ? COLOUR_RULES : null);
}

/**
 * Lend out a fixed set of pages, one test at a time each, for tests that run concurrently: with two
 * or three pages in flight, the browser renders one page while axe runs in another and the test
 * process waits on neither.
 */
export function pagePool(pages: Page[]): <T>(use: (page: Page) => Promise<T>) => Promise<T> {
  const free = [...pages];
  const waiting: ((page: Page) => void)[] = [];
  return async (use) => {
    const page = free.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
    try {
      return await use(page);
    } finally {
      const next = waiting.shift();
      if (next) next(page);
      else free.push(page);
    }
  };
}
