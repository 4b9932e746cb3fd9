/**
 * PubTator files: PubMed titles and abstracts with the genes, diseases, chemicals, ... that NCBI's
 * text mining found in them. Pure: text in, documents (or one ImportError listing every problem) out.
 * scripts/import-pubtator.ts does the file work.
 *
 *   37068533|t|Sigma-1 receptor and seizures.
 *   37068533|a|Over the last decade, sigma-1 receptor (Sig1R) has been ...
 *   37068533<TAB>21<TAB>29<TAB>seizures<TAB>Disease<TAB>MESH:D012640      (a mention)
 *   37068533<TAB>Association<TAB>MESH:D004827<TAB>10280                   (a relation)
 *
 * Documents are separated by blank lines. Mention offsets count the characters of the title, one
 * space, then the abstract; the end is exclusive. The id column may hold several ids separated by
 * ";" or ",", or "-" (or nothing) when the mention was not normalised to an id.
 */
import { ReferenceSchema, type ReferenceInput } from '../../schemas/reference.ts';
import { ID_RULES, isValidId } from '../ids/index.ts';
import { formatZodIssues } from '../problems.ts';
import { DuplicateIndex, ImportError, stripBom, stripTitlePeriod, type ExistingReferences, type ImportResult } from './import.ts';

export interface PubtatorMention {
  /** 1-based line in the file. */
  line: number;
  start: number;
  /** Exclusive. */
  end: number;
  text: string;
  /** As written: Gene, Disease, Chemical, Species, Mutation, CellLine, ... */
  type: string;
  /** As written (e.g. "MESH:D012640"); empty when the mention was not normalised. */
  ids: string[];
}

export interface PubtatorRelation {
  line: number;
  /** As written: Association, Positive_Correlation, CID, ... */
  type: string;
  ids: [string, string];
}

/** One concept and how the text named it. */
export interface PubtatorEntity {
  id: string;
  /** Surface forms, in order of first appearance, each once. */
  names: string[];
  /** How many mentions carry this id. */
  mentions: number;
}

export interface PubtatorEntities {
  /** NCBI Gene ids. */
  genes: PubtatorEntity[];
  /** MeSH ids, without the "MESH:" prefix. */
  diseases: PubtatorEntity[];
  /** Everything else by mention type, ids as written (a disease with an OMIM id is under "Disease"). */
  others: Record<string, PubtatorEntity[]>;
  /** Mentions without an id, by type. */
  unnormalised: { type: string; names: string[]; mentions: number }[];
}

export interface PubtatorDocument {
  pmid: string;
  /** Line of the title. */
  line: number;
  title: string;
  abstract: string;
  mentions: PubtatorMention[];
  relations: PubtatorRelation[];
  entities: PubtatorEntities;
}

/** Past this many, a file is probably not PubTator at all; more lines of errors would not help. */
const MAX_PROBLEMS = 20;

const SHAPES =
  'PubTator lines are "PMID|t|title", "PMID|a|abstract", mentions "PMID<TAB>start<TAB>end<TAB>text<TAB>type<TAB>id" and relations "PMID<TAB>type<TAB>id1<TAB>id2"; columns are separated by tabs.';

function show(line: string): string {
  const visible = line.replaceAll('\t', '<TAB>');
  return `"${visible.length > 70 ? `${visible.slice(0, 67)}...` : visible}"`;
}

/** "MESH:D012640" or "D012640" -> "D012640"; undefined if it is not a MeSH id. */
export function meshId(id: string): string | undefined {
  const bare = id.replace(/^MESH:/i, '');
  return isValidId('mesh', bare) ? bare : undefined;
}

const UNNORMALISED = new Set(['', '-', '-1']);

