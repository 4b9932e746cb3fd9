/** Small formatting helpers for values pages show. Pure. */
import type { ConcentrationUnit } from '../schemas/vocabularies.ts';

export type NumberOrRange = number | readonly [number, number];

const nf = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });

export function formatNumber(n: number): string {
  return nf.format(n);
}

/** "2.5–16.6 nM", "> 145,000", "~150". Ranges use an en dash, as in print. */
export function formatQuantity(value: NumberOrRange, qualifier = '=', unit?: ConcentrationUnit | string): string {
  const body = typeof value === 'number' ? formatNumber(value) : `${formatNumber(value[0])}–${formatNumber(value[1])}`;
  const q = qualifier === '=' ? '' : qualifier === '~' ? '~' : `${qualifier.replace('>=', '≥').replace('<=', '≤')} `;
  return `${q}${body}${unit ? ` ${unit}` : ''}`;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// One formatter for the whole build: creating an Intl.DateTimeFormat costs more than formatting.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatLongDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** The first sentence of a note, cut at `max` characters on a word boundary ("…" when cut). */
export function firstSentence(text: string, max = 180): { text: string; cut: boolean } {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  const sentence = m ? m[1]! : text;
  if (sentence.length <= max) return { text: sentence, cut: sentence.length < text.trim().length };
  return { text: shorten(sentence, max), cut: true };
}

/** `text` cut to at most `max` characters on a word boundary, with "…" when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** Label of the i-th (0-based) back-link from a bibliography entry: a … z, then a1 … z1, a2 … */
export function backLinkLabel(i: number): string {
  const round = Math.floor(i / 26);
  return `${String.fromCharCode(97 + (i % 26))}${round > 0 ? round : ''}`;
}
