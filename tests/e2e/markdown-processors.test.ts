/**
 * The Markdown processor switch (ATLAS_MARKDOWN, src/plugins/markdown.ts) on a real build: the
 * fixture project built once with unified and once with Sätteri gives the review page the same
 * citation links, bibliography, heading anchors and rel="noopener", so either can be the default.
 * Both builds get one extra paragraph with an external link (the fixture review has none).
 */
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildProject, fixtureProject, removeFixtures } from '../helpers/fixtures.ts';

afterAll(removeFixtures);

const REVIEW = 'reviews/sigma-1-receptor/index.html';
const EXTRA = '\nMore in [PubMed](https://pubmed.ncbi.nlm.nih.gov/27042935/) and from @schmidt2016-nature.\n';
// The two known differences, both without effect on readers: Sätteri keeps the line breaks
// between table rows that unified drops, and writes GFM footnotes' boolean attributes as ="true"
// (unified's, serialized by MDX optimize, come out as ="").
const normalize = (html: string) => html.replace(/>\s+</g, '><').replace(/ (data-footnotes?(?:-ref)?)="(?:true)?"/g, ' $1');
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);

const pages: Record<'unified' | 'satteri', string> = { unified: '', satteri: '' };

beforeAll(() => {
  const root = fixtureProject();
  appendFileSync(path.join(root, 'content/reviews/sigma-1-receptor.mdx'), EXTRA);
  for (const name of ['unified', 'satteri'] as const) {
    const { status, output } = buildProject(root, { ATLAS_MARKDOWN: name });
    expect(status, output).toBe(0);
    pages[name] = normalize(readFileSync(path.join(root, 'dist', REVIEW), 'utf8'));
    cpSync(path.join(root, 'dist'), path.join(root, `dist-${name}`), { recursive: true });
    rmSync(path.join(root, 'dist'), { recursive: true });
  }
}, 180_000);

describe('the review page built with Sätteri matches unified', () => {
  test.each([
    ['citation links', /<span class="citation">\[.*?\]<\/span>/g],
    ['bibliography', /<section class="bibliography"[\s\S]*?<\/section>/g],
    ['headings and their anchors', /<h[2-4] id="[^"]+">.*?<\/h[2-4]>/g],
    ['external links', /<a href="https?:[^"]*"[^>]*>/g],
  ])('%s', (_what, re) => {
    const found = all(pages.unified, re);
    expect(found.length).toBeGreaterThan(0);
    expect(all(pages.satteri, re)).toEqual(found);
  });

  test('the pages are equal as a whole', () => {
    expect(pages.satteri).toBe(pages.unified);
  });

  test('what the switch must keep', () => {
    expect(pages.satteri).toContain('<h2 id="structure">Structure<a class="heading-anchor" href="#structure" data-pagefind-ignore="all">');
    expect(pages.satteri).toContain('<a href="https://pubmed.ncbi.nlm.nih.gov/27042935/" rel="noopener">PubMed</a>');
    expect(pages.satteri).toMatch(/Schmidt( et al\.)? <span class="citation">\[<a href="#ref-schmidt2016-nature" class="cite" id="cite-1-\d+">1<\/a>\]<\/span>/);
  });
});
