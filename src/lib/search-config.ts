/**
 * Pagefind ranking for this site, shared by the search UI and the search-quality tests. Chosen by
 * the quality suite in tests/e2e/search-quality.test.ts (hit@1/hit@3/MRR printed there).
 * - pageLength 0: entity pages (a compound with its tables) are long, and short pages that merely
 *   mention a name (a reference) must not outrank them for being short.
 * - metaWeights (an additive boost per metadata field that matches; title keeps Pagefind's 5):
 *   a page's own other names (`aliases`) count like its title; the key fact (a reference's
 *   "Schmidt et al. 2016") a little; the names and sources added at index time for what a page
 *   mentions or cites (`also`, `cites`, src/lib/search-index.ts) barely, so they let a page match
 *   but never put it above the pages that are about the thing. Over 76 queries (December 2026):
 *   hit@1 0.75 -> 0.84, MRR 0.86 -> 0.91 against the defaults for metadata.
 */
export const SEARCH_RANKING = { pageLength: 0, metaWeights: { aliases: 5, fact: 2, also: 0.2, cites: 0.2 } } as const;
