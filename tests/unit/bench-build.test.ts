import { describe, expect, test } from 'vitest';
import { phasesFromLog, treeRssKb } from '../../scripts/bench/build.ts';
import { kindOf } from '../../scripts/bench/reader-weight.ts';
import { gzipBytes, median, table } from '../../scripts/bench/util.ts';

describe('phasesFromLog', () => {
  // Lines as an Astro 7 build of ours prints them, each with the ms it arrived at.
  const ours = [
    [50, '[vite] Re-optimizing dependencies because vite config has changed'],
    [3000, '[content] Syncing content'],
    [3100, '[build] ✓ Completed in 3.13s.'],
    [3200, '[build] Building static entrypoints...'],
    [9000, '[vite] ✓ built in 5.8s'],
    [9100, ' generating static routes '],
    [12000, '10:00:01   ├─ /404.html (+17ms) '],
    [30000, '✓ Completed in 20.9s.'],
    [31000, '[build] ✓ Completed in 27.8s.'],
    [32500, '[@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
    [33000, '[sigma1-atlas:permalinks] permalinks.lock: added 201 URL(s)'],
    [34000, '[sigma1-atlas:pagefind] indexed 202 pages into pagefind/'],
  ].map(([t, text]) => ({ t: t as number, text: text as string }));

  test('splits the build at the log markers and adds up to the wall time', () => {
    const phases = phasesFromLog(ours, 34500);
    expect(phases.map((p) => [p.name, p.ms])).toEqual([
      ['startup, config, integrity check', 3000],
      ['content layer sync, types', 200],
      ['Vite bundle (MDX compile, remark plugins)', 5900],
      // The "Completed" of "Collecting build info" (before the routes) is not the end of rendering.
      ['route setup (getStaticPaths, before the first page)', 2900],
      ['page rendering', 18000],
      ['after rendering, sitemap hook', 2500],
      ['permalink check', 500],
      ['Pagefind index', 1000],
      ['after the index: exit', 500],
    ]);
    expect(phases.reduce((s, p) => s + p.ms, 0)).toBe(34500);
  });

  test("reads Starlight's Pagefind markers too", () => {
    const lines = [
      { t: 1000, text: '[content] Syncing content' },
      { t: 2000, text: '[build] Building static entrypoints...' },
      { t: 3000, text: ' generating static routes ' },
      { t: 5000, text: '✓ Completed in 1m 2s.' },
      { t: 5100, text: '[starlight:pagefind] Building search index with Pagefind...' },
      { t: 6100, text: '[starlight:pagefind] Finished building search index in 1000ms.' },
    ];
    const phases = phasesFromLog(lines, 6200);
    expect(phases.find((p) => p.name === 'page rendering')?.ms).toBe(2000);
    expect(phases.find((p) => p.name === 'Pagefind index')?.ms).toBe(1000);
  });

  test('a log without markers is one phase', () => {
    expect(phasesFromLog([{ t: 5, text: 'error' }], 100)).toEqual([{ name: 'whole build (no markers found)', ms: 100 }]);
  });
});

describe('helpers', () => {
  test('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('gzipBytes compresses text and never counts more than the raw body', () => {
    expect(gzipBytes('a'.repeat(10_000))).toBeLessThan(100);
    const random = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 2654435761) % 251));
    expect(gzipBytes(random)).toBeLessThanOrEqual(random.length);
    expect(gzipBytes('')).toBe(0);
  });

  test('table pads columns and right-aligns numbers', () => {
    expect(table([['page', 'time'], ['home', '1.5 s'], ['review', '12.0 s']])).toBe(['page    time', '------  ------', 'home     1.5 s', 'review  12.0 s'].join('\n'));
  });

  test('resources are classed by Chromium resource type, then by URL', () => {
    expect(kindOf('document', '/')).toBe('html');
    expect(kindOf('script', '/_astro/a.js')).toBe('js');
    expect(kindOf('fetch', '/pagefind/pagefind.js')).toBe('js');
    expect(kindOf('stylesheet', '/_astro/a.css')).toBe('css');
    expect(kindOf('font', '/f.woff2')).toBe('font');
    expect(kindOf('other', '/favicon.svg', 'image/svg+xml')).toBe('image');
    expect(kindOf('fetch', '/pagefind/fragment/en_1.pf_fragment')).toBe('other');
  });

  test('treeRssKb counts this process', () => {
    expect(treeRssKb(process.pid)).toBeGreaterThan(10_000);
  });
});

describe('search message', () => {
  test('the number of results is read from Pagefind UI\'s message', async () => {
    const { foundIn } = await import('../../scripts/bench/search.ts');
    expect(foundIn('1,204 results for allodynia')).toBe(1204);
    expect(foundIn('1 result for S1RA')).toBe(1);
    expect(foundIn('')).toBeNaN();
  });
});
