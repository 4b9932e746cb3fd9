/**
 * npm run bench [-- options]: build time and memory at scale, a Starlight peer side by side, where
 * build time goes, reader-side weight, search cost and Lighthouse, printed as tables and written
 * to bench/results.json. See bench/README.md for how to read the numbers.
 *
 * Options:
 *   --sizes=100,1000,5000   synthetic corpus sizes (pages)
 *   --peer-runs=1:1,1000:2  peer comparison runs per size (each run = one of ours + one Starlight, alternating)
 *   --skip=peer,lighthouse,real,profile,search,processors   parts to leave out
 *   --processor-size=1000   corpus size for the unified-vs-Sätteri builds (part `processors`)
 *   --processor-runs=1      builds per processor at that size (alternating)
 *   --budget-min=25         skip optional runs (Starlight at the largest size) that would overrun this
 *   --fresh-peers           reinstall Starlight and Lighthouse even if a cached install matches
 *   --keep                  keep the temp projects (under $TMPDIR/sigma1-atlas-bench)
 *   --help                  print these options and exit (an unknown option stops the bench)
 *
 * Never builds in the project itself: every build runs in a temp copy (see scripts/bench/build.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { makeProject, medianPhases, runBuild, type BuildRun } from './bench/build.ts';
import { countWords, generateCorpus, toStarlightDocs, type Corpus } from './bench/corpus.ts';
import { LIGHTHOUSE_PAGES, runLighthouse, type LighthouseRun } from './bench/lighthouse.ts';
import { installStarlight, ensurePeer, makeStarlightProject, ourAstroVersion, PEER_VERSIONS, starlightAstroBin, type PeerInstall } from './bench/peer.ts';
import { benchProcessors, processorTable, type ProcessorBench } from './bench/processors.ts';
import { timeIntegrity, timeMdxCompile, timePagefind, type IntegrityTiming, type MdxTiming, type PagefindTiming } from './bench/profile.ts';
import { measurePage, READER_PAGES, type PageWeight } from './bench/reader-weight.ts';
import { measureSearch, type SearchRun } from './bench/search.ts';
import { serveDist } from './lib/serve-dist.ts';
import { errorText, kb, mb, median, msec, ratio, removeDir, ROOT, secs, table } from './bench/util.ts';

// ---------------------------------------------------------------------------------------------
// Options

const args = new Map(process.argv.slice(2).map((a) => {
  const [k, v = 'true'] = a.replace(/^--/, '').split('=');
  return [k!, v];
}));
const OPTIONS = ['sizes', 'peer-runs', 'skip', 'processor-size', 'processor-runs', 'budget-min', 'fresh-peers', 'keep', 'help'];
const PARTS = ['peer', 'lighthouse', 'real', 'profile', 'search', 'processors'];
if (args.has('help')) {
  // The usage is this file's header comment.
  const { readFileSync } = await import('node:fs');
  console.log(/\/\*\*([\s\S]*?)\*\//.exec(readFileSync(import.meta.filename, 'utf8'))![1]!.replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}
const unknown = [...args.keys()].filter((k) => !OPTIONS.includes(k));
const badParts = (args.get('skip') ?? '').split(',').filter((p) => p && !PARTS.includes(p));
if (unknown.length || badParts.length) {
  console.error(`npm run bench: ${unknown.length ? `unknown option ${unknown.map((k) => `--${k}`).join(', ')}` : `unknown part ${badParts.join(', ')} in --skip`}. Options: ${OPTIONS.map((o) => `--${o}`).join(', ')}; parts: ${PARTS.join(', ')}. See --help.`);
  process.exit(2);
}
const SIZES = (args.get('sizes') ?? '100,1000,5000').split(',').map(Number).sort((a, b) => a - b);
const PEER_RUNS = new Map((args.get('peer-runs') ?? '100:1,1000:2,5000:1').split(',').map((p) => p.split(':').map(Number) as [number, number]));
const SKIP = new Set((args.get('skip') ?? '').split(',').filter(Boolean));
const BUDGET_MS = Number(args.get('budget-min') ?? 25) * 60_000;
const PROCESSOR_SIZE = Number(args.get('processor-size') ?? 1000);
const PROCESSOR_RUNS = Number(args.get('processor-runs') ?? 1);
const FRESH = args.has('fresh-peers');
const KEEP = args.has('keep');
const LARGEST = SIZES.at(-1)!;
const GROWTH_LIMIT = 5.5;
const RSS_LIMIT_KB = 4 * 1024 * 1024;

const started = performance.now();
const elapsed = () => performance.now() - started;
const log = (msg: string) => console.log(`[bench ${secs(elapsed()).padStart(7)}] ${msg}`);
const cleanup = (root: string) => {
  if (!KEEP) removeDir(root);
};

// ---------------------------------------------------------------------------------------------
// Results (everything that goes into bench/results.json)

interface SizeResult {
  size: number;
  plan: Corpus['plan'];
  words: number;
  generateMs: number;
  ours: BuildRun[];
  starlight: BuildRun[];
  integrity?: IntegrityTiming;
}

const results = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, astro: ourAstroVersion() },
  options: { sizes: SIZES, peerRuns: Object.fromEntries(PEER_RUNS), skip: [...SKIP], budgetMin: BUDGET_MS / 60_000 },
  peers: {} as Record<string, PeerInstall | { error: string }>,
  realSite: undefined as BuildRun | undefined,
  readerWeight: [] as PageWeight[],
  search: [] as SearchRun[],
  lighthouse: { runs: [] as LighthouseRun[], error: undefined as string | undefined },
  sizes: [] as SizeResult[],
  processors: undefined as ProcessorBench | undefined,
  profile: { mdx: undefined as MdxTiming | undefined, pagefindAlone: undefined as PagefindTiming | undefined, mdxOn: 0, pagefindOn: 0 },
  summary: {} as Record<string, unknown>,
  skipped: [] as string[],
  totalMs: 0,
};

const strip = (run: BuildRun): BuildRun => ({ ...run, root: path.basename(run.root), logFile: KEEP ? run.logFile : '(removed)' });

function describeRun(run: BuildRun): string {
  return `${run.label}: ${run.ok ? 'ok' : `FAILED (exit ${run.exitCode})`} in ${secs(run.wallMs)}, ${run.htmlPages} HTML pages, peak RSS ${mb(run.peakTreeRssKb)} (tree)${run.error ? `\n  ${run.error.split('\n').join('\n  ')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// 1. Peers (installed first, so downloads never overlap a timed build)

let starlight: PeerInstall | undefined;
let lighthouse: PeerInstall | undefined;
if (!SKIP.has('peer')) {
  try {
    starlight = installStarlight({ fresh: FRESH });
    results.peers['starlight'] = starlight;
    log(`Starlight ${starlight.versions['@astrojs/starlight']} with Astro ${starlight.versions['astro']} ${starlight.reused ? '(cached install)' : `installed in ${secs(starlight.installMs)}`}`);
  } catch (error) {
    results.peers['starlight'] = { error: errorText(error) };
    log(`Starlight could not be installed: ${errorText(error)}`);
  }
}
if (!SKIP.has('lighthouse') && !SKIP.has('real')) {
  try {
    lighthouse = ensurePeer('lighthouse', { lighthouse: PEER_VERSIONS.lighthouse }, { fresh: FRESH });
    results.peers['lighthouse'] = lighthouse;
    log(`Lighthouse ${lighthouse.versions['lighthouse']} ${lighthouse.reused ? '(cached install)' : `installed in ${secs(lighthouse.installMs)}`}`);
  } catch (error) {
    results.lighthouse.error = `npm install lighthouse failed: ${errorText(error)}`;
    results.peers['lighthouse'] = { error: errorText(error) };
    log(results.lighthouse.error);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The real site: build, reader-side weight, search, Lighthouse

if (!SKIP.has('real')) {
  const root = makeProject('real-site', 'real');
  log('building the real site (temp copy)...');
  const run = await runBuild('real site', root, { countGit: true });
  results.realSite = strip(run);
  log(describeRun(run));
  if (run.ok) {
    const server = await serveDist(path.join(root, 'dist'), { gzip: true });
    try {
      const browser = await launchBrowser();
      try {
        for (const p of READER_PAGES) {
          const w = await measurePage(browser, server.url, p.type, p.path);
          results.readerWeight.push(w);
          log(`weight ${p.path}: HTML ${kb(w.htmlGzip)}, total ${kb(w.totalGzip)}, JS ${kb(w.jsGzip)}, ${w.requests} requests`);
        }
        if (!SKIP.has('search')) {
          try {
            const s = await measureSearch(browser, 'real site', server.url, 'S1RA', 'spared nerve injury');
            results.search.push(s);
            log(`search (real): cold ${msec(s.cold.firstResultMs)} ${kb(s.cold.bytes)}, warm ${msec(s.warm.firstResultMs)} ${kb(s.warm.bytes)}`);
          } catch (error) {
            results.search.push({ site: 'real site', error: errorText(error) } as SearchRun);
            log(`search on the real site failed: ${errorText(error)}`);
          }
        }
      } finally {
        await browser.close();
      }
      if (lighthouse) {
        for (const p of LIGHTHOUSE_PAGES) {
          const lh = await runLighthouse(lighthouse, server.url, p);
          results.lighthouse.runs.push(lh);
          log(`lighthouse ${p}: ${lh.ok ? JSON.stringify(lh.scores) : `could not run: ${lh.error}`}`);
        }
        if (results.lighthouse.runs.every((r) => !r.ok)) results.lighthouse.error = `Lighthouse ran on no page: ${results.lighthouse.runs[0]?.error ?? 'unknown'}`;
      }
    } finally {
      await server.close();
    }
  }
  cleanup(root);
}

const okTimes = (runs: readonly BuildRun[]) => runs.filter((r) => r.ok).map((r) => r.wallMs);
const oursMedian = (s: SizeResult) => median(okTimes(s.ours));
const slMedian = (s: SizeResult) => median(okTimes(s.starlight));

// ---------------------------------------------------------------------------------------------
// 3. Build at scale, alternating with the Starlight peer, and profiling

for (const size of SIZES) {
  const t = performance.now();
  const corpus = generateCorpus(size);
  const docs = toStarlightDocs(corpus);
  const entry: SizeResult = { size, plan: corpus.plan, words: countWords(corpus.files), generateMs: performance.now() - t, ours: [], starlight: [] };
  results.sizes.push(entry);
  log(`corpus ${size}: ${corpus.plan.reviews} reviews, ${corpus.plan.compounds} compounds, ${corpus.plan.references} references, ${entry.words} words (${msec(entry.generateMs)})`);
  const runs = Math.max(1, starlight ? (PEER_RUNS.get(size) ?? 1) : 1);
  const oursRun = async (k: number) => {
    const root = makeProject(`ours-${size}-${k}`, corpus);
    if (k === 1 && !SKIP.has('profile')) {
      entry.integrity = timeIntegrity(root);
      log(`integrity check alone on ${entry.integrity.entries} entries: ${msec(entry.integrity.firstMs)} (first), ${msec(entry.integrity.medianMs)} (median of 3 more)`);
    }
    const run = await runBuild(`ours ${size} #${k}`, root, { countGit: true });
    entry.ours.push(strip(run));
    log(describeRun(run));
    if (k === 1 && size === LARGEST && !SKIP.has('profile')) {
      try {
        results.profile.mdx = timeMdxCompile(root);
        results.profile.mdxOn = size;
        log(`MDX compile per page (${results.profile.mdx.pages} pages): bare ${msec(results.profile.mdx.perPageMs.bare)}, +gfm ${msec(results.profile.mdx.perPageMs.gfm)}, +citations and heading plugins ${msec(results.profile.mdx.perPageMs.full)}`);
      } catch (error) {
        log(errorText(error));
      }
      if (run.ok) {
        results.profile.pagefindAlone = timePagefind(path.join(root, 'dist'));
        results.profile.pagefindOn = size;
        log(`Pagefind alone on ${results.profile.pagefindAlone.pages} pages: ${secs(results.profile.pagefindAlone.ms)}`);
      }
    }
    if (k === 1 && size === LARGEST && run.ok && !SKIP.has('search')) {
      const server = await serveDist(path.join(root, 'dist'), { gzip: true });
      const browser = await launchBrowser();
      try {
        const s = await measureSearch(browser, `synthetic ${size}`, server.url, 'allodynia', 'radioligand binding');
        results.search.push(s);
        log(`search (${size}): cold ${msec(s.cold.firstResultMs)} ${kb(s.cold.bytes)}, warm ${msec(s.warm.firstResultMs)} ${kb(s.warm.bytes)}`);
      } catch (error) {
        results.search.push({ site: `synthetic ${size}`, error: errorText(error) } as SearchRun);
        log(`search on the ${size}-page corpus failed: ${errorText(error)}`);
      } finally {
        await browser.close();
        await server.close();
      }
    }
    cleanup(root);
  };
  const starlightRun = async (k: number, peer: PeerInstall) => {
    // At the largest size the peer run is optional: skipped when it, plus our own build there if
    // still to come, is predicted (from the last smaller size, scaled linearly, +10%) to overrun the budget.
    const prev = results.sizes.filter((s) => s.size < size && s.starlight.some((r) => r.ok) && s.ours.some((r) => r.ok)).at(-1);
    if (prev && size === LARGEST) {
      const scale = (size / prev.size) * 1.1;
      const predicted = slMedian(prev) * scale;
      const oursToCome = entry.ours.length === 0 ? oursMedian(prev) * scale : 0;
      if (elapsed() + predicted + oursToCome > BUDGET_MS) {
        const why = `Starlight ${size} run ${k}: predicted ${secs(predicted)}${oursToCome ? ` (plus ${secs(oursToCome)} for our own ${size}-page build still to come)` : ''} would pass the ${BUDGET_MS / 60_000}-minute budget at ${secs(elapsed())}`;
        results.skipped.push(why);
        log(`skipped ${why}`);
        return;
      }
    }
    const slRoot = makeStarlightProject(`starlight-${size}-${k}`, peer, docs);
    const sl = await runBuild(`Starlight ${size} #${k}`, slRoot, { astroBin: starlightAstroBin(peer) });
    entry.starlight.push(strip(sl));
    log(describeRun(sl));
    cleanup(slRoot);
  };
  for (let k = 1; k <= runs; k++) {
    // Alternating: ours, Starlight, ours, Starlight... At the largest size the (optional) peer run
    // goes first, so whether it fits the budget is decided before our long build.
    if (starlight && size === LARGEST && SIZES.length > 1) {
      await starlightRun(k, starlight);
      await oursRun(k);
    } else {
      await oursRun(k);
      if (starlight) await starlightRun(k, starlight);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3b. The two Markdown processors (ATLAS_MARKDOWN): compile per page, then whole builds

if (!SKIP.has('processors')) {
  try {
    results.processors = await benchProcessors(PROCESSOR_SIZE, PROCESSOR_RUNS, log);
  } catch (error) {
    log(`processor comparison failed: ${errorText(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Summary and tables

const maxRss = (runs: readonly BuildRun[]) => Math.max(0, ...runs.map((r) => r.peakTreeRssKb));
const bySize = (n: number) => results.sizes.find((s) => s.size === n);
const s1000 = bySize(1000);
const s5000 = bySize(5000);
const cpuOf = (runs: readonly BuildRun[]) => median(runs.filter((r) => r.ok && r.cpuMs !== undefined).map((r) => r.cpuMs!));
const cpuMedian = (s: SizeResult) => cpuOf(s.ours);
/** Each pair's ratio (ours #k / Starlight #k, run back to back), so the spread between pairs shows. */
const pairRatios = (s: SizeResult) => s.ours.flatMap((o, k) => (o.ok && s.starlight[k]?.ok ? [o.wallMs / s.starlight[k]!.wallMs] : []));
const growth = s1000 && s5000 ? oursMedian(s5000) / oursMedian(s1000) : Number.NaN;
const cpuGrowth = s1000 && s5000 ? cpuMedian(s5000) / cpuMedian(s1000) : Number.NaN;
results.summary = {
  perSize: results.sizes.map((s) => ({
    size: s.size,
    oursMedianMs: oursMedian(s),
    oursMsPerPage: oursMedian(s) / s.size,
    oursCpuMedianMs: cpuMedian(s),
    oursGitSpawns: s.ours[0]?.gitCalls ?? null,
    oursHtmlPages: s.ours[0]?.htmlPages ?? 0,
    oursPeakTreeRssKb: maxRss(s.ours),
    oursPeakProcessRssKb: Math.max(0, ...s.ours.map((r) => r.peakProcessRssKb ?? 0)),
    starlightMedianMs: slMedian(s),
    starlightHtmlPages: s.starlight[0]?.htmlPages ?? 0,
    oursOverStarlight: oursMedian(s) / slMedian(s),
    oursOverStarlightPairs: pairRatios(s),
    starlightCpuMedianMs: cpuOf(s.starlight),
    oursOverStarlightCpu: cpuMedian(s) / cpuOf(s.starlight),
    oursRuns: s.ours.length,
    starlightRuns: s.starlight.length,
  })),
  linear: { growth5000over1000: growth, cpuGrowth5000over1000: cpuGrowth, limit: GROWTH_LIMIT, ok: Number.isFinite(growth) ? growth <= GROWTH_LIMIT : null },
  memory: { peak5000Kb: s5000 ? maxRss(s5000.ours) : null, limitKb: RSS_LIMIT_KB, ok: s5000 ? maxRss(s5000.ours) < RSS_LIMIT_KB && s5000.ours.some((r) => r.ok) : null },
};
results.totalMs = elapsed();

