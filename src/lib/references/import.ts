/**
 * Turning what reference managers export (CSL-JSON, BibTeX, RIS) into our reference entries.
 * Pure: text in, entries or problems out. scripts/import-references.ts does the file work.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { ReferenceSchema, type ReferenceInput } from '../../schemas/reference.ts';
import { CITATION_KEY } from '../ids/index.ts';
import { formatZodIssues, lineColumn } from '../problems.ts';

export type ImportFormat = 'csl-json' | 'bibtex' | 'ris';

export interface ImportedReference {
  key: string;
  data: ReferenceInput;
}

/** A problem with an input file. The message names the file (and line) and says how to fix it. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** EndNote and Windows tools start UTF-8 files with a byte order mark; it would hide the first tag. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function detectFormat(fileName: string, rawText: string): ImportFormat {
  const text = stripBom(rawText);
  if (/\.json$/i.test(fileName)) return 'csl-json';
  if (/\.bib$/i.test(fileName)) return 'bibtex';
  if (/\.(ris|txt)$/i.test(fileName) && /^TY {2}- /m.test(text)) return 'ris';
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (start.startsWith('@')) return 'bibtex';
  if (/^TY {2}- /m.test(text)) return 'ris';
  if (/^\d+\|t\|/m.test(text)) throw new ImportError(`${fileName}: this is a PubTator file; import it with npm run import:pubtator.`);
  throw new ImportError(`${fileName}: cannot tell the format. Use a .json (CSL-JSON), .bib (BibTeX) or .ris file.`);
}

/** Parse an export into CSL-JSON items. Throws ImportError naming the file and what is wrong. */
export function parseToCsl(fileName: string, rawText: string, format = detectFormat(fileName, rawText)): Record<string, unknown>[] {
  const text = stripBom(rawText);
  if (format === 'csl-json') return parseCslJson(fileName, text);
  let items: Record<string, unknown>[];
  if (format === 'bibtex') {
    const entries = scanBibtex(fileName, text);
    items = citationJs(fileName, text, '@biblatex/text', 'BibTeX');
    // citation-js drops entries it cannot read; a reference must not go missing without a word.
    const read = new Set(items.map((item) => String(item['citation-key'] ?? item['id'])));
    const lost = entries.find((e) => !read.has(e.key));
    if (lost) throw new ImportError(`${fileName}:${lost.line}: entry "${lost.key}" could not be read. Check its syntax: @type{key, field = {value}, ...}.`);
  } else {
    const records = scanRis(fileName, text);
    items = citationJs(fileName, text, '@ris/file', 'RIS');
    if (items.length !== records.length) {
      throw new ImportError(`${fileName}: ${records.length} RIS record(s) but ${items.length} could be read. Check that each record has "TY  - " and "ER  - " lines.`);
    }
    items.forEach((item, i) => supplementFromRis(item, records[i]!));
  }
  // citation-js labels items without a key "temp_id_<random>": not a key anyone chose.
  return items.map(({ _graph, ...item }) => {
    if (typeof item['id'] === 'string' && item['id'].startsWith('temp_id_')) delete item['id'];
    return item;
  });
}

function parseCslJson(fileName: string, text: string): Record<string, unknown>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8's messages vary (some give no position); find the place and say what is wrong ourselves.
    const found = findJsonError(text) ?? { offset: 0, message: (error as Error).message };
    const { line, column } = lineColumn(text, found.offset);
    throw new ImportError(`${fileName}:${line}:${column}: not valid JSON: ${found.message}. Fix it there, or export the file again as CSL JSON from your reference manager.`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (items.length === 0) throw new ImportError(`${fileName}: the JSON array is empty; no references to import.`);
  items.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || typeof (item as { title?: unknown }).title !== 'string') {
      throw new ImportError(`${fileName}: item ${i + 1} is not a CSL-JSON item with a "title" string. Export as CSL JSON from your reference manager.`);
    }
  });
  return items as Record<string, unknown>[];
}

function citationJs(fileName: string, text: string, forceType: string, label: string): Record<string, unknown>[] {
  let items: Record<string, unknown>[];
  try {
    items = new Cite(text, { forceType }).data;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(.*?) at line (\d+) col (\d+)/.exec(message);
    if (at) throw new ImportError(`${fileName}:${at[2]}:${at[3]}: ${label} syntax error: ${at[1]}. Look for a missing comma between fields or an unbalanced brace or quote just before this point.`);
    throw new ImportError(`${fileName}: could not parse as ${label} (${message.split('\n')[0]}).`);
  }
  if (items.length === 0) throw new ImportError(`${fileName}: no references found in this ${label} file.`);
  return items;
}

