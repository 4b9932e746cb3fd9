/**
 * Queries shared by the search tests: words on no page of the atlas. Each must give "no results",
 * however Pagefind backtracks to a prefix (src/lib/search-honesty.ts): checked on the index in
 * tests/e2e/search-quality.test.ts and in Chromium, on /search/ and in the dialog, in
 * tests/e2e/search-ui.test.ts.
 */
export const ABSENT = ['xyzzyq', 'qwrtplk', 'zzzfoo', 'blorptastic', 'glimmerquark', 'nonexistomab', 'frobnicate', 'wugwugwug', 'quuxmycin', 'sigma plonkazine'];
