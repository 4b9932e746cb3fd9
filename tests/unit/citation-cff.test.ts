import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { SITE } from '../../src/site.ts';
import astroConfig from '../../astro.config.mjs';

/** CITATION.cff (how to cite the atlas as a whole) says what the site says of itself. */
test('CITATION.cff is valid CFF 1.2 and agrees with the site constants', () => {
  const cff = parse(readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8')) as Record<string, unknown>;
  for (const key of ['cff-version', 'message', 'title', 'authors']) expect(cff, key).toHaveProperty(key);
  expect(cff['cff-version']).toBe('1.2.0');
  expect(String(cff['title'])).toContain(SITE.name);
  expect(cff['authors']).toEqual([{ name: SITE.publisher }]);
  // The SPDX identifier of the licence the site names ("CC BY 4.0" -> "CC-BY-4.0").
  expect(cff['license']).toBe(SITE.licence.name.replaceAll(' ', '-'));
  expect(cff['url']).toBe(new URL('/', astroConfig.site).href);
  expect(cff['repository-code']).toBe(SITE.repository);
});