/** Where JSON text first goes wrong, and how; undefined if it parses. */
export function findJsonError(text: string): { offset: number; message: string } | undefined {
  class Stop {
    offset: number;
    message: string;
    constructor(offset: number, message: string) {
      this.offset = offset;
      this.message = message;
    }
  }
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const found = () => (i < text.length ? `found ${JSON.stringify(text[i])}` : 'found the end of the file');
  const string = () => {
    const start = i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\') i += 2;
      else if (c === '"') return void i++;
      else if (c < ' ') fail('a line break or control character inside a string (a missing closing quote?)');
      else i++;
    }
    fail('a string starting here is never closed (missing \'"\')', start);
  };
  const list = (close: string, item: () => void, after: string) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail(`expected "," or "${close}" after ${after}, ${found()}`);
      const comma = i++;
      ws();
      if (text[i] === close) fail(`a comma before "${close}" (JSON does not allow trailing commas)`, comma);
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      return list(
        '}',
        () => {
          ws();
          if (text[i] !== '"') fail(`expected a property name in double quotes, ${found()}`);
          string();
          ws();
          if (text[i] !== ':') fail(`expected ":" after the property name, ${found()}`);
          i++;
          value();
        },
        'a property',
      );
    }
    if (c === '[') return list(']', value, 'an array element');
    if (c === '"') return string();
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (literal.exec(text)) return void (i = literal.lastIndex);
    fail(`expected a value, ${found()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected text after the end of the JSON, ${found()}`);
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, message: error.message };
    throw error;
  }
  return undefined;
}

interface BibEntry {
  key: string;
  line: number;
}

const BIB_NOT_ENTRIES = new Set(['comment', 'string', 'preamble']);

/**
 * citation-js is forgiving; reference data is not. Check that braces balance (a truncated export
 * or a lost "}" would otherwise swallow the next entry) and list the entries with their lines.
 */
function scanBibtex(fileName: string, text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let depth = 0;
  let line = 1;
  let open: BibEntry | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      // An entry starting at the beginning of a line while another is open: that one lost a "}".
      const next = /^[ \t]*@(\w+)[ \t]*[{(][ \t]*([^\s,{}()]*)/.exec(text.slice(i + 1, i + 201));
      if (next && depth > 0 && open) {
        throw new ImportError(
          `${fileName}:${open.line}: entry "${open.key}" is not closed before the next entry starts on line ${line}: a "{" in it has no matching "}". Add the missing "}".`,
        );
      }
      continue;
    }
    if (ch === '\\') {
      if (text[i + 1] !== '\n') i++; // \{ \} \" are characters, not delimiters
      continue;
    }
    if (ch === '{') {
      if (depth === 0) {
        const head = /@(\w+)\s*$/.exec(text.slice(Math.max(0, i - 100), i));
        const key = /^\{\s*([^\s,{}]*)/.exec(text.slice(i, i + 200))?.[1] ?? '';
        open = { key: head ? key || `@${head[1]}` : '(text outside an entry)', line };
        if (head && !BIB_NOT_ENTRIES.has(head[1]!.toLowerCase())) entries.push(open);
      }
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth < 0) throw new ImportError(`${fileName}:${line}: this "}" closes nothing. Remove it, or check the braces of the entry above.`);
    }
  }
  if (depth !== 0 && open) {
    throw new ImportError(`${fileName}:${open.line}: entry "${open.key}" is never closed: a "{" in it has no matching "}". Add the missing "}".`);
  }
  if (entries.length === 0) throw new ImportError(`${fileName}: no BibTeX entry (@article{key, ...}) found.`);
  return entries;
}

interface RisRecord {
  line: number;
  tags: Map<string, string[]>;
}