function checkIds(type: string, ids: string[], report: (message: string) => void) {
  const kind = type.toLowerCase();
  for (const id of ids) {
    if (kind === 'gene' && !isValidId('ncbiGene', id)) {
      report(`gene id "${id}" is not an NCBI Gene id (${ID_RULES.ncbiGene.shape}, e.g. ${ID_RULES.ncbiGene.example}). Fix it, or write "-" if the mention has no id.`);
    } else if (kind === 'disease' && !meshId(id) && !/^OMIM:\d{6}$/.test(id)) {
      report(
        `disease id "${id}" is neither a MeSH id ("MESH:" then "D" or "C" and 6-9 digits, e.g. MESH:${ID_RULES.mesh.example}) nor an OMIM id ("OMIM:" and 6 digits). Fix it, or write "-" if the mention has no id.`,
      );
    }
  }
}

/** Parse a whole PubTator file. Throws one ImportError listing every problem as "file:line: message". */
export function parsePubtator(fileName: string, rawText: string): PubtatorDocument[] {
  const problems: string[] = [];
  const report = (line: number, message: string) => problems.push(`${fileName}:${line}: ${message}`);
  const blocks: { n: number; text: string }[][] = [];
  let current: { n: number; text: string }[] = [];
  stripBom(rawText)
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.replace(/\r$/, '');
      if (text.trim() === '') {
        if (current.length) blocks.push(current);
        current = [];
      } else {
        current.push({ n: i + 1, text });
      }
    });
  if (current.length) blocks.push(current);

  const docs: PubtatorDocument[] = [];
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const doc = parseBlock(block, report);
    if (!doc) continue;
    const first = seen.get(doc.pmid);
    if (first !== undefined) {
      report(doc.line, `document ${doc.pmid} appears twice in this file (first on line ${first}). Remove one copy.`);
      continue;
    }
    seen.set(doc.pmid, doc.line);
    docs.push(doc);
  }
  if (problems.length) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`${fileName}: ... and ${problems.length - MAX_PROBLEMS} more problem(s).`);
    throw new ImportError(shown.join('\n'));
  }
  if (docs.length === 0) {
    throw new ImportError(`${fileName}: no PubTator documents found. A document starts with a "PMID|t|title" line and a "PMID|a|abstract" line.`);
  }
  return docs;
}

const TEXT_LINE = /^([^\t|]*)\|([^\t|]*)\|(.*)$/;

