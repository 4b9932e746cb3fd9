/**
 * Permalinks never die. `permalinks.lock` (committed) lists every URL the site has published; a
 * build that no longer has one of them fails, unless an entry's `aliases` keeps it as a redirect.
 */
import { entryUrl, isPageCollection } from './registry.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** Pages (not entries) that moved: the old URL redirects to the new one, with the new page's title. */
export const MOVED_PAGES: readonly (Redirect & { title: string })[] = [{ from: '/compounds/chart/', to: '/compounds/affinities/', title: 'S1R affinity explorer' }];

/**
 * Old URLs of renamed entries (each alias of an entry) and of moved pages, each redirected to its
 * current URL. `section` is the entry's collection; entries of a collection without pages have none.
 */
export function aliasRedirects(entries: Iterable<{ section: string; id: string; aliases: readonly string[] }>): Redirect[] {
  const out: Redirect[] = MOVED_PAGES.map(({ from, to }) => ({ from, to }));
  for (const e of entries) {
    if (!isPageCollection(e.section)) continue;
    for (const alias of e.aliases) out.push({ from: entryUrl(e.section, alias), to: entryUrl(e.section, e.id) });
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}

export function parseLock(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function serializeLock(urls: Iterable<string>): string {
  const header = '# Every URL Sigma-1 Atlas has published. Written by `npm run build`; commit it.\n# A URL may leave this list only by becoming a redirect (an entry\'s `aliases`).\n';
  return header + [...new Set(urls)].sort().join('\n') + '\n';
}

export interface LockCheck {
  /** Published URLs the build no longer serves (neither as a page nor as a redirect). */
  missing: string[];
  /** URLs the build serves that the lock does not list yet. */
  added: string[];
}

export function checkLock(locked: readonly string[], served: Iterable<string>): LockCheck {
  const servedSet = new Set(served);
  const lockedSet = new Set(locked);
  return {
    missing: locked.filter((u) => !servedSet.has(u)),
    added: [...servedSet].filter((u) => !lockedSet.has(u)).sort(),
  };
}

/** A version address (`/<section>/<id>/v/<revision>/`): made from git history, not from an entry. */
const VERSION_URL = /\/v\/[0-9a-f]{10}\/$/;

/**
 * New URLs that CI refuses until the lock lists them. A new revision's version address is left
 * out: its id is the commit's own hash, so the commit that makes it cannot already list it; the
 * next local build adds it to the lock (commit the lock then).
 */
export function unrecorded(added: readonly string[]): string[] {
  return added.filter((u) => !VERSION_URL.test(u));
}

export function describeMissing(missing: readonly string[]): string {
  const versions = missing.filter((u) => VERSION_URL.test(u));
  const pages = missing.filter((u) => !VERSION_URL.test(u));
  const lines = [`${missing.length} published URL${missing.length === 1 ? '' : 's'} would disappear:`, ...pages.map((u) => `  ${u}`)];
  // Hundreds of version addresses go missing together when history is absent: show a few.
  lines.push(...versions.slice(0, 10).map((u) => `  ${u}`));
  if (versions.length > 10) lines.push(`  ... and ${versions.length - 10} more version addresses`);
  if (pages.length) lines.push('A published URL never dies. If the entry was renamed, add its old slug to the `aliases:` list of the entry that replaces it; the old URL then redirects.');
  if (versions.length) {
    lines.push(
      `${versions.length} of them ${versions.length === 1 ? 'is a version address' : 'are version addresses'} (/<page>/v/<revision>/), built from the git history of content/. This checkout lacks that history (a shallow clone, a tarball, or a copy without .git): fetch the full history (\`git fetch --unshallow\`, or clone without --depth; in CI, check out with fetch-depth 0) and build again.`,
    );
  }
  return lines.join('\n');
}

/** A host redirect file (Netlify/Cloudflare Pages `_redirects` format). */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