/** Check the RIS structure (TY ... ER records of "TAG  - value" lines) and return the raw records. */
function scanRis(fileName: string, text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let open: RisRecord | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const l = raw.trimEnd();
    if (l === '') return;
    const m = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(l);
    if (!m) {
      throw new ImportError(`${fileName}:${i + 1}: "${l.slice(0, 40)}" is not an RIS line. Each line is a two-character tag, two spaces, "-", a space and the value, e.g. "AU  - Smith, John".`);
    }
    const [, tag, value = ''] = m as unknown as [string, string, string | undefined];
    if (tag === 'TY') {
      if (open) throw new ImportError(`${fileName}:${i + 1}: a new record (TY) starts before the record on line ${open.line} ended. Add "ER  - " at the end of that record.`);
      open = { line: i + 1, tags: new Map() };
      records.push(open);
    } else if (tag === 'ER') {
      if (!open) throw new ImportError(`${fileName}:${i + 1}: "ER  - " ends no record. Remove it, or add the missing "TY  - " line.`);
      open = undefined;
      return;
    } else if (!open) {
      throw new ImportError(`${fileName}:${i + 1}: tag ${tag} is outside a record. Every record starts with "TY  - " and ends with "ER  - ".`);
    }
    open.tags.set(tag, [...(open.tags.get(tag) ?? []), value.trim()]);
  });
  if (open) throw new ImportError(`${fileName}:${open.line}: the record starting here has no end line. Add "ER  - " after its last line.`);
  if (records.length === 0) throw new ImportError(`${fileName}: no RIS records found (a record starts with "TY  - ").`);
  return records;
}

/** What citation-js leaves out of RIS: the PubMed id EndNote puts in AN, and old-style BT book titles. */
function supplementFromRis(item: Record<string, unknown>, record: RisRecord) {
  const first = (tag: string) => record.tags.get(tag)?.find((v) => v !== '');
  const an = first('AN');
  const source = [...(record.tags.get('DB') ?? []), ...(record.tags.get('DP') ?? [])].join(' ');
  // AN is "accession number" in whatever database the record came from: a PMID only if that is PubMed.
  if (!item['PMID'] && an && /^\d+$/.test(an) && /pubmed|medline|\bnlm\b/i.test(source)) item['PMID'] = an;
  const bt = first('BT');
  if (!item['container-title'] && bt && bt !== item['title']) item['container-title'] = bt;
}

const KNOWN_TYPES = new Set(['article-journal', 'chapter', 'book', 'report', 'webpage', 'dataset', 'paper-conference', 'thesis']);
const TYPE_MAP: Record<string, string> = {
  article: 'article-journal',
  'article-magazine': 'article-journal',
  'article-newspaper': 'article-journal',
  review: 'article-journal',
  'entry-encyclopedia': 'chapter',
  'entry-dictionary': 'chapter',
  'post-weblog': 'webpage',
  post: 'webpage',
  speech: 'paper-conference',
};

/** Bare DOI: no resolver URL, no "doi:" label, no URL escaping. */
export function stripDoi(doi: string): string {
  let bare = doi.trim().replace(/^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
  if (/%[0-9a-f]{2}/i.test(bare)) {
    try {
      bare = decodeURIComponent(bare);
    } catch {
      // leave it: the schema will say what is wrong
    }
  }
  return bare;
}

/** Composed Unicode, single spaces. `{\'\i}` comes out of BibTeX as a dotless i plus an accent. */
function cleanText(s: string): string {
  return s.replace(/ı(?=[\u0300-\u036f])/g, 'i').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** House style: no final period on titles (PubMed adds one; the bibliography adds its own). */
export function stripTitlePeriod(title: string): string {
  return title.replace(/(?<!\.)\.$/, '');
}

type Name = NonNullable<ReferenceInput['author']>[number];

/** One CSL name. Particles are kept in the name ("de Witte", "von Rüden"): our schema has no particle fields. */
function toName(n: unknown): Name | undefined {
  if (typeof n === 'string') return cleanText(n) ? { literal: cleanText(n) } : undefined;
  if (typeof n !== 'object' || n === null) return undefined;
  const get = (k: string) => {
    const v = (n as Record<string, unknown>)[k];
    return typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)) : '';
  };
  const family = [get('non-dropping-particle'), get('family')].filter(Boolean).join(' ');
  const given = [get('given'), get('dropping-particle')].filter(Boolean).join(' ');
  const suffix = get('suffix');
  if (get('family')) return { family, ...(given ? { given } : {}), ...(suffix ? { suffix } : {}) };
  const literal = get('literal') || given;
  return literal ? { literal } : undefined;
}

function firstMatch(text: unknown, pattern: RegExp): string | undefined {
  return typeof text === 'string' ? pattern.exec(text)?.[1] : undefined;
}

