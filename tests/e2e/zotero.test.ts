/**
 * What Zotero saves from the built site, measured with Zotero's own translation server (the
 * translators the Zotero Connector runs; ../shared/tools/zotero, see its README): one page of each
 * kind saved as the Connector saves it (POST /web), and its /cite/ .bib and .ris imported as
 * File → Import does (POST /import), which must give the same item.
 *
 * The server is a test tool outside the project. Without ../shared/tools/zotero (or ZOTERO_TOOL)
 * these tests are skipped and say so; the first run unpacks and installs the server into
 * $TMPDIR/atlas-zotero (as check.sh does, about 15 s from the npm registry), later runs reuse it.
 * Every page is saved and checked for what would be wrong in a reader's library, apart from the
 * version pages (/<page>/v/<revision>/: 3,500 of 5,100 pages, 70% of the time), of which a sample
 * by citation metadata is saved: in each section, of the pages with the same meta tag names, the
 * first, the last and every 10th (tests/helpers/page-structure.ts). A few pages of each kind are
 * checked field by field.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, DIST, resolveDistPath, serveDist, versionPages } from '../helpers/site.ts';
import { citationMetaOf, sampleByStructure } from '../helpers/page-structure.ts';
import type { ServedSite } from '../../scripts/lib/serve-dist.ts';

const TOOL = process.env['ZOTERO_TOOL'] ?? path.resolve(import.meta.dirname, '../../../shared/tools/zotero');
const HOME = process.env['ZOTERO_HOME'] ?? path.join(os.tmpdir(), 'atlas-zotero');
const SERVER_DIR = path.join(HOME, 'ts41');
const available = existsSync(path.join(TOOL, 'translation-server.tgz'));
const ORIGIN = 'https://sigma1-atlas.org';

type Item = Record<string, unknown> & { itemType: string; creators?: Record<string, string>[] };

/** One page of ours per kind; one reference page per kind of cited work. */
const OUR_PAGES = ['/reviews/neuropathic-pain/', '/compounds/e-52862/', '/trials/pridopidine-proof-hd/', '/methods/spared-nerve-injury/', '/conditions/sigmar1/'];
const REFERENCES: [string, Partial<Item>][] = [
  ['/references/schmidt2016-nature/', { itemType: 'journalArticle', publicationTitle: 'Nature', DOI: '10.1038/nature17391', url: 'https://doi.org/10.1038/nature17391' }],
  ['/references/anavex2019-avatar/', { itemType: 'report', institution: 'ClinicalTrials.gov', creators: [{ name: 'Anavex Life Sciences Corp.', creatorType: 'author' }] }],
  ['/references/ema2025-blarcamesine-opinion/', { itemType: 'webpage', websiteTitle: 'European Medicines Agency', creators: [{ name: 'European Medicines Agency', creatorType: 'author' }] }],
  ['/references/fda2022-fluvoxamine-eua/', { itemType: 'report', institution: 'US Food and Drug Administration' }],
  ['/references/lever2017-neurosciencecocaine/', { itemType: 'bookSection', bookTitle: 'The Neuroscience of Cocaine: Mechanisms and Treatment' }],
];
/**
 * Works whose title has a "+" ("(+)-pentazocine", "Ca2+"). Zotero's COinS reader turns "+" and its
 * encoding %2B alike into a space (utilities/openurl.js, parseContextObject), so these pages carry
 * no COinS span (src/lib/citations/coins.ts) and Zotero reads their head tags: the "+" must survive.
 */
const PLUS_TITLES = ['/references/zabetian1994-lifesci/', '/references/hayashi2007-cell/', '/references/phenytoin-sigma1-binding2006-synapse/'];
/** A release's page: the release as a dataset (its page is permanent, so 2026.1 stays). */
const RELEASE = '/releases/2026.1/';
/** Every release's page is saved as a dataset, not as a page of the site. */
const isRelease = (page: string) => /^\/releases\/[^/]+\/$/.test(page);
/** Pages whose /cite/ files are imported and compared with what the Connector saves. */
const IMPORTED = ['/reviews/neuropathic-pain/', '/compounds/e-52862/', '/trials/pridopidine-proof-hd/', '/references/schmidt2016-nature/', '/references/anavex2019-avatar/'];

let skipReason = available ? '' : `${TOOL} not found (Zotero's translation server is a test tool outside the project)`;
let zotero: ChildProcess | undefined;
let zoteroUrl = '';
let site: ServedSite | undefined;
const saved = new Map<string, Item>();

