/**
 * The environment `npm run build` gives `astro build` (scripts/build.ts), from the memory profile
 * of a 5,000-page build (bench/README.md, "Memory"):
 * - `--max-old-space-size=1536`: the live heap stays in the hundreds of MB; capping the heap makes V8
 *   collect before the process grows to the 4 GB default (2,048 left the 5,000-page build at 4.0 GB, 1,536 at 3.6 GB).
 * - `MIMALLOC_PURGE_DELAY=0`: Rolldown (Vite's bundler, native code) allocates with mimalloc, which
 *   otherwise keeps freed memory; this returns it to the system at once.
 * Values the caller already set win, so a larger site can raise the heap.
 */
export const BUILD_HEAP_MB = 1536;

export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env['NODE_OPTIONS'] ?? '';
  const add = /--max-old-space-size\b/.test(options) ? [] : [`--max-old-space-size=${BUILD_HEAP_MB}`];
  return {
    ...env,
    NODE_OPTIONS: [options, ...add].filter(Boolean).join(' '),
    MIMALLOC_PURGE_DELAY: env['MIMALLOC_PURGE_DELAY'] ?? '0',
  };
}
