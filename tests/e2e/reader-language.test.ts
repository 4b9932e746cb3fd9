/**
 * What readers see, read from the built pages: no working language (the project's source
 * documents called "seeds", citation keys written as text, developers' commit messages) anywhere
 * in a page's main content, on /changes/ or in the feed, and reviews whose substantial paragraphs
 * cite their sources.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { builtPages, resolveDistPath } from '../helpers/site.ts';

const keys = new Set(readContent(ROOT).entries.filter((e) => e.collection === 'references').map((e) => e.id));
const pages = builtPages();

/** The page's <main> with code, pre and links' targets left out: the words a reader reads as prose. */
function mainText(page: string): { tree: Root; text: string } {
  const tree = fromHtml(readFileSync(resolveDistPath(page)!, 'utf8'));
  let main: Element | undefined;
  visit(tree, 'element', (el: Element) => {
    if (!main && el.tagName === 'main') main = el;
  });
  if (!main) return { tree, text: '' };
  const copy = structuredClone(main);
  visit(copy, 'element', (el: Element, i, parent) => {
    if (parent && typeof i === 'number' && ['code', 'pre', 'script', 'style', 'template'].includes(el.tagName)) {
      parent.children.splice(i, 1);
      return i;
    }
    return undefined;
  });
  return { tree, text: toText(copy) };
}

describe('pages speak to readers', () => {
  // Version pages (/<page>/v/<revision>/) reproduce a revision's text as readers saw it then, from
  // before these rules held: they are a record and are not rewritten. Their own words are checked below.
  test.each(pages.filter((p) => !/\/v\/[0-9a-f]{10}\/$/.test(p)))('%s: no "seed" and no citation key written as text', (page) => {
    // Addresses (permalinks printed for paper copies) are not prose.
    const text = mainText(page).text.replace(/https?:\/\/\S+/g, ' ');
    expect(text.match(/\bseeds?\b/gi) ?? []).toEqual([]);
    const shown = [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9_.+-]*[A-Za-z0-9]/g)].map((m) => m[0]).filter((w) => keys.has(w));
    expect(shown).toEqual([]);
  });
});

describe('commit messages are developer text and reach no reader', () => {
  // Subjects of commits that changed content (as the build's history reads them), unless a commit's
  // reader summary says the same.
  const log = execFileSync('git', ['log', '--format=%s%x1f%(trailers:key=Reader-summary,valueonly,separator=%x20)', '--', 'content'], { cwd: ROOT, encoding: 'utf8' });
  const subjects = log
    .split('\n')
    .map((line) => line.split('\x1f'))
    .filter(([subject = '', summary = '']) => subject.length >= 24 && !summary.includes(subject))
    .map(([subject = '']) => subject.slice(0, 60));
  const history = [...pages.filter((p) => /^\/reviews\/[^/]+\/$/.test(p)).slice(0, 5), ...pages.filter((p) => /^\/reviews\/[^/]+\/v\/[0-9a-f]{10}\/$/.test(p))];

  test('the history has commits to check against', () => {
    expect(subjects.length).toBeGreaterThan(10);
  });

  test.each(['/changes/', '/rss.xml', ...history])('%s shows no commit subject', (page) => {
    const html = readFileSync(resolveDistPath(page)!, 'utf8');
    const xmlText = () => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
    const text = page.endsWith('.xml') ? xmlText() : toText(fromHtml(html));
    expect(subjects.filter((s) => text.includes(s))).toEqual([]);
  });
});

describe('reviews cite their sources', () => {
  const reviews = pages.filter((p) => /^\/reviews\/[^/]+\/$/.test(p));

  test.each(reviews)('%s: at least 90 percent of paragraphs of 30 words or more carry a citation', (page) => {
    const { tree } = mainText(page);
    let long = 0;
    let cited = 0;
    visit(tree, 'element', (el: Element) => {
      if (el.tagName !== 'div' || !String(el.properties['className'] ?? '').includes('prose')) return;
      visit(el, 'element', (p: Element) => {
        if (p.tagName !== 'p' && p.tagName !== 'li') return;
        if (toText(p).split(/\s+/).filter(Boolean).length < 30) return;
        long++;
        let hasCite = false;
        visit(p, 'element', (a: Element) => {
          if (a.tagName === 'a' && String(a.properties['className'] ?? '').includes('cite')) hasCite = true;
        });
        if (hasCite) cited++;
      });
    });
    expect(long, 'a review has substantial paragraphs').toBeGreaterThan(3);
    expect(cited / long).toBeGreaterThanOrEqual(0.9);
  });
});
