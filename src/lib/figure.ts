/**
 * Geometry for the hand-drawn SVG figures (src/components/figures/): where an arrow between two
 * boxes starts and ends, and where each line of a box's text sits. Pure.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export function center(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Where the line from the centre of `r` towards `to` crosses the edge of `r`, moved `gap` further
 * along the line (so an arrowhead does not touch the box).
 */
export function edgePoint(r: Rect, to: Point, gap = 0): Point {
  const c = center(r);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  // Scale the direction so that it just reaches the nearer of the vertical and horizontal edges.
  const sx = dx === 0 ? Infinity : r.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  const len = Math.hypot(dx, dy);
  return { x: round(c.x + dx * s + (dx / len) * gap), y: round(c.y + dy * s + (dy / len) * gap) };
}

/** A straight connector from the edge of `a` to the edge of `b`, along the line joining their centres. */
export function connector(a: Rect, b: Rect, gap = 4): { x1: number; y1: number; x2: number; y2: number } {
  const start = edgePoint(a, center(b), gap);
  const end = edgePoint(b, center(a), gap);
  return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
}

/**
 * Baselines for `lines` lines of text centred vertically in `r`: the first line is `first` px
 * high, the rest `rest` px, each spaced at 1.25 times its size.
 */
export function baselines(r: Rect, lines: number, first: number, rest = first): number[] {
  const heights = Array.from({ length: lines }, (_, i) => (i === 0 ? first : rest) * 1.25);
  const total = heights.reduce((s, h) => s + h, 0);
  let y = r.y + (r.height - total) / 2;
  return heights.map((h) => {
    y += h;
    // A baseline sits about a fifth of the line height above the bottom of its line box.
    return round(y - h * 0.2);
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * An inhibition line ("⊣") from the edge of `a` to just short of the edge of `b`, as an SVG path:
 * the line, then a bar of `2 * half` px across its end.
 */
export function inhibitorPath(a: Rect, b: Rect, gap = 5, half = 8): string {
  const { x1, y1, x2, y2 } = connector(a, b, gap);
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  // Unit normal to the line, for the bar.
  const nx = -(y2 - y1) / len;
  const ny = (x2 - x1) / len;
  return `M${x1} ${y1}L${x2} ${y2}M${round(x2 - nx * half)} ${round(y2 - ny * half)}L${round(x2 + nx * half)} ${round(y2 + ny * half)}`;
}
