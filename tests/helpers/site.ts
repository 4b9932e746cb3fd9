/**
 * The built site for end-to-end tests: a static server over dist/ (as a CDN would serve it) and
 * Debian's Chromium driven by playwright-core. No test touches the network beyond 127.0.0.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

export { CHROMIUM, launchBrowser } from '../../scripts/lib/browser.ts';

/** Redirect pages (old slugs) are built too; they are checked by the permalink tests, not as pages. */
export function isRedirectPage(page: string, dist = DIST): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(resolveDistPath(page, dist)!, 'utf8'));
}

/** Every built HTML page as its URL path ("/reviews/x/"), excluding Pagefind's files and redirects. */
export function builtPages(dist = DIST): string[] {
  return allHtmlPages(dist).filter((p) => !isRedirectPage(p, dist));
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
