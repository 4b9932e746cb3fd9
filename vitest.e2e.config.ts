import { defineConfig } from 'vitest/config';

/**
 * End-to-end test files that build fixture projects themselves (`astro build` in a temp copy, up to
 * three builds in one test): minutes on a busy two-core machine, so they get their own project with
 * timeouts to match, and run after the tests on dist/.
 */
export const BUILD_E2E_TESTS = ['tests/e2e/build-stops.test.ts', 'tests/e2e/feeds.test.ts', 'tests/e2e/markdown-processors.test.ts', 'tests/e2e/reproducible.test.ts', 'tests/e2e/versions.test.ts'];

// End-to-end tests on the built site (dist/): gates over every page, then real Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    // One file at a time: these machines have two cores, and browsers and builds each want both.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'site', include: ['tests/e2e/**/*.test.ts'], exclude: BUILD_E2E_TESTS, testTimeout: 60_000, hookTimeout: 120_000, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // A fixture build takes 10-40 s alone and several times that beside other builds.
        test: { name: 'builds', include: BUILD_E2E_TESTS, testTimeout: 600_000, hookTimeout: 600_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
