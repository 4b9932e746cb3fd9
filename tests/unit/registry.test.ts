/**
 * The registry of what the site holds (src/lib/registry.ts): entry URLs, kind labels, link fields,
 * navigation and downloads come from it, and nothing in src/ builds an entry URL by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDownloads } from '../../src/lib/downloads.ts';
import { aliasRedirects } from '../../src/lib/permalinks.ts';
import { collectionOfSection, COLLECTION_NAMES, entryKind, entryUrl, isPageCollection, kindLabel, linkFields, navigation, REGISTRY, sectionLink } from '../../src/lib/registry.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { NAV } from '../../src/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECTIONS = COLLECTION_NAMES.filter(isPageCollection).map((c) => REGISTRY[c].section);

/**
 * Places in a source text that build an entry URL by hand: a template literal or a concatenation
 * that starts with a section of the registry (`/compounds/${id}/`, '/trials/' + id) or with a
 * section taken from a variable (`/${section}/${id}/`). Reported as "line: text".
 */
export function handBuiltEntryUrls(text: string, sections: readonly string[]): string[] {
  const patterns = [new RegExp(`\`/(?:${sections.join('|')})/\\$\\{`), new RegExp(`['"\`]/(?:${sections.join('|')})/['"\`]\\s*\\+`), /`\/\$\{[^}]+\}\/\$\{/];
  return text.split('\n').flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [`${i + 1}: ${line.trim().slice(0, 120)}`] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mts|astro|mjs)$/.test(d.name))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

describe('entryUrl', () => {
  test('builds /<section>/<id>/ with an optional fragment', () => {
    expect(entryUrl('compounds', 'haloperidol')).toBe('/compounds/haloperidol/');
    expect(entryUrl('references', 'schmidt2016-nature')).toBe('/references/schmidt2016-nature/');
    expect(entryUrl('compounds', 'e-52862', 'event-e-52862-ema-2024-01-refusal')).toBe('/compounds/e-52862/#event-e-52862-ema-2024-01-refusal');
    expect(entryUrl('compounds', 'pre-084', 'pharmacology')).toBe('/compounds/pre-084/#pharmacology');
    expect(entryUrl('findings', 'x', '')).toBe('/findings/x/');
  });

  test('only collections with pages have entry URLs; sections map back to their collection', () => {
    expect(COLLECTION_NAMES.filter(isPageCollection)).toEqual(['references', 'conditions', 'methods', 'compounds', 'trials', 'findings', 'reviews']);
    expect(isPageCollection('regulatory')).toBe(false);
    expect(isPageCollection('toString')).toBe(false);
    expect(collectionOfSection('trials')).toBe('trials');
    expect(collectionOfSection('regulatory')).toBeUndefined();
    expect(collectionOfSection('evidence')).toBeUndefined();
  });

  test('alias redirects are built with it, and skip collections without pages', () => {
    expect(aliasRedirects([{ section: 'compounds', id: 'e-52862', aliases: ['s1ra'] }, { section: 'regulatory', id: 'x', aliases: ['y'] }]).filter((r) => !r.from.startsWith('/compounds/chart'))).toEqual([{ from: '/compounds/s1ra/', to: '/compounds/e-52862/' }]);
  });
});

describe('no entry URL is built by hand', () => {
  test('the scan finds template literals, concatenations and variable sections, and nothing else', () => {
    const sample = [
      'href={`/compounds/${c.id}/`}',
      "const u = '/trials/' + id + '/';",
      'add(`/${section}/${e.id}/`)',
      "href={entryUrl('compounds', c.id)}",
      "<a href=\"/compounds/affinities/\">",
      'const d = `/data/${f.name}`;',
    ].join('\n');
    expect(handBuiltEntryUrls(sample, SECTIONS)).toEqual(['1: href={`/compounds/${c.id}/`}', "2: const u = '/trials/' + id + '/';", '3: add(`/${section}/${e.id}/`)']);
  });

  test('src/ has none outside src/lib/registry.ts', () => {
    const files = sourceFiles('src').filter((f) => f !== 'src/lib/registry.ts');
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => handBuiltEntryUrls(readFileSync(path.join(ROOT, f), 'utf8'), SECTIONS).map((hit) => `${f}:${hit}`));
    expect(found, 'build entry URLs with entryUrl(collection, id, hash?) from src/lib/registry.ts').toEqual([]);
  });

  test('pages take kind labels from the registry, not as literals', () => {
    const files = sourceFiles('src/pages').filter((f) => f.endsWith('.astro'));
    const found = files.flatMap((f) => (/\b(?:kind|searchKind)="/.test(readFileSync(path.join(ROOT, f), 'utf8')) ? [f] : []));
    expect(found).toEqual([]);
  });
});

describe('kinds', () => {
  test('what readers call an entry, one and several', () => {
    expect(entryKind('compounds')).toEqual({ one: 'Compound', many: 'Compounds' });
    expect(entryKind('conditions', { kind: 'disease' }).one).toBe('Condition');
    expect(entryKind('conditions', { kind: 'gene' }).one).toBe('Gene');
    expect(entryKind('trials', { kind: 'gene' }).one).toBe('Trial');
    expect(kindLabel('Review', 1)).toBe('Review');
    expect(kindLabel('Review', 2)).toBe('Reviews');
    expect(kindLabel('Gene', 3)).toBe('Genes');
    expect(kindLabel('Glossary', 2)).toBe('Glossary');
    expect(kindLabel('Regulatory event', 2)).toBe('Regulatory events');
    expect(kindLabel('Widget', 2)).toBe('Widgets');
  });

  test('each kind label is used by one collection only (they are search filter values)', () => {
    const ones = COLLECTION_NAMES.map((c) => REGISTRY[c].kind.one);
    expect(new Set(ones).size).toBe(ones.length);
  });
});

describe('link fields and schemas', () => {
  test('every link field names a collection and a field of its schema', () => {
    for (const c of COLLECTION_NAMES) {
      const shape = (COLLECTIONS[c].schema as unknown as { shape: Record<string, unknown> }).shape;
      for (const [field, target] of linkFields(c)) {
        expect(COLLECTION_NAMES, `${c}.${field}`).toContain(target);
        expect(Object.keys(shape), `${c}.${field}`).toContain(field);
      }
    }
    expect(linkFields('findings')).toEqual([['compound', 'compounds'], ['model', 'methods'], ['condition', 'conditions']]);
    expect(linkFields('references')).toEqual([]);
  });

  test('COLLECTIONS is the registry plus a schema per collection, in the registry order', () => {
    expect(Object.keys(COLLECTIONS)).toEqual(COLLECTION_NAMES);
    expect(COLLECTIONS.compounds).toMatchObject({ dir: 'compounds', ext: '.mdx', body: true, page: true, section: 'compounds' });
    expect(COLLECTIONS.regulatory).toMatchObject({ dir: 'regulatory', ext: '.yaml', body: false, page: false });
    expect(COLLECTIONS.regulatory.schema).not.toBe(COLLECTIONS.trials.schema);
  });
});

describe('navigation, breadcrumbs and downloads', () => {
  test('the site navigation: collections in their order, with the other pages', () => {
    expect(NAV.map((n) => n.label)).toEqual(['Reviews', 'Compounds', 'Trials', 'Evidence', 'Methods', 'Conditions', 'References', 'Glossary', 'About']);
    expect(NAV[3]).toEqual({ href: '/evidence/', label: 'Evidence' });
    expect(navigation([{ href: '/first/', label: 'First', order: 0 }])[0]).toEqual({ href: '/first/', label: 'First' });
  });

  test('an entry page leads back to where its collection is browsed', () => {
    expect(sectionLink('findings')).toEqual({ href: '/evidence/', label: 'Evidence' });
    expect(sectionLink('compounds')).toEqual({ href: '/compounds/', label: 'Compounds' });
  });

  test('/data/ offers exactly the collections the registry marks as downloads', () => {
    const groups = buildDownloads({ compounds: [], trials: [], findings: [], regulatory: [], references: [], names: { compounds: new Map(), models: new Map(), conditions: new Map() }, site: 'https://example.org' });
    const marked = COLLECTION_NAMES.filter((c) => REGISTRY[c].download);
    expect(groups.map((g) => g.id).sort()).toEqual([...marked].sort());
    expect(marked.sort()).toEqual(['compounds', 'findings', 'references', 'regulatory', 'trials']);
  });
});
