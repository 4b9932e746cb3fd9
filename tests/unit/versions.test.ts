import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { GIT_LOG_FORMAT, parseGitLog, type Revision } from '../../src/lib/git-history.ts';
import { describeMissing, unrecorded } from '../../src/lib/permalinks.ts';
import { diffBlocks, diffCounts, diffHtml, isVersionPath, parseVersionPath, versionAt, versionPath, versionsOf } from '../../src/lib/versions.ts';
import { fieldLabel, linkedEntries, renderVersion, valueLabel } from '../../src/lib/versions-render.ts';
import { buildVersionPages, readObjects, versionCacheDir } from '../../src/lib/versions-store.ts';

const hash = (n: number) => n.toString(16).padStart(40, '0');
const blob = (c: string) => c.repeat(40);
const rev = (n: number, b: string | undefined, summary?: string): Revision => ({ hash: hash(n), date: `2026-11-0${n}T10:00:00+00:00`, order: 9 - n, ...(b ? { blob: b } : {}), ...(summary ? { summary } : {}) });

describe('versions from git history', () => {
  test('parseGitLog reads each file’s blob from --raw lines', () => {
    const log = [
      `\x1e${hash(2)}\x1f2026-11-02T10:00:00+00:00\x1fFixed the dose.\n\n:100644 100644 ${blob('a')} ${blob('b')} M\tcontent/reviews/a.mdx\n:000000 100644 ${'0'.repeat(40)} ${blob('c')} A\tcontent/reviews/b.mdx\n`,
      `\x1e${hash(1)}\x1f2026-11-01T10:00:00+00:00\x1f\n\n:000000 100644 ${'0'.repeat(40)} ${blob('a')} A\tcontent/reviews/a.mdx\n`,
    ].join('');
    const byFile = parseGitLog(log);
    expect(byFile.get('content/reviews/a.mdx')?.map((r) => [r.hash.slice(-1), r.blob?.slice(0, 3), r.summary])).toEqual([
      ['2', 'bbb', 'Fixed the dose.'],
      ['1', 'aaa', undefined],
    ]);
    expect(byFile.get('content/reviews/b.mdx')?.[0]?.blob).toBe(blob('c'));
    expect(GIT_LOG_FORMAT).toContain('%H');
  });

  test('versionsOf: newest first, a revision that leaves the text as it was is no version, a deletion ends a run', () => {
    const history = [rev(6, blob('b')), rev(5, blob('a')), rev(4, '0'.repeat(40)), rev(3, blob('a'), 'Same text again.'), rev(2, blob('a')), rev(1, blob('f'))];
    const versions = versionsOf(history);
    expect(versions.map((v) => [v.id, v.blob[0]])).toEqual([
      [hash(6).slice(0, 10), 'b'],
      [hash(5).slice(0, 10), 'a'],
      [hash(2).slice(0, 10), 'a'],
      [hash(1).slice(0, 10), 'f'],
    ]);
    // Revision 3 (same blob as 2) shows version 2; its summary stays with the revision, not the version.
    expect(versionAt(history, versions, hash(3))?.hash).toBe(hash(2));
    expect(versionAt(history, versions, hash(7))).toBeUndefined();
    expect(versionsOf([rev(1, undefined)])).toEqual([]);
  });

  test('addresses: page path + v/<revision id>/', () => {
    expect(versionPath('/reviews/neuropathic-pain/', '29bfb8d0a5')).toBe('/reviews/neuropathic-pain/v/29bfb8d0a5/');
    expect(parseVersionPath('/reviews/neuropathic-pain/v/29bfb8d0a5/')).toEqual({ page: '/reviews/neuropathic-pain/', id: '29bfb8d0a5' });
    expect(isVersionPath('/reviews/neuropathic-pain/')).toBe(false);
    expect(isVersionPath('/reviews/v/')).toBe(false);
    expect(() => versionPath('/reviews/x/', '29bfb8')).toThrow('"29bfb8" is not a revision id (10 hex digits).');
    expect(() => versionPath('reviews/x', '29bfb8d0a5')).toThrow('"reviews/x" is not a page path');
  });
});

