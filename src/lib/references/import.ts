/**
 * Turning what reference managers export (CSL-JSON, BibTeX, RIS) into our reference entries.
 * Pure: text in, entries or problems out. scripts/import-references.ts does the file work.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { ReferenceSchema, type ReferenceInput } from '../../schemas/reference.ts';
import { formatZodIssues } from '../problems.ts';

export type ImportFormat = 'csl-json' | 'bibtex' | 'ris';

export interface ImportedReference {
  key: string;
  data: ReferenceInput;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

export function detectFormat(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'csl-json';
  if (/\.bib$/i.test(fileName)) return 'bibtex';
  if (/\.(ris|txt)$/i.test(fileName) && /^TY {2}- /m.test(text)) return 'ris';
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (start.startsWith('@')) return 'bibtex';
  if (/^TY {2}- /m.test(text)) return 'ris';
  throw new ImportError(`${fileName}: cannot tell the format. Use a .json (CSL-JSON), .bib (BibTeX) or .ris file.`);
}

/** Parse an export into CSL-JSON items. Throws ImportError naming the file and what is wrong. */
export function parseToCsl(fileName: string, text: string, format = detectFormat(fileName, text)): Record<string, unknown>[] {
  if (format === 'csl-json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ImportError(`${fileName}: not valid JSON (${(error as Error).message}). Export CSL-JSON from your reference manager.`);
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    items.forEach((item, i) => {
      if (typeof item !== 'object' || item === null || typeof (item as { title?: unknown }).title !== 'string') {
        throw new ImportError(`${fileName}: item ${i + 1} is not a CSL-JSON item with a "title".`);
      }
    });
    return items as Record<string, unknown>[];
  }
  if (format === 'ris') assertWellFormedRis(fileName, text);
  if (format === 'bibtex') assertWellFormedBibtex(fileName, text);
  let items: Record<string, unknown>[];
  try {
    items = new Cite(text, { forceType: format === 'bibtex' ? '@biblatex/text' : '@ris/file' }).data;
  } catch (error) {
    throw new ImportError(`${fileName}: could not parse as ${format} (${(error as Error).message}).`);
  }
  if (items.length === 0) throw new ImportError(`${fileName}: no references found in this ${format} file.`);
  return items;
}

/** citation-js is forgiving; reference data is not. Catch the truncated exports it would accept. */
function assertWellFormedBibtex(fileName: string, text: string) {
  let depth = 0;
  let line = 1;
  let entryLine = 0;
  for (const ch of text) {
    if (ch === '\n') line++;
    if (ch === '{') {
      if (depth === 0) entryLine = line;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth < 0) throw new ImportError(`${fileName}:${line}: a "}" closes nothing. Check the braces of the entry above.`);
    }
  }
  if (depth !== 0) throw new ImportError(`${fileName}:${entryLine}: the entry starting here is never closed (missing "}").`);
  if (!/@\w+\s*\{/.test(text)) throw new ImportError(`${fileName}: no BibTeX entry (@article{...}) found.`);
}

function assertWellFormedRis(fileName: string, text: string) {
  const lines = text.split(/\r?\n/);
  let open = 0;
  lines.forEach((raw, i) => {
    const l = raw.trimEnd();
    if (l === '') return;
    const m = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(l);
    if (!m) throw new ImportError(`${fileName}:${i + 1}: "${l.slice(0, 40)}" is not an RIS line ("TAG  - value").`);
    if (m[1] === 'TY') {
      if (open) throw new ImportError(`${fileName}:${i + 1}: a new record (TY) starts before the previous one ended (ER).`);
      open = i + 1;
    } else if (m[1] === 'ER') {
      open = 0;
    } else if (!open) {
      throw new ImportError(`${fileName}:${i + 1}: tag ${m[1]} outside a record; every record starts with "TY  - ".`);
    }
  });
  if (open) throw new ImportError(`${fileName}:${open}: the record starting here has no "ER  - " end line.`);
}

const KNOWN_TYPES = new Set(['article-journal', 'chapter', 'book', 'report', 'webpage', 'dataset', 'paper-conference', 'thesis']);
const TYPE_MAP: Record<string, string> = { article: 'article-journal', 'article-magazine': 'article-journal', 'article-newspaper': 'article-journal' };

function stripDoi(doi: string): string {
  return doi.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
}

