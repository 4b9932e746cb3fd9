/**
 * Dates as precise as a record gives them: "2020", "2020-10" or "2020-10-16". Registries and papers
 * often give only a month or a year; the atlas keeps that precision instead of inventing a day. Pure.
 */
export type PartialDate = string;

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Compares two partial dates at the precision both have: "2020" and "2020-10-16" are equal, since
 * the year holds the day. Negative when a is earlier, positive when later, 0 when indistinguishable.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

/** The year of a partial date, as a number. */
export function yearOf(d: PartialDate): number {
  return Number(d.slice(0, 4));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "16 October 2020", "October 2020" or "2020", as precise as the date. */
export function formatPartialDate(d: PartialDate): string {
  const [y, m, day] = d.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** Position of a partial date on a time axis, in fractional years (the middle of its span). */
export function decimalYear(d: PartialDate): number {
  const [y, m, day] = d.split('-').map(Number);
  if (m === undefined) return y! + 0.5;
  if (day === undefined) return y! + (m - 0.5) / 12;
  return y! + (m - 1 + (day - 0.5) / 31) / 12;
}
