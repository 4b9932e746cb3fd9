/**
 * Versions of a page: Wikipedia's permanent link (oldid) for a static site. Pure.
 *
 * A version is a revision that changed the page's content file to text it did not have just
 * before (a commit that leaves the file's blob as it was, or deletes the file, is no version).
 * Its id is the revision id pages already show (the first 10 hex of the commit), and its address
 * is the page's own address plus `v/<id>/`. The newest version has one too, so "Cite this
 * version" always has an address that will keep showing the text the reader saw.
 *
 * The diff between two versions compares the text a reader sees, block by block (paragraphs,
 * list items, headings, table rows: jsdiff's diffArrays), then word by word inside blocks that
 * changed (diffWords), as Wikipedia's diff does; unchanged blocks far from a change are folded,
 * so a diff page grows with the change, not with the page.
 */
import { diffArrays, diffWords } from 'diff';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Revision } from './git-history.ts';

/** Revision ids are the first 10 hex digits of the commit, as pages show them. */
export const VERSION_ID_LENGTH = 10;
const NULL_BLOB = /^0+$/;

export interface Version {
  /** The revision id: the first 10 hex of the commit. */
  id: string;
  hash: string;
  /** Commit date (ISO 8601). */
  date: string;
  /** The content file's blob at this version. */
  blob: string;
  /** The revision's reader summary, if it has one. */
  summary?: string;
}

export const versionId = (hash: string) => hash.slice(0, VERSION_ID_LENGTH);

/**
 * A file's versions, newest first, from its revisions (newest first, each with its blob: a `git
 * log --raw` history). Revisions without a blob (history read without `--raw`) give no versions.
 */
export function versionsOf(history: readonly Revision[]): Version[] {
  const out: Version[] = [];
  let last: string | undefined;
  for (const r of [...history].reverse()) {
    if (!r.blob) continue;
    if (NULL_BLOB.test(r.blob)) {
      // Deleted: a later re-adding of the same text is a version again.
      last = undefined;
      continue;
    }
    if (r.blob === last) continue;
    last = r.blob;
    out.push({ id: versionId(r.hash), hash: r.hash, date: r.date, blob: r.blob, ...(r.summary ? { summary: r.summary } : {}) });
  }
  return out.reverse();
}

/**
 * The version a revision shows: the revision's own version, or for a revision that left the text
 * as it was, the version before it. `history` and `versions` are newest first.
 */
export function versionAt(history: readonly Revision[], versions: readonly Version[], hash: string): Version | undefined {
  const i = history.findIndex((r) => r.hash === hash);
  if (i < 0) return undefined;
  const ids = new Map(versions.map((v) => [v.hash, v]));
  for (const r of history.slice(i)) {
    const v = ids.get(r.hash);
    if (v) return v;
  }
  return undefined;
}

/** `/reviews/neuropathic-pain/` + `29bfb8d1a2` -> `/reviews/neuropathic-pain/v/29bfb8d1a2/`. */
export function versionPath(pagePath: string, id: string): string {
  if (!/^\/.+\/$/.test(pagePath)) throw new Error(`versionPath: "${pagePath}" is not a page path (/section/id/).`);
  if (!new RegExp(`^[0-9a-f]{${VERSION_ID_LENGTH}}$`).test(id)) throw new Error(`versionPath: "${id}" is not a revision id (${VERSION_ID_LENGTH} hex digits).`);
  return `${pagePath}v/${id}/`;
}

const VERSION_PATH = new RegExp(`^(/.+/)v/([0-9a-f]{${VERSION_ID_LENGTH}})/$`);

/** Whether a site path is a version address. */
export function isVersionPath(path: string): boolean {
  return VERSION_PATH.test(path);
}

/** The page a version address belongs to, and the revision id; undefined for other paths. */
export function parseVersionPath(path: string): { page: string; id: string } | undefined {
  const m = VERSION_PATH.exec(path);
  return m ? { page: m[1]!, id: m[2]! } : undefined;
}

