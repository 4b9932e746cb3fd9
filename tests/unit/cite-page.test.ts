import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test, vi } from 'vitest';
import { formatReferenceText } from '../../src/lib/citations/format.ts';
import { citePage, citePageAs, pageCiteId, pageToCsl, styledText, type CitablePage, type CitationFormat } from '../../src/lib/cite-page.ts';

// Counts citeproc runs, to show the template path is taken (the text is compared below), and
// BibTeX exports, to show a page cited twice is formatted once.
const citeproc = vi.hoisted(() => ({ calls: 0, bibtex: 0 }));
vi.mock('../../src/lib/citations/format.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/citations/format.ts')>();
  return {
    ...original,
    formatReferenceText: (...args: Parameters<typeof original.formatReferenceText>) => (citeproc.calls++, original.formatReferenceText(...args)),
    toBibtex: (...args: Parameters<typeof original.toBibtex>) => (citeproc.bibtex++, original.toBibtex(...args)),
  };
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

  test('a page cited by its /cite/ file and by its own box is formatted once; another page is not served from that', () => {
    const p = { ...page, title: 'Cited twice in one build' };
    const before = citeproc.bibtex;
    const file = citePageAs(p, 'bibtex');
    expect(citePage(p).bibtex).toBe(file);
    expect(citeproc.bibtex - before).toBe(1);
    const other = citePageAs({ ...p, title: 'Cited once in one build' }, 'bibtex');
    expect(other).toContain('Cited once in one build');
    expect(citeproc.bibtex - before).toBe(2);
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

describe('the day of the last update is filled into a template of its month', () => {
  const days = (year: number, month: number) => Array.from({ length: new Date(Date.UTC(year, month, 0)).getUTCDate() }, (_, i) => i + 1);
  const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const same = (modified: string, accessed: string, title = 'Compound 28 (SX-2027)') => {
    const item = pageToCsl({ ...page, title, modified, accessed, url: `https://sigma1-atlas.org/compounds/c-${modified}/` });
    for (const style of ['apa', 'vancouver'] as const) expect(styledText(item, style), `${style}, updated ${modified}, accessed ${accessed}`).toBe(formatReferenceText([item], style));
  };

  test('every day of 2025', () => {
    for (let m = 1; m <= 12; m++) for (const d of days(2025, m)) same(iso(2025, m, d), '2026-11-23');
  });

  test('access dates that contain a sentinel day (the 28th, the year 2028, both)', () => {
    for (const accessed of ['2026-11-28', '2028-01-05', '2028-02-28', '2027-03-27']) for (const d of days(2026, 2)) same(iso(2026, 2, d), accessed);
  });

  test('pages updated in one month cost two citeproc runs per style, whatever the day', () => {
    const before = citeproc.calls;
    for (const d of days(2024, 3)) citePageAs({ ...page, modified: iso(2024, 3, d), title: `Compound number ${d}`, url: `https://sigma1-atlas.org/compounds/c-${d}/` }, 'apa');
    expect(citeproc.calls - before).toBe(2);
  });

  test('a style that leaves the day out (Vancouver) still gets the right year and month', () => {
    const item = pageToCsl({ ...page, modified: '2023-07-09' });
    expect(styledText(item, 'vancouver')).toBe(formatReferenceText([item], 'vancouver'));
    expect(styledText(item, 'apa')).toContain('2023, July 9');
  });
});
