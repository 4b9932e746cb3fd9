/**
 * Astro integration: when ATLAS_BUILD_TIMING names a file (the bench sets it), record the moment
 * the build reaches each Astro hook and the end of the Vite bundle, and write them, with the steps
 * our plugins time through `timed`, to that file as JSON when the process exits (src/lib/build-timing.ts
 * turns them into phases). Without the variable it has no hooks and `timed` just calls its function.
 * Self-contained (it imports only its types), so the bench can add it to the Starlight peer too.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MarkName, TimingRecord } from '../lib/build-timing.ts';

export const TIMING_ENV = 'ATLAS_BUILD_TIMING';

// On globalThis: the config's modules and the rendering's modules are separate module instances.
const KEY = Symbol.for('sigma1-atlas.build-timing');
const recorder = (): TimingRecord | undefined => (globalThis as { [KEY]?: TimingRecord })[KEY];

function mark(name: MarkName): void {
  const r = recorder();
  if (r && !r.marks.some((m) => m.name === name)) r.marks.push({ name, at: Date.now() });
}

/** Runs `fn` and, when timing is on, records it as a step (also when it throws). Returns what `fn` returns. */
export function timed<T>(name: string, fn: () => T): T {
  const r = recorder();
  if (!r) return fn();
  const start = Date.now();
  const done = () => void r.steps.push({ name, start, end: Date.now() });
  let result: T;
  try {
    result = fn();
  } catch (error) {
    done();
    throw error;
  }
  if (result instanceof Promise) return result.finally(done) as T;
  done();
  return result;
}

export function buildTiming(): AstroIntegration {
  const file = process.env[TIMING_ENV];
  if (!file) return { name: 'sigma1-atlas:build-timing', hooks: {} };
  // One record per process, even if the config is loaded twice.
  let record = recorder();
  if (!record) {
    const fresh: TimingRecord = { version: 1, marks: [], steps: [] };
    record = (globalThis as { [KEY]?: TimingRecord })[KEY] = fresh;
    const out = path.resolve(file);
    process.on('exit', () => {
      mark('exit');
      writeFileSync(out, `${JSON.stringify(fresh, null, 1)}\n`);
    });
  }
  const steps = record.steps;
  const bundleStart = new Map<string, number>();
  return {
    name: 'sigma1-atlas:build-timing',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        mark('config:setup');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sigma1-atlas:build-timing',
                // Each environment's bundle (prerender, client) as a step.
                buildStart() {
                  bundleStart.set(this.environment.name, Date.now());
                },
                writeBundle() {
                  const start = bundleStart.get(this.environment.name);
                  if (start !== undefined) steps.push({ name: `bundle: ${this.environment.name}`, start, end: Date.now() });
                },
                // Runs after every environment is bundled and before Astro's own post hook renders the pages.
                buildApp: { order: 'post', handler: async () => mark('bundled') },
              },
            ],
          },
        });
      },
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:setup': () => mark('build:setup'),
      'astro:build:generated': () => mark('build:generated'),
      'astro:build:done': () => mark('build:done'),
    },
  };
}
