/**
 * The built site for end-to-end tests: a static server over dist/ (as a CDN would serve it) and
 * Debian's Chromium driven by playwright-core. No test touches the network beyond 127.0.0.1.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { headersFor } from '../../src/lib/security-headers.ts';

/** The built site; ATLAS_DIST points the tests at another build (e.g. a private copy). */
export const DIST = process.env['ATLAS_DIST'] ?? path.resolve(import.meta.dirname, '../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

/** Resolve a URL path to a file in dist/ the way static hosts do (directory -> index.html). */
export function resolveDistPath(urlPath: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = path.join(dist, clean);
  if (!file.startsWith(dist)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export async function serveDist(dist = DIST): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    // Directory URLs without the trailing slash redirect, as on a static host.
    if (!urlPath.endsWith('/') && !path.extname(urlPath) && existsSync(path.join(dist, urlPath, 'index.html'))) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
    const file = resolveDistPath(urlPath, dist);
    const target = file ?? path.join(dist, '404.html');
    // Serve the headers the site ships in dist/_headers, as a static host would.
    const headers = existsSync(path.join(dist, '_headers')) ? headersFor(urlPath, readFileSync(path.join(dist, '_headers'), 'utf8')) : {};
    res.writeHead(file ? 200 : 404, { ...headers, 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

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
