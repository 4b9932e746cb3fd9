/**
 * Gates over every built page, without a browser: HTML validity, head metadata, and no broken
 * internal link or anchor. Adding a page type needs no change here.
 */
import { GENERIC_LINK_TEXT } from '../../src/lib/link-text.ts';
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, resolveDistPath } from '../helpers/site.ts';

const pages = builtPages();
const trees = new Map<string, Root>();
const ids = new Map<string, Set<string>>();

beforeAll(() => {
  for (const page of pages) {
    const tree = fromHtml(readFileSync(resolveDistPath(page)!, 'utf8'));
    trees.set(page, tree);
    const set = new Set<string>();
    visit(tree, 'element', (el: Element) => {
      if (typeof el.properties['id'] === 'string') set.add(el.properties['id']);
    });
    ids.set(page, set);
  }
});

test('the build has every kind of page', () => {
  for (const prefix of ['/reviews/', '/compounds/', '/trials/', '/methods/', '/findings/', '/conditions/', '/references/']) {
    expect(pages.filter((p) => p.startsWith(prefix) && p !== prefix).length, prefix).toBeGreaterThan(0);
  }
  for (const p of ['/', '/about/', '/404.html', '/search/', '/glossary/', '/evidence/']) expect(pages).toContain(p);
});

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements in its own (valid HTML5) style.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Long attribute values (JSON-LD, meta descriptions) are fine.
    'long-title': 'off',
    // Inline styles are only used for small one-off layout tweaks.
    'no-inline-style': 'off',
    // We link to the same target from several places on purpose (citations, back-links).
    'no-redundant-role': 'error',
    // HTML5 ids may start with a digit (heading slugs such as "2016-the-first-crystal-structure").
    'valid-id': ['error', { relaxed: true }],
    // "Link to this section" anchors inside headings are a deliberate pattern.
    'text-content': 'off',
  },
});

describe('every page is valid HTML', () => {
  test.each(pages)('%s', async (page) => {
    const report = await validator.validateString(readFileSync(resolveDistPath(page)!, 'utf8'), page);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

function head(tree: Root) {
  const meta = new Map<string, string>();
  let title = '';
  let canonical = '';
  let lang = '';
  visit(tree, 'element', (el: Element) => {
    const p = el.properties;
    if (el.tagName === 'html') lang = String(p['lang'] ?? '');
    if (el.tagName === 'title') title = el.children.map((c) => ('value' in c ? c.value : '')).join('');
    if (el.tagName === 'meta' && p['name']) meta.set(String(p['name']), String(p['content'] ?? ''));
    if (el.tagName === 'link' && String(p['rel']) === 'canonical') canonical = String(p['href']);
  });
  return { meta, title, canonical, lang };
}

describe('every page has lang, title, description and canonical URL', () => {
  test.each(pages)('%s', (page) => {
    const h = head(trees.get(page)!);
    expect(h.lang).toBe('en');
    expect(h.title.length).toBeGreaterThan(3);
    // The page of a cited work that Zotero cannot read from COinS (a "+" in its title) has no
    // description: Zotero would save it as the work's abstract (src/layouts/Article.astro).
    const withoutCoins = /^\/references\/[^/]+\/$/.test(page) && !readFileSync(resolveDistPath(page)!, 'utf8').includes('class="Z3988"');
    if (withoutCoins) expect(h.meta.get('description')).toBeUndefined();
    else expect(h.meta.get('description')?.length ?? 0).toBeGreaterThan(20);
    expect(h.canonical).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    if (page !== '/404.html') expect(new URL(h.canonical).pathname).toBe(page);
  });
});

describe('no broken internal link or anchor', () => {
  test.each(pages)('%s', (page) => {
    const broken: string[] = [];
    visit(trees.get(page)!, 'element', (el: Element) => {
      const href = el.tagName === 'a' || el.tagName === 'link' ? el.properties['href'] : undefined;
      if (typeof href !== 'string' || /^(https?:|mailto:|data:)/.test(href)) return;
      const url = new URL(href, `http://site${page}`);
      if (url.host !== 'site') return;
      const target = url.pathname;
      // Pagefind's files exist only after indexing; the search test covers them.
      if (!target.startsWith('/pagefind/') && !resolveDistPath(target)) broken.push(`${href} (no page)`);
      else if (url.hash && target !== '/pagefind/') {
        const targetPage = ids.has(target) ? target : undefined;
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (targetPage && !ids.get(targetPage)!.has(anchor)) broken.push(`${href} (no #${anchor})`);
      }
      if (!href.startsWith('#') && !/\/$|\.[a-z0-9]+$/i.test(target)) broken.push(`${href} (no trailing slash)`);
    });
    expect(broken).toEqual([]);
  });
});


describe('every link says where it goes', () => {
  test.each(pages)('%s', (page) => {
    const vague: string[] = [];
    visit(trees.get(page)!, 'element', (el: Element) => {
      if (el.tagName !== 'a' || typeof el.properties['href'] !== 'string') return;
      const written = toText(el).trim();
      const text = written.toLowerCase();
      // A trial's acronym is its name, not an instruction: version pages keep old text that links
      // "START" to the START trial's page (current pages say "START trial", src/lib/link-text.ts).
      const trialName = written === written.toUpperCase() && el.properties['href'].startsWith('/trials/');
      if (GENERIC_LINK_TEXT.has(text) && !trialName) vague.push(`"${text}" → ${el.properties['href']}`);
    });
    expect(vague).toEqual([]);
  });
});

function toText(node: Element | Root): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? toText(c) : '')).join('');
}
