/** axe-core in Chromium on every built page, in light and dark colour schemes: zero violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, launchBrowser, serveDist } from '../helpers/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
const pages: Record<'light' | 'dark', Page | undefined> = { light: undefined, dark: undefined };

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    pages[scheme] = await context.newPage();
  }
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return results as string[];
}

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  test.each(builtPages())('%s', async (path) => {
    const page = pages[scheme]!;
    await page.goto(site.url + path, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
