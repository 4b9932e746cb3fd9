/**
 * Astro integration: after the build, compare the served URLs (pages and alias redirects) with
 * permalinks.lock. A missing published URL fails the build. New URLs are added to the lock, except
 * in CI, where an unrecorded URL fails the build (commit the lock written by your local build);
 * a new revision's version address cannot be in its own commit's lock, so CI lets it through.
 * Also writes dist/_redirects and dist/_headers (security and caching headers) for static hosts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../lib/content-files.ts';
import { aliasRedirects, checkLock, describeMissing, parseLock, redirectsFile, serializeLock, unrecorded } from '../lib/permalinks.ts';
import { headersFile } from '../lib/security-headers.ts';
import { timed } from './build-timing.ts';

export function permalinks(): AstroIntegration {
  let root = '';
  return {
    name: 'sigma1-atlas:permalinks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, pages, logger }) =>
        timed('permalink check, _redirects, _headers', () => {
          const out = fileURLToPath(dir);
          const entries = readContent(root).entries.map((e) => ({
            section: e.collection,
            id: e.id,
            aliases: ((e.data as { aliases?: string[] } | null)?.aliases ?? []).filter((a) => typeof a === 'string'),
          }));
          const redirects = aliasRedirects(entries);
          writeFileSync(path.join(out, '_redirects'), redirectsFile(redirects));
          writeFileSync(path.join(out, '_headers'), headersFile());
          const served = [...pages.map((p) => `/${p.pathname}`.replace(/\/+$/, '/').replace(/^\/+/, '/')), ...redirects.map((r) => r.from)].filter((u) => !u.endsWith('404/') && u !== '/404');
          const lockPath = path.join(root, 'permalinks.lock');
          const locked = existsSync(lockPath) ? parseLock(readFileSync(lockPath, 'utf8')) : [];
          const { missing, added } = checkLock(locked, served);
          if (missing.length) throw new Error(describeMissing(missing));
          if (added.length) {
            if (process.env['CI'] && locked.length) {
              const refused = unrecorded(added);
              if (refused.length) throw new Error(`permalinks.lock does not list ${refused.length} new URL(s), e.g. ${refused.slice(0, 3).join(', ')}. Run \`npm run build\` locally and commit permalinks.lock.`);
              logger.info(`permalinks.lock: ${added.length} new version address(es) of this build's revisions; a local build adds them to the lock`);
              return;
            }
            writeFileSync(lockPath, serializeLock([...locked, ...added]));
            logger.info(`permalinks.lock: added ${added.length} URL(s)`);
          }
        }),
    },
  };
}
