/**
 * Which parts of a Pagefind result to show: the page's own excerpt and the sections (headings)
 * that matched, as Pagefind's Default UI did with `showSubResults`.
 */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface ResultParts {
  /** Show the page's excerpt: the match is (also) before the first heading, or the page has no sections. */
  excerpt: boolean;
  /** The matching sections to list under the page, in page order. */
  sections: SubResult[];
}

/**
 * Pagefind lists a page's matches by section; a first entry with the page's own URL is the text
 * before the first heading. Sections beyond `limit` are thinned to the `limit` with the most
 * matches, kept in page order.
 */
export function resultParts(page: { url: string; sub_results?: SubResult[] | undefined }, limit = 3): ResultParts {
  const subs = page.sub_results ?? [];
  const rootFirst = subs.length > 0 && subs[0]!.url === page.url;
  const sections = rootFirst ? subs.slice(1) : subs;
  const excerpt = rootFirst || subs.length === 0;
  if (sections.length <= limit) return { excerpt, sections };
  const top = new Set([...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, limit));
  return { excerpt, sections: sections.filter((s) => top.has(s)) };
}
