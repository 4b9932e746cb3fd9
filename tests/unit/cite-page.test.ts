import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test, vi } from 'vitest';
import { formatReferenceText } from '../../src/lib/citations/format.ts';
import { citePage, citePageAs, pageCiteId, pageToCsl, styledText, type CitablePage, type CitationFormat } from '../../src/lib/cite-page.ts';

// Counts citeproc runs, to show the template path is taken (the text is compared below).
const citeproc = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/lib/citations/format.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/citations/format.ts')>();
  return { ...original, formatReferenceText: (...args: Parameters<typeof original.formatReferenceText>) => (citeproc.calls++, original.formatReferenceText(...args)) };
});

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
    expect(all.ris).toContain('\nID  - sigma1atlas-reviews-neuropathic-pain\n');
  });
});

describe('page citations from a style template are the text citeproc writes itself', () => {
  const titles = [
    'Sigma-1 receptors in neuropathic pain',
    'E-52862 (S1RA, MR309)',
    'Blarcamesine (ANAVEX2-73) in Alzheimer disease: phase 2b/3',
    'σ1 receptor and BiP at the MAM',
    'Haloperidol',
    'What is the sigma-1 receptor?',
    'The "sigma" receptor, revisited',
    "Su's 2010 model",
    'Ki & IC50 <in> binding assays',
    'Ends with a full stop.',
    'NCT02753101 — a phase 2 trial in pain',
  ];
  const dates = [
    { modified: '2026-11-02', accessed: '2026-11-23', revision: '62b3b06427' },
    { modified: '2025-01-31', accessed: '2026-11-23', revision: undefined },
  ];
  test.each(titles.flatMap((title) => dates.map((d) => ({ title, ...d }))))('$title ($modified, revision $revision)', ({ title, modified, accessed, revision }) => {
    const p: CitablePage = { ...page, title, modified, accessed, url: `https://sigma1-atlas.org/compounds/${title.length}/` };
    if (revision) p.revision = revision;
    else delete p.revision;
    const item = pageToCsl(p);
    for (const style of ['apa', 'vancouver'] as const) expect(styledText(item, style)).toBe(formatReferenceText([item], style));
  });
});

test('pages with plain titles and the same dates cost one citeproc run per style', () => {
  const before = citeproc.calls;
  for (let i = 0; i < 50; i++) citePageAs({ ...page, modified: '2024-03-05', title: `Compound number ${i}`, url: `https://sigma1-atlas.org/compounds/c-${i}/` }, 'apa');
  expect(citeproc.calls - before).toBe(1);
});
