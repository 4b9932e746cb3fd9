/**
 * Reader-side weight of a first visit, measured in Chromium: every response the page loads without
 * any interaction (until the network is idle), each body gzipped here (level 6, never counted
 * larger than the raw body), summed by kind. A fresh browser context per page, so nothing is cached.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { gzipBytes } from './util.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface LoadedResource {
  url: string;
  kind: ResourceKind;
  status: number;
  rawBytes: number;
  gzipBytes: number;
  /** ms after the measurement started that the request was sent. */
  startedMs: number;
}

export interface PageWeight {
  type: string;
  path: string;
  status: number;
  htmlGzip: number;
  /** HTML + CSS + JS + fonts + images + anything else, gzipped. */
  totalGzip: number;
  jsGzip: number;
  cssGzip: number;
  fontGzip: number;
  imageGzip: number;
  requests: number;
  resources: LoadedResource[];
}

export function kindOf(resourceType: string, url: string, contentType = ''): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url) || contentType.includes('javascript')) return 'js';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Record every response of `page` from now on; `settle()` waits for their bodies. */
export function recordResponses(page: Page): { resources: LoadedResource[]; settle: () => Promise<void>; mark: () => number } {
  const t0 = performance.now();
  const resources: LoadedResource[] = [];
  const pending: Promise<void>[] = [];
  const started = new Map<string, number>();
  page.on('request', (req) => started.set(`${req.method()} ${req.url()}`, performance.now() - t0));
  page.on('response', (res: Response) => {
    pending.push(
      (async () => {
        const req = res.request();
        let body: Buffer = Buffer.alloc(0);
        try {
          body = await res.body();
        } catch {
          // Redirects and aborted requests have no body.
        }
        resources.push({
          url: res.url(),
          kind: kindOf(req.resourceType(), res.url(), res.headers()['content-type'] ?? ''),
          status: res.status(),
          rawBytes: body.length,
          gzipBytes: gzipBytes(body),
          startedMs: started.get(`${req.method()} ${res.url()}`) ?? Number.NaN,
        });
      })(),
    );
  });
  return {
    resources,
    settle: async () => {
      await Promise.all(pending);
    },
    mark: () => performance.now() - t0,
  };
}

export const sumBy = (resources: readonly LoadedResource[], kind?: ResourceKind) => resources.filter((r) => !kind || r.kind === kind).reduce((s, r) => s + r.gzipBytes, 0);

export async function measurePage(browser: Browser, baseUrl: string, type: string, urlPath: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const rec = recordResponses(page);
    const response = await page.goto(baseUrl + urlPath, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await rec.settle();
    const r = rec.resources;
    return {
      type,
      path: urlPath,
      status: response?.status() ?? 0,
      htmlGzip: sumBy(r, 'html'),
      totalGzip: sumBy(r),
      jsGzip: sumBy(r, 'js'),
      cssGzip: sumBy(r, 'css'),
      fontGzip: sumBy(r, 'font'),
      imageGzip: sumBy(r, 'image'),
      requests: r.length,
      resources: r.map((x) => ({ ...x, url: x.url.replace(baseUrl, '') })),
    };
  } finally {
    await context.close();
  }
}

export const READER_PAGES = [
  { type: 'home', path: '/' },
  { type: 'review', path: '/reviews/neuropathic-pain/' },
  { type: 'compound', path: '/compounds/e-52862/' },
  { type: 'trial', path: '/trials/pridopidine-proof-hd/' },
  { type: 'compound table', path: '/compounds/' },
  { type: 'search page', path: '/search/' },
] as const;