/** Map one CSL item to our reference fields, dropping what we do not keep. */
export function toReference(item: Record<string, unknown>): ReferenceInput {
  const rawType = String(item['type'] ?? 'article-journal');
  const type = (TYPE_MAP[rawType] ?? (KNOWN_TYPES.has(rawType) ? rawType : 'article-journal')) as ReferenceInput['type'];
  const out: Record<string, unknown> = { type, title: String(item['title'] ?? '').trim() };
  const names = (v: unknown) =>
    Array.isArray(v)
      ? v.map((n: Record<string, unknown>) =>
          n['family'] ? { family: String(n['family']), ...(n['given'] ? { given: String(n['given']) } : {}) } : { literal: String(n['literal'] ?? '') },
        )
      : undefined;
  const author = names(item['author']);
  if (author?.length) out['author'] = author;
  const editor = names(item['editor']);
  if (editor?.length) out['editor'] = editor;
  for (const k of ['container-title', 'container-title-short', 'publisher', 'volume', 'issue', 'page', 'URL'] as const) {
    const v = item[k];
    if (v !== undefined && v !== null && String(v).trim() !== '') out[k] = String(v).trim();
  }
  const issued = item['issued'] as { 'date-parts'?: unknown[][] } | undefined;
  const parts = issued?.['date-parts']?.[0]?.map(Number).filter((n) => Number.isFinite(n));
  if (parts?.length) out['issued'] = { 'date-parts': [parts] };
  const doi = item['DOI'] ?? item['doi'];
  if (typeof doi === 'string' && doi.trim()) out['DOI'] = stripDoi(doi);
  for (const k of ['PMID', 'PMCID'] as const) {
    const v = item[k] ?? item[k.toLowerCase()];
    if (v !== undefined && v !== null && String(v).trim()) out[k] = String(v).trim().replace(/^PMID:\s*/i, '');
  }
  // Our own export carries how far an item was confirmed; a plain manager export has not been.
  out['confidence'] = item['confidence'] === 'verified' ? 'verified' : 'unverified';
  const unverified = item['unverified'] ?? item['unverified_fields'];
  if (Array.isArray(unverified) && unverified.length) out['unverified'] = unverified.map(String);
  if (typeof item['reliability'] === 'string') out['reliability'] = item['reliability'];
  if (out['confidence'] === 'unverified' && !out['reliability']) {
    out['reliability'] = 'Imported from a reference manager export; identifiers not yet confirmed against a public record.';
  }
  return out as ReferenceInput;
}

function asciiFold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const STOP = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'with', 'by', 'from', 'is', 'as']);

/** A readable key: first author's family name, year, first significant title word ("schmidt2016-crystal"). */
export function makeCiteKey(ref: ReferenceInput, taken: ReadonlySet<string>): string {
  const first = ref.author?.[0];
  const name = first ? asciiFold('family' in first ? first.family : first.literal).slice(0, 20) : 'anon';
  const year = ref.issued?.['date-parts'][0][0] ?? 'nd';
  const word = ref.title.split(/\s+/).map(asciiFold).find((w) => w.length > 2 && !STOP.has(w)) ?? 'untitled';
  const base = `${name || 'anon'}${year}-${word.slice(0, 16)}`;
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return key;
}

export interface ImportResult {
  entries: ImportedReference[];
  /** Items skipped because a reference with the same PMID or DOI exists (already here or earlier in the file). */
  duplicates: { title: string; existing: string; by: 'PMID' | 'DOI' }[];
}

/**
 * Validate every item and pick keys. Throws ImportError listing every invalid item (nothing is
 * written unless all are valid); duplicates by PMID or DOI are reported, not imported.
 */
export function prepareImport(
  fileName: string,
  items: Record<string, unknown>[],
  existing: ReadonlyMap<string, { PMID?: string | undefined; DOI?: string | undefined }>,
): ImportResult {
  const byPmid = new Map<string, string>();
  const byDoi = new Map<string, string>();
  for (const [key, ref] of existing) {
    if (ref.PMID) byPmid.set(ref.PMID, key);
    if (ref.DOI) byDoi.set(ref.DOI.toLowerCase(), key);
  }
  const taken = new Set(existing.keys());
  const problems: string[] = [];
  const result: ImportResult = { entries: [], duplicates: [] };
  items.forEach((item, i) => {
    const data = toReference(item);
    const parsed = ReferenceSchema.safeParse(data);
    const label = `item ${i + 1} ("${data.title.slice(0, 60)}")`;
    if (!parsed.success) {
      problems.push(...formatZodIssues(parsed.error).map((p) => `  ${label}: ${p}`));
      return;
    }
    const dupe = (data.PMID && byPmid.get(data.PMID)) ? { by: 'PMID' as const, existing: byPmid.get(data.PMID)! }
      : (data.DOI && byDoi.get(data.DOI.toLowerCase())) ? { by: 'DOI' as const, existing: byDoi.get(data.DOI.toLowerCase())! }
      : undefined;
    if (dupe) {
      result.duplicates.push({ title: data.title, ...dupe });
      return;
    }
    const wanted = typeof item['id'] === 'string' && /^[a-z0-9][a-z0-9_.+-]*$/i.test(item['id']) && !taken.has(item['id']) ? item['id'].toLowerCase() : undefined;
    const key = wanted ?? makeCiteKey(data, taken);
    taken.add(key);
    if (data.PMID) byPmid.set(data.PMID, key);
    if (data.DOI) byDoi.set(data.DOI.toLowerCase(), key);
    result.entries.push({ key, data });
  });
  if (problems.length) {
    throw new ImportError(`${fileName}: ${problems.length} problem(s); nothing was written.\n${problems.join('\n')}`);
  }
  return result;
}
