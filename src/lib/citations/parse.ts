/**
 * Pandoc citation syntax, parsed from plain text. Pure: string in, tokens out.
 *   [@key]  [@a; @b]  [@key, p. 12]  [see @key, ch. 2]  [-@key]  @key (narrative)  @key [p. 4]
 */
export interface CiteItem {
  key: string;
  prefix?: string;
  locator?: string;
  suppressAuthor?: boolean;
}

export interface CiteCluster {
  kind: 'cite';
  mode: 'normal' | 'narrative';
  items: CiteItem[];
  /** Offsets into the parsed string. */
  start: number;
  end: number;
  raw: string;
}

export type CiteToken = { kind: 'text'; value: string } | CiteCluster;

/** Keys start with a letter, digit or "_"; inner punctuation must be followed by a key character. */
const KEY = String.raw`[A-Za-z0-9_](?:[A-Za-z0-9_]|[:.#$%&+?<>~/-](?=[A-Za-z0-9_]))*`;
const ITEM = new RegExp(String.raw`^\s*(?<prefix>[^@]*?)\s*(?<suppress>-)?@(?<key>${KEY})\s*(?:,\s*(?<locator>[^;]*?))?\s*$`);
const BRACKET = /\[([^[\]]*@[^[\]]*)\]/g;
const NARRATIVE = new RegExp(String.raw`(?<![A-Za-z0-9_.@])@(${KEY})(?:\s\[(?<loc>[^\]@]+)\])?`, 'g');

function parseBracket(inner: string): CiteItem[] | undefined {
  const items: CiteItem[] = [];
  for (const part of inner.split(';')) {
    const m = ITEM.exec(part);
    if (!m?.groups) return undefined;
    const item: CiteItem = { key: m.groups['key']! };
    if (m.groups['prefix']) item.prefix = m.groups['prefix'];
    if (m.groups['locator']) item.locator = m.groups['locator'];
    if (m.groups['suppress']) item.suppressAuthor = true;
    items.push(item);
  }
  return items;
}

/** Split text into literal runs and citation clusters. Text that only looks like a citation stays text. */
export function parseCitations(text: string): CiteToken[] {
  if (!text.includes('@')) return [{ kind: 'text', value: text }];
  const found: CiteCluster[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const items = parseBracket(m[1]!);
    if (items) found.push({ kind: 'cite', mode: 'normal', items, start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  for (const m of text.matchAll(NARRATIVE)) {
    const start = m.index;
    if (found.some((c) => start >= c.start && start < c.end)) continue;
    const item: CiteItem = { key: m[1]! };
    if (m.groups?.['loc']) item.locator = m.groups['loc'];
    found.push({ kind: 'cite', mode: 'narrative', items: [item], start, end: start + m[0].length, raw: m[0] });
  }
  found.sort((a, b) => a.start - b.start);
  const tokens: CiteToken[] = [];
  let at = 0;
  for (const c of found) {
    if (c.start > at) tokens.push({ kind: 'text', value: text.slice(at, c.start) });
    tokens.push(c);
    at = c.end;
  }
  if (at < text.length) tokens.push({ kind: 'text', value: text.slice(at) });
  return tokens;
}

/** Every citation key in a text with its offset: what the integrity check resolves. */
export function findCitationKeys(text: string): { key: string; offset: number }[] {
  return parseCitations(text).flatMap((t) => (t.kind === 'cite' ? t.items.map((i) => ({ key: i.key, offset: t.start + t.raw.indexOf(`@${i.key}`) })) : []));
}
