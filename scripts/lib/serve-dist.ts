/**
 * A static server over a built dist/, as a static host or CDN serves the site: directory URLs to
 * index.html (and a 301 to add the trailing slash), 404.html otherwise, the response headers the
 * site ships in dist/_headers, and with `gzip`, text bodies gzip-compressed (level 6) for clients
 * that accept it. Listens on 127.0.0.1 only. Used by the end-to-end tests (tests/helpers/site.ts)
 * and by the bench (scripts/bench.ts), which measures transfer sizes and so asks for gzip.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor } from '../../src/lib/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm|x-bibtex|x-research-info-systems)|image\/svg)/;

/** Resolve a URL path to a file in dist/ the way static hosts do (directory -> index.html). */
export function resolveDistPath(urlPath: string, dist: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = path.join(dist, clean);
  if (!file.startsWith(dist)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export interface ServedSite {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export async function serveDist(dist: string, { gzip = false } = {}): Promise<ServedSite> {
  const headerRules = existsSync(path.join(dist, '_headers')) ? readFileSync(path.join(dist, '_headers'), 'utf8') : undefined;
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    // Directory URLs without the trailing slash redirect, as on a static host.
    if (!urlPath.endsWith('/') && !path.extname(urlPath) && existsSync(path.join(dist, urlPath, 'index.html'))) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
    const file = resolveDistPath(urlPath, dist);
    const target = file ?? path.join(dist, '404.html');
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { ...(headerRules ? headersFor(urlPath, headerRules) : {}), 'content-type': type };
    let body = readFileSync(target);
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(file ? 200 : 404, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
