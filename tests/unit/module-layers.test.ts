/**
 * The folder tree is the architecture: src/ (the site) imports neither scripts/ nor tests/, and
 * scripts/ (build, bench, importers) never import tests/. Tests may use both. Import specifiers are
 * resolved against the importing file, so `../scripts/x.ts` inside src/ (that is, src/scripts/) is
 * allowed and `../../scripts/lib/x.ts` is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mts|astro|mjs)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
}

/** Project folders (top level) that a file's relative imports reach. */
export function importedLayers(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)).split(path.sep)[0]!);
}

describe('module layers', () => {
  test('the import scan sees relative imports, static and dynamic', () => {
    const file = path.join(ROOT, 'scripts/bench.ts');
    expect(importedLayers(file, "import { a } from '../tests/helpers/site.ts';\nconst b = await import('./lib/x.ts');")).toEqual(['tests', 'scripts']);
    expect(importedLayers(path.join(ROOT, 'src/pages/search.astro'), "import { s } from '../scripts/search-page.ts';")).toEqual(['src']);
  });

  test.each([
    ['src', ['scripts', 'tests']],
    ['scripts', ['tests']],
  ] as const)('%s/ imports nothing from %j', (layer, forbidden) => {
    const offenders = sourceFiles(layer).flatMap((file) =>
      importedLayers(file, readFileSync(file, 'utf8'))
        .filter((l) => (forbidden as readonly string[]).includes(l))
        .map((l) => `${path.relative(ROOT, file)} imports from ${l}/`),
    );
    expect(offenders).toEqual([]);
  });
});
