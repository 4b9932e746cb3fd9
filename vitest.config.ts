import { defineConfig } from 'vitest/config';

/**
 * Test files in tests/unit/ that take seconds rather than milliseconds: they start processes (the
 * command-line importers), load RDKit's WASM (structures, the integrity check), check the whole
 * content tree or a generated corpus, or build citeproc's style engines (APA, Vancouver, also in a worker thread) and format
 * hundreds of citations. They run in their own project with timeouts that hold on a busy machine
 * (a build running beside them); tests/unit/bench-vitest-projects.test.ts checks that a file starting
 * processes or loading RDKit is listed here.
 */
export const HEAVY_UNIT_TESTS = [
  'tests/unit/bench-corpus.test.ts',
  'tests/unit/citation-prefetch.test.ts',
  'tests/unit/citations.test.ts',
  'tests/unit/cite-page.test.ts',
  'tests/unit/import-references.test.ts',
  'tests/unit/integrity.test.ts',
  'tests/unit/pubtator.test.ts',
  'tests/unit/releases.test.ts',
  'tests/unit/structure.test.ts',
  'tests/unit/versions.test.ts',
];

// Unit tests: src/lib, schemas, importers, broken-content fixtures. No build, no browser.
// `npm run test:unit` runs both projects; `-- --project unit` runs only the fast one (a few seconds).
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        // Pure logic: each test in milliseconds, so vitest's default 5 s timeout is generous.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: HEAVY_UNIT_TESTS },
      },
      {
        extends: true,
        // Measured alone on two cores: up to 3 s a file, 1.8 s a test (the APA engine); 60 s lets
        // them pass with the cores shared by builds, and still stops a test that hangs.
        test: { name: 'heavy', include: HEAVY_UNIT_TESTS, testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
