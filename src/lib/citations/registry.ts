/**
 * Numbering of a page's citations: numbers in order of first use, each occurrence with its own
 * anchor so the bibliography can link back to every place a source was cited.
 */
export interface CitedSource {
  key: string;
  n: number;
  /** Anchor ids of the places this source is cited (in body text, key points or data tables). */
  occurrences: string[];
}

export class CitationRegistry {
  readonly #byKey = new Map<string, CitedSource>();

  /** Register a use of `key`; returns its number and the anchor id of this occurrence. */
  cite(key: string): { n: number; id: string } {
    let src = this.#byKey.get(key);
    if (!src) {
      src = { key, n: this.#byKey.size + 1, occurrences: [] };
      this.#byKey.set(key, src);
    }
    const id = `cite-${src.n}-${src.occurrences.length + 1}`;
    src.occurrences.push(id);
    return { n: src.n, id };
  }

  /** Give `key` a number without recording an occurrence (data fields rendered from frontmatter). */
  reserve(key: string): number {
    const src = this.#byKey.get(key);
    if (src) return src.n;
    const n = this.#byKey.size + 1;
    this.#byKey.set(key, { key, n, occurrences: [] });
    return n;
  }

  list(): CitedSource[] {
    return [...this.#byKey.values()];
  }
}

const REF_FIELDS = new Set(['ref', 'refs', 'actionRef', 'primary']);

/**
 * Citation keys held in data fields (`ref`, `refs`, `actionRef`, at any depth), in document order.
 * Pages render these fields before the body, so they are numbered first.
 */
export function collectDataRefs(data: unknown, out: string[] = []): string[] {
  if (Array.isArray(data)) {
    for (const v of data) collectDataRefs(v, out);
  } else if (data && typeof data === 'object' && !(data instanceof Date)) {
    for (const [k, v] of Object.entries(data)) {
      if (REF_FIELDS.has(k)) {
        for (const key of Array.isArray(v) ? v : [v]) if (typeof key === 'string' && !out.includes(key)) out.push(key);
      } else {
        collectDataRefs(v, out);
      }
    }
  }
  return out;
}

/** A registry that reproduces a page's numbering (from the remark plugin's output), for data tables. */
export function registryFrom(cited: readonly CitedSource[]): CitationRegistry {
  const registry = new CitationRegistry();
  for (const c of [...cited].sort((a, b) => a.n - b.n)) registry.reserve(c.key);
  return registry;
}

/** Numbering for pages without a body (YAML entries): their data references, in order. */
export function registryForData(data: unknown): CitationRegistry {
  const registry = new CitationRegistry();
  for (const key of collectDataRefs(data)) registry.reserve(key);
  return registry;
}
