/**
 * Releases: numbered states of the whole atlas (content/releases.yaml, newest first), like the
 * Guide to Pharmacology's database releases. Each names a version, a date, the commit whose content
 * it is, and notes for readers. What a release holds (reviews, compounds, affinity values, trials,
 * ...) is counted at build time from the content tree at that commit, read by the same reader as
 * the content check (readContent), so the counts cannot drift from what was released.
 *
 * Counts need the commit, so they need git history. A copy without it (a shallow clone cut above
 * the commit, or an exported tarball) cannot build a release page honestly, and a release page is
 * permanent and cited: the content check stops and says to fetch the full history, rather than
 * publish the page without its counts (two builds of one commit must give the same pages).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COLLECTIONS, RELEASES_FILE, ReleasesSchema } from '../schemas/index.ts';
import type { Release } from '../schemas/release.ts';
import { readContent, type RawContent } from './content-files.ts';
import type { Problem } from './problems.ts';
import { parseYaml } from './yaml.ts';

export type { Release };

/** What a release holds. */
export interface ReleaseCounts {
  reviews: number;
  compounds: number;
  /** Compounds with at least one affinity value (vendor-only claims not counted). */
  compoundsWithAffinities: number;
  /** Affinity values (measure, species, assay, source), vendor-only claims not counted, as in the explorer and downloads. */
  affinities: number;
  trials: number;
  regulatory: number;
  references: number;
  conditions: number;
  methods: number;
  findings: number;
}

/** The counts in the order pages show them, with their labels. */
export const COUNT_LABELS: readonly (readonly [keyof ReleaseCounts, string])[] = [
  ['reviews', 'Topic reviews'],
  ['compounds', 'Compounds'],
  ['compoundsWithAffinities', 'Compounds with affinity values'],
  ['affinities', 'Affinity values'],
  ['trials', 'Clinical trials'],
  ['regulatory', 'Regulatory decisions'],
  ['findings', 'Preclinical findings'],
  ['methods', 'Methods'],
  ['conditions', 'Conditions and genes'],
  ['references', 'References'],
];

/** Counts of a content tree as readContent read it (entries whose file did not parse still count). */
export function countContent(raw: Pick<RawContent, 'entries' | 'unparsed'>): ReleaseCounts {
  const n = (collection: keyof typeof COLLECTIONS) => raw.entries.filter((e) => e.collection === collection).length + raw.unparsed.filter((u) => u.collection === collection).length;
  let compoundsWithAffinities = 0;
  let affinities = 0;
  for (const e of raw.entries) {
    if (e.collection !== 'compounds') continue;
    const rows = (e.data as { affinities?: unknown } | null)?.affinities;
    const confirmed = Array.isArray(rows) ? rows.filter((a) => (a as { source?: unknown } | null)?.source !== 'vendor').length : 0;
    affinities += confirmed;
    if (confirmed > 0) compoundsWithAffinities++;
  }
  return {
    reviews: n('reviews'),
    compounds: n('compounds'),
    compoundsWithAffinities,
    affinities,
    trials: n('trials'),
    regulatory: n('regulatory'),
    references: n('references'),
    conditions: n('conditions'),
    methods: n('methods'),
    findings: n('findings'),
  };
}

/** [year, number] of a version "2026.1". */
const versionParts = (v: string) => v.split('.').map(Number) as [number, number];

/** Negative when version a is older than b. */
export function compareVersions(a: string, b: string): number {
  const [ya, na] = versionParts(a);
  const [yb, nb] = versionParts(b);
  return ya - yb || na - nb;
}

/** What this copy of the project knows of its git history (an interface, so the check is testable without git). */
export interface ReleaseHistory {
  /** 'full': a clone with its whole history; 'shallow': a clone cut at some depth; 'none': no git repository. */
  kind: 'full' | 'shallow' | 'none';
  /** The commit's date (YYYY-MM-DD), or undefined when this copy does not have the commit. */
  commitDate(commit: string): string | undefined;
  /** Whether `ancestor` is `descendant` or in its history. */
  isAncestor(ancestor: string, descendant: string): boolean;
}

