import { describe, expect, test } from 'vitest';
import { medianPhases, treeRssKb } from '../../scripts/bench/build.ts';
import { buildPhases, parseTimingRecord, type TimingRecord } from '../../src/lib/build-timing.ts';
import { timed } from '../../src/plugins/build-timing.ts';
import { kindOf } from '../../scripts/bench/reader-weight.ts';
import { gzipBytes, median, table } from '../../scripts/bench/util.ts';

describe('buildPhases (timing record of the build-timing integration)', () => {
  // A record as an Astro 7 build of ours writes it (epoch ms), spawned at 1,000,000.
  const spawn = 1_000_000;
  const record: TimingRecord = {
    version: 1,
    marks: [
      { name: 'config:setup', at: spawn + 1500 },
      { name: 'config:done', at: spawn + 2300 },
      { name: 'build:start', at: spawn + 5200 },
      { name: 'build:setup', at: spawn + 5210 },
      { name: 'bundled', at: spawn + 14600 },
      { name: 'build:generated', at: spawn + 26600 },
      { name: 'build:done', at: spawn + 26700 },
      { name: 'exit', at: spawn + 27050 },
    ],
    steps: [
      { name: 'integrity check', start: spawn + 1501, end: spawn + 2201 },
      { name: 'bundle: prerender', start: spawn + 5300, end: spawn + 14300 },
      { name: 'bundle: client', start: spawn + 14350, end: spawn + 14400 },
      { name: 'permalink check, _redirects, _headers', start: spawn + 27000, end: spawn + 27040 },
      { name: 'sitemap', start: spawn + 26700, end: spawn + 27000 },
      // Appended by scripts/build.ts after Astro's exit.
      { name: 'Pagefind index', start: spawn + 27100, end: spawn + 31850 },
    ],
  };

  test('one phase per mark, from spawn to exit, adding up to the wall time; steps under the phase they started in', () => {
    const phases = buildPhases(record, spawn, spawn + 32000);
    expect(phases.map((p) => [p.name, p.ms, (p.steps ?? []).map((s) => `${s.name} ${s.ms}`)])).toEqual([
      ['startup: Node, Astro, config file', 1500, []],
      ['config hooks (integrity check)', 800, ['integrity check 700']],
      ['routes, Vite config, content layer sync', 2900, []],
      ['collecting build info', 10, []],
      ['Vite bundle (MDX compile)', 9390, ['bundle: prerender 9000', 'bundle: client 50']],
      ['page rendering (getStaticPaths, pages, /cite/ files)', 12000, []],
      ['after rendering: assets', 100, []],
      // Steps in the order they started, not the order they were recorded.
      ['build:done hooks (sitemap, permalinks)', 350, ['sitemap 300', 'permalink check, _redirects, _headers 40']],
      ["after Astro's exit: search index (Pagefind)", 4950, ['Pagefind index 4750']],
    ]);
    expect(phases.reduce((s, p) => s + p.ms, 0)).toBe(32000);
  });

  test('a mark never reached (a build that failed while bundling) merges its phase into the one before', () => {
    const failed: TimingRecord = {
      version: 1,
      marks: record.marks.filter((m) => ['config:setup', 'config:done', 'build:start'].includes(m.name)).concat([{ name: 'exit', at: spawn + 8900 }]),
      steps: record.steps.slice(0, 2),
    };
    expect(buildPhases(failed, spawn, spawn + 9000).map((p) => [p.name, p.ms, (p.steps ?? []).map((s) => s.name)])).toEqual([
      ['startup: Node, Astro, config file', 1500, []],
      ['config hooks (integrity check)', 800, ['integrity check']],
      ['routes, Vite config, content layer sync', 2900, []],
      ['collecting build info', 3700, ['bundle: prerender']],
      ["after Astro's exit: search index (Pagefind)", 100, []],
    ]);
  });

  test('marks are clamped into spawn..exit and read in time order', () => {
    const skewed: TimingRecord = { version: 1, marks: [{ name: 'config:done', at: spawn + 300 }, { name: 'config:setup', at: spawn - 50 }], steps: [] };
    expect(buildPhases(skewed, spawn, spawn + 1000).map((p) => [p.name, p.ms])).toEqual([
      ['startup: Node, Astro, config file', 0],
      ['config hooks (integrity check)', 300],
      ['routes, Vite config, content layer sync', 700],
    ]);
  });

  test('no record (a peer without the integration, or a build that died first) is one phase', () => {
    expect(buildPhases(undefined, spawn, spawn + 100)).toEqual([{ name: 'whole build (no timing record)', ms: 100 }]);
    expect(buildPhases({ version: 1, marks: [], steps: [] }, spawn, spawn + 100)).toEqual([{ name: 'whole build (no timing record)', ms: 100 }]);
  });

  test('an unknown mark or an exit before the spawn is an error, not a wrong table', () => {
    const odd = { version: 1, marks: [{ name: 'build:ssr', at: spawn }], steps: [] } as unknown as TimingRecord;
    expect(() => buildPhases(odd, spawn, spawn + 10)).toThrow('buildPhases: unknown mark(s) build:ssr; known: config:setup, config:done, build:start, build:setup, bundled, build:generated, build:done, exit');
    expect(() => buildPhases(record, spawn, spawn - 1)).toThrow('exited (999999) before it was spawned (1000000)');
  });

  test('parseTimingRecord names the file and what is wrong', () => {
    expect(parseTimingRecord(JSON.stringify(record), 'x.json')).toEqual(record);
    expect(() => parseTimingRecord('{"version":1,', 'dist/t.json')).toThrow(/^dist\/t\.json: not JSON \(.+\); it is written by src\/plugins\/build-timing\.ts$/);
    expect(() => parseTimingRecord('{"version":2,"marks":[],"steps":[]}', 't.json')).toThrow('t.json: expected { version: 1, marks: [...], steps: [...] }');
    expect(() => parseTimingRecord('{"version":1,"marks":[{"name":"exit"}],"steps":[]}', 't.json')).toThrow('t.json: marks[0] needs a name and a number "at" (epoch ms)');
    expect(() => parseTimingRecord('{"version":1,"marks":[],"steps":[{"name":"s","start":5,"end":4}]}', 't.json')).toThrow('t.json: steps[0] needs a name and numbers "start" <= "end" (epoch ms)');
  });
});

describe('timed', () => {
  test('without ATLAS_BUILD_TIMING it returns what the function returns, sync or async, and rethrows', async () => {
    expect(timed('x', () => 42)).toBe(42);
    await expect(timed('x', async () => 'later')).resolves.toBe('later');
    expect(() => timed('x', () => {
      throw new Error('boom');
    })).toThrow('boom');
  });
});

describe('medianPhases', () => {
  test('median per phase and per step over runs; a phase missing from a run counts 0 there', () => {
    const a = [{ name: 'bundle', ms: 10, steps: [{ name: 'prerender', ms: 8 }] }, { name: 'render', ms: 20 }];
    const b = [{ name: 'bundle', ms: 14, steps: [{ name: 'prerender', ms: 12 }] }, { name: 'render', ms: 30 }, { name: 'exit', ms: 4 }];
    const c = [{ name: 'bundle', ms: 12 }, { name: 'render', ms: 25 }];
    expect(medianPhases([a, b, c])).toEqual([
      { name: 'bundle', ms: 12, steps: [{ name: 'prerender', ms: 8 }] },
      { name: 'render', ms: 25 },
      { name: 'exit', ms: 0 },
    ]);
    expect(medianPhases([])).toEqual([]);
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