function install(): void {
  if (existsSync(path.join(SERVER_DIR, '.installed'))) return;
  rmSync(HOME, { recursive: true, force: true });
  mkdirSync(HOME, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(TOOL, 'translation-server.tgz'), '-C', HOME]);
  execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], { cwd: SERVER_DIR, stdio: 'ignore', timeout: 280_000 });
  writeFileSync(path.join(SERVER_DIR, '.installed'), '');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

async function post(endpoint: string, body: string): Promise<Item[]> {
  const r = await fetch(zoteroUrl + endpoint, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
  if (r.status !== 200) throw new Error(`${endpoint} ${body.slice(0, 80)}: HTTP ${r.status} ${await r.text()}`);
  return (await r.json()) as Item[];
}

beforeAll(async () => {
  if (skipReason) return;
  try {
    install();
  } catch (e) {
    skipReason = `could not install Zotero's translation server into ${HOME} (${String(e).split('\n')[0]})`;
    return;
  }
  const port = await freePort();
  zoteroUrl = `http://127.0.0.1:${port}`;
  // Not NODE_ENV=test (vitest's): in its test environment the server does not listen.
  const { NODE_ENV: _, ...env } = process.env;
  zotero = spawn(process.execPath, ['src/server.js'], { cwd: SERVER_DIR, env: { ...env, NODE_CONFIG: JSON.stringify({ port, host: '127.0.0.1' }) }, stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      await fetch(zoteroUrl + '/');
      break;
    } catch {
      if (i > 120) throw new Error('Zotero translation server did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  site = await serveDist();
  // Every page a reader can save (redirects and the 404 page aside), version pages by sample, three at a time.
  const versions = sampleByStructure(versionPages().map((path) => ({ path, html: readFileSync(resolveDistPath(path)!, 'utf8') })), 10, citationMetaOf);
  const pages = [...new Set([...builtPages(), ...versions])].filter((p) => p.endsWith('/'));
  for (let i = 0; i < pages.length; i += 3) {
    await Promise.all(pages.slice(i, i + 3).map(async (page) => saved.set(page, (await post('/web', site!.url + page))[0]!)));
  }
}, 600_000);

afterAll(async () => {
  zotero?.kill();
  await site?.close();
});

const meta = (page: string, name: string) => readFileSync(resolveDistPath(page)!, 'utf8').match(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`))?.[1];
const day = (date: unknown) => String(date ?? '').replaceAll('/', '-');

/** Pages whose saved item breaks a rule, for a message that names them. */
const offending = (rule: (page: string, item: Item) => boolean) => [...saved].filter(([page, item]) => rule(page, item)).map(([page]) => page);
const isReference = (page: string) => /^\/references\/[^/]+\/$/.test(page);
/** A reference page whose work has no date says so ("Date: None given: ..."; the `undated` field). */
const saysUndated = (page: string) => /<dt>Date<\/dt> <dd>None given: /.test(readFileSync(resolveDistPath(page)!, 'utf8'));

describe(available ? "Zotero's translation server, every page" : `Zotero's translation server, every page (skipped: ${skipReason})`, () => {
  test('every page is saved, and each of ours as a page of the site by its editors as one organisation', ({ skip }) => {
    skip(!!skipReason, skipReason);
    expect(saved.size).toBeGreaterThan(1_000);
    expect(offending((_, item) => !item?.itemType)).toEqual([]);
    expect(offending((page, item) => !isReference(page) && !isRelease(page) && !(item.itemType === 'webpage' && item['websiteTitle'] === 'Sigma-1 Atlas'))).toEqual([]);
    expect(offending((page, item) => !isReference(page) && JSON.stringify(item.creators) !== JSON.stringify([{ name: 'Sigma-1 Atlas contributors', creatorType: 'author' }]))).toEqual([]);
  });

  test('no organisation is split into a person, and no "[Text]" follows a title', ({ skip }) => {
    skip(!!skipReason, skipReason);
    expect(offending((_, item) => (item.creators ?? []).some((c) => c['firstName'] && /atlas|contributor|editor|agency|administration/i.test(`${c['firstName']} ${c['lastName']}`)))).toEqual([]);
    expect(offending((_, item) => /^text$/i.test(String(item['websiteType'] ?? '')))).toEqual([]);
  });

  test('no reference page mixes this site into the cited work (our address, our description as its abstract)', ({ skip }) => {
    skip(!!skipReason, skipReason);
    expect(offending((page, item) => isReference(page) && 'abstractNote' in item)).toEqual([]);
    // A work with an address of its own is saved with it. (One with none, no URL, DOI or PMID, gets
    // the page's address from Zotero's fallback: the one thing of ours it can keep.)
    const hasAddress = (page: string) => /<meta name="citation_(public_url|doi|pmid)"/.test(readFileSync(resolveDistPath(page)!, 'utf8'));
    expect(offending((page, item) => isReference(page) && hasAddress(page) && /sigma1-atlas\.org|127\.0\.0\.1/.test(String(item['url'] ?? '')))).toEqual([]);
  });

  test('every item is dated, except the cited works whose record shows no date, which their page says', ({ skip }) => {
    skip(!!skipReason, skipReason);
    expect(offending((page, item) => !item['date'] && !(isReference(page) && saysUndated(page)))).toEqual([]);
    // And a page that says its work is undated gives no date that Zotero could read.
    expect(offending((page, item) => isReference(page) && !!item['date'] && saysUndated(page))).toEqual([]);
  });
});

describe(available ? "Zotero's translation server" : `Zotero's translation server (skipped: ${skipReason})`, () => {
  test.for(OUR_PAGES)('%s is saved as a web page of the site, by its editors as one organisation, dated by its last change', (page, { skip }) => {
    skip(!!skipReason, skipReason);
    const item = saved.get(page)!;
    expect(item).toMatchObject({ itemType: 'webpage', creators: [{ name: 'Sigma-1 Atlas contributors', creatorType: 'author' }], websiteTitle: 'Sigma-1 Atlas', url: ORIGIN + page });
    expect(item).not.toHaveProperty('websiteType');
    expect(day(item['date'])).toBe(meta(page, 'DC.date'));
    expect(item['rights']).toContain('CC BY 4.0');
  });

  test.for(REFERENCES)('%s is saved as the cited work, with nothing of this site', ([page, expected], { skip }) => {
    skip(!!skipReason, skipReason);
    const item = saved.get(page)!;
    expect(item).toMatchObject({ ...expected, title: meta(page, 'citation_title') });
    expect(day(item['date'])).toBe(meta(page, 'DC.date'));
    expect(String(item['url'] ?? '')).not.toMatch(/sigma1-atlas\.org|127\.0\.0\.1/);
    expect(item).not.toHaveProperty('abstractNote');
    expect(JSON.stringify(item)).not.toContain('Sigma-1 Atlas');
    expect((item.creators ?? []).filter((c) => c['firstName'] && !c['lastName'])).toEqual([]);
  });

  test.for(PLUS_TITLES)('%s: a title with "+" is saved with its "+", as the page gives it', (page, { skip }) => {
    skip(!!skipReason, skipReason);
    const title = meta(page, 'citation_title')!;
    expect(title).toContain('+');
    expect(readFileSync(resolveDistPath(page)!, 'utf8')).not.toContain('class="Z3988"');
    expect(saved.get(page)).toMatchObject({ itemType: 'journalArticle', title });
  });

  test('a release is saved as a dataset named by its version, by the editors as one organisation, dated by its release', ({ skip }) => {
    skip(!!skipReason, skipReason);
    expect(saved.get(RELEASE)).toMatchObject({ itemType: 'dataset', title: 'Sigma-1 Atlas, release 2026.1', creators: [{ name: 'Sigma-1 Atlas contributors', creatorType: 'author' }], repository: 'Sigma-1 Atlas', date: '2026-12-02', url: ORIGIN + RELEASE });
    expect(saved.get(RELEASE)).not.toHaveProperty('abstractNote');
    // And every other release the same way, each named by its own version.
    const releases = [...saved.keys()].filter(isRelease);
    expect(releases.length).toBeGreaterThan(1);
    expect(offending((page, item) => isRelease(page) && !(item.itemType === 'dataset' && item['title'] === `Sigma-1 Atlas, release ${page.split('/')[2]}` && item['url'] === ORIGIN + page))).toEqual([]);
  });

  // What a citation is made of. (An imported registry record also has its report type, which COinS cannot carry.)
  const SAME = ['itemType', 'title', 'creators', 'url', 'DOI', 'websiteTitle', 'publicationTitle', 'institution', 'bookTitle'];
  test.for(IMPORTED.flatMap((page) => ['bib', 'ris'].map((ext) => [page, ext] as const)))('%s: its .%s imports to the item the Connector saves', async ([page, ext], { skip }) => {
    skip(!!skipReason, skipReason);
    const file = readFileSync(`${DIST}/cite/${page.replace(/^\/|\/$/g, '')}.${ext}`, 'utf8');
    const [imported] = await post('/import', file);
    const web = saved.get(page)!;
    const pick = (item: Item) => ({ ...Object.fromEntries(SAME.filter((k) => k in item).map((k) => [k, item[k]])), date: day(item['date']) });
    expect(pick(imported!)).toEqual(pick(web));
    // The /cite/ files state no access date: the build date is not when anyone read the page.
    expect(imported).not.toHaveProperty('accessDate');
  });
});
