import { defineConfig } from 'vitest/config';

// Unit tests: src/lib, schemas, importers, broken-content fixtures. No build, no browser.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
