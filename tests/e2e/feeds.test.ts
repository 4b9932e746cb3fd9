/**
 * Feeds and discovery on the built site: /rss.xml and the sitemap are well-formed XML (read with a
 * real XML parser) listing every content page, robots.txt points at the sitemap, every page
 * advertises the feed, and /changes/ agrees with the feed. A fixture build checks that alias
 * redirects stay out of the sitemap and that a build without git history still has a feed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { buildProject, fixtureProject, removeFixtures, ROOT } from '../helpers/fixtures.ts';
import { builtPages, DIST, redirectPages, resolveDistPath } from '../helpers/site.ts';

afterAll(removeFixtures);

const SITE = 'https://sigma1-atlas.org';
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

function readXml(file: string) {
  const text = readFileSync(file, 'utf8');
  const valid = XMLValidator.validate(text);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return parser.parse(text);
}

/** Content pages: one per entry of a collection, plus the glossary. */
// Entries of collections that have pages of their own (regulatory events live on other pages).
const contentPages = (root = ROOT) => [...readContent(root).entries.filter((e) => COLLECTIONS[e.collection].page).map((e) => `/${e.collection}/${e.id}/`), '/glossary/'].sort();

interface Item {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description: string;
  category: string[];
}
const feed = (dist = DIST) => readXml(path.join(dist, 'rss.xml')).rss.channel as { title: string; link: string; item: Item[] };

function sitemapUrls(dist = DIST): { loc: string; lastmod?: string }[] {
  const index = readXml(path.join(dist, 'sitemap-index.xml'));
  return index.sitemapindex.sitemap.flatMap((s: { loc: string }) => {
    const name = new URL(s.loc).pathname;
    return readXml(path.join(dist, name)).urlset.url;
  });
}

describe('/rss.xml', () => {
  const channel = feed();

  test('is an RSS 2.0 channel of the site', () => {
    expect(channel.title).toBe('Sigma-1 Atlas');
    expect(channel.link).toBe(`${SITE}/`);
  });

  test('lists every content page once, with an absolute link to a built page', () => {
    const links = channel.item.map((i) => i.link);
    expect(new Set(links).size).toBe(links.length);
    expect(links.map((l) => new URL(l).pathname).sort()).toEqual(contentPages());
    for (const l of links) expect(l.startsWith(`${SITE}/`)).toBe(true);
  });

  test('items are dated (RFC 822), newest first, titled new or updated, with a category', () => {
    const times = channel.item.map((i) => Date.parse(i.pubDate));
    expect(times.every((t) => Number.isFinite(t))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const i of channel.item) {
      expect(i.title).toMatch(/^(New|Updated) [a-z]+: \S/);
      expect(i.category.length).toBe(1);
      expect(i.description.length).toBeGreaterThan(10);
    }
  });

  test('every page advertises the feed', () => {
    for (const page of ['/', '/reviews/neuropathic-pain/', '/data/', '/changes/']) {
      expect(readFileSync(resolveDistPath(page)!, 'utf8'), page).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/rss\.xml"/);
    }
  });
});

describe('sitemap', () => {
  const urls = sitemapUrls();
  const paths = urls.map((u) => new URL(u.loc).pathname);

  test('lists every built page except the 404 page and redirects, on the site URL', () => {
    // Version pages (a revision's permanent address, /<page>/v/<revision>/) are for citing, not for finding.
    const expected = builtPages().filter((p) => p !== '/404.html' && !/\/v\/[0-9a-f]{10}\/$/.test(p));
    expect([...paths].sort()).toEqual(expected);
    for (const u of urls) expect(u.loc.startsWith(`${SITE}/`)).toBe(true);
    for (const r of redirectPages()) expect(paths).not.toContain(r);
  });

  test('content pages carry their last change as lastmod', () => {
    for (const page of contentPages().filter((p) => p !== '/glossary/')) {
      const u = urls.find((x) => new URL(x.loc).pathname === page)!;
      expect(u.lastmod, page).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  test('robots.txt points at the sitemap index', () => {
    const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
  });
});

describe('/changes/', () => {
  const html = readFileSync(resolveDistPath('/changes/')!, 'utf8');

  test('lists commits newest first, and the newest feed item is in the newest commit', () => {
    const commits = [...html.matchAll(/<li id="rev-([0-9a-f]{10})">/g)].map((m) => m[1]);
    expect(commits.length).toBeGreaterThan(0);
    const days = [...html.matchAll(/<h2 id="day-(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
    expect(days).toEqual([...days].sort().reverse());
    const newest = new URL(feed().item[0]!.link).pathname;
    const firstCommit = html.split('<li id="rev-')[1]!;
    expect(firstCommit).toContain(`href="${newest}"`);
  });
});

describe('a fixture build', () => {
  test(
    'leaves alias redirects out of the sitemap, and has a feed without git history',
    () => {
      const root = fixtureProject();
      const file = path.join(root, 'content/compounds/e-52862.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('synonyms: [S1RA, MR309]', 'synonyms: [S1RA, MR309]\naliases: [s1ra]'));
      // A reference's former citation key (a placeholder replaced by the real record) redirects too.
      const ref = path.join(root, 'content/references/lee2007-ejp.yaml');
      writeFileSync(ref, `aliases: [ejp2007-placeholder]\n${readFileSync(ref, 'utf8')}`);
      const { status, output } = buildProject(root);
      expect(status, output).toBe(0);
      const dist = path.join(root, 'dist');
      expect(readFileSync(path.join(dist, 'compounds/s1ra/index.html'), 'utf8')).toContain('http-equiv="refresh"');
      expect(readFileSync(path.join(dist, 'references/ejp2007-placeholder/index.html'), 'utf8')).toContain('content="0; url=/references/lee2007-ejp/"');
      expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toContain('/references/ejp2007-placeholder/ /references/lee2007-ejp/');
      const paths = sitemapUrls(dist).map((u) => new URL(u.loc).pathname);
      expect(paths).toContain('/compounds/e-52862/');
      expect(paths).not.toContain('/compounds/s1ra/');
      // The fixture is not a git checkout: dates fall back to lastReviewed, /changes/ says so.
      expect(feed(dist).item.map((i) => new URL(i.link).pathname).sort()).toEqual(contentPages(root));
      expect(readFileSync(path.join(dist, 'changes/index.html'), 'utf8')).toContain('No revision history is available in this build');
      expect(existsSync(path.join(dist, 'data/compounds.csv'))).toBe(true);
    },
    240_000,
  );
});
