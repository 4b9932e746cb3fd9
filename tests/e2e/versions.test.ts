/**
 * "Cite this version" on the built site: a revision's permanent address shows the text as it was,
 * with a diff to the version before and a way to the current page; the live page's cite box and
 * history link to versions; versions stay out of search and the sitemap, and the permalink lock
 * lists every one of them (so later builds cannot drop them).
 *
 * The phrase below was in the neuropathic pain review until revision f9db6cd6d9 replaced that
 * paragraph (`git show e03618549f:content/reviews/neuropathic-pain.mdx`, then `git show f9db6cd6d9:…`).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';

afterAll(removeFixtures);
import { parseLock } from '../../src/lib/permalinks.ts';
import { isVersionPath } from '../../src/lib/versions.ts';
import { buildProject, fixtureProject, removeFixtures, ROOT } from '../helpers/fixtures.ts';
import { DIST, resolveDistPath, useSiteAndBrowser, versionPages } from '../helpers/site.ts';
import { axeViolations } from './a11y-helpers.ts';

const read = (p: string) => readFileSync(resolveDistPath(p)!, 'utf8');
const GONE = 'A vendor guide describes NMDA-receptor potentiation';
const EARLIER = '/reviews/neuropathic-pain/v/e03618549f/';
const REPLACED_IN = '/reviews/neuropathic-pain/v/f9db6cd6d9/';

describe('a version address of a changed page', () => {
  test('shows the earlier text, says it is earlier and links to the current page', () => {
    const html = read(EARLIER);
    expect(html).toContain(GONE);
    expect(read('/reviews/neuropathic-pain/')).not.toContain(GONE);
    expect(html).toMatch(/This is an earlier version of <a href="\/reviews\/neuropathic-pain\/">Sigma-1 receptors in neuropathic pain<\/a>, as published on <time datetime="2026-12-02T16:18:14\+00:00">2 December 2026<\/time> \(revision <code>e03618549f<\/code>\)\./);
    expect(html).toContain('<a class="current-link" href="/reviews/neuropathic-pain/">See the current version</a>');
    // Its citations still resolve to its own numbered bibliography.
    expect(html).toMatch(/<li id="ref-shin2020-genether"><span class="bib-n">1\.<\/span>/);
  });

  test('the next version’s diff deletes the phrase and inserts its replacement', () => {
    const html = read(REPLACED_IN);
    const diff = /<div class="diff">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(diff).toMatch(/<del>[^<]*A vendor guide describes NMDA/);
    expect(diff).toMatch(/<ins>[^<]*In rats with chronic constriction injury, intrathecal BD/);
    expect(html).toContain(`<a rel="prev" href="/reviews/neuropathic-pain/v/4f5eb8df2b/">`);
  });

  test('not indexed: noindex, canonical to itself, no search entry', () => {
    const html = read(EARLIER);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="https://sigma1-atlas.org${EARLIER}">`);
    expect(html).not.toContain('data-pagefind-body');
  });

  test('its cite box cites the version, not the live page', () => {
    const html = read(EARLIER);
    expect(html).toMatch(/url = \{https:\/\/sigma1-atlas\.org\/reviews\/neuropathic-pain\/v\/e03618549f\/\}/);
    expect(html).toContain('&quot;version&quot;: &quot;e03618549f&quot;');
    // What a reference manager reads from the page's head is the version too.
    expect(html).toContain('<meta name="citation_public_url" content="https://sigma1-atlas.org/reviews/neuropathic-pain/v/e03618549f/">');
    expect(html).toContain('"version":"e03618549f"');
    expect(html).toContain('<summary>Cite this version</summary>');
    expect(html).toMatch(/<pre id="cite-apa"[^>]*>Sigma-1 Atlas contributors\. \(2026, December 2\)\. Sigma-1 receptors in neuropathic pain\. Sigma-1 Atlas\. https:\/\/sigma1-atlas\.org\/reviews\/neuropathic-pain\/v\/e03618549f\/<\/pre>/);
  });
});

describe('the live page', () => {
  test('its cite box offers this version beside the latest, and that version is the current one', () => {
    const html = read('/reviews/neuropathic-pain/');
    const revision = /, revision <a href="#history"><code>([0-9a-f]{10})<\/code><\/a>/.exec(html)?.[1];
    expect(revision).toMatch(/^[0-9a-f]{10}$/);
    const href = `https://sigma1-atlas.org/reviews/neuropathic-pain/v/${revision}/`;
    expect(html).toContain(`Cite this version: <a class="version-link" href="${href}">${href}</a>`);
    expect(html).toContain('Cite the latest: <a href="https://sigma1-atlas.org/reviews/neuropathic-pain/">');
    expect(read(new URL(href).pathname)).toContain('This is the current version of <a href="/reviews/neuropathic-pain/">');
  });

  test('its revision history links each revision to its version', () => {
    const html = read('/reviews/neuropathic-pain/');
    const history = /<details class="history" id="history">([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    const links = [...history.matchAll(/<a href="([^"]+)"><code>([0-9a-f]{10})<\/code><\/a>/g)];
    expect(links.length).toBe(3);
    for (const [, href, id] of links) expect(href).toBe(`/reviews/neuropathic-pain/v/${id}/`);
  });
});

describe('versions and the rest of the site', () => {
  const versions = versionPages();

  test('every content page with history has versions; the build has hundreds', () => {
    expect(versions.length).toBeGreaterThan(800);
    for (const prefix of ['/reviews/', '/compounds/', '/trials/', '/methods/', '/findings/', '/conditions/', '/references/']) {
      expect(versions.filter((p) => p.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
    }
  });

  test('the permalink lock lists every version address', () => {
    const locked = new Set(parseLock(readFileSync(path.join(ROOT, 'permalinks.lock'), 'utf8')));
    expect(versions.filter((v) => !locked.has(v))).toEqual([]);
  });

  test('no version is in the sitemap', () => {
    const sitemap = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(path.join(DIST, f), 'utf8')).join('');
    expect(sitemap).toContain('<loc>https://sigma1-atlas.org/reviews/neuropathic-pain/</loc>');
    expect(sitemap).not.toMatch(/\/v\/[0-9a-f]{10}\//);
  });

  test('no version is in the search index', () => {
    const dir = path.join(DIST, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map((f) => (JSON.parse(gunzipSync(readFileSync(path.join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url);
    expect(urls).toContain('/reviews/neuropathic-pain/');
    expect(urls.filter(isVersionPath)).toEqual([]);
  });
});

describe('in a browser', () => {
  const env = useSiteAndBrowser();

  test.each(['light', 'dark'] as const)('the opened diff passes axe (%s): insertions and deletions readable', async (scheme) => {
    const context = await env.browser.newContext({ colorScheme: scheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(env.site.url + REPLACED_IN);
    await page.click('details.version-diff summary');
    expect(await page.locator('.diff del').first().isVisible()).toBe(true);
    expect(await page.locator('.diff ins').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('on a fixture project with its own history', () => {
  test('an edit adds a version; old addresses survive the next build; without history the build stops and says to fetch it', () => {
    const root = fixtureProject();
    let day = 1;
    const git = (...args: string[]) => {
      const date = `2026-01-0${day}T10:00:00Z`;
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    };
    const review = path.join(root, 'content/reviews/sigma-1-receptor.mdx');
    const edit = (from: string, to: string, message: string) => {
      writeFileSync(review, readFileSync(review, 'utf8').replace(from, to));
      day++;
      git('commit', '-q', '-am', message);
      return git('rev-parse', '--short=10', 'HEAD').trim();
    };
    git('init', '-q');
    git('add', 'content');
    git('commit', '-q', '-m', 'fixture content');
    const first = git('rev-parse', '--short=10', 'HEAD').trim();
    const second = edit('The first crystal structure showed a trimer', 'The first crystal structure, at 3.1 Å, showed a trimer', 'resolution\n\nReader-summary: Gives the resolution of the first structure.');

    const built = buildProject(root);
    expect(built.status, built.output).toBe(0);
    const page = (id: string) => readFileSync(path.join(root, `dist/reviews/sigma-1-receptor/v/${id}/index.html`), 'utf8');
    expect(page(first)).toContain('The first crystal structure showed a trimer');
    expect(page(first)).toContain('This is an earlier version of');
    expect(page(second)).toMatch(/The first crystal structure<ins>, at 3\.1 Å, ?<\/ins> ?showed a trimer/);
    expect(page(second)).toContain('What this revision changed: Gives the resolution of the first structure.');
    const lock = () => parseLock(readFileSync(path.join(root, 'permalinks.lock'), 'utf8')).filter((u) => u.startsWith('/reviews/sigma-1-receptor/v/'));
    expect(lock()).toEqual([`/reviews/sigma-1-receptor/v/${first}/`, `/reviews/sigma-1-receptor/v/${second}/`].sort());

    // A later edit: the earlier addresses still show their text, and the lock keeps them.
    const third = edit('showed a trimer', 'showed a trimer with one helix per protomer', 'helix');
    const later = buildProject(root);
    expect(later.status, later.output).toBe(0);
    expect(page(first)).toContain('The first crystal structure showed a trimer');
    expect(page(second)).toContain('This is an earlier version of');
    expect(lock()).toHaveLength(3);
    expect(lock()).toContain(`/reviews/sigma-1-receptor/v/${third}/`);

    // A copy without history (a tarball): the live pages would build, the version addresses would not.
    rmSync(path.join(root, '.git'), { recursive: true, force: true });
    const bare = buildProject(root);
    expect(bare.status).not.toBe(0);
    const output = bare.output.replace(/\x1b\[[0-9;]*m/g, '');
    // Every version address the lock lists is named as missing, and all of them as version addresses.
    const versionsLocked = parseLock(readFileSync(path.join(root, 'permalinks.lock'), 'utf8')).filter((u) => /\/v\/[0-9a-f]{10}\/$/.test(u)).length;
    expect(versionsLocked).toBeGreaterThan(3);
    expect(output).toContain(`${versionsLocked} published URLs would disappear:\n  /compounds/e-52862/v/`);
    expect(output).toContain(`${versionsLocked} of them are version addresses`);
    expect(output).toContain('This checkout lacks that history (a shallow clone, a tarball, or a copy without .git): fetch the full history (`git fetch --unshallow`');
    // Three builds of a small project: on a loaded machine each can take half a minute.
  }, 180_000);
});
