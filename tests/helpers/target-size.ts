/**
 * WCAG 2.2 success criterion 2.5.8, Target Size (Minimum), as geometry on measured boxes: a target
 * passes if it is at least 24 by 24 CSS px, or if a 24 px circle centred on its bounding box
 * intersects neither another target nor the circle of another undersized target (the spacing
 * exception). tests/e2e/phone.test.ts measures the boxes in Chromium; the rule is unit-tested in
 * tests/unit/target-size.test.ts.
 */

export const MIN_TARGET = 24;

/** A target's bounding box in CSS px (getBoundingClientRect), with a name for messages. */
export interface Target {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const center = (t: Target) => ({ x: t.x + t.width / 2, y: t.y + t.height / 2 });

/** Whether the 24 px circle centred on `t` intersects the box `o` (touching is not intersecting). */
function circleHitsBox(t: Target, o: Target): boolean {
  const c = center(t);
  const nx = Math.max(o.x, Math.min(c.x, o.x + o.width));
  const ny = Math.max(o.y, Math.min(c.y, o.y + o.height));
  return Math.hypot(c.x - nx, c.y - ny) < MIN_TARGET / 2;
}

export const isUndersized = (t: Target) => t.width < MIN_TARGET || t.height < MIN_TARGET;

/**
 * The targets among `checked` that fail 2.5.8, each with the reason; `others` are every other
 * target on the page (they can spoil an undersized target's spacing but are not judged here).
 */
export function targetSizeFailures(checked: readonly Target[], others: readonly Target[] = []): string[] {
  const all = [...checked, ...others];
  const failures: string[] = [];
  for (const t of checked) {
    if (!isUndersized(t)) continue;
    const size = `${Math.round(t.width * 10) / 10}×${Math.round(t.height * 10) / 10} px`;
    const box = all.find((o) => o !== t && circleHitsBox(t, o));
    if (box) {
      failures.push(`${t.name}: ${size}, and its 24 px circle touches the target ${box.name}`);
      continue;
    }
    const circle = all.find((o) => o !== t && isUndersized(o) && Math.hypot(center(t).x - center(o).x, center(t).y - center(o).y) < MIN_TARGET);
    if (circle) failures.push(`${t.name}: ${size}, and its 24 px circle overlaps that of ${circle.name}`);
  }
  return failures;
}