describe('diff', () => {
  test('words inside an edited block; unchanged blocks far from a change are folded', () => {
    const before = ['Title', 'One.', 'Two.', 'Three.', 'S1RA reduced pain in 12 rats.', 'Five.'];
    const after = ['Title', 'One.', 'Two.', 'Three.', 'S1RA reduced pain in 14 rats.', 'Five.', 'A new paragraph.'];
    const blocks = diffBlocks(before, after);
    expect(diffCounts(blocks)).toEqual({ added: 4, removed: 1 });
    expect(diffHtml(blocks)).toBe(
      '<div class="diff"><p class="diff-fold">3 unchanged paragraphs</p><p>Three.</p><p class="diff-changed">S1RA reduced pain in <del>12</del><ins>14</ins> rats.</p><p>Five.</p><p class="diff-changed"><ins>A new paragraph.</ins></p></div>',
    );
  });

  test('a paragraph replaced by another shows as deleted and inserted, not a mesh of words', () => {
    const blocks = diffBlocks(['Haloperidol binds S1R with nanomolar affinity.'], ['The trial enrolled 163 patients in Spain.']);
    expect(blocks).toEqual([
      { kind: 'changed', parts: [{ kind: 'del', text: 'Haloperidol binds S1R with nanomolar affinity.' }] },
      { kind: 'changed', parts: [{ kind: 'ins', text: 'The trial enrolled 163 patients in Spain.' }] },
    ]);
  });

  test('text is escaped; no change gives no diff', () => {
    expect(diffHtml(diffBlocks(['a'], ['a <b> & c']))).toContain('<ins>a &#x3C;b> &#x26; c</ins>');
    expect(diffHtml(diffBlocks(['same'], ['same']))).toBe('');
  });
});

