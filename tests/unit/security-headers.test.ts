import { expect, test } from 'vitest';
import { contentSecurityPolicy, headersFile, headersFor } from '../../src/lib/security-headers.ts';

test('the CSP allows no inline or eval scripts, and no inline styles', () => {
  const csp = contentSecurityPolicy();
  const script = /script-src ([^;]+)/.exec(csp)![1]!;
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toMatch(/'unsafe-eval'/);
  expect(/style-src ([^;]+)/.exec(csp)![1]).toBe("'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(contentSecurityPolicy(true)).not.toContain('frame-ancestors');
});

test('headers per path: hashed assets immutable, the search index revalidated, security headers everywhere', () => {
  const file = headersFile();
  expect(headersFor('/_astro/x.js', file)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  const html = headersFor('/reviews/x/', file);
  expect(html['Cache-Control']).toBeUndefined();
  expect(headersFor('/pagefind/pagefind.js', file)['Cache-Control']).toBe('public, max-age=0, must-revalidate');
  expect(html['X-Content-Type-Options']).toBe('nosniff');
  expect(html['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  expect(html['Permissions-Policy']).toContain('camera=()');
  expect(headersFor('/_astro/x.js', file)['Content-Security-Policy']).toBeDefined();
});
