/**
 * Imported data (BibTeX, RIS, PubTator, CSL-JSON) comes from outside: it must never reach a page as
 * markup or script. Each hostile value goes through the same functions the pages use.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { CitationRegistry } from '../../src/lib/citations/registry.ts';
import { formatReference } from '../../src/lib/citations/format.ts';
import { parseToCsl, toReference } from '../../src/lib/references/import.ts';
import { jsonLd, serializeJsonLd } from '../../src/lib/page-meta.ts';
import { sanitizeInlineHtml } from '../../src/lib/sanitize.ts';
import { citeText } from '../../src/lib/citations/render.ts';

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert(1)", '<a href="javascript:alert(1)">x</a>', '</script><script>alert(1)</script>'];
/** Elements and attributes a browser would act on, after parsing the HTML as a browser does. */
function activeMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (el: Element) => {
    if (!['i', 'b', 'em', 'strong', 'sup', 'sub', 'span'].includes(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [k, v] of Object.entries(el.properties)) if (/^on/i.test(k) || /javascript:/i.test(String(v))) found.push(`${k}=`);
  });
  return found;
}

describe('formatted references escape hostile fields', () => {
  test.each(HOSTILE)('%s', (evil) => {
    const html = formatReference(`h-${HOSTILE.indexOf(evil)}`, {
      type: 'article-journal',
      title: `Title ${evil}`,
      author: [{ family: `Family ${evil}`, given: evil }],
      'container-title': `Journal ${evil}`,
      issued: { 'date-parts': [[2020]] },
    });
    expect(activeMarkup(html)).toEqual([]);
  });
});

test('the sanitizer keeps CSL rich text and drops everything else', () => {
  expect(sanitizeInlineHtml('<i>Nature</i> <span style="font-variant:small-caps;">x</span> <img src=x onerror=alert(1)><script>alert(1)</script><b onclick="x()">b</b>')).toBe(
    '<i>Nature</i> <span style="font-variant:small-caps;">x</span> alert(1)<b>b</b>',
  );
  expect(sanitizeInlineHtml('<span style="background:url(javascript:alert(1))">y</span>')).toBe('<span>y</span>');
});

test('BibTeX and RIS imports carry hostile text as text', () => {
  const bib = `@article{evil2020, title = {Evil <script>alert(1)</script> title}, author = {Doe, <img src=x onerror=alert(1)>}, journal = {J}, year = {2020}}`;
  const [item] = parseToCsl('evil.bib', bib);
  const ref = toReference(item!);
  expect(ref.title).toContain('<script>');
  expect(activeMarkup(formatReference('evil-bib', ref as never))).toEqual([]);
  const ris = 'TY  - JOUR\nTI  - Evil <script>alert(1)</script>\nAU  - Doe, J\nPY  - 2020\nER  - \n';
  const [r] = parseToCsl('evil.ris', ris);
  expect(activeMarkup(formatReference('evil-ris', toReference(r!) as never))).toEqual([]);
});

test('citations in key points escape surrounding text', () => {
  const refs = new Map([['a', { title: 'A', author: [{ family: 'X' }] }]]);
  const html = toHtml(citeText('<script>alert(1)</script> [@a]', new CitationRegistry(), refs));
  expect(html).toContain('&#x3C;script>');
  expect(html).not.toContain('<script>');
});

test('JSON-LD cannot close its script element', () => {
  const text = serializeJsonLd(jsonLd({ title: '</script><script>alert(1)</script>', description: 'd', url: 'https://x/', siteName: 's', publisher: 'p', published: '2026-01-01', modified: '2026-01-01', about: 'Drug' }));
  expect(text).not.toContain('</script>');
  expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
});
