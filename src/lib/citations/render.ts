/**
 * Citation clusters as HAST (plain objects): numbered links into the page's bibliography.
 * Used by the remark plugin (body text) and by pages (key points, data tables), so a citation
 * looks the same wherever it appears.
 */
import type { Element, ElementContent } from 'hast';
import { authorLabel, type RefLike } from './label.ts';
import { parseCitations, type CiteCluster } from './parse.ts';
import type { CitationRegistry } from './registry.ts';

export const refAnchor = (key: string) => `ref-${key}`;

export class UnknownCitationError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`no reference "${key}"`);
    this.key = key;
  }
}

function citeLink(n: number, id: string | undefined, key: string): Element {
  // No title attribute: the preview script shows the full entry, and without JavaScript the link leads to it.
  const properties: Record<string, string | string[]> = { href: `#${refAnchor(key)}`, className: ['cite'] };
  if (id) properties['id'] = id;
  return { type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: String(n) }] };
}

/** Render one cluster, registering its uses. Throws UnknownCitationError for a key not in `refs`. */
export function renderCluster(cluster: CiteCluster, registry: CitationRegistry, refs: ReadonlyMap<string, RefLike>): ElementContent[] {
  const cited = cluster.items.map((item) => {
    const ref = refs.get(item.key);
    if (!ref) throw new UnknownCitationError(item.key);
    const { n, id } = registry.cite(item.key);
    return { item, ref, n, id };
  });
  if (cluster.mode === 'narrative') {
    const [{ item, ref, n, id }] = cited as [(typeof cited)[0]];
    const inner: ElementContent[] = [{ type: 'text', value: '[' }, citeLink(n, id, item.key)];
    if (item.locator) inner.push({ type: 'text', value: `, ${item.locator}` });
    inner.push({ type: 'text', value: ']' });
    return [{ type: 'text', value: `${authorLabel(ref)} ` }, { type: 'element', tagName: 'span', properties: { className: ['citation'] }, children: inner }];
  }
  // Vancouver order inside a cluster: by number; runs of three or more without locators compress to a range.
  const sorted = [...cited].sort((a, b) => a.n - b.n);
  const children: ElementContent[] = [{ type: 'text', value: '[' }];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.n === sorted[j]!.n + 1 && !sorted[j]!.item.locator && !sorted[j + 1]!.item.locator) j++;
    if (i > 0) children.push({ type: 'text', value: ', ' });
    const first = sorted[i]!;
    if (first.item.prefix) children.push({ type: 'text', value: `${first.item.prefix} ` });
    children.push(citeLink(first.n, first.id, first.item.key));
    if (j - i >= 2) {
      // The hidden middle occurrences still get anchors so back-links from the bibliography land.
      children.push({ type: 'text', value: '–' });
      const last = sorted[j]!;
      const mids: ElementContent[] = sorted.slice(i + 1, j).map((m) => ({ type: 'element', tagName: 'span', properties: { id: m.id }, children: [] }));
      children.push(...mids, citeLink(last.n, last.id, last.item.key));
      i = j;
    } else if (first.item.locator) {
      children.push({ type: 'text', value: `, ${first.item.locator}` });
    }
  }
  children.push({ type: 'text', value: ']' });
  return [{ type: 'element', tagName: 'span', properties: { className: ['citation'] }, children }];
}

/** Text to HAST children, citations rendered. */
export function citeText(text: string, registry: CitationRegistry, refs: ReadonlyMap<string, RefLike>): ElementContent[] {
  return parseCitations(text).flatMap((t) => (t.kind === 'text' ? [{ type: 'text' as const, value: t.value }] : renderCluster(t, registry, refs)));
}

/** A data-field citation (affinity, result, finding): a numbered link without an occurrence anchor. */
export function renderDataCite(key: string, registry: CitationRegistry, refs: ReadonlyMap<string, RefLike>): Element {
  const ref = refs.get(key);
  if (!ref) throw new UnknownCitationError(key);
  const n = registry.reserve(key);
  return { type: 'element', tagName: 'span', properties: { className: ['citation'] }, children: [{ type: 'text', value: '[' }, citeLink(n, undefined, key), { type: 'text', value: ']' }] };
}