const out: string[] = [];
const section = (title: string, body: string) => out.push('', `## ${title}`, '', body);

section(
  'Build at scale (ours: integrity + astro build + permalinks + Pagefind)',
  table([
    ['pages', 'reviews/compounds/refs', 'runs', 'median time', 'ms/page', 'CPU time', 'HTML files', 'peak RSS tree', 'peak RSS 1 proc', 'git spawns', 'ok'],
    ...results.sizes.map((s) => [
      s.size,
      `${s.plan.reviews}/${s.plan.compounds}/${s.plan.references}`,
      s.ours.length,
      secs(oursMedian(s)),
      (oursMedian(s) / s.size).toFixed(0),
      secs(cpuMedian(s)),
      s.ours[0]?.htmlPages ?? 0,
      mb(maxRss(s.ours)),
      mb(Math.max(0, ...s.ours.map((r) => r.peakProcessRssKb ?? Number.NaN))),
      s.ours[0]?.gitCalls ?? 'n/a',
      s.ours.every((r) => r.ok) ? 'yes' : 'NO',
    ]),
  ]) +
    `\n\nLinear growth (5,000-page time <= ${GROWTH_LIMIT} x 1,000-page time): ${Number.isFinite(growth) ? `${ratio(growth)} -> ${growth <= GROWTH_LIMIT ? 'PASS' : 'FAIL'} (CPU time: ${ratio(cpuGrowth)})` : 'not measured'}` +
    `\nPeak RSS at 5,000 pages < 4 GB: ${s5000 ? `${mb(maxRss(s5000.ours))} -> ${results.summary['memory'] && (results.summary['memory'] as { ok: boolean }).ok ? 'PASS' : 'FAIL'}` : 'not measured'}`,
);