export type DiffPart = { kind: 'same' | 'ins' | 'del'; text: string };
/** A block of the reader's text: unchanged, or changed with its word-level parts. */
export type DiffBlock = { kind: 'same'; text: string } | { kind: 'changed'; parts: DiffPart[] };

/** Compare two versions' text blocks: blocks first, then words inside the blocks that changed. */
export function diffBlocks(before: readonly string[], after: readonly string[]): DiffBlock[] {
  const out: DiffBlock[] = [];
  const changes = diffArrays([...before], [...after]);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (!c.added && !c.removed) {
      for (const text of c.value) out.push({ kind: 'same', text });
      continue;
    }
    // A removed run followed by an added run: blocks that were edited, paired in order.
    const removed = c.removed ? c.value : [];
    const next = changes[i + 1];
    const added = c.added ? c.value : next?.added ? next.value : [];
    if (c.removed && next?.added) i++;
    const n = Math.max(removed.length, added.length);
    for (let j = 0; j < n; j++) {
      const a = removed[j];
      const b = added[j];
      if (a !== undefined && b !== undefined) out.push(...edited(a, b));
      else if (a !== undefined) out.push({ kind: 'changed', parts: [{ kind: 'del', text: a }] });
      else out.push({ kind: 'changed', parts: [{ kind: 'ins', text: b! }] });
    }
  }
  return out;
}

/**
 * An edited block as word changes, or, where little of it stayed (a paragraph replaced by another),
 * as the old block deleted and the new one inserted: easier to read than a mesh of small changes.
 */
function edited(a: string, b: string): DiffBlock[] {
  const parts = wordParts(a, b);
  const kept = parts.reduce((n, p) => n + (p.kind === 'same' ? p.text.trim().length : 0), 0);
  if (kept >= 0.4 * Math.max(a.length, b.length)) return [{ kind: 'changed', parts }];
  return [
    { kind: 'changed', parts: [{ kind: 'del', text: a }] },
    { kind: 'changed', parts: [{ kind: 'ins', text: b }] },
  ];
}

function wordParts(a: string, b: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const w of diffWords(a, b)) {
    const kind = w.added ? 'ins' : w.removed ? 'del' : 'same';
    const prev = parts.at(-1);
    if (prev?.kind === kind) prev.text += w.value;
    else parts.push({ kind, text: w.value });
  }
  return parts;
}

/** Words added and removed (what a diff's summary line says). */
export function diffCounts(blocks: readonly DiffBlock[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  for (const b of blocks) {
    if (b.kind !== 'changed') continue;
    for (const p of b.parts) {
      if (p.kind === 'ins') added += words(p.text);
      if (p.kind === 'del') removed += words(p.text);
    }
  }
  return { added, removed };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/**
 * The diff as HTML: changed blocks with <ins> and <del>, `context` unchanged blocks around each
 * change, and a note where unchanged blocks are folded. Empty when nothing a reader sees changed.
 */
export function diffHtml(blocks: readonly DiffBlock[], context = 1): string {
  const changed = blocks.map((b) => b.kind === 'changed');
  if (!changed.includes(true)) return '';
  const near = (i: number) => changed.slice(Math.max(0, i - context), i + context + 1).includes(true);
  const children: ElementContent[] = [];
  let folded = 0;
  const fold = () => {
    if (folded) children.push(el('p', { className: ['diff-fold'] }, [text(`${folded} unchanged ${folded === 1 ? 'paragraph' : 'paragraphs'}`)]));
    folded = 0;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'same') {
      if (!near(i)) {
        folded++;
        return;
      }
      fold();
      children.push(el('p', {}, [text(b.text)]));
      return;
    }
    fold();
    children.push(el('p', { className: ['diff-changed'] }, b.parts.map((p) => (p.kind === 'same' ? text(p.text) : el(p.kind, {}, [text(p.text)])))));
  });
  fold();
  const root: Root = { type: 'root', children: [el('div', { className: ['diff'] }, children)] };
  return toHtml(root);
}