describe('rendering a version', () => {
  const refs = new Map([['schmidt2016-nature', { title: 'Crystal structure of the human σ1 receptor', author: [{ family: 'Schmidt', given: 'Hayden R.' }], issued: { 'date-parts': [[2016]] }, 'container-title': 'Nature', type: 'article-journal' }]]);
  const mdx = [
    '---',
    'title: Old title',
    'summary: What the page was about.',
    'keyPoints:',
    '  - S1R is a chaperone [@schmidt2016-nature].',
    'aliases: [old-slug]',
    '---',
    "import Figure from '../../src/components/figures/Figure.astro';",
    '',
    '## Binding',
    '',
    'It binds BiP [@schmidt2016-nature; @gone2010-old], as @gone2010-old showed.',
    '',
    '<Figure />',
  ].join('\n');

  test('MDX: the site’s citations, a reference the bibliography lost taken from the revision, components as a note', () => {
    const r = renderVersion(mdx, 'mdx', refs, { fallbackTitle: 'Current title', lookupRef: (k) => (k === 'gone2010-old' ? { title: 'An older study', author: [{ family: 'Gone' }], issued: { 'date-parts': [[2010]] } } : undefined) });
    expect(r.title).toBe('Old title');
    expect(r.blocks).toEqual(['Old title', 'What the page was about.', 'S1R is a chaperone [Schmidt 2016].', 'Binding', 'It binds BiP [Schmidt 2016; Gone 2010], as Gone 2010 showed.', 'A figure or table drawn from the atlas’s data appeared here; the current page shows it as it is now.']);
    expect(r.html).toContain('<h2>Binding</h2>');
    expect(r.html).toContain('<a href="#ref-gone2010-old" class="cite" id="cite-2-1">2</a>');
    expect(r.html).not.toContain('old-slug');
    expect(r.html).not.toContain('import');
    // Both sources numbered as the text cites them; the lost one says so instead of linking to a page that is gone.
    expect(r.bibliography).toMatch(/<li id="ref-schmidt2016-nature"><span class="bib-n">1\.<\/span>.*Schmidt HR\..*<a href="\/references\/schmidt2016-nature\/">Details<\/a>/);
    expect(r.bibliography).toMatch(/<li id="ref-gone2010-old"><span class="bib-n">2\.<\/span>.*An older study.*No longer listed in the atlas\./);
  });

  test('a key neither the bibliography nor the revision has still renders', () => {
    const r = renderVersion(mdx, 'mdx', refs, { fallbackTitle: 'x' });
    expect(r.bibliography).toContain('A source no longer listed in the atlas');
  });

  test('YAML: the fields a reader sees, labelled, with citation keys as numbered citations', () => {
    const yaml = 'compound: e-52862\neffect:\n  direction: benefit\n  text: Reduced allodynia.\nref: schmidt2016-nature\nchecked:\n  - { url: "https://example.org", on: 2026-12-02 }\nlastReviewed: 2026-11-23\n';
    const r = renderVersion(yaml, 'yaml', refs, { fallbackTitle: 'E-52862 in a model' });
    expect(r.title).toBe('E-52862 in a model');
    // Coded values as the pages show them ("benefit" -> "Benefit"); free text as written.
    expect(r.blocks).toEqual(['E-52862 in a model', 'Compound: e-52862', 'Effect: direction Benefit; text Reduced allodynia.', 'Source: [Schmidt 2016]', 'Last reviewed: 2026-11-23']);
    expect(r.html).toContain('<dt>Source</dt><dd><span class="citation">[<a href="#ref-schmidt2016-nature" class="cite">1</a>]</span></dd>');
    // A linked entry the atlas still has shows its current title and links to its page; one it no longer has, its slug.
    const titled = renderVersion('compound: e-52862\nmodel: gone-model\nconditions: [neuropathic-pain]\nref: schmidt2016-nature\n', 'yaml', refs, {
      fallbackTitle: 'x',
      titles: new Map([['compounds/e-52862', 'E-52862'], ['conditions/neuropathic-pain', 'Neuropathic pain']]),
    });
    expect(titled.html).toContain('<dt>Compound</dt><dd><a href="/compounds/e-52862/">E-52862</a></dd>');
    expect(titled.html).toContain('<dt>Model</dt><dd>gone-model</dd>');
    expect(titled.html).toContain('<dt>Conditions</dt><dd><a href="/conditions/neuropathic-pain/">Neuropathic pain</a></dd>');
    expect(titled.blocks).toContain('Compound: E-52862');
    expect(linkedEntries('compound: e-52862\nmodel: gone-model\nconditions: [neuropathic-pain, als]\n', 'yaml')).toEqual(['compounds/e-52862', 'conditions/als', 'conditions/neuropathic-pain', 'methods/gone-model']);
    expect(fieldLabel('actionEvidence')).toBe('Action evidence');
    expect(valueLabel('highestPhase', 'phase-3')).toBe('Phase 3');
    expect(valueLabel('status', 'completed')).toBe('Completed');
    expect(valueLabel('status', 'research-tool')).toBe('Research tool');
    expect(valueLabel('status', 'no-such-code')).toBe('no-such-code');
    expect(valueLabel('summary', 'phase-3')).toBe('phase-3');
  });
});

test('CI lets a new revision’s version address through (its commit cannot list it), not a new page', () => {
  expect(unrecorded(['/reviews/a/v/0123456789/', '/reviews/b/', '/reviews/c/v/abc/'])).toEqual(['/reviews/b/', '/reviews/c/v/abc/']);
});

describe('without history, the lock names the fix', () => {
  test('missing version addresses: fetch the full history', () => {
    const urls = Array.from({ length: 12 }, (_, i) => `/reviews/a/v/${String(i).padStart(10, '0')}/`);
    const text = describeMissing(['/reviews/b/', ...urls]);
    expect(text).toContain('13 published URLs would disappear:\n  /reviews/b/\n  /reviews/a/v/0000000000/');
    expect(text).toContain('  ... and 2 more version addresses');
    expect(text).toContain('add its old slug to the `aliases:` list');
    expect(text).toContain('12 of them are version addresses (/<page>/v/<revision>/), built from the git history of content/. This checkout lacks that history (a shallow clone, a tarball, or a copy without .git): fetch the full history (`git fetch --unshallow`');
  });
});