if (results.sizes.some((s) => s.starlight.length)) {
  section(
    `Peer: default Starlight ${starlight?.versions['@astrojs/starlight'] ?? ''} (Sätteri) on the same pages (one doc per page of ours: reviews, compounds, references), alternating runs`,
    table([
      ['pages', 'ours runs (s)', 'ours median', 'Starlight runs (s)', 'Starlight median', 'ours / Starlight', 'each pair', 'CPU ours / Starlight', 'ours HTML', 'Starlight HTML', 'ours ms/HTML', 'Starlight ms/HTML'],
      ...results.sizes.map((s) => [
        s.size,
        s.ours.map((r) => (r.wallMs / 1000).toFixed(0)).join(', '),
        secs(oursMedian(s)),
        s.starlight.map((r) => (r.wallMs / 1000).toFixed(0)).join(', ') || '-',
        secs(slMedian(s)),
        ratio(oursMedian(s) / slMedian(s)),
        pairRatios(s).map((x) => x.toFixed(2)).join(', ') || '-',
        `${secs(cpuMedian(s))} / ${secs(cpuOf(s.starlight))} = ${ratio(cpuMedian(s) / cpuOf(s.starlight))}`,
        s.ours[0]?.htmlPages ?? 0,
        s.starlight[0]?.htmlPages ?? 0,
        (oursMedian(s) / (s.ours[0]?.htmlPages || Number.NaN)).toFixed(0),
        (slMedian(s) / (s.starlight[0]?.htmlPages || Number.NaN)).toFixed(0),
      ]),
    ]) + (results.skipped.length ? `\n\nSkipped: ${results.skipped.join('; ')}` : ''),
  );
}

