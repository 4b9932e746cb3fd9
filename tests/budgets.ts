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
   * Pages that list a whole collection row by row, with sorting and facets over all of it, and so
   * grow with the content rather than with the design:
   * - the affinity explorer: comparing values across compounds needs them in one sortable table.
   *   At 209 values (3 December 2026) it reached this cap with each value's note in its row; the
   *   notes now open on the compound's page. At 311 values it reached the cap again, and was split
   *   by target (src/lib/explorer.ts, EXPLORER_VIEWS): S1R values (228 then, 47.6 KB) on
   *   /compounds/affinities/, S2R and every other site (84) on /compounds/affinities/s2r/ (under
   *   the general cap). A value costs about 150 B of first visit, so the S1R page has room for
   *   about 80 more; past that it splits again by what readers compare within (species, or
   *   radioligand).
   * The bibliography was one such page until it passed 65 KB at 700 sources (3 December 2026); it is
   * now split by first author's initial (src/lib/reference-index.ts), each letter a normal page.
   */
  wholeCollectionPages: { '/compounds/affinities/': 60_000 } as Record<string, number>,
  /**
   * The only scripts a page may load before interaction, by what they do, with a size cap each.
   * Matched against the built file name (Vite adds a hash).
   */
  scripts: [
    { name: 'site (search shortcut and dialog, highlight)', file: /^Base\.astro_astro_type_script/, maxGzip: 2_000 },
    { name: 'article (citation and link previews, copy buttons, section tracking)', file: /^Article\.astro_astro_type_script/, maxGzip: 1_700 },
    { name: 'data-table (sort, filter)', file: /^(data-table\.|DataTable\.astro_astro_type_script)/, maxGzip: 2_500 },
    { name: 'affinity explorer (marks and spreads follow the table filters)', file: /^(affinity-explorer\.|AffinityExplorer\.astro_astro_type_script)/, maxGzip: 900 },
    { name: 'search page (facets, query and filters in the URL, load more)', file: /^search\.astro_astro_type_script/, maxGzip: 2_200 },
    // 1,100 until the honest-results check (src/lib/search-honesty.ts, ~0.8 KB) and "did you mean"
    // (src/lib/suggest.ts, ~0.35 KB) joined it: every search needs them, so they load with it.
    // 2,100 until each result showed its update date (Intl date format and the meta line, ~150 B).
    // 2,300 until the engine adapter (no facet data in the dialog: 4.6 KB less per cold search) and
    // the honest-results check's reuse of loaded results (one fragment less) joined it.
    { name: 'Pagefind Modular UI loader, result rendering and honest results (search page and dialog)', file: /^pagefind-modular\./, maxGzip: 2_400 },
    { name: 'search dialog (loaded on first use)', file: /^quick-search\./, maxGzip: 500 },
  ],
  /**
   * Everything a cold search transfers from the search dialog, on any page, apart from Pagefind's
   * page metadata (below): Pagefind's Modular UI, engine and WebAssembly (80 KB, fixed), the index
   * chunks of the query's words (Pagefind fills each chunk to 20,000 word positions, ~22-27 KB
   * gzipped however large the atlas grows: two for a two-word query) and the fragments of the
   * results shown (a review's is its indexed text, ~5 KB). Issue 18's cuts (citation markers and
   * non-heading ids out of fragments, spellings Pagefind indexes as one word added once, key points
   * not indexed, no facet data in the dialog, the honest-results check reusing loaded results) hold
   * this part at 141 KB: 141.1 KB at 624 pages (December 2026), 141.2 KB at 1,057 pages.
   * 150 KB including the metadata until the metadata got its own allowance at 1,057 pages.
   */
  coldSearchGzip: 145_000,
  /**
   * The same from /search/?q=, with what only that page loads: its HTML and script and the facet
   * counts' filter data; without the page metadata, 155.1 KB at 1,057 pages (the search page loads
   * the first five results whole, so that they do not shift as they arrive; which pages rank first,
   * and so their fragments, is most of what moves). 165 KB including the metadata until then.
   */
  searchPageGzip: 160_000,
  /**
   * Pagefind's page metadata (pagefind.<lang>_<hash>.pf_meta), which every search loads first: an
   * entry per indexed page and per index chunk, so it grows with the atlas, about 10 bytes gzipped
   * per page (6.5 KB at 624 pages, 10.9 KB at 1,057). Capped per page indexed, so that the fixed
   * parts above stay capped as the content triples and a change that fattens each page's entry
   * still fails.
   */
  searchMetaGzipPerPage: 12,
} as const;
