import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { releasePath } from '../../src/lib/releases.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { ReleasesSchema } from '../../src/schemas/index.ts';
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

/**
 * .zenodo.json (Zenodo's deposit metadata, read when a release is archived) says what CITATION.cff
 * says, and both name the newest release in content/releases.yaml: its version, its date and its
 * page. No DOI is written by hand: Zenodo mints it.
 */
test('.zenodo.json, CITATION.cff and the newest release agree', () => {
  const cff = parse(readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8')) as Record<string, unknown>;
  const zenodo = JSON.parse(readFileSync(new URL('../../.zenodo.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const [newest] = ReleasesSchema.parse(parseYaml(readFileSync(new URL('../../content/releases.yaml', import.meta.url), 'utf8')));
  const releasePage = new URL(releasePath(newest!.version), astroConfig.site).href;

  expect(cff['version']).toBe(newest!.version);
  expect(cff['date-released']).toBe(newest!.date);
  expect(zenodo).toMatchObject({
    title: cff['title'],
    upload_type: 'dataset',
    access_right: 'open',
    creators: (cff['authors'] as { name: string }[]).map((a) => ({ name: a.name })),
    license: String(cff['license']).toLowerCase(),
    version: newest!.version,
    publication_date: newest!.date,
    keywords: cff['keywords'],
  });
  expect(zenodo['related_identifiers']).toEqual([
    { identifier: cff['url'], relation: 'isSourceOf', scheme: 'url' },
    { identifier: releasePage, relation: 'isDocumentedBy', scheme: 'url' },
  ]);
  expect(String(zenodo['description'])).toContain(`release ${newest!.version}`);
  expect(String(zenodo['description'])).toContain(releasePage);
  for (const meta of [cff, zenodo]) expect(JSON.stringify(meta)).not.toMatch(/\bdoi\b|10\.\d{4,}\//i);
});
