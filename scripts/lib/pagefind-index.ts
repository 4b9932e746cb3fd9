/**
 * The search index, the last step of `npm run build` (scripts/build.ts): once Astro has built dist/
 * and exited, Pagefind's Node API indexes its pages and writes dist/pagefind/. Any error Pagefind
 * reports fails the build. Run in a process of its own, after Astro's has exited, the step neither
 * stacks Pagefind's memory on Astro's (about 1.5 GB each at 5,000 pages) nor runs its garbage
 * collector in a heap the rendering has filled (bench/README.md, "Where the time goes").
 *
 * Each page is given to Pagefind as its HTML plus what search needs beyond the visible text
 * (src/lib/search-index.ts): the other names of what it mentions (alias groups from
 * /search-aliases.json, built from the content), the author and year of the sources it cites, and
 * spaces between table cells; the parts Pagefind skips whole are left out. The files in dist/ are not changed: readers get the pages as built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { authorYear, expansionsFor, htmlForIndex, readIndexedPage, readPageMeta, type AliasGroup, type IndexedPage } from '../../src/lib/search-index.ts';

/** Every HTML file of the build with its URL path, Pagefind's own files and the bundles left out. */
function htmlFiles(outDir: string): { file: string; url: string }[] {
  const out: { file: string; url: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (dir !== outDir || (e.name !== 'pagefind' && e.name !== '_astro')) walk(p);
      } else if (e.name.endsWith('.html')) {
        const rel = path.relative(outDir, p).split(path.sep).join('/');
        out.push({ file: p, url: '/' + rel.replace(/(^|\/)index\.html$/, '$1') });
      }
    }
  };
  walk(outDir);
  return out;
}

/** Pages handed to Pagefind's process before waiting for the first to be indexed. */
const PAGES_IN_FLIGHT = 8;

export interface IndexOptions {
  /** Where the index goes (default `outDir/pagefind/`). */
  outputPath?: string;
  /**
   * Send Pagefind whole pages, the parts it skips included (default false: they are left out,
   * which is faster and gives the same index; tests/e2e/search-index.test.ts compares the two).
   */
  wholePages?: boolean;
}

/** Index the built site in `outDir` into `outDir/pagefind/`; returns what it did, throws on any error Pagefind reports. */
export async function indexSite(outDir: string, options: IndexOptions = {}): Promise<{ indexed: number; expanded: number }> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const groups = JSON.parse(readFileSync(path.join(outDir, 'search-aliases.json'), 'utf8')) as AliasGroup[];
  const files = htmlFiles(outDir);
  /** The page as Pagefind will index it, read from dist/ when it is needed and not kept. */
  const read = (file: string): { html: string; page: IndexedPage } | undefined => {
    const html = readFileSync(file, 'utf8');
    const page = html.includes('data-pagefind-body') ? readIndexedPage(html) : undefined;
    return page && { html, page };
  };
  // A reference page's key fact is its authors and year ("Schmidt et al. 2016"), which every page
  // citing it carries. Read when a page first cites it, only as far as that field (the indexing of
  // the pages before has started meanwhile), and kept.
  const fileOf = new Map(files.map((f) => [f.url, f.file]));
  const sources = new Map<string, string | undefined>();
  const sourceOf = (url: string): string | undefined => {
    if (!sources.has(url)) {
      const file = fileOf.get(url);
      const fact = file === undefined ? undefined : readPageMeta(readFileSync(file, 'utf8'), 'fact');
      sources.set(url, fact === undefined ? undefined : authorYear(fact));
    }
    return sources.get(url);
  };
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) return fail('createIndex', errors);
    let indexed = 0;
    let expanded = 0;
    // Several pages in flight: Pagefind's process indexes one while this one prepares the
    // next (adding 718 real pages: 3.1 s -> 2.1 s). Pagefind handles them in the order sent:
    // the index is byte-identical to adding one at a time. Pages are read one by one and
    // not kept: holding all of them (5,000 benchmark pages) took the build past 4 GB.
    const inFlight = new Set<Promise<void>>();
    const failures: string[] = [];
    for (const { file, url } of files) {
      const entry = read(file);
      if (!entry) continue;
      const { html, page } = entry;
      indexed++;
      const also = expansionsFor(page.text, groups, Object.values(page.meta).join(' '));
      const cites = [...new Set(page.references.filter((r) => r !== url).map(sourceOf).filter((s): s is string => !!s))];
      if (also.length) expanded++;
      const added: Promise<void> = index.addHTMLFile({ url, content: htmlForIndex(html, { also: also.join(' · '), cites: cites.join(' · ') }, options.wholePages ? [] : page.skipped) }).then((r) => {
        failures.push(...r.errors.map((e) => `${url}: ${e}`));
        inFlight.delete(added);
      });
      inFlight.add(added);
      if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failures.length) return fail('addHTMLFile', failures);
    if (indexed === 0) return fail('addHTMLFile', ['no pages with data-pagefind-body were found in dist/']);
    const written = await index.writeFiles({ outputPath: options.outputPath ?? path.join(outDir, 'pagefind') });
    if (written.errors.length) return fail('writeFiles', written.errors);
    return { indexed, expanded };
  } finally {
    await close();
  }
}
