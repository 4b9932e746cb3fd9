/**
 * What reference managers get from a page and from its /cite/ files: the head tags Zotero's
 * Embedded Metadata translator reads, the COinS span its COinS translator reads first, and the
 * BibTeX and RIS its importers read. Each rule below is pinned to the defect it replaced (measured
 * with Zotero's translation server, tests/e2e/zotero.test.ts): an organisation split into a fake
 * person, "[Text]" after titles, reference pages mixing the work with our page, a non-standard
 * BibTeX month, the URL twice, the build date posing as an access date.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { coinsFor, coinsPairs } from '../../src/lib/citations/coins.ts';
import { toBibtex, toCsl, toRis } from '../../src/lib/citations/format.ts';
import { citableWork, creatorsOf, workKind, workUrl } from '../../src/lib/citations/work.ts';
import { citePage, citeWork, pageCiteId, type CitablePage } from '../../src/lib/cite-page.ts';
import { dublinCoreTags, highwireName, highwireTags, type PageFacts } from '../../src/lib/page-meta.ts';
import { SCHMIDT_2016 } from '../helpers/works.ts';

/**
 * How Zotero turns one citation_author (or DC.creator) value into a creator: Embedded Metadata
 * calls Zotero.Utilities.cleanAuthor(name, 'author', name.includes(',')), which strips trailing
 * punctuation, then splits at the first comma if there was one, else at the last space. A creator
 * with no first name is saved as a single-field (organisational) name. A model of
 * utilities/utilities.js, to show what each tag value becomes.
 */
function zoteroCreator(value: string): { firstName?: string; lastName: string } | { name: string } {
  const useComma = value.includes(',');
  const author = value.replace(/^[\s.,/[\]:]+/, '').replace(/[\s.,/[\]:]+$/, '');
  let lastName: string;
  let firstName: string | undefined;
  if (useComma) [lastName, firstName] = author.split(/[,،] ?/) as [string, string | undefined];
  else {
    const space = author.lastIndexOf(' ');
    lastName = author.slice(space + 1);
    firstName = space > 0 ? author.slice(0, space) : undefined;
  }
  // Initials get their full stops back ("Hayden R" → "Hayden R.").
  if (firstName) firstName = firstName.split(/[\s.]+/).map((n) => (/^[A-Z]$/.test(n) ? `${n}.` : n)).join(' ');
  return firstName ? { firstName, lastName } : { name: lastName };
}

/** How Zotero's OpenURL reader (utilities/openurl.js) decodes a COinS value. */
const zoteroKevValue = (raw: string) => decodeURIComponent(raw.replace(/\+|%2[bB]/g, ' '));
const zoteroKev = (kev: string) => kev.split('&').map((p) => p.split('=') as [string, string]).map(([k, v]) => [k, zoteroKevValue(v)] as const);

const meta = (tags: [string, string][], name: string) => tags.filter(([n]) => n === name).map(([, v]) => v);

