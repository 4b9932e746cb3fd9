/**
 * What changed, from git history: the RSS feed (every content page once, newest change first) and
 * /changes/ (commits to content, newest first, with the pages each one touched). Pure: pages with
 * their revision stamps in, ordered lists out.
 */
import type { PageStamp } from './git-history.ts';

export interface ContentPage {
  /** Site path, "/reviews/neuropathic-pain/". */
  path: string;
  title: string;
  /** "Review", "Compound", ... (shown, and the feed item's category). */
  kind: string;
  /** The page's summary, as in its meta description. */
  description: string;
  stamp: PageStamp;
}

export interface FeedItem {
  path: string;
  title: string;
  kind: string;
  description: string;
  /** ISO date-time of the page's last change (the commit time where known). */
  date: string;
  /** The page's first version is its last change. */
  isNew: boolean;
  /** The reader summary of the last change, where one was recorded. */
  summary?: string;
}

/** The date-time a page last changed: its file's last commit, else the start of its `modified` day. */
function changedAt(stamp: PageStamp): string {
  return stamp.history[0]?.date ?? `${stamp.modified}T00:00:00Z`;
}

const byDateDesc = (a: string, b: string) => Date.parse(b) - Date.parse(a);
/** Commits of the same second in log order (newest first); unknown order last. */
const byLogOrder = (a: number | undefined, b: number | undefined) => (a ?? Infinity) - (b ?? Infinity) || 0;

/** Every page once, most recently changed first; ties keep the input order (the site's section order). */
export function feedItems(pages: readonly ContentPage[]): FeedItem[] {
  return pages
    .map((p) => {
      const item: FeedItem = { path: p.path, title: p.title, kind: p.kind, description: p.description, date: changedAt(p.stamp), isNew: p.stamp.history.length <= 1 };
      const summary = p.stamp.history[0]?.summary;
      if (summary) item.summary = summary;
      return { item, order: p.stamp.history[0]?.order };
    })
    .sort((a, b) => byDateDesc(a.item.date, b.item.date) || byLogOrder(a.order, b.order))
    .map(({ item }) => item);
}

/** How many changes /changes/ lists; older ones stay in each page's revision history and in git. */
export const CHANGES_LISTED = 50;

export interface ChangedPage {
  path: string;
  title: string;
  kind: string;
  /** This commit added the page (its oldest revision). */
  isNew: boolean;
}

export interface ChangeSet {
  hash: string;
  /** ISO date-time of the commit. */
  date: string;
  /** The commit's reader summary, where one was recorded. */
  summary?: string;
  /** Position in the log (0 = newest), where known. */
  order?: number;
  pages: ChangedPage[];
}

/** A change set's headline: its reader summary, else what it did ("2 pages added, 5 revised"). */
export function changeHeadline(set: ChangeSet): string {
  if (set.summary) return set.summary;
  const added = set.pages.filter((p) => p.isNew).length;
  const revised = set.pages.length - added;
  const pages = (n: number) => `${n} page${n === 1 ? '' : 's'}`;
  if (added && revised) return `${pages(added)} added, ${revised} revised.`;
  return added ? `${pages(added)} added.` : `${pages(revised)} revised.`;
}

/** Commits to content files, newest first, each with the pages it changed (in the input's order). */
export function changeSets(pages: readonly ContentPage[], limit = Infinity): ChangeSet[] {
  const byHash = new Map<string, ChangeSet>();
  for (const p of pages) {
    const history = p.stamp.history;
    history.forEach((rev, i) => {
      let set = byHash.get(rev.hash);
      if (!set) {
        set = { hash: rev.hash, date: rev.date, pages: [] };
        if (rev.summary) set.summary = rev.summary;
        if (rev.order !== undefined) set.order = rev.order;
        byHash.set(rev.hash, set);
      }
      if (!set.pages.some((q) => q.path === p.path)) set.pages.push({ path: p.path, title: p.title, kind: p.kind, isNew: i === history.length - 1 });
    });
  }
  return [...byHash.values()].sort((a, b) => byDateDesc(a.date, b.date) || byLogOrder(a.order, b.order) || a.hash.localeCompare(b.hash)).slice(0, limit);
}

/** A commit's pages grouped by kind ("Review" → pages), kinds in order of first appearance. */
export function groupByKind(pages: readonly ChangedPage[]): [string, ChangedPage[]][] {
  const groups = new Map<string, ChangedPage[]>();
  for (const p of pages) groups.set(p.kind, [...(groups.get(p.kind) ?? []), p]);
  return [...groups];
}

/** Change sets grouped by the day of their commit (YYYY-MM-DD, as the commit records it), keeping their order. */
export function groupByDay(sets: readonly ChangeSet[]): [string, ChangeSet[]][] {
  const days = new Map<string, ChangeSet[]>();
  for (const s of sets) days.set(s.date.slice(0, 10), [...(days.get(s.date.slice(0, 10)) ?? []), s]);
  return [...days];
}
