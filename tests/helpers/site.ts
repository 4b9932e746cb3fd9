/**
 * The built site for end-to-end tests: a static server over dist/ (as a CDN would serve it) and
 * Debian's Chromium driven by playwright-core. No test touches the network beyond 127.0.0.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { resolveDistPath as resolvePath, serveDist as serve, type ServedSite } from '../../scripts/lib/serve-dist.ts';

/** The built site; ATLAS_DIST points the tests at another build (e.g. a private copy). */
export const DIST = process.env['ATLAS_DIST'] ?? path.resolve(import.meta.dirname, '../../dist');

/** Resolve a URL path to a file in dist/ the way static hosts do (directory -> index.html). */
export function resolveDistPath(urlPath: string, dist = DIST): string | undefined {
  return resolvePath(urlPath, dist);
}

/** dist/ served as a static host serves it, with the headers the site ships (scripts/lib/serve-dist.ts). */
export function serveDist(dist = DIST): Promise<ServedSite> {
  return serve(dist);
}

import { launchBrowser } from '../../scripts/lib/browser.ts';
export { CHROMIUM, launchBrowser } from '../../scripts/lib/browser.ts';

/**
 * dist/ served and one Chromium, for the tests of the file or describe block that calls this:
 * started before its tests and closed after them (after the caller's own afterAll hooks, which run
 * first). Read `.site` and `.browser` inside tests and hooks; they are set once beforeAll has run.
 */
export function useSiteAndBrowser(): { readonly site: ServedSite; readonly browser: Browser } {
  const held = {} as { site: ServedSite; browser: Browser };
  beforeAll(async () => {
    held.site = await serveDist();
    held.browser = await launchBrowser();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.site?.close();
  });
  return held;
}

/**
 * A new context and page before each test (the previous one closed), collecting the page's script
 * errors and console errors, so each test starts clean and can assert none happened.
 */
export function useFreshPage(env: { readonly browser: Browser }, options: BrowserContextOptions = {}): { readonly page: Page; readonly errors: string[] } {
  const held = { errors: [] as string[] } as { page: Page; context: BrowserContext | undefined; errors: string[] };
  beforeEach(async () => {
    await held.context?.close();
    held.context = await env.browser.newContext(options);
    held.page = await held.context.newPage();
    held.errors.length = 0;
    held.page.on('pageerror', (e) => held.errors.push(e.message));
    held.page.on('console', (m) => m.type() === 'error' && held.errors.push(m.text()));
  });
  afterAll(async () => {
    await held.context?.close();
  });
  return held;
}

/** Redirect pages (old slugs) are built too; they are checked by the permalink tests, not as pages. */
export function isRedirectPage(page: string, dist = DIST): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(resolveDistPath(page, dist)!, 'utf8'));
}

const VERSION_PAGE = /\/v\/[0-9a-f]{10}\/$/;

/**
 * Every built HTML page as its URL path ("/reviews/x/"), excluding Pagefind's files and redirects,
 * and of the version pages (/<page>/v/<revision>/, one per revision of every page: hundreds, all
 * made by one template) only a sample: the first and last of each section. versionPages() has all.
 */
export function builtPages(dist = DIST): string[] {
  const all = allHtmlPages(dist).filter((p) => !isRedirectPage(p, dist));
  const versions = all.filter((p) => VERSION_PAGE.test(p));
  const sample = new Set<string>();
  for (const section of new Set(versions.map((p) => p.split('/')[1]))) {
    const list = versions.filter((p) => p.split('/')[1] === section);
    sample.add(list[0]!).add(list.at(-1)!);
  }
  return all.filter((p) => !VERSION_PAGE.test(p) || sample.has(p));
}

/** Every version page (/<page>/v/<revision>/). */
export function versionPages(dist = DIST): string[] {
  return allHtmlPages(dist).filter((p) => VERSION_PAGE.test(p));
}

export function redirectPages(dist = DIST): string[] {
  return allHtmlPages(dist).filter((p) => isRedirectPage(p, dist));
}

function allHtmlPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, p).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel === '/index.html' ? '/' : rel);
      }
    }
  };
  walk(dist);
  return out.map((p) => (p === '/index.html' ? '/' : p)).sort();
}
