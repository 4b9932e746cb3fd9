/** Short human labels for a reference: "Schmidt et al.", "Schmidt et al. 2016, Nature". */
interface NameLike {
  family?: string;
  literal?: string;
}
export interface RefLike {
  title?: unknown;
  author?: unknown;
  issued?: unknown;
  'container-title'?: unknown;
}

function nameOf(n: NameLike): string {
  return n.family ?? n.literal ?? '';
}

export function authorLabel(ref: RefLike): string {
  const authors = (Array.isArray(ref.author) ? ref.author : []) as NameLike[];
  if (authors.length === 0) return String(ref.title ?? 'Anonymous').split(/[:.]/)[0]!.slice(0, 60);
  if (authors.length === 1) return nameOf(authors[0]!);
  if (authors.length === 2) return `${nameOf(authors[0]!)} and ${nameOf(authors[1]!)}`;
  return `${nameOf(authors[0]!)} et al.`;
}

export function yearOf(ref: RefLike): number | undefined {
  const parts = (ref.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  return parts?.[0];
}

export function shortLabel(ref: RefLike): string {
  const year = yearOf(ref);
  const container = typeof ref['container-title'] === 'string' ? `, ${ref['container-title']}` : '';
  return `${authorLabel(ref)}${year ? ` ${year}` : ''}${container}`;
}

/**
 * "Shen et al. 2015" for a source named in a data view (chart table, figure caption). Without
 * authors, the journal or publisher stands in ("Molecules 2025"), not a cut-off title.
 */
export function sourceLabel(ref: RefLike & { publisher?: unknown }): string {
  const hasAuthors = Array.isArray(ref.author) && ref.author.length > 0;
  const container = typeof ref['container-title'] === 'string' ? ref['container-title'] : typeof ref.publisher === 'string' ? ref.publisher : undefined;
  const who = hasAuthors || !container ? authorLabel(ref) : container;
  const year = yearOf(ref);
  return `${who}${year ? ` ${year}` : ''}`;
}

/**
 * A one-line description of a work: "Schmidt et al. (2016). Crystal structure … Nature." Each part
 * ends with one stop: "et al." and a title ending in "?" take none more.
 */
export function referenceLine(ref: RefLike): string {
  const year = yearOf(ref);
  const parts = [`${authorLabel(ref)}${year ? ` (${year})` : ''}`, String(ref.title ?? ''), typeof ref['container-title'] === 'string' ? ref['container-title'] : ''];
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.?!]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