const page: PageFacts = {
  title: 'Sigma-1 receptors in neuropathic pain',
  description: 'Why the sigma-1 receptor is a pain target.',
  url: 'https://sigma1-atlas.org/reviews/neuropathic-pain/',
  siteName: 'Sigma-1 Atlas',
  publisher: 'Sigma-1 Atlas contributors',
  published: '2026-11-02',
  modified: '2026-11-23',
  about: 'ScholarlyArticle',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

const ARTICLE = { ...SCHMIDT_2016, issue: '7600' };
const REGISTRY = {
  type: 'webpage',
  title: 'ANAVEX2-73 Study in Patients With Rett Syndrome (AVATAR) (ClinicalTrials.gov record NCT03941444)',
  author: [{ literal: 'Anavex Life Sciences Corp.' }],
  'container-title': 'ClinicalTrials.gov',
  issued: { 'date-parts': [[2019, 5, 8]] },
  URL: 'https://clinicaltrials.gov/ct2/show/NCT03941444',
};
const AGENCY_PAGE = {
  type: 'webpage',
  title: 'Blarcamesine Anavex: opinion (refusal of marketing authorisation)',
  author: [{ literal: 'European Medicines Agency' }],
  publisher: 'European Medicines Agency',
  issued: { 'date-parts': [[2025, 12, 11]] },
  URL: 'https://www.ema.europa.eu/en/medicines/human/EPAR/blarcamesine-anavex',
};
const CHAPTER = {
  type: 'chapter',
  title: 'Cocaine and cerebral sigma-1 receptor occupancy',
  author: [{ family: 'Lever', given: 'J. R.' }],
  'container-title': 'The Neuroscience of Cocaine',
  publisher: 'Elsevier',
  issued: { 'date-parts': [[2017]] },
};
const CUT_LIST = {
  type: 'article-journal',
  title: 'Randomized trial of metformin, ivermectin, and fluvoxamine for Covid-19',
  author: [{ family: 'Bramante', given: 'Carolyn T.' }, { literal: 'and others' }, { family: 'Murray', given: 'Thomas A.' }, { literal: 'COVID-OUT Trial Team' }],
  'container-title': 'New England Journal of Medicine',
  issued: { 'date-parts': [[2022, 8, 18]] },
  DOI: '10.1056/NEJMoa2201662',
};
const work = (data: Record<string, unknown>): PageFacts => ({ ...page, url: 'https://sigma1-atlas.org/references/k/', about: 'CreativeWork', work: data });

describe('a page of ours, as Zotero reads its head', () => {
  const hw = highwireTags(page);
  const dc = dublinCoreTags(page);

  test('the editorial body is one organisational author, not the person "Sigma-1 Atlas Contributors"', () => {
    expect(meta(hw, 'citation_author')).toEqual(['Sigma-1 Atlas contributors,']);
    expect(zoteroCreator(meta(hw, 'citation_author')[0]!)).toEqual({ name: 'Sigma-1 Atlas contributors' });
    // What the old tag became:
    expect(zoteroCreator('Sigma-1 Atlas contributors')).toEqual({ firstName: 'Sigma-1 Atlas', lastName: 'contributors' });
  });

  test('no DC.type (it printed "[Text]" after the title); the licence in DC.rights', () => {
    expect(meta(dc, 'DC.type')).toEqual([]);
    expect(meta(dc, 'DC.rights')).toEqual(['CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)']);
  });

  test('dated by the last substantive change, at its permalink, with no publisher beside the site name', () => {
    expect(meta(hw, 'citation_publication_date')).toEqual(['2026/11/23']);
    expect(meta(dc, 'DC.date')).toEqual(['2026-11-23']);
    expect(meta(hw, 'citation_public_url')).toEqual([page.url]);
    expect(meta(dc, 'DC.publisher')).toEqual([]);
    expect(meta(hw, 'citation_publisher')).toEqual([]);
  });
});

describe('people and organisations, as Zotero splits them', () => {
  test.each([
    [{ person: true, family: 'Schmidt', given: 'Hayden R.' }, { firstName: 'Hayden R.', lastName: 'Schmidt' }],
    [{ person: true, family: 'Bender Ignacio', given: 'Rachel A.' }, { firstName: 'Rachel A.', lastName: 'Bender Ignacio' }],
    [{ person: true, family: 'van der Berg' }, { name: 'van der Berg' }],
    [{ person: false, name: 'European Medicines Agency' }, { name: 'European Medicines Agency' }],
    [{ person: false, name: 'Axsome Therapeutics, Inc.' }, { name: 'Axsome Therapeutics Inc' }],
  ] as const)('%j', (creator, expected) => {
    expect(zoteroCreator(highwireName(creator))).toEqual(expected);
  });

  test('"et al." and "and others" in an author list name no one', () => {
    expect(creatorsOf(CUT_LIST.author)).toEqual([
      { person: true, family: 'Bramante', given: 'Carolyn T.' },
      { person: true, family: 'Murray', given: 'Thomas A.' },
      { person: false, name: 'COVID-OUT Trial Team' },
    ]);
  });
});

describe('what a reference is', () => {
  test.each([
    [ARTICLE, 'article'],
    [CHAPTER, 'chapter'],
    [REGISTRY, 'registry-record'],
    [{ type: 'webpage', title: 'A trial', URL: 'https://www.clinicaltrialsregister.eu/ctr-search/trial/2012-000399-41/results' }, 'registry-record'],
    [{ type: 'webpage', title: 'Study of X (registry record NCT03758924)', 'container-title': 'WHO International Clinical Trials Registry Platform' }, 'registry-record'],
    [AGENCY_PAGE, 'webpage'],
    [{ type: 'webpage', title: 'Anavex announces results', 'container-title': 'GlobeNewswire press release' }, 'webpage'],
    [{ type: 'report', title: 'Memorandum', publisher: 'US Food and Drug Administration' }, 'report'],
  ] as const)('%#: %s', (data, kind) => {
    expect(workKind(data)).toBe(kind);
  });

  test('its own address: URL, else DOI, else PubMed; never none of ours', () => {
    expect(workUrl(REGISTRY)).toBe(REGISTRY.URL);
    expect(workUrl(ARTICLE)).toBe('https://doi.org/10.1038/nature17391');
    expect(workUrl({ PMID: '123' })).toBe('https://pubmed.ncbi.nlm.nih.gov/123/');
    expect(workUrl({ title: 'No identifiers' })).toBeUndefined();
  });

  test('a registry record is cited as a report of type "Clinical trial registration" by its registry', () => {
    expect(citableWork(toCsl('r', REGISTRY))).toMatchObject({ type: 'report', genre: 'Clinical trial registration', publisher: 'ClinicalTrials.gov', URL: REGISTRY.URL });
    expect(citableWork(toCsl('r', REGISTRY))).not.toHaveProperty('container-title');
  });
});

describe('a reference page, as Zotero reads its head: the work, nothing of ours', () => {
  test('a journal article: its authors, journal, DOI, PMID and its own URL, not the page', () => {
    const hw = highwireTags(work(ARTICLE));
    const dc = dublinCoreTags(work(ARTICLE));
    expect(meta(hw, 'citation_author')).toEqual(['Schmidt, Hayden R.', 'Kruse, Andrew C.']);
    expect(meta(hw, 'citation_journal_title')).toEqual(['Nature']);
    expect(meta(hw, 'citation_publication_date')).toEqual(['2016/04/28']);
    expect(meta(hw, 'citation_pmid')).toEqual(['27042935']);
    expect(meta(hw, 'citation_public_url')).toEqual(['https://doi.org/10.1038/nature17391']);
    expect(meta(dc, 'DC.identifier')).toEqual(['https://doi.org/10.1038/nature17391', 'doi:10.1038/nature17391']);
    expect(dc.flat().join(' ')).not.toContain('sigma1-atlas.org');
    expect(meta(dc, 'DC.type')).toEqual([]);
    // The journal is not its publisher.
    expect(meta(dc, 'DC.publisher')).toEqual([]);
  });

  test('a registry record: a report by its sponsor, from its registry; no journal', () => {
    const hw = highwireTags(work(REGISTRY));
    expect(meta(hw, 'citation_journal_title')).toEqual([]);
    expect(meta(hw, 'citation_technical_report_institution')).toEqual(['ClinicalTrials.gov']);
    expect(meta(hw, 'citation_author')).toEqual(['Anavex Life Sciences Corp.,']);
    expect(meta(dublinCoreTags(work(REGISTRY)), 'DC.type')).toEqual(['Clinical trial registration']);
  });

  test('an agency web page: a web page of its website, by the agency', () => {
    const hw = highwireTags(work(AGENCY_PAGE));
    const dc = dublinCoreTags(work(AGENCY_PAGE));
    expect(hw.filter(([n]) => /journal|inbook|report_institution/.test(n))).toEqual([]);
    expect(meta(hw, 'citation_author')).toEqual(['European Medicines Agency,']);
    expect(meta(dc, 'DC.source')).toEqual(['European Medicines Agency']);
  });

  test('a book chapter: the book as container', () => {
    expect(meta(highwireTags(work(CHAPTER)), 'citation_inbook_title')).toEqual(['The Neuroscience of Cocaine']);
  });
});

describe('COinS: the work in a span, as Zotero reads it', () => {
  const decoded = (data: Record<string, unknown>) => zoteroKev(coinsFor(toCsl('k', data))!);

  test('a journal article, every value intact after Zotero decodes it', () => {
    expect(decoded(ARTICLE)).toEqual([
      ['ctx_ver', 'Z39.88-2004'],
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rft.genre', 'article'],
      ['rft.atitle', 'Crystal structure of the human σ1 receptor'],
      ['rft.jtitle', 'Nature'],
      ['rft.volume', '532'],
      ['rft.issue', '7600'],
      ['rft.pages', '527-530'],
      ['rft.aulast', 'Schmidt'],
      ['rft.aufirst', 'Hayden R.'],
      ['rft.aulast', 'Kruse'],
      ['rft.aufirst', 'Andrew C.'],
      ['rft.date', '2016-04-28'],
      ['rft_id', 'info:doi/10.1038/nature17391'],
      ['rft_id', 'info:pmid/27042935'],
      ['rft_id', 'https://doi.org/10.1038/nature17391'],
    ]);
  });

  test('an organisation first is rft.aucorp, after a person a lone rft.aulast (Zotero keeps the order)', () => {
    const creators = (data: Record<string, unknown>) => coinsPairs(toCsl('k', data)).filter(([k]) => k.startsWith('rft.au'));
    expect(creators({ ...ARTICLE, author: [{ literal: 'Writing Committee' }, { family: 'Shefner', given: 'Jeremy M.' }] })).toEqual([
      ['rft.aucorp', 'Writing Committee'],
      ['rft.aulast', 'Shefner'],
      ['rft.aufirst', 'Jeremy M.'],
    ]);
    expect(creators(CUT_LIST)).toEqual([
      ['rft.aulast', 'Bramante'],
      ['rft.aufirst', 'Carolyn T.'],
      ['rft.aulast', 'Murray'],
      ['rft.aufirst', 'Thomas A.'],
      ['rft.aulast', 'COVID-OUT Trial Team'],
    ]);
  });

  test('a registry record is a report from its registry; a web page is a web page of its site', () => {
    expect(decoded(REGISTRY)).toEqual(expect.arrayContaining([['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'], ['rft.genre', 'report'], ['rft.btitle', REGISTRY.title], ['rft.pub', 'ClinicalTrials.gov'], ['rft.aucorp', 'Anavex Life Sciences Corp.']]));
    expect(decoded(AGENCY_PAGE)).toEqual(expect.arrayContaining([['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'], ['rft.type', 'webpage'], ['rft.source', 'European Medicines Agency']]));
  });

  test('a "+" that Zotero would read as a space: no span for "(+)-pentazocine"; a URL query\'s "+" goes as %20', () => {
    expect(coinsFor(toCsl('k', { ...ARTICLE, title: 'Binding of [3H](+)-pentazocine' }))).toBeUndefined();
    expect(coinsFor(toCsl('k', { ...ARTICLE, title: 'Sigma-1 receptor chaperones regulate Ca2+ signaling' }))).toBeUndefined();
    // Why no span rather than "+" written %2B: encodeURIComponent already writes %2B, and Zotero
    // reads %2B as a space too, so a span would save "Ca2 signaling" and "( )-pentazocine".
    expect(encodeURIComponent('Ca2+ (+)-pentazocine')).toBe('Ca2%2B%20(%2B)-pentazocine');
    expect(zoteroKevValue(encodeURIComponent('Ca2+ (+)-pentazocine'))).toBe('Ca2  ( )-pentazocine');
    const url = 'https://clinicaltrials.gov/ct2/show/record/NCT00551109?term=Depressive+Disorder';
    expect(decoded({ ...REGISTRY, URL: url }).filter(([k]) => k === 'rft_id')).toEqual([['rft_id', 'https://clinicaltrials.gov/ct2/show/record/NCT00551109?term=Depressive%20Disorder']]);
  });
});

describe('BibTeX as reference managers and LaTeX read it', () => {
  const pageItem: CitablePage = { id: pageCiteId('/reviews/neuropathic-pain/'), title: page.title, url: page.url, siteName: 'Sigma-1 Atlas', publisher: 'Sigma-1 Atlas contributors', modified: '2026-11-23', accessed: '2026-12-02', revision: '62b3b06427' };
  const bib = citePage(pageItem).bibtex;

  test('a page: @online, the month as BibTeX\'s macro and the day apart, the URL once, the site, no access date', () => {
    expect(bib).toBe(
      [
        '@online{sigma1atlas-reviews-neuropathic-pain,',
        '\tauthor = {{Sigma-1 Atlas contributors}},',
        '\tyear = {2026},',
        '\tmonth = nov,',
        '\tday = {23},',
        '\ttitle = {Sigma-1 receptors in neuropathic pain},',
        '\tjournal = {Sigma-1 Atlas},',
        '\turl = {https://sigma1-atlas.org/reviews/neuropathic-pain/},',
        '}',
        '',
      ].join('\n'),
    );
    expect(bib).not.toMatch(/month = \{|howpublished|urldate|accessed|2026-12-02/);
  });

  test('citation-js reads the page back: organisation, date, site, URL', () => {
    const [item] = new Cite(bib, { forceType: '@biblatex/text' }).data as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', author: [{ family: 'Sigma-1 Atlas contributors' }], issued: { 'date-parts': [[2026, 11, 23]] }, 'container-title': 'Sigma-1 Atlas', URL: page.url });
  });

  test('an article: PMID for Zotero\'s Extra; a cut author list ends "and others"', () => {
    const art = toBibtex([toCsl('a', ARTICLE)]);
    expect(art).toContain('\tmonth = apr,\n\tday = {28},');
    expect(art).toContain('\tpmid = {27042935},');
    expect(toBibtex([toCsl('c', CUT_LIST)])).toContain('author = {Bramante, Carolyn T. and Murray, Thomas A. and {COVID-OUT Trial Team} and others}');
  });

  test('a month without a day, and no month at all', () => {
    expect(toBibtex([toCsl('m', { ...ARTICLE, issued: { 'date-parts': [[2016, 7]] } })])).toMatch(/\tmonth = jul,\n(?!\tday)/);
    expect(toBibtex([toCsl('y', { ...ARTICLE, issued: { 'date-parts': [[2016]] } })])).not.toContain('month');
  });

  test('characters with no LaTeX form go through as themselves (citation-js dropped them)', () => {
    const title = '医療用医薬品: ジメモルファンリン酸塩 (Dimemorfan Phosphate)';
    const text = toBibtex([toCsl('j', { type: 'webpage', title, 'container-title': 'KEGG MEDICUS', issued: { 'date-parts': [[2020]] } })]);
    expect((new Cite(text, { forceType: '@biblatex/text' }).data[0] as unknown as { title: string }).title).toBe(title);
    expect(toBibtex([toCsl('g', ARTICLE)])).toContain('$\\sigma$1');
  });

  test('a registry record (as "Cite this work" gives it): a technical report of its type, from its registry', () => {
    const reg = citeWork('anavex2019-avatar', REGISTRY).bibtex;
    expect(reg).toMatch(/^@techreport\{anavex2019-avatar,/);
    expect(reg).toContain('\tinstitution = {ClinicalTrials.gov},');
    expect(reg).toContain('\ttype = {Clinical trial registration},');
    expect(reg).toContain('\tauthor = {{Anavex Life Sciences Corp.}},');
  });
});

describe('RIS as reference managers read it', () => {
  const pageItem: CitablePage = { id: pageCiteId('/compounds/e-52862/'), title: 'E-52862', url: 'https://sigma1-atlas.org/compounds/e-52862/', siteName: 'Sigma-1 Atlas', publisher: 'Sigma-1 Atlas contributors', modified: '2026-11-23', accessed: '2026-12-02' };
  const ris = citePage(pageItem).ris;

  test('a page: the organisation as a name with no given name, the site in T2, no build date as access date', () => {
    expect(ris.split('\n')).toEqual(['TY  - ELEC', 'AU  - Sigma-1 Atlas contributors,', 'DA  - 2026/11/23/', 'PY  - 2026', 'ID  - sigma1atlas-compounds-e-52862', 'TI  - E-52862', 'UR  - https://sigma1-atlas.org/compounds/e-52862/', 'T2  - Sigma-1 Atlas', 'ER  - ', '']);
    expect(ris).not.toMatch(/^(M1|Y2)  - /m);
  });

  test('people as "Family, Given", dates zero-padded, "and others" left out', () => {
    const text = toRis([toCsl('c', CUT_LIST)]);
    expect(text.split('\n').filter((l) => l.startsWith('AU'))).toEqual(['AU  - Bramante, Carolyn T.', 'AU  - Murray, Thomas A.', 'AU  - COVID-OUT Trial Team,']);
    expect(text).toContain('DA  - 2022/08/18/');
  });

  test('an organisation with commas in its name stays one name', () => {
    expect(toRis([toCsl('o', { ...AGENCY_PAGE, author: [{ literal: 'Axsome Therapeutics, Inc.' }] })])).toContain('AU  - Axsome Therapeutics Inc.,');
  });
});

describe('"Cite this page" and "Cite this work" in CSL-JSON', () => {
  test('a page carries no access date; a work carries no curation trail', () => {
    const pageItem: CitablePage = { id: 'p', title: 'T', url: 'https://sigma1-atlas.org/t/', siteName: 'Sigma-1 Atlas', publisher: 'Sigma-1 Atlas contributors', modified: '2026-11-23', accessed: '2026-12-02' };
    expect(JSON.parse(citePage(pageItem).cslJson)[0]).not.toHaveProperty('accessed');
    const cited = JSON.parse(citeWork('schmidt2016-nature', { ...ARTICLE, checked: [{ url: 'https://pubmed.ncbi.nlm.nih.gov/27042935/', on: new Date('2026-11-02') }] }).cslJson)[0];
    expect(cited).toMatchObject({ id: 'schmidt2016-nature', type: 'article-journal', DOI: '10.1038/nature17391', URL: 'https://doi.org/10.1038/nature17391' });
    expect(cited).not.toHaveProperty('checked');
  });
});
