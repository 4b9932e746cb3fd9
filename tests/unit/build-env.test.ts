import { expect, test } from 'vitest';
import { BUILD_HEAP_MB, buildEnvironment } from '../../scripts/lib/build-env.ts';

test('adds the heap cap and the mimalloc setting to an empty environment', () => {
  const env = buildEnvironment({ PATH: '/bin' });
  expect(env['PATH']).toBe('/bin');
  expect(env['NODE_OPTIONS']).toBe(`--max-old-space-size=${BUILD_HEAP_MB}`);
  expect(env['MIMALLOC_PURGE_DELAY']).toBe('0');
});

test('keeps what the caller set', () => {
  const env = buildEnvironment({ NODE_OPTIONS: '--max-old-space-size=8192 --enable-source-maps', MIMALLOC_PURGE_DELAY: '100' });
  expect(env['NODE_OPTIONS']).toBe('--max-old-space-size=8192 --enable-source-maps');
  expect(env['MIMALLOC_PURGE_DELAY']).toBe('100');
});

test('adds the heap cap beside other options the caller set', () => {
  expect(buildEnvironment({ NODE_OPTIONS: '--enable-source-maps' })['NODE_OPTIONS']).toBe(`--enable-source-maps --max-old-space-size=${BUILD_HEAP_MB}`);
});
