/**
 * Pagefind ranking for this site, shared by the search UI and the search-quality tests.
 * pageLength 0: entity pages (a compound with its tables) are long, and short pages that merely
 * mention a name (a reference) must not outrank them for being short. Chosen by the quality suite
 * in tests/e2e/search-quality.test.ts (hit@1/hit@3/MRR printed there).
 */
export const SEARCH_RANKING = { pageLength: 0 } as const;