// One table per size (the largest also gets the steps measured alone): phases at 1,000 pages are
// where the Starlight comparison is closest, at 5,000 where growth shows.
const largestOk = [...results.sizes].reverse().find((s) => s.ours.some((r) => r.ok));
for (const profiled of results.sizes.filter((s) => s.ours.some((r) => r.ok))) {
  // Medians per phase over the runs at this size, ours and Starlight's, both timed at Astro's hooks.
  const oursRuns = profiled.ours.filter((r) => r.ok);
  const slRuns = profiled.starlight.filter((r) => r.ok && !r.timingError);
  const ours = medianPhases(oursRuns.map((r) => r.phases));
  const sl = medianPhases(slRuns.map((r) => r.phases));
  const whole = oursMedian(profiled);
  const rows: (string | number)[][] = [['phase (Astro hooks; steps of our plugins indented)', `ours (median of ${oursRuns.length})`, 'share', ...(slRuns.length ? [`Starlight (median of ${slRuns.length})`, 'ours - Starlight'] : [])]];
  const slMs = (phase: string, step?: string) => {
    const p = sl.find((x) => x.name === phase);
    return step === undefined ? (p?.ms ?? 0) : (p?.steps?.find((s) => s.name === step)?.ms ?? 0);
  };
  const compare = (mine: number, theirs: number) => (slRuns.length ? [secs(theirs), `${mine - theirs >= 0 ? '+' : ''}${((mine - theirs) / 1000).toFixed(1)} s`] : []);
  for (const p of ours) {
    rows.push([p.name, secs(p.ms), `${((p.ms / whole) * 100).toFixed(0)}%`, ...compare(p.ms, slMs(p.name))]);
    for (const st of p.steps ?? []) rows.push([`    ${st.name}`, secs(st.ms), '', ...compare(st.ms, slMs(p.name, st.name))]);
  }
  rows.push(['whole build (median)', secs(whole), '100%', ...compare(whole, slMedian(profiled))]);
  const timingErrors = [...new Set([...profiled.ours, ...profiled.starlight].map((r) => r.timingError).filter(Boolean))];
  let alone = '';
  const mdx = profiled === largestOk ? results.profile.mdx : undefined;
  const pf = profiled === largestOk ? results.profile.pagefindAlone : undefined;
  const integ = profiled.integrity;
  const aloneRows: (string | number)[][] = [['measured alone', 'time', 'note']];
  if (integ) aloneRows.push(['integrity check (readContent + checkContent)', msec(integ.firstMs), `${integ.entries} entries, ${integ.problems} problems; runs in "config hooks"`]);
  if (mdx) {
    const mdxPages = profiled.plan.reviews + profiled.plan.compounds;
    aloneRows.push(['MDX compile, bare @mdx-js/mdx', `${mdx.perPageMs.bare.toFixed(1)} ms/page`, `x ${mdxPages} MDX pages = ${secs(mdx.perPageMs.bare * mdxPages)}`]);
    aloneRows.push(['MDX compile + remark-gfm', `${mdx.perPageMs.gfm.toFixed(1)} ms/page`, `= ${secs(mdx.perPageMs.gfm * mdxPages)}`]);
    aloneRows.push(['MDX compile + gfm + citations + heading plugins', `${mdx.perPageMs.full.toFixed(1)} ms/page`, `= ${secs(mdx.perPageMs.full * mdxPages)}; citation+heading plugins ${mdx.citationPluginsMs.toFixed(1)} ms/page`]);
  }
  if (pf) aloneRows.push(['Pagefind Node API over dist/', pf.ok ? secs(pf.ms) : `failed: ${pf.error}`, `${pf.pages} pages indexed`]);
  if (aloneRows.length > 1) alone = `\n\n${table(aloneRows)}`;
  section(`Where the time goes (${profiled.size} pages)`, table(rows) + (timingErrors.length ? `\n\nNo phases for some runs: ${timingErrors.join('; ')}` : '') + alone);
}