function parseBlock(block: { n: number; text: string }[], report: (line: number, message: string) => void): PubtatorDocument | undefined {
  const [first, second, ...rest] = block as [{ n: number; text: string }, ...{ n: number; text: string }[]];
  const t = first.text.includes('\t') ? null : TEXT_LINE.exec(first.text);
  if (!t || t[2] !== 't') {
    report(first.n, `a document starts with its title line "PMID|t|title", but this one starts with ${show(first.text)}. Put the title and abstract lines first, and separate documents with a blank line.`);
    return undefined;
  }
  const [, pmid = '', , title = ''] = t;
  if (!isValidId('pmid', pmid)) {
    report(first.n, `"${pmid}" is not a PMID (${ID_RULES.pmid.shape}, e.g. ${ID_RULES.pmid.example}). PubTator documents are named by their PMID.`);
    return undefined;
  }
  let ok = true;
  const problem = (line: number, message: string) => {
    ok = false;
    report(line, message);
  };
  const otherPmid = (line: number, found: string) =>
    problem(line, `PMID "${found}" differs from the document's PMID ${pmid} (line ${first.n}). Fix the PMID, or separate the documents with a blank line.`);
  if (title.trim() === '') {
    // Every offset would be off too; one message is enough.
    report(first.n, `document ${pmid} has an empty title.`);
    return undefined;
  }
  const a = second && !second.text.includes('\t') ? TEXT_LINE.exec(second.text) : null;
  if (!second || !a || a[2] !== 'a') {
    problem(second?.n ?? first.n, `document ${pmid} has no abstract line after its title: expected "${pmid}|a|abstract" (write "${pmid}|a|" when there is no abstract).`);
    return undefined;
  }
  if (a[1] !== pmid) otherPmid(second.n, a[1] ?? '');
  const abstract = a[3] ?? '';
  // The text the offsets count in.
  const text = `${title} ${abstract}`;
  const mentions: PubtatorMention[] = [];
  const relations: PubtatorRelation[] = [];

  for (const { n, text: line } of rest) {
    if (!line.includes('\t')) {
      const again = TEXT_LINE.exec(line);
      if (again && (again[2] === 't' || again[2] === 'a')) {
        problem(n, `a second ${again[2] === 't' ? 'title' : 'abstract'} line in document ${pmid} (which starts on line ${first.n}). Separate documents with a blank line.`);
      } else if (/^\d+ +\d+ +\d+ /.test(line)) {
        problem(n, `cannot read this line: ${show(line)}. It looks like a mention with spaces where the tabs belong: separate the columns (PMID, start, end, text, type, id) with tabs.`);
      } else {
        problem(n, `cannot read this line: ${show(line)}. ${SHAPES}`);
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols[0] !== pmid) {
      otherPmid(n, cols[0] ?? '');
      continue;
    }
    if (cols.length === 4 && !/^\d+$/.test(cols[1] ?? '')) {
      const [, type = '', id1 = '', id2 = ''] = cols;
      if (!type.trim() || !id1.trim() || !id2.trim()) {
        problem(n, `a relation line has 4 tab-separated columns (PMID, type, id1, id2) and none may be empty: ${show(line)}.`);
      } else {
        relations.push({ line: n, type: type.trim(), ids: [id1.trim(), id2.trim()] });
      }
      continue;
    }
    if (cols.length !== 5 && cols.length !== 6) {
      problem(n, `cannot read this line (${cols.length} tab-separated columns): ${show(line)}. A mention has 6 columns (PMID, start, end, text, type, id), a relation 4 (PMID, type, id1, id2).`);
      continue;
    }
    const [, s = '', e = '', mention = '', type = '', idField = ''] = cols;
    if (!/^\d+$/.test(s) || !/^\d+$/.test(e)) {
      const bad = /^\d+$/.test(s) ? `end offset "${e}"` : `start offset "${s}"`;
      problem(n, `${bad} is not a whole number. A mention line is PMID, start, end, text, type, id (tab-separated).`);
      continue;
    }
    const start = Number(s);
    const end = Number(e);
    if (start >= end) {
      problem(n, `start offset ${start} is not before end offset ${end}. The end is exclusive: for "${mention}" starting at ${start} it is ${start + mention.length}.`);
      continue;
    }
    if (end > text.length) {
      problem(n, `"${mention}" ends at ${end}, past the end of the document (${text.length} characters: the title, one space, then the abstract). Fix the offsets.`);
      continue;
    }
    const found = text.slice(start, end);
    if (found !== mention) {
      problem(n, `the mention text "${mention}" does not match the document at ${start}-${end}, which reads "${found}".${nearest(text, mention, start)} Offsets count the title, one space, then the abstract.`);
      continue;
    }
    if (!type.trim()) {
      problem(n, `the mention "${mention}" has no type (Gene, Disease, Chemical, ...).`);
      continue;
    }
    const ids = UNNORMALISED.has(idField.trim())
      ? []
      : idField
          .split(/[;,]/)
          .map((id) => id.trim())
          .filter((id) => !UNNORMALISED.has(id));
    checkIds(type.trim(), ids, (message) => problem(n, message));
    mentions.push({ line: n, start, end, text: mention, type: type.trim(), ids });
  }
  // A relation links two concepts of this document: an id no mention carries is a typo or a stray line.
  const known = new Set(mentions.flatMap((m) => m.ids.map(relationKey)));
  for (const r of relations) {
    const unknown = r.ids.find((id) => !known.has(relationKey(id)));
    if (unknown) problem(r.line, `the ${r.type} relation refers to "${unknown}", which no mention in document ${pmid} carries. Fix the id, or remove the relation.`);
  }
  if (!ok) return undefined;
  return { pmid, line: first.n, title, abstract, mentions, relations, entities: summariseEntities(mentions) };
}

/** Ids as relations and mentions are compared: some files write MeSH ids with "MESH:", some without. */
function relationKey(id: string): string {
  return id.replace(/^MESH:/i, '');
}

/** Where the text really is, if it occurs in the document: the occurrence nearest the given offset. */
function nearest(text: string, mention: string, from: number): string {
  let best = -1;
  for (let i = text.indexOf(mention); i !== -1; i = text.indexOf(mention, i + 1)) {
    if (best === -1 || Math.abs(i - from) < Math.abs(best - from)) best = i;
  }
  return best === -1 ? ` "${mention}" does not occur in the title or abstract.` : ` "${mention}" occurs at ${best}-${best + mention.length}.`;
}

/** Group mentions by concept: genes (NCBI Gene), diseases (MeSH), the rest by type, and those without an id. */
export function summariseEntities(mentions: readonly PubtatorMention[]): PubtatorEntities {
  const genes = new Map<string, PubtatorEntity>();
  const diseases = new Map<string, PubtatorEntity>();
  const others = new Map<string, Map<string, PubtatorEntity>>();
  const unnormalised = new Map<string, { type: string; names: string[]; mentions: number }>();
  const add = (map: Map<string, PubtatorEntity>, id: string, name: string) => {
    let entity = map.get(id);
    if (!entity) map.set(id, (entity = { id, names: [], mentions: 0 }));
    entity.mentions++;
    if (!entity.names.includes(name)) entity.names.push(name);
  };
  for (const m of mentions) {
    const kind = m.type.toLowerCase();
    if (m.ids.length === 0) {
      let entry = unnormalised.get(m.type);
      if (!entry) unnormalised.set(m.type, (entry = { type: m.type, names: [], mentions: 0 }));
      entry.mentions++;
      if (!entry.names.includes(m.text)) entry.names.push(m.text);
      continue;
    }
    for (const id of m.ids) {
      const mesh = kind === 'disease' ? meshId(id) : undefined;
      if (kind === 'gene') add(genes, id, m.text);
      else if (mesh) add(diseases, mesh, m.text);
      else {
        if (!others.has(m.type)) others.set(m.type, new Map());
        add(others.get(m.type)!, id, m.text);
      }
    }
  }
  return {
    genes: [...genes.values()],
    diseases: [...diseases.values()],
    others: Object.fromEntries([...others].map(([type, map]) => [type, [...map.values()]])),
    unnormalised: [...unnormalised.values()],
  };
}

/** Why an entry from PubTator has no date, for readers (PubTator gives none). */
export const PUBTATOR_UNDATED = 'PubTator gives no publication date, and none has been looked up in PubMed yet.';
export const PUBTATOR_UNVERIFIED = ['authors', 'journal', 'year', 'DOI'];
export const PUBTATOR_RELIABILITY =
  'Imported from PubTator, which gives only the PMID, title and abstract: authors, journal, year and DOI are missing, and nothing has been checked against PubMed yet.';

/** The reference entry for a PubTator document: all PubTator knows, marked unverified. */
export function pubtatorReference(doc: Pick<PubtatorDocument, 'pmid' | 'title'>): ReferenceInput {
  return {
    type: 'article-journal',
    title: stripTitlePeriod(doc.title.replace(/\s+/g, ' ').trim()),
    PMID: doc.pmid,
    confidence: 'unverified',
    unverified: [...PUBTATOR_UNVERIFIED],
    reliability: PUBTATOR_RELIABILITY,
    undated: PUBTATOR_UNDATED,
  };
}

/**
 * Reference entries for the documents, keyed "pmid<PMID>" (there is no author or year to make a
 * readable key from). A document whose PMID is already a reference is a duplicate, not an entry;
 * so is one whose title is already a reference's title (there is nothing else to compare, and an
 * existing entry may leave out a PMID it could not confirm).
 */
export interface PubtatorImport extends ImportResult {
  /** Per document, in file order: its new key, or the key of the reference it repeats and what matched. */
  documents: { doc: PubtatorDocument; key: string; duplicate: false | ImportResult['duplicates'][number]['by'] }[];
}

export function preparePubtatorImport(fileName: string, docs: readonly PubtatorDocument[], existing: ExistingReferences): PubtatorImport {
  const index = new DuplicateIndex(existing);
  const result: PubtatorImport = { entries: [], duplicates: [], documents: [] };
  const problems: string[] = [];
  for (const doc of docs) {
    const data = pubtatorReference(doc);
    const parsed = ReferenceSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...formatZodIssues(parsed.error).map((p) => `${fileName}:${doc.line}: document ${doc.pmid}: ${p}`));
      continue;
    }
    const dupe = index.find(data, { byTitle: true });
    if (dupe) {
      result.duplicates.push({ title: data.title, ...dupe });
      result.documents.push({ doc, key: dupe.existing, duplicate: dupe.by });
      continue;
    }
    let key = `pmid${doc.pmid}`;
    for (let i = 2; index.taken.has(key); i++) key = `pmid${doc.pmid}-${i}`;
    index.add(key, data);
    result.entries.push({ key, data });
    result.documents.push({ doc, key, duplicate: false });
  }
  if (problems.length) throw new ImportError(problems.join('\n'));
  return result;
}

