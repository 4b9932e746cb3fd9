import { describe, expect, test } from 'vitest';
import { citationMetaOf, sampleByStructure, structureOf } from '../helpers/page-structure.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
const reference = (title: string, year: number) => page(`<h1 class="title">${title}</h1><p class="meta">${year}</p><a href="/r/${year}/">cited by</a>`);

describe('structureOf', () => {
  test('pages of one template that differ only in text and attribute values have one structure', () => {
    expect(structureOf(reference('Sigma receptors', 1992))).toBe(structureOf(reference('A longer title about σ1 & DTG', 2024)));
  });

  test.each([
    ['another class', page('<h1 class="title wide">x</h1><p class="meta">1</p><a href="/">c</a>')],
    ['another element', page('<h1 class="title">x</h1><p class="meta">1</p><a href="/">c</a><table><tr><td>1</td></tr></table>')],
    ['an ARIA attribute', page('<h1 class="title">x</h1><p class="meta" aria-hidden="true">1</p><a href="/">c</a>')],
    ['a role', page('<h1 class="title">x</h1><p class="meta" role="note">1</p><a href="/">c</a>')],
    ['a link that is not a link (no href)', page('<h1 class="title">x</h1><p class="meta">1</p><a>c</a>')],
    ['a language change', page('<h1 class="title" lang="de">x</h1><p class="meta">1</p><a href="/">c</a>')],
  ])('%s makes another structure', (_, html) => {
    expect(structureOf(html)).not.toBe(structureOf(reference('x', 1)));
  });

  test('the heading outline is part of the structure, and repeats of a level are not', () => {
    const outline = (levels: number[]) => structureOf(page(levels.map((l) => `<h${l}>x</h${l}>`).join('')));
    expect(outline([1, 2, 2, 2])).toBe(outline([1, 2]));
    expect(outline([1, 2, 3])).not.toBe(outline([1, 3, 2]));
  });

  test('the value of a role is part of the structure', () => {
    expect(structureOf(page('<div role="note">x</div>'))).not.toBe(structureOf(page('<div role="alert">x</div>')));
  });

  test('the order of classes and attributes does not matter', () => {
    expect(structureOf(page('<p class="a b" id="x" title="t">1</p>'))).toBe(structureOf(page('<p title="u" class="b a" id="y">2</p>')));
  });
});

describe('sampleByStructure', () => {
  const refs = Array.from({ length: 25 }, (_, i) => ({ path: `/references/r${String(i).padStart(2, '0')}/`, html: reference(`t${i}`, 1990 + i) }));
  const odd = { path: '/references/odd/', html: page('<h1 class="title">x</h1><table><tr><th>a</th></tr></table>') };
  const review = { path: '/reviews/a/', html: reference('same structure as the references, other section', 2000) };

  test('takes the first, the last and every spread-th page of a group, and every page alone in its structure', () => {
    const chosen = sampleByStructure([...refs, odd, review], 10);
    expect(chosen).toEqual(['/references/r00/', '/references/r10/', '/references/r20/', '/references/r24/', '/references/odd/', '/reviews/a/']);
  });

  test('groups within a section: a page of another section with the same structure is still checked', () => {
    expect(sampleByStructure([...refs, review], 100)).toContain('/reviews/a/');
  });

  test('the choice does not depend on the order pages are listed in, and keeps that order', () => {
    const shuffled = [refs[7]!, ...refs.slice(0, 7).reverse(), ...refs.slice(8)];
    const chosen = sampleByStructure(shuffled, 10);
    expect(new Set(chosen)).toEqual(new Set(sampleByStructure(refs, 10)));
    expect(chosen).toEqual(shuffled.map((p) => p.path).filter((p) => chosen.includes(p)));
  });

  test('a spread of 1 takes every page', () => {
    expect(sampleByStructure(refs, 1)).toEqual(refs.map((p) => p.path));
  });
});

describe('citationMetaOf (what Zotero reads)', () => {
  const withMeta = (meta: string, body = '') => `<!doctype html><html><head><title>t</title>${meta}</head><body>${body}</body></html>`;
  test('pages with the same meta tag names share a key whatever the values; the body does not count', () => {
    const a = withMeta('<meta name="citation_title" content="A"><meta name="DC.date" content="2024-01-01"><meta property="og:title" content="A">', '<h1>A</h1>');
    const b = withMeta('<meta property="og:title" content="B"><meta name="citation_title" content="B"><meta name="DC.date" content="2025"><meta name="DC.date" content="x">', '<table><tr><td>1</td></tr></table>');
    expect(citationMetaOf(a)).toBe(citationMetaOf(b));
  });
  test('another meta name, or a COinS span, makes another key; meta tags in the body are not read', () => {
    const base = withMeta('<meta name="citation_title" content="A">');
    expect(citationMetaOf(withMeta('<meta name="citation_title" content="A"><meta name="citation_author" content="X">'))).not.toBe(citationMetaOf(base));
    expect(citationMetaOf(withMeta('<meta name="citation_title" content="A">', '<span class="Z3988" title="ctx"></span>'))).not.toBe(citationMetaOf(base));
    expect(citationMetaOf(withMeta('<meta name="citation_title" content="A">', '<meta name="citation_author" content="X">'))).toBe(citationMetaOf(base));
  });
  test('sampleByStructure groups by the key it is given', () => {
    const pages = Array.from({ length: 25 }, (_, i) => ({ path: `/r/v/${String(i).padStart(2, '0')}/`, html: withMeta(i === 7 ? '<meta name="citation_doi" content="d">' : '<meta name="citation_title" content="t">', `<p class="c${i}">x</p>`) }));
    // By elements every page is its own structure; by citation metadata there are two groups.
    expect(sampleByStructure(pages, 10)).toHaveLength(25);
    expect(sampleByStructure(pages, 10, citationMetaOf)).toEqual(['/r/v/00/', '/r/v/07/', '/r/v/11/', '/r/v/21/', '/r/v/24/']);
  });
});
