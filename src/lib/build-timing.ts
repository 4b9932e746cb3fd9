/**
 * Build phases from timestamps. The build-timing integration (src/plugins/build-timing.ts) records,
 * when the bench asks for it, the moment the build reached each Astro hook and how long our own
 * plugins' steps took; `buildPhases` turns that record into phases that add up to the wall time.
 * Pure: the bench (scripts/bench/build.ts) and the unit tests call it with plain numbers.
 */

/** Moments of a build, in the order Astro reaches them (astro/dist/core/build). */
export const MARKS = ['config:setup', 'config:done', 'build:start', 'build:setup', 'bundled', 'build:generated', 'build:done', 'exit'] as const;
export type MarkName = (typeof MARKS)[number];

/** The phase that starts at each mark and runs to the next one reached. */
export const PHASE_FROM: Readonly<Record<MarkName | 'spawn', string>> = {
  spawn: 'startup: Node, Astro, config file',
  'config:setup': 'config hooks (integrity check)',
  'config:done': 'routes, Vite config, content layer sync',
  'build:start': 'collecting build info',
  'build:setup': 'Vite bundle (MDX compile)',
  bundled: 'page rendering (getStaticPaths, pages, /cite/ files)',
  'build:generated': 'after rendering: assets',
  'build:done': 'build:done hooks (sitemap, permalinks)',
  // Astro's process has exited; scripts/build.ts then builds the search index in its own.
  exit: "after Astro's exit: search index (Pagefind)",
};

/** What the integration writes (JSON): epoch milliseconds, as Date.now() gives them. */
export interface TimingRecord {
  version: 1;
  /** The first time the build reached each mark. */
  marks: { name: MarkName; at: number }[];
  /** Steps of our own plugins (integrity check, permalinks, Pagefind...) and of the Vite bundle. */
  steps: { name: string; start: number; end: number }[];
}

export interface Step {
  name: string;
  ms: number;
}

export interface Phase extends Step {
  /** Steps that started within this phase, in the order they started. */
  steps?: Step[];
}

/**
 * Phases of one build, from its spawn to its exit (epoch ms, as the bench saw them): one per mark
 * reached, named by PHASE_FROM, each running to the next mark, so that together they add up to
 * `exitAt - spawnAt`. A mark the build never reached (a failed build, another Astro version) merges
 * its phase into the one before. Each step is listed under the phase in which it started.
 */
export function buildPhases(record: TimingRecord | undefined, spawnAt: number, exitAt: number): Phase[] {
  if (exitAt < spawnAt) throw new Error(`buildPhases: the build exited (${exitAt}) before it was spawned (${spawnAt})`);
  if (!record || record.marks.length === 0) return [{ name: 'whole build (no timing record)', ms: exitAt - spawnAt }];
  const known = new Set<string>(MARKS);
  const unknown = record.marks.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length) throw new Error(`buildPhases: unknown mark(s) ${unknown.join(', ')}; known: ${MARKS.join(', ')}`);
  // Clamped into [spawn, exit], so that a mark taken a moment before the bench's own clock reading
  // cannot make a phase negative; in time order, so each phase ends where the next begins.
  const clamp = (t: number) => Math.min(exitAt, Math.max(spawnAt, t));
  const starts = [{ name: 'spawn' as const, at: spawnAt }, ...record.marks.map((m) => ({ name: m.name, at: clamp(m.at) })).sort((a, b) => a.at - b.at)];
  const phases: Phase[] = starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : exitAt;
    const steps = record.steps
      .filter((st) => clamp(st.start) >= s.at && (clamp(st.start) < end || (i === starts.length - 1 && clamp(st.start) <= end)))
      .sort((a, b) => a.start - b.start)
      .map((st) => ({ name: st.name, ms: st.end - st.start }));
    return { name: PHASE_FROM[s.name], ms: end - s.at, ...(steps.length ? { steps } : {}) };
  });
  return phases;
}

/** Reads a timing record (the integration's JSON); throws, naming the file, if it is not one. */
export function parseTimingRecord(text: string, file: string): TimingRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)}); it is written by src/plugins/build-timing.ts`);
  }
  const r = data as Partial<TimingRecord> | null;
  const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (!r || r.version !== 1 || !Array.isArray(r.marks) || !Array.isArray(r.steps)) throw new Error(`${file}: expected { version: 1, marks: [...], steps: [...] }`);
  const badMark = r.marks.findIndex((m) => typeof m?.name !== 'string' || !isNum(m.at));
  if (badMark >= 0) throw new Error(`${file}: marks[${badMark}] needs a name and a number "at" (epoch ms)`);
  const badStep = r.steps.findIndex((s) => typeof s?.name !== 'string' || !isNum(s.start) || !isNum(s.end) || s.end < s.start);
  if (badStep >= 0) throw new Error(`${file}: steps[${badStep}] needs a name and numbers "start" <= "end" (epoch ms)`);
  return r as TimingRecord;
}