if (results.processors) {
  section('Markdown processors: unified (remark-gfm) vs Sätteri, our adapters in both (ATLAS_MARKDOWN)', processorTable(results.processors));
}

if (results.readerWeight.length) {
  section(
    'Reader-side weight, real site, first visit in Chromium (gzip level 6)',
    table([
      ['page', 'path', 'HTML gz', 'total gz', 'JS gz (no interaction)', 'CSS gz', 'fonts+images gz', 'requests'],
      ...results.readerWeight.map((w) => [w.type, w.path, kb(w.htmlGzip), kb(w.totalGzip), kb(w.jsGzip), kb(w.cssGzip), kb(w.fontGzip + w.imageGzip), w.requests]),
    ]) + '\n\nBudgets (DESIGN.md): topic page HTML < 14.6 KB gz, first visit < 50 KB, no JS on content pages before interaction.',
  );
}

if (results.search.length) {
  section(
    'Search in Chromium (/search/?q=...)',
    table([
      ['site', 'query', 'kind', 'first results', 'found', 'bytes gz', 'of which /pagefind/', 'requests'],
      ...results.search.flatMap((s) =>
        s.error
          ? [[s.site, '-', 'error', s.error.slice(0, 60), '', '', '', '']]
          : [
              [s.site, s.cold.query, 'cold', msec(s.cold.firstResultMs), s.cold.found, kb(s.cold.bytes), kb(s.cold.pagefindBytes), s.cold.requests],
              [s.site, s.warm.query, 'warm', msec(s.warm.firstResultMs), s.warm.found, kb(s.warm.bytes), kb(s.warm.pagefindBytes), s.warm.requests],
            ],
      ),
    ]) + '\n\nCold: fresh browser, from navigation start. Warm: next query typed on the same page, from the keystrokes (includes the search box debounce). Budget: cold search < 150 KB.',
  );
}

if (!SKIP.has('lighthouse') && !SKIP.has('real')) {
  section(
    'Lighthouse (mobile preset, real site)',
    results.lighthouse.runs.length
      ? table([
          ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits that cost points (or why it did not run)'],
          ...results.lighthouse.runs.map((r) => [r.path, r.scores.performance ?? '-', r.scores.accessibility ?? '-', r.scores['best-practices'] ?? '-', r.scores.seo ?? '-', r.ok ? r.failedAudits.map((a) => a.replace(/^[a-z-]+: /, '')).join(', ') : `could not run: ${(r.error ?? '').slice(0, 80)}`]),
        ]) + (results.lighthouse.error ? `\n\n${results.lighthouse.error}` : '')
      : `Not run: ${results.lighthouse.error ?? 'the real site did not build'}`,
  );
}

out.push('', `Total benchmark time: ${secs(results.totalMs)}. Machine: ${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}, Astro ${results.machine.astro}.`);
console.log(out.join('\n'));

mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');
