/**
 * Column labels for the cells of a review's tables, so that on a phone each row can be shown as a
 * card ("Model: Rat brain", "Source: [3]") instead of a table wider than the screen. The article
 * script sets them (src/scripts/article.ts; the card layout is `.prose table.cards` in
 * src/styles/global.css).
 *
 * Set in the browser rather than written into the HTML: as attributes they cost 25 to 70 bytes
 * gzipped per review with tables, more than the longest reviews have left within their HTML
 * budget (tests/budgets.ts). Without the script, the table scrolls in its own box.
 *
 * The first cell of a row is the card's title and gets no label: the row is about it.
 */
export function cellLabel(headers: readonly string[], index: number): string | undefined {
  if (index === 0) return undefined;
  const text = headers[index]?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}