describe('building version pages from a repository, with the disk cache', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-versions-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_COMMITTER_DATE: '2026-11-01T10:00:00Z', GIT_AUTHOR_DATE: '2026-11-01T10:00:00Z' } });
  const write = (text: string, message: string) => {
    writeFileSync(path.join(root, 'content/methods/sni.mdx'), text);
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };

  test('one page per text; old text and its diff; a second build renders nothing again', () => {
    git('init', '-q');
    mkdirSync(path.join(root, 'content/methods'), { recursive: true });
    write('---\ntitle: SNI\n---\n\nThe tibial and common peroneal nerves are cut.\n', 'first');
    write('---\ntitle: SNI\n---\n\nThe tibial and common peroneal nerves are ligated and cut.\n', 'second\n\nReader-summary: Says the nerves are ligated.');
    const log = execFileSync('git', ['log', `--format=${GIT_LOG_FORMAT}`, '--raw', '--no-abbrev', '--no-renames', '--', 'content'], { cwd: root, encoding: 'utf8' });
    const history = parseGitLog(log).get('content/methods/sni.mdx')!;
    const page = { path: '/methods/sni/', section: 'methods', id: 'sni', title: 'SNI', kind: 'Method', format: 'mdx' as const, history };
    const cache = path.join(root, 'cache');
    const cold = buildVersionPages(root, [page], new Map(), cache);
    expect(cold.stats).toMatchObject({ pages: 1, versions: 2, rendered: 3, fromCache: 0 });
    const [newest, oldest] = cold.pages;
    expect(newest!.isCurrent).toBe(true);
    expect(newest!.version.summary).toBe('Says the nerves are ligated.');
    expect(newest!.older?.path).toBe(oldest!.path);
    expect(oldest!.rendered.html).toContain('The tibial and common peroneal nerves are cut.');
    expect(newest!.diff).toContain('The tibial and common peroneal nerves are <ins>ligated and </ins>cut.');
    expect(oldest!.diff).toBeUndefined();
    const warm = buildVersionPages(root, [page], new Map(), cache);
    expect(warm.stats).toMatchObject({ rendered: 0, fromCache: 3 });
    expect(warm.pages.map((p) => p.diff)).toEqual(cold.pages.map((p) => p.diff));
    // Only what a build uses stays in the cache: a file left from an earlier build is removed.
    writeFileSync(path.join(cache, 'stale.json.gz'), '');
    buildVersionPages(root, [page], new Map(), cache);
    expect(readdirSync(cache).sort()).toHaveLength(3);
    expect(readdirSync(cache)).not.toContain('stale.json.gz');
    // A renamed entry's former address keeps its versions, none of them current.
    const former = buildVersionPages(root, [{ ...page, path: '/methods/old-sni/', live: '/methods/sni/' }], new Map(), path.join(root, 'cache-former'));
    expect(former.pages.map((p) => [p.path.replace(/[0-9a-f]{10}/, 'id'), p.isCurrent, p.page.live])).toEqual([
      ['/methods/old-sni/v/id/', false, '/methods/sni/'],
      ['/methods/old-sni/v/id/', false, '/methods/sni/'],
    ]);
    // Objects git does not have are left out, not thrown.
    expect([...readObjects(root, [history[0]!.blob!, 'f'.repeat(40)]).keys()]).toEqual([history[0]!.blob]);
  });
});

test('versionCacheDir: one folder per project root; folders of roots that are gone are removed', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'atlas-version-cache-'));
  const live = mkdtempSync(path.join(tmpdir(), 'atlas-root-'));
  try {
    const gone = path.join(tmpdir(), 'atlas-root-that-was-removed');
    const a = versionCacheDir(base, gone);
    writeFileSync(path.join(a, 'x.json.gz'), '');
    const b = versionCacheDir(base, live);
    expect(path.dirname(b)).toBe(base);
    expect(b).not.toBe(a);
    expect(readdirSync(base)).toEqual([path.basename(b)]);
    expect(versionCacheDir(base, live)).toBe(b);
  } finally {
    rmSync(base, { recursive: true, force: true });
    rmSync(live, { recursive: true, force: true });
  }
});
