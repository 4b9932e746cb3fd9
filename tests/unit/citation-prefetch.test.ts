import { afterAll, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { readReferences } from '../../src/lib/content-files.ts';
import { formatReference, formattedTexts } from '../../src/lib/citations/format.ts';
import { prefetchCitations } from '../../src/lib/citations/prefetch.ts';
import { ReferenceSchema } from '../../src/schemas/reference.ts';
import { materialize, removeFixtures } from '../helpers/fixtures.ts';

afterAll(removeFixtures);

test('a worker formats every reference as the pages will ask, with the same text; the pages then find it', async () => {
  const root = materialize();
  const refs = readReferences(root);
  const prefetch = prefetchCitations(root);
  await prefetch.done;
  const store = formattedTexts();
  const ahead = [...store.ahead];
  // Three texts per reference: its bibliography entry, and "Cite this work" in APA and Vancouver.
  expect(ahead).toHaveLength(3 * refs.size);
  for (const key of ahead) {
    const [, format, style, items] = /^(html|text) (apa|vancouver) (.*)$/s.exec(key)!;
    expect(store.texts.get(key)).toBe(new Cite(JSON.parse(items!)).format('bibliography', { format: format as 'html' | 'text', template: style!, lang: 'en-US' }));
  }
  // A page asking for a bibliography entry gets the worker's text without formatting it again.
  const [key, raw] = [...refs][0]!;
  const before = { found: store.found, made: store.made };
  expect(formatReference(key, ReferenceSchema.parse(raw) as Record<string, unknown>)).toMatch(/\S/);
  expect({ found: store.found, made: store.made }).toEqual({ found: before.found + 1, made: before.made });
  expect(await prefetch.stop()).toMatchObject({ ahead: 3 * refs.size, found: before.found + 1 });
});
