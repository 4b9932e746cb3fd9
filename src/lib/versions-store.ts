/**
 * Every version page of the site, built once per build: the versions of each content page (from
 * its git history, src/lib/versions.ts), each rendered (src/lib/versions-render.ts) and diffed
 * against the version before it.
 *
 * Growth: texts come from git in one `git cat-file --batch` call, not one call per revision, and
 * each rendering and each diff is cached on disk (node_modules/.cache/atlas-versions/), keyed by
 * the content it depends on: the blob's hash, the bibliography entries the text cites, and the
 * renderer's version. A build then renders only revisions it has not seen; old ones are read back.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { RefLike } from './citations/label.ts';
import type { Refs } from './citations/page.ts';
import type { Revision } from './git-history.ts';
import { parseYaml } from './yaml.ts';
import { citedKeys, linkedEntries, renderVersion, type EntryTitles, type RenderedVersion } from './versions-render.ts';
import { diffBlocks, diffCounts, diffHtml, versionAt, versionPath, versionsOf, type Version } from './versions.ts';

/** Raise when the rendering or the diff changes, so cached pages are made again. */
export const VERSIONS_CACHE_VERSION = 4;

export interface VersionedPage {
  /** `/reviews/neuropathic-pain/`. */
  path: string;
  /** The collection (route section), e.g. `reviews`. */
  section: string;
  /** The entry id (slug or citation key). */
  id: string;
  /** The page's current title. */
  title: string;
  /** What kind of page: "Review", "Compound", ... */
  kind: string;
  /** The content file is YAML (data only) or MDX (frontmatter and body). */
  format: 'mdx' | 'yaml';
  /**
   * Where the page lives now, when `path` is a former address (a renamed entry's alias, whose old
   * file's versions keep their addresses): none of those versions is the current one.
   */
  live?: string;
  history: readonly Revision[];
}

export interface VersionPage {
  page: Omit<VersionedPage, 'history'>;
  version: Version;
  path: string;
  /** Newer and older neighbours (their addresses), if any. */
  newer?: { id: string; path: string; date: string };
  older?: { id: string; path: string; date: string };
  isCurrent: boolean;
  rendered: RenderedVersion;
  /** The diff against the older version as HTML ('' when no text a reader sees changed); undefined for the first version. */
  diff?: string;
  counts?: { added: number; removed: number };
}

export interface VersionStats {
  pages: number;
  versions: number;
  rendered: number;
  fromCache: number;
  ms: number;
}

/** Read git objects (`<blob hash>` or `<commit>:<path>`) in one `git cat-file --batch` call. */
export function readObjects(root: string, names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!names.length) return out;
  let buf: Buffer;
  try {
    buf = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: names.join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    return out;
  }
  let at = 0;
  for (const name of names) {
    const eol = buf.indexOf(10, at);
    if (eol < 0) break;
    const header = buf.toString('utf8', at, eol);
    at = eol + 1;
    const m = /^[0-9a-f]+ \w+ (\d+)$/.exec(header);
    if (!m) continue; // "<name> missing"
    const size = Number(m[1]);
    out.set(name, buf.toString('utf8', at, at + size));
    at += size + 1;
  }
  return out;
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

/** A rendering or diff kept between builds, gzipped (a fifth of the size; reading it back costs little). */
function cached<T>(dir: string, key: string, make: () => T, stats: { hit: number; miss: number; used: Set<string> }): T {
  const file = path.join(dir, `${key}.json.gz`);
  stats.used.add(path.basename(file));
  if (existsSync(file)) {
    try {
      const hit = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as T;
      stats.hit++;
      return hit;
    } catch {
      // A damaged cache file is made again.
    }
  }
  const value = make();
  stats.miss++;
  writeFileSync(file, gzipSync(JSON.stringify(value)));
  return value;
}

/**
 * Every version page of `pages`, newest version first within a page. `refs` is the current
 * bibliography (raw reference data by key); `titles` the current titles of entries their fields
 * link to ("conditions/als" -> "ALS"); `cacheDir` is where renderings are kept between builds.
 */