/** The identifiers a condition page carries (content/conditions/<slug>.yaml, `ids:`). */
export interface ConditionIds {
  slug: string;
  mesh: readonly string[];
  ncbiGene?: string | undefined;
}

export interface CoveredEntity extends PubtatorEntity {
  /** Slugs of the condition pages carrying this id; empty when none does yet. */
  conditions: string[];
}

/** For each disease MeSH id, the condition pages that already carry it. */
export function meshCoverage(diseases: readonly PubtatorEntity[], conditions: readonly ConditionIds[]): CoveredEntity[] {
  return diseases.map((d) => ({ ...d, conditions: conditions.filter((c) => c.mesh.includes(d.id)).map((c) => c.slug) }));
}

/** For each gene, the condition pages (kind: gene) that carry its NCBI Gene id. */
export function geneCoverage(genes: readonly PubtatorEntity[], conditions: readonly ConditionIds[]): CoveredEntity[] {
  return genes.map((g) => ({ ...g, conditions: conditions.filter((c) => c.ncbiGene === g.id).map((c) => c.slug) }));
}

/**
 * A plain-text table of a document's entities (type, id, mention count, condition page, surface
 * forms), then the MeSH ids no condition page carries yet.
 */
export function formatEntityTable(doc: PubtatorDocument, conditions: readonly ConditionIds[]): string {
  const rows: string[][] = [['type', 'id', 'mentions', 'condition', 'surface forms']];
  const covered = (c: CoveredEntity) => (c.conditions.length ? c.conditions.join(', ') : '-');
  for (const g of geneCoverage(doc.entities.genes, conditions)) rows.push(['Gene', g.id, String(g.mentions), covered(g), g.names.join(' | ')]);
  const diseases = meshCoverage(doc.entities.diseases, conditions);
  for (const d of diseases) rows.push(['Disease', `MESH:${d.id}`, String(d.mentions), covered(d), d.names.join(' | ')]);
  for (const [type, list] of Object.entries(doc.entities.others)) {
    for (const o of list) rows.push([type, o.id, String(o.mentions), '', o.names.join(' | ')]);
  }
  for (const u of doc.entities.unnormalised) rows.push([u.type, '(no id)', String(u.mentions), '', u.names.join(' | ')]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
  const missing = diseases.filter((d) => d.conditions.length === 0);
  lines.push(
    missing.length
      ? `MeSH ids without a condition page: ${missing.map((d) => `MESH:${d.id} (${d.names[0]})`).join(', ')}`
      : diseases.length
        ? 'Every disease MeSH id has a condition page.'
        : 'No disease MeSH ids.',
  );
  return lines.join('\n');
}
