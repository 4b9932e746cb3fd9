/**
 * Security and caching headers for a static host, in one place: written to dist/_headers (the
 * format Netlify and Cloudflare Pages read) by a build step, applied by the test server, and the
 * CSP is also set as a <meta> for hosts that ignore _headers.
 *
 * No 'unsafe-inline' for scripts: every script is an external file. Pagefind compiles WebAssembly
 * ('wasm-unsafe-eval'). No inline styles either: no page has a style attribute or <style> element
 * (Pagefind's Modular UI sets none; scripts position previews through the CSSOM, which CSP allows).
 */
export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** The CSP as a header value; `forMeta` drops directives a <meta> CSP may not carry. */
export function contentSecurityPolicy(forMeta = false): string {
  return CSP_DIRECTIVES.filter(([k]) => !forMeta || k !== 'frame-ancestors')
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/**
 * Path rules, each header set by exactly one block (hosts differ in how they merge duplicates):
 * security headers on every path; hashed assets immutable for a year; Pagefind's files (pagefind.js
 * keeps its name across builds) revalidated. HTML keeps the host's default, which revalidates.
 */
export const CACHE_RULES: [string, string][] = [
  ['/_astro/*', 'public, max-age=31536000, immutable'],
  ['/pagefind/*', 'public, max-age=0, must-revalidate'],
];

export function headersFile(): string {
  const lines = ['# Written by the build (src/lib/security-headers.ts). Netlify / Cloudflare Pages format.', '/*'];
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${k}: ${v}`);
  for (const [path, cache] of CACHE_RULES) lines.push(path, `  Cache-Control: ${cache}`);
  return lines.join('\n') + '\n';
}

/** Headers for one URL path from a _headers file's text (all matching blocks, later ones win). */
export function headersFor(urlPath: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  let matches = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      matches = pattern.test(urlPath);
    } else if (matches) {
      const i = line.indexOf(':');
      out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return out;
}