/** Map one CSL item to our reference fields, dropping what we do not keep. */
export function toReference(item: Record<string, unknown>): ReferenceInput {
  const rawType = String(item['type'] ?? 'article-journal');
  const type = (TYPE_MAP[rawType] ?? (KNOWN_TYPES.has(rawType) ? rawType : 'article-journal')) as ReferenceInput['type'];
  const out: Record<string, unknown> = { type, title: stripTitlePeriod(cleanText(String(item['title'] ?? ''))) };
  const names = (v: unknown) => (Array.isArray(v) ? v.map(toName).filter((n): n is Name => n !== undefined) : undefined);
  const author = names(item['author']);
  if (author?.length) out['author'] = author;
  const editor = names(item['editor']);
  if (editor?.length) out['editor'] = editor;
  for (const k of ['container-title', 'container-title-short', 'publisher', 'volume', 'issue', 'page', 'URL'] as const) {
    const v = item[k];
    if (v !== undefined && v !== null && cleanText(String(v)) !== '') out[k] = cleanText(String(v));
  }
  // A chapter in a numbered series (Adv Exp Med Biol 964): the volume belongs to the series, so keep its name.
  const series = typeof item['collection-title'] === 'string' ? cleanText(item['collection-title']) : '';
  if (type === 'chapter' && series && series !== out['container-title']) {
    out['container-title'] = out['container-title'] ? `${series} (${String(out['container-title'])})` : series;
  }
  const issued = item['issued'] as { 'date-parts'?: unknown[][]; raw?: unknown; literal?: unknown } | undefined;
  const parts: number[] = [];
  for (const p of issued?.['date-parts']?.[0]?.slice(0, 3) ?? []) {
    const n = Number(p);
    if (!Number.isInteger(n) || n <= 0) break; // a missing month makes the day meaningless too
    parts.push(n);
  }
  const looseYear = firstMatch(issued?.raw ?? issued?.literal, /\b((?:1[5-9]|20)\d{2})\b/);
  if (parts.length) out['issued'] = { 'date-parts': [parts] };
  else if (looseYear) out['issued'] = { 'date-parts': [[Number(looseYear)]] };
  const doi = item['DOI'] ?? item['doi'];
  if (typeof doi === 'string' && doi.trim()) out['DOI'] = stripDoi(doi);
  // Zotero keeps PubMed ids in "Extra", which exports as a note ("PMID: 27042935").
  const note = item['note'];
  const pmid = item['PMID'] ?? item['pmid'] ?? firstMatch(note, /\bPMID:\s*(\d+)/i);
  if (pmid !== undefined && pmid !== null && String(pmid).trim()) out['PMID'] = String(pmid).trim().replace(/^PMID:\s*/i, '');
  const pmcid = item['PMCID'] ?? item['pmcid'] ?? firstMatch(note, /\bPMCID:\s*(PMC\d+)/i);
  if (pmcid !== undefined && pmcid !== null && String(pmcid).trim()) {
    const v = String(pmcid).trim().replace(/^PMCID:\s*/i, '');
    out['PMCID'] = /^\d+$/.test(v) ? `PMC${v}` : v;
  }
  // Readers are told why a work has no date (the schema asks for one or the other).
  if (!out['issued']) out['undated'] = 'The reference-manager export gave no date, and none has been looked up in the work\'s record yet.';
  // An import is never "verified": that is a person's check of the identifiers against a public
  // record, which a file cannot vouch for (even one that says so, like our own /data/ export).
  out['confidence'] = 'unverified';
  const unverified = item['unverified'] ?? item['unverified_fields'];
  if (Array.isArray(unverified) && unverified.length) out['unverified'] = unverified.map(String);
  const claimed = item['confidence'] === 'verified' ? ' The imported file marked it verified; confirm that before setting confidence: verified.' : '';
  const reliability = typeof item['reliability'] === 'string' && item['reliability'].trim() ? item['reliability'].trim() : 'Imported from a reference manager export; identifiers not yet confirmed against a public record.';
  out['reliability'] = reliability + claimed;
  return out as ReferenceInput;
}

const FOLD: Record<string, string> = { ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lowercase ASCII letters and digits; hyphens kept if `keep` says so ("pérez-pérez" -> "perez-perez"). */
function asciiFold(s: string, keep = ''): string {
  const folded = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłßæœđðþı]/g, (c) => FOLD[c] ?? c);
  return keep ? folded.replace(/[^a-z0-9-]+/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '') : folded.replace(/[^a-z0-9]+/g, '');
}

const STOP = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'with', 'by', 'from', 'is', 'as']);

