/**
 * @astrojs/sitemap, configured for this site: alias redirects (old slugs, pages with a
 * `<meta http-equiv="refresh">`) and version pages (`/<section>/<id>/v/<revision>/`) are left out, and content pages carry their last change (git
 * history, as the page shows it) as <lastmod>.
 */
import sitemapIntegration from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent } from '../lib/content-files.ts';
import { pageStamp } from '../lib/git-history.ts';
import { entryUrl, isPageCollection } from '../lib/registry.ts';
import { aliasRedirects } from '../lib/permalinks.ts';
import { isVersionPath } from '../lib/versions.ts';
import { timed } from './build-timing.ts';

interface SiteFacts {
  /** Paths of alias redirect pages. */
  redirects: Set<string>;
  /** Content page path -> last change (YYYY-MM-DD). */
  modified: Map<string, string>;
}

function readSiteFacts(root: string): SiteFacts {
  const { entries } = readContent(root);
  const asDate = (v: unknown) => (v instanceof Date ? v : typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined);
  const modified = new Map<string, string>();
  const withAliases: { section: string; id: string; aliases: string[] }[] = [];
  for (const e of entries) {
    const data = (e.data ?? {}) as { aliases?: unknown; lastReviewed?: unknown; published?: unknown };
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    withAliases.push({ section: e.collection, id: e.id, aliases });
    if (!isPageCollection(e.collection)) continue;
    const stamp = pageStamp(root, e.file, { lastReviewed: asDate(data.lastReviewed), published: asDate(data.published) });
    modified.set(entryUrl(e.collection, e.id), stamp.modified);
  }
  return { redirects: new Set(aliasRedirects(withAliases).map((r) => r.from)), modified };
}

export function sitemap(): AstroIntegration {
  let root = '';
  let facts: SiteFacts | undefined;
  // Read after the build (the filter runs in astro:build:done), once.
  const site = () => (facts ??= readSiteFacts(root));
  const inner = sitemapIntegration({
    // Version pages (a revision's permanent address) are for citing, not for finding: left out.
    filter: (url) => !site().redirects.has(new URL(url).pathname) && !isVersionPath(new URL(url).pathname),
    serialize: (item) => {
      const lastmod = site().modified.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        root = fileURLToPath(params.config.root);
        await inner.hooks['astro:config:done']?.(params);
      },
      // Includes reading each page's last change (git history) for <lastmod>.
      'astro:build:done': (params) => timed('sitemap', async () => inner.hooks['astro:build:done']?.(params)),
    },
  };
}
