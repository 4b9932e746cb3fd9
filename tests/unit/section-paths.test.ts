import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sectionPathsIn } from '../../src/lib/markdown-links.ts';

describe('sectionPathsIn', () => {
  test('links, anchors, bare paths and full URLs; other sections and partial paths are not taken', () => {
    const body = 'See [E-52862](/compounds/e-52862/), its [affinity](/compounds/pre-084/#affinity), /methods/spared-nerve-injury/ and https://sigma1-atlas.org/compounds/ftc-146/. Not /compounds/ alone, /trials/x/ or /compounds/no-slash.';
    expect([...sectionPathsIn(body, ['compounds', 'methods'])].sort()).toEqual(['/compounds/e-52862/', '/compounds/ftc-146/', '/compounds/pre-084/', '/methods/spared-nerve-injury/']);
  });

  test('on the real reviews it finds exactly what a substring search for each compound and method finds', () => {
    const root = path.resolve(import.meta.dirname, '../../content');
    const slugs = (dir: string) => readdirSync(path.join(root, dir)).map((f) => f.replace(/\.(ya?ml|mdx?|json)$/, ''));
    const targets = [...slugs('compounds').map((s) => `/compounds/${s}/`), ...slugs('methods').map((s) => `/methods/${s}/`)];
    let found = 0;
    for (const f of readdirSync(path.join(root, 'reviews'))) {
      const body = readFileSync(path.join(root, 'reviews', f), 'utf8');
      const paths = sectionPathsIn(body, ['compounds', 'methods']);
      for (const t of targets) {
        expect(paths.has(t), `${f} -> ${t}`).toBe(body.includes(t));
        if (paths.has(t)) found++;
      }
    }
    expect(found).toBeGreaterThan(10);
  });
});
