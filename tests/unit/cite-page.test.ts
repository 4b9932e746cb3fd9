import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { citePage, citePageAs, pageCiteId, type CitablePage, type CitationFormat } from '../../src/lib/cite-page.ts';

const page: CitablePage = {
  id: pageCiteId('/reviews/neuropathic-pain/'),
  title: 'Sigma-1 receptors in neuropathic pain',
  url: 'https://sigma1-atlas.org/reviews/neuropathic-pain/',
  siteName: 'Sigma-1 Atlas',
  publisher: 'Sigma-1 Atlas contributors',
  modified: '2026-11-02',
  accessed: '2026-11-23',
  revision: '62b3b06427',
};

describe('citing a page', () => {
  const all = citePage(page);

  test.each(['apa', 'vancouver', 'bibtex', 'ris', 'cslJson'] satisfies CitationFormat[])('one format (%s) is the same text as in the full set', (format) => {
    expect(citePageAs(page, format)).toBe(all[format]);
  });

  test('APA and Vancouver name the page, the site, the permalink and the update date', () => {
    expect(all.apa).toContain('Sigma-1 receptors in neuropathic pain');
    expect(all.apa).toContain('https://sigma1-atlas.org/reviews/neuropathic-pain/');
    expect(all.apa).toContain('2026');
    expect(all.vancouver).not.toMatch(/^1\./);
    expect(all.vancouver).toContain('Sigma-1 Atlas');
  });

  test('BibTeX and RIS parse back to the same title, URL and key', () => {
    const bib = new Cite(all.bibtex).data[0] as Record<string, unknown>;
    expect(bib['title']).toBe(page.title);
    expect(bib['URL']).toBe(page.url);
    expect(all.bibtex).toContain('sigma1atlas-reviews-neuropathic-pain');
    const ris = new Cite(all.ris).data[0] as Record<string, unknown>;
    expect(ris['title']).toBe(page.title);
  });
});
