/**
 * A static server over a built dist/ for the browser measurements, as a CDN serves the site: gzip
 * for text types when the client accepts it, directory URLs to index.html, 404.html otherwise.
 * (tests/helpers/site.ts serveDist sends bodies uncompressed, which would make Lighthouse judge
 * transfer sizes no real host sends.) Listens on 127.0.0.1 only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveDistPath } from '../../tests/helpers/site.ts';

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
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serveDist(dist: string): Promise<Served> {
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    if (!urlPath.endsWith('/') && !path.extname(urlPath) && existsSync(path.join(dist, urlPath, 'index.html'))) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
    const file = resolveDistPath(urlPath, dist);
    const target = file ?? path.join(dist, '404.html');
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(target);
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(file ? 200 : 404, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
