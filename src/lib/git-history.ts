/**
 * Revision history of content files from git: one `git log` for the whole content/ folder, read
 * once per build. Where there is no history (a tarball, a shallow clone without the commit), pages
 * fall back to their `lastReviewed` date and say the revision is unknown.
 *
 * Readers never see commit subjects (developer text). What a revision changed, in readers' words,
 * comes from a `Reader-summary:` trailer in the commit message (CONTRIBUTING, "Saying what changed");
 * a revision without one is described from what it did (page added, page revised).
 */
import { execFileSync } from 'node:child_process';

export interface Revision {
  hash: string;
  date: string;
  /** The commit's reader summary (its `Reader-summary:` trailer), if it has one. */
  summary?: string;
  /** Position in the log, 0 for the newest commit: orders commits made in the same second. */
  order?: number;
  /** The file's content (git blob hash) after this commit; the null hash where the commit deleted it. Read with `--raw`. */
  blob?: string;
}

/** The commit-message trailer that says, for readers, what a revision changed. */
export const READER_SUMMARY_TRAILER = 'Reader-summary';

/** `git log` format: record separator, hash, committer date, reader summaries joined by \x1d. */
export const GIT_LOG_FORMAT = `%x1e%H%x1f%cI%x1f%(trailers:key=${READER_SUMMARY_TRAILER},valueonly,separator=%x1d)`;

/** A `--raw` line: `:100644 100644 <old blob> <new blob> M\tpath`. */
const RAW_LINE = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40}) [A-Z]\d*\t(.+)$/;

/**
 * Parse `git log --format=GIT_LOG_FORMAT` output with `--name-only` or `--raw --no-abbrev` into
 * file -> revisions (newest first). With `--raw`, each file's revision also carries its blob, so
 * versions (src/lib/versions.ts) know each revision's text without another git call.
 */
export function parseGitLog(output: string): Map<string, Revision[]> {
  const byFile = new Map<string, Revision[]>();
  let order = 0;
  for (const record of output.split('\x1e')) {
    if (!record.trim()) continue;
    const [header = '', ...files] = record.split('\n');
    const [hash = '', date = '', trailers = ''] = header.split('\x1f');
    if (!/^[0-9a-f]{40}$/.test(hash)) continue;
    const summary = trailers.split('\x1d').map((t) => t.trim()).filter(Boolean).join(' ');
    const revision: Revision = summary ? { hash, date, summary, order } : { hash, date, order };
    order++;
    for (const line of files.map((f) => f.trim()).filter(Boolean)) {
      const raw = RAW_LINE.exec(line);
      const file = raw ? raw[2]! : line;
      const entry = raw ? { ...revision, blob: raw[1]! } : revision;
      const list = byFile.get(file);
      if (list) list.push(entry);
      else byFile.set(file, [entry]);
    }
  }
  return byFile;
}

export interface ShownRevision extends Revision {
  /** This revision added the page (its oldest). */
  isFirst: boolean;
}

/**
 * What a page lists of its history: the newest `max` revisions, marking the one that added the
 * page, and how many older ones are left out. Pages list dates and revision ids, not the reader
 * summaries: a summary describes a whole change, often to many pages, and belongs on /changes/
 * and in the feed; and a page's weight must not grow with every edit (the whole history is in git).
 */
export function recentRevisions(history: readonly Revision[], max = 3): { shown: ShownRevision[]; older: number } {
  return {
    shown: history.slice(0, max).map((r, i) => ({ ...r, isFirst: i === history.length - 1 })),
    older: Math.max(0, history.length - max),
  };
}

let cached: Map<string, Revision[]> | undefined;

export function contentHistory(root: string): Map<string, Revision[]> {
  if (cached) return cached;
  try {
    const out = execFileSync('git', ['log', `--format=${GIT_LOG_FORMAT}`, '--raw', '--no-abbrev', '--no-renames', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    cached = parseGitLog(out);
  } catch {
    cached = new Map();
  }
  return cached;
}

/**
 * The date this build stands for: SOURCE_DATE_EPOCH if set, else the last commit's date, else
 * today. Using the commit date keeps two builds of one commit identical.
 */
const buildDates = new Map<string, string>();

export function buildDate(root: string): string {
  const hit = buildDates.get(root);
  if (hit) return hit;
  const date = readBuildDate(root);
  buildDates.set(root, date);
  return date;
}

/** One git call per build, not per page (the bench showed ~4 calls per entry grew superlinearly). */
function readBuildDate(root: string): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000).toISOString().slice(0, 10);
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().slice(0, 10) || new Date().toISOString().slice(0, 10);
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/**
 * The last change (YYYY-MM-DD) to content whose path under content/ starts with one of `paths`
 * ("compounds/", "glossary.yaml"; all of content/ when none are given): the date a page listing
 * that content stands for. Undefined without history.
 */
export function lastContentChange(history: ReadonlyMap<string, readonly Revision[]>, paths?: readonly string[]): string | undefined {
  const prefixes = paths?.map((d) => `content/${d}`);
  let last: string | undefined;
  for (const [file, revisions] of history) {
    if (prefixes && !prefixes.some((p) => file.startsWith(p))) continue;
    const date = revisions[0]?.date.slice(0, 10);
    if (date && (!last || date > last)) last = date;
  }
  return last;
}

/** When a page built from content (an index, a map, the home page) last changed: its content's last change, else the build date. */
export function contentModified(root: string, paths?: readonly string[]): string {
  return lastContentChange(contentHistory(root), paths) ?? buildDate(root);
}

/** The last commit date (YYYY-MM-DD) of a page's own source file, for pages whose text is not content (the about page); else the build date. */
export function sourceModified(root: string, file: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().slice(0, 10) || buildDate(root);
  } catch {
    return buildDate(root);
  }
}

export interface PageStamp {
  /** Last change (YYYY-MM-DD): the file's last commit, else its lastReviewed date, else the build date. */
  modified: string;
  /** First publication (YYYY-MM-DD). */
  created: string;
  /** Short hash of the file's last commit, if known. */
  revision?: string;
  history: Revision[];
  built: string;
}

export function pageStamp(root: string, file: string | undefined, dates: { lastReviewed?: Date | undefined; published?: Date | undefined } = {}): PageStamp {
  const history = file ? (contentHistory(root).get(file) ?? []) : [];
  const built = buildDate(root);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const modified = history[0]?.date.slice(0, 10) ?? (dates.lastReviewed ? iso(dates.lastReviewed) : built);
  const created = dates.published ? iso(dates.published) : (history.at(-1)?.date.slice(0, 10) ?? modified);
  const stamp: PageStamp = { modified, created, history, built };
  if (history[0]) stamp.revision = history[0].hash.slice(0, 10);
  return stamp;
}