export function buildVersionPages(root: string, pages: readonly VersionedPage[], refs: Refs, cacheDir: string, titles: EntryTitles = new Map()): { pages: VersionPage[]; stats: VersionStats } {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const withVersions = pages.map((p) => ({ page: p, versions: versionsOf(p.history) })).filter((p) => p.versions.length);
  const texts = readObjects(root, [...new Set(withVersions.flatMap((p) => p.versions.map((v) => v.blob)))]);

  // References a version cites that the bibliography no longer has: read as that revision stored them.
  const missing: string[] = [];
  for (const { page, versions } of withVersions) {
    for (const v of versions) {
      const text = texts.get(v.blob);
      if (text === undefined) continue;
      for (const key of citedKeys(text, page.format)) if (!refs.has(key)) missing.push(`${v.hash}:content/references/${key}.yaml`);
    }
  }
  const oldRefs = readObjects(root, [...new Set(missing)]);
  const refAt = (hash: string, key: string): RefLike | undefined => {
    const text = oldRefs.get(`${hash}:content/references/${key}.yaml`);
    if (text === undefined) return undefined;
    try {
      return (parseYaml(text) ?? undefined) as RefLike | undefined;
    } catch {
      return undefined;
    }
  };

  const counts = { hit: 0, miss: 0, used: new Set<string>() };
  const out: VersionPage[] = [];
  for (const { page, versions } of withVersions) {
    const { history: _, ...about } = page;
    const made = versions.map((v) => {
      const text = texts.get(v.blob) ?? '';
      const keys = citedKeys(text, page.format);
      const used = keys.map((k) => [k, refs.get(k) ?? refAt(v.hash, k) ?? null]);
      const named = linkedEntries(text, page.format).map((e) => [e, titles.get(e) ?? null]);
      const key = sha(['render', VERSIONS_CACHE_VERSION, page.format, v.blob, page.title, used, named]);
      const rendered = cached(cacheDir, key, () => renderVersion(text, page.format, refs, { fallbackTitle: page.title, lookupRef: (k) => refAt(v.hash, k), titles }), counts);
      return { v, key, rendered };
    });
    made.forEach(({ v, key, rendered }, i) => {
      const older = made[i + 1];
      const newer = made[i - 1];
      const vp: VersionPage = { page: about, version: v, path: versionPath(page.path, v.id), isCurrent: i === 0 && !page.live, rendered };
      if (newer) vp.newer = { id: newer.v.id, path: versionPath(page.path, newer.v.id), date: newer.v.date };
      if (older) {
        vp.older = { id: older.v.id, path: versionPath(page.path, older.v.id), date: older.v.date };
        const diff = cached(
          cacheDir,
          sha(['diff', VERSIONS_CACHE_VERSION, older.key, key]),
          () => {
            const blocks = diffBlocks(older.rendered.blocks, rendered.blocks);
            return { html: diffHtml(blocks), counts: diffCounts(blocks) };
          },
          counts,
        );
        vp.diff = diff.html;
        vp.counts = diff.counts;
      }
      out.push(vp);
    });
  }
  // What this build did not use (renderings keyed by references since edited, pages since removed)
  // goes, so the cache holds one build's worth and no more.
  for (const f of readdirSync(cacheDir)) if (f.endsWith('.json.gz') && !counts.used.has(f)) rmSync(path.join(cacheDir, f), { force: true });
  return {
    pages: out,
    stats: { pages: withVersions.length, versions: out.length, rendered: counts.miss, fromCache: counts.hit, ms: Math.round(performance.now() - started) },
  };
}

/**
 * The cache folder of one project under `base` (node_modules/.cache/atlas-versions): one folder per
 * project root, because test fixtures and bench copies link the same node_modules. Folders of roots
 * that no longer exist (a fixture's temp copy) are removed.
 */
export function versionCacheDir(base: string, root: string): string {
  const name = sha(path.resolve(root)).slice(0, 12);
  const dir = path.join(base, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'root.txt'), path.resolve(root));
  for (const other of readdirSync(base)) {
    if (other === name) continue;
    let owner = '';
    try {
      owner = readFileSync(path.join(base, other, 'root.txt'), 'utf8');
    } catch {
      // Not a project's folder (or written by an older version): remove it.
    }
    if (!owner || !existsSync(owner)) rmSync(path.join(base, other), { recursive: true, force: true });
  }
  return dir;
}

/** A page's version at its newest revision (what "Cite this version" on the live page points to). */
export function currentVersion(history: readonly Revision[]): Version | undefined {
  return versionsOf(history)[0];
}

/** The version a listed revision shows, for the history list's links. */
export function versionOfRevision(history: readonly Revision[], hash: string): Version | undefined {
  return versionAt(history, versionsOf(history), hash);
}
