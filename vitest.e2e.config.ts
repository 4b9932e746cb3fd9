import { defineConfig } from 'vitest/config';

// End-to-end tests on the built site (dist/): gates over every page, then real Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser-heavy file at a time: these machines have two cores.
    fileParallelism: false,
  },
});
