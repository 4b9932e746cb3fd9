/**
 * Performance budgets, checked by tests/e2e/budgets.test.ts on every build (sizes are
 * deterministic, so they may be tested; speed is measured by `npm run bench`, not here).
 * Bytes are gzip (level 6, what hosts serve), per file.
 */
export const BUDGETS = {
  /** A review's HTML fits the first TCP round trip (10 packets of ~1.46 KB). No exceptions: a review that outgrows it is split (as neuropathic pain was). */
  reviewHtmlGzip: 14_600,
  /** First visit to any page: HTML + CSS + JavaScript loaded before interaction + icons. */
  firstVisitGzip: 50_000,
  /**
   * The only scripts a page may load before interaction, by what they do, with a size cap each.
   * Matched against the built file name (Vite adds a hash).
   */
  scripts: [
    { name: 'site (search shortcut and dialog, highlight)', file: /^Base\.astro_astro_type_script/, maxGzip: 2_000 },
    { name: 'article (citation and link previews, copy buttons, section tracking)', file: /^Article\.astro_astro_type_script/, maxGzip: 1_700 },
    { name: 'data-table (sort, filter)', file: /^(data-table\.|DataTable\.astro_astro_type_script)/, maxGzip: 2_500 },
    { name: 'affinity explorer (marks and spreads follow the table filters)', file: /^(affinity-explorer\.|affinities\.astro_astro_type_script)/, maxGzip: 900 },
    { name: 'search page (facets, query and filters in the URL, load more)', file: /^search\.astro_astro_type_script/, maxGzip: 2_200 },
    // 1,100 until the honest-results check (src/lib/search-honesty.ts, ~0.8 KB) and "did you mean"
    // (src/lib/suggest.ts, ~0.35 KB) joined it: every search needs them, so they load with it.
    // 2,100 until each result showed its update date (Intl date format and the meta line, ~150 B).
    { name: 'Pagefind Modular UI loader, result rendering and honest results (search page and dialog)', file: /^pagefind-modular\./, maxGzip: 2_300 },
    { name: 'search dialog (loaded on first use)', file: /^quick-search\./, maxGzip: 500 },
  ],
  /**
   * Everything a cold search transfers (Pagefind Modular UI, engine, WebAssembly, index and filter
   * chunks, result fragments): from the search dialog, and from /search/?q= (page included).
   * Was 150 KB at 330 pages. At 464 pages (December 2026) the dialog measured 150.3 KB and the
   * search page 154.6 KB: the engine and WebAssembly (73 KB) and two index chunks (~55 KB, which
   * Pagefind keeps near a fixed size) do not grow, but the page metadata, filter chunks and the
   * fragments of longer first results do. Raised to 160 KB; making search cheaper as the atlas
   * grows belongs to the search work (issue 18).
   * Raised to 165 KB with the search work of issue 18 (search page 162.2 KB, dialog 153.5 KB): the
   * measured query's first results are now reviews (topic queries rank reviews first), whose
   * fragments carry their whole text (~6.5 KB each), and fragments carry the names and sources
   * added at index time. Bringing it back under 150 KB is still open (see the search report).
   * Raised to 170 KB when the atlas grew by three long reviews (ion channels, heart, schizophrenia):
   * the measured query's first five results are now such reviews, and each review's fragment holds
   * its whole text (5-7 KB); the search page measured 166.6 KB. What is fixed: Pagefind's runtime
   * and WebAssembly (73 KB) and, for a two-word query, two index chunks (47 KB). Open in issue 18.
   */
  coldSearchGzip: 170_000,
} as const;