/** A readable key: first author's family name, year, first significant title word ("schmidt2016-crystal", "perez-perez2024-preclinical"). */
export function makeCiteKey(ref: ReferenceInput, taken: ReadonlySet<string>): string {
  const first = ref.author?.[0];
  // An organisation ("Wikipedia contributors") by its first word, a person by the whole family name.
  const family = first ? ('family' in first ? first.family : (first.literal.split(/\s+/)[0] ?? '')) : '';
  const name = asciiFold(family, '-').slice(0, 20).replace(/-$/, '') || 'anon';
  const year = ref.issued?.['date-parts'][0][0] ?? '';
  const word = ref.title.split(/\s+/).map((w) => asciiFold(w)).find((w) => w.length > 2 && !STOP.has(w)) ?? 'untitled';
  const base = `${name}${year}-${word.slice(0, 16)}`;
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return key;
}

export interface ImportResult {
  entries: ImportedReference[];
  /**
   * Items skipped because a reference with the same PMID or DOI exists (already here or earlier in
   * the import). The PubTator importer, which has no other identifier, also matches whole titles.
   */
  duplicates: { title: string; existing: string; by: 'PMID' | 'DOI' | 'title' }[];
}

/** What duplicates are recognised by, per existing citation key. */
export interface ExistingIds {
  PMID?: string | undefined;
  DOI?: string | undefined;
  title?: string | undefined;
}

export type ExistingReferences = ReadonlyMap<string, ExistingIds>;

/** Titles compared for duplicates: case, accents, spacing and punctuation do not count. */
export function titleFingerprint(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Finds an existing reference by PMID or DOI (DOIs compare case-insensitively, as doi.org does), or title. */
export class DuplicateIndex {
  readonly taken: Set<string>;
  private readonly byPmid = new Map<string, string>();
  private readonly byDoi = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();

  constructor(existing: ExistingReferences) {
    this.taken = new Set(existing.keys());
    for (const [key, ref] of existing) this.add(key, ref);
  }

  add(key: string, ref: ExistingIds) {
    this.taken.add(key);
    if (ref.PMID && !this.byPmid.has(ref.PMID)) this.byPmid.set(ref.PMID, key);
    if (ref.DOI && !this.byDoi.has(ref.DOI.toLowerCase())) this.byDoi.set(ref.DOI.toLowerCase(), key);
    const title = ref.title ? titleFingerprint(ref.title) : '';
    if (title && !this.byTitle.has(title)) this.byTitle.set(title, key);
  }

  /** The existing reference with the same PMID or DOI (or, if `byTitle`, the same title). */
  find(ref: ExistingIds, { byTitle = false } = {}): { by: 'PMID' | 'DOI' | 'title'; existing: string } | undefined {
    const pmid = ref.PMID ? this.byPmid.get(ref.PMID) : undefined;
    if (pmid) return { by: 'PMID', existing: pmid };
    const doi = ref.DOI ? this.byDoi.get(ref.DOI.toLowerCase()) : undefined;
    if (doi) return { by: 'DOI', existing: doi };
    const title = byTitle && ref.title ? this.byTitle.get(titleFingerprint(ref.title)) : undefined;
    if (title) return { by: 'title', existing: title };
    return undefined;
  }
}

/**
 * Validate every item and pick keys. Throws ImportError listing every invalid item (nothing is
 * written unless all are valid); duplicates by PMID or DOI are reported, not imported.
 * The key is the one the reference manager gave (BibTeX key, CSL id) when it is a valid citation
 * key, lowercased and not taken; otherwise one made by makeCiteKey.
 */
export function prepareImport(fileName: string, items: Record<string, unknown>[], existing: ExistingReferences): ImportResult {
  const index = new DuplicateIndex(existing);
  const problems: string[] = [];
  const result: ImportResult = { entries: [], duplicates: [] };
  items.forEach((item, i) => {
    const data = toReference(item);
    const own = item['citation-key'] ?? item['id'];
    const label = `item ${i + 1}${typeof own === 'string' || typeof own === 'number' ? ` [${own}]` : ''} ("${data.title.slice(0, 60)}")`;
    const parsed = ReferenceSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...formatZodIssues(parsed.error).map((p) => `  ${label}: ${p}`));
      return;
    }
    const dupe = index.find(data);
    if (dupe) {
      result.duplicates.push({ title: data.title, ...dupe });
      return;
    }
    const wanted = typeof own === 'string' && CITATION_KEY.test(own) ? own.toLowerCase() : undefined;
    const key = wanted && !index.taken.has(wanted) ? wanted : makeCiteKey(data, index.taken);
    index.add(key, data);
    result.entries.push({ key, data });
  });
  if (problems.length) {
    throw new ImportError(`${fileName}: ${problems.length} problem(s); nothing was written.\n${problems.join('\n')}`);
  }
  return result;
}