/** The git history of the project at `root`, read with git (one call per question; releases are few). */
export function gitHistory(root: string): ReleaseHistory {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let kind: ReleaseHistory['kind'];
  try {
    // The repository must be the project's own, not a folder above it (a fixture copied under /tmp has none).
    const top = git('rev-parse', '--show-toplevel');
    kind = path.resolve(top) !== path.resolve(root) ? 'none' : git('rev-parse', '--is-shallow-repository') === 'true' ? 'shallow' : 'full';
  } catch {
    kind = 'none';
  }
  return {
    kind,
    commitDate(commit) {
      if (kind === 'none') return undefined;
      try {
        return git('show', '-s', '--format=%cI', `${commit}^{commit}`).slice(0, 10) || undefined;
      } catch {
        return undefined;
      }
    },
    isAncestor(ancestor, descendant) {
      if (kind === 'none') return false;
      try {
        git('merge-base', '--is-ancestor', ancestor, descendant);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** What to do when the history lacks a release's commit, by kind of copy. */
function missingCommitFix(kind: ReleaseHistory['kind']): string {
  if (kind === 'none') return 'This copy has no git history (an exported copy?), and a release\'s counts are read from the content at its commit. Build from a git clone of the repository.';
  if (kind === 'shallow') return 'This clone is shallow and does not reach it, and a release\'s counts are read from the content at its commit. Fetch the whole history (git fetch --unshallow; in CI, check out with fetch-depth: 0) and run again.';
  return 'Use the full id of a commit on this branch (git rev-parse <short id> prints it; git log --format=%H -- content lists them).';
}

/**
 * The check of content/releases.yaml: schema, versions unique and newest first, each version's
 * year that of its date, each commit in this branch's history and dated no later than its release,
 * and each release's commit in the history of the next one. Returns the problems and, when there
 * are none, the releases.
 */
export function checkReleases(file: { file: string; data: unknown; yaml?: string }, history: ReleaseHistory): { problems: Problem[]; releases: Release[] } {
  const problems: Problem[] = [];
  const at = (fieldPath: readonly PropertyKey[], rule: string, message: string) => {
    const line = file.yaml === undefined ? undefined : releaseLine(file.yaml, fieldPath);
    problems.push({ file: file.file, ...(line === undefined ? {} : { line }), rule, message });
  };
  const parsed = ReleasesSchema.safeParse(file.data ?? [], { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(file)';
      at(issue.path, 'entry-matches-schema', `${where}: ${issue.code === 'invalid_type' && issue.input === undefined ? `required field is missing (expected ${issue.expected}).` : issue.message}${/[.?!]$/.test(issue.message) ? '' : '.'}`);
    }
    return { problems, releases: [] };
  }
  const releases = parsed.data;
  releases.forEach((r, i) => {
    const where = (field: string) => [i, field] as const;
    if (r.version.slice(0, 4) !== r.date.slice(0, 4)) at(where('version'), 'release-version-matches-date', `[${i}].version: "${r.version}" is dated ${r.date}. A version starts with its release's year: "${r.date.slice(0, 4)}.<number>".`);
    const newer = releases[i - 1];
    const problemsBefore = problems.length;
    if (newer) {
      if (r.version === newer.version) at(where('version'), 'release-is-ordered', `[${i}].version: "${r.version}" is also the version of the release above it. Give each release its own version (the next is "${r.date.slice(0, 4)}.<number + 1>").`);
      else if (compareVersions(r.version, newer.version) > 0) at(where('version'), 'release-is-ordered', `[${i}].version: "${r.version}" is listed after "${newer.version}" but is not older. List releases newest first, each with a higher version than the one below it.`);
      else if (r.date > newer.date) at(where('date'), 'release-is-ordered', `[${i}].date: release ${r.version} (${r.date}) is dated after the newer release ${newer.version} (${newer.date}). Fix the date or the order.`);
    }
    const committed = history.commitDate(r.commit);
    if (committed === undefined || !history.isAncestor(r.commit, 'HEAD')) {
      const what = committed === undefined ? `no commit ${r.commit} in this copy` : `commit ${r.commit} is not in the history of this branch`;
      at(where('commit'), 'release-commit-in-history', `[${i}].commit (release ${r.version}): ${what}. ${committed === undefined ? missingCommitFix(history.kind) : missingCommitFix('full')}`);
      return;
    }
    if (committed > r.date) at(where('date'), 'release-commit-in-history', `[${i}].date: release ${r.version} is dated ${r.date}, before its commit (${committed}). Date it ${committed} or later.`);
    // Only for releases in order: the commits of two misordered releases are misordered too.
    if (newer && problems.length === problemsBefore && history.commitDate(newer.commit) !== undefined && !history.isAncestor(r.commit, newer.commit)) {
      at(where('commit'), 'release-is-ordered', `[${i}].commit: release ${r.version}'s commit is not in the history of the newer release ${newer.version}'s commit. A release's commit must come after the one it follows.`);
    }
  });
  return { problems, releases: problems.length ? [] : releases };
}

/** The 1-based line of [i, field] in the releases file (a top-level list), or of item i, or undefined. */
export function releaseLine(yaml: string, fieldPath: readonly PropertyKey[]): number | undefined {
  const [index, field] = fieldPath;
  if (typeof index !== 'number') return undefined;
  const lines = yaml.split('\n');
  const starts = lines.flatMap((l, n) => (/^-(\s|$)/.test(l) ? [n] : []));
  const start = starts[index];
  if (start === undefined) return undefined;
  const end = starts[index + 1] ?? lines.length;
  if (typeof field === 'string') {
    const key = new RegExp(`^(?:-\\s+|\\s+)${field}\\s*:`);
    for (let n = start; n < end; n++) if (key.test(lines[n]!)) return n + 1;
  }
  return start + 1;
}

/**
 * The content tree at a commit, read into a temporary folder through a temporary index (the
 * repository's own index and work tree are left alone), then read by readContent.
 */
export function readContentAt(root: string, commit: string): RawContent {
  const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-release-'));
  try {
    const env = { ...process.env, GIT_INDEX_FILE: path.join(tmp, 'index') };
    const run = (...args: string[]) => execFileSync('git', args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      run('read-tree', `${commit}:content`);
      run('checkout-index', '--all', `--prefix=${path.join(tmp, 'content')}${path.sep}`);
    } catch (error) {
      throw new Error(`Cannot read the content of commit ${commit} (a release in content/releases.yaml): ${String((error as { stderr?: unknown }).stderr ?? error).trim()}. Run npm run check:content, which says what to fix.`);
    }
    return readContent(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** What the atlas held at a commit. */
export function releaseCounts(root: string, commit: string): ReleaseCounts {
  return countContent(readContentAt(root, commit));
}

/** "2026.1" → the release's permanent address, /releases/2026.1/. */
export const releasePath = (version: string) => `/releases/${version}/`;

/** A release with what it held. */
export interface CountedRelease extends Release {
  counts: ReleaseCounts;
}

/**
 * The releases in content/releases.yaml, newest first, each with its counts (none when the file is
 * absent). The content check has already accepted the file; a file it would reject stops here too.
 */
export function readReleases(root: string): CountedRelease[] {
  const file = path.join(root, 'content', RELEASES_FILE);
  if (!existsSync(file)) return [];
  const releases = ReleasesSchema.parse(parseYaml(readFileSync(file, 'utf8')) ?? []);
  return releases.map((r) => ({ ...r, counts: releaseCounts(root, r.commit) }));
}
