/**
 * What the search index adds to a built page, at index time (scripts/lib/pagefind-index.ts), without
 * changing the page readers get:
 *
 * - Other names in multi-word queries. Pagefind has no synonyms and requires every query word on a
 *   page, so "σ1R chaperone BiP" missed the receptor review, which writes "sigma-1 receptor". A
 *   page that mentions a name of an alias group (built from the content's names: compounds,
 *   conditions and genes, methods, glossary terms; src/pages/search-aliases.json.ts) gets the
 *   group's other names in a metadata field: Pagefind searches metadata but never shows it in an
 *   excerpt. Only names that stand for one thing expand (code names and abbreviations: σ1R, S1RA,
 *   MR309, GRP78; see `isCodeName`): plain words such as "agonist", "depression" or "tumour", listed
 *   as synonyms of broader terms, would make a page match what it is not about. The canonical name
 *   (the title) is added only where a code name of the group is mentioned.
 * - Sources by author and year. Citations render as numbers and the bibliography is not indexed, so
 *   a page that cites Schmidt et al. 2016 gets "Schmidt 2016" in a metadata field.
 * - Words of neighbouring table cells and list items kept apart: the built HTML has no whitespace
 *   between `</th><th>`, and Pagefind would index "TargetMeasureValue" as one word.
 * - Less to download per result: citation markers are not indexed, and only headings keep their
 *   ids (Pagefind stores each element with an id in the result's fragment).
 * - Less to send: the parts of a page Pagefind skips whole (data-pagefind-ignore="all") are left
 *   out of what it is given; the index is the same (tests/e2e/search-index.test.ts).
 */
import { Parser } from 'htmlparser2';
import { termVariants } from './search-terms.ts';

/** One thing's names, as the content gives them: its title and its synonyms. */
export interface NamedThing {
  title: string;
  synonyms: readonly string[];
}

/** An alias group: what triggers it on a page, and what it adds there. */
export interface AliasGroup {
  /** The title, without a parenthesised abbreviation ("Sigma-1 receptor (S1R)" -> "Sigma-1 receptor"). */
  canonical: string[];
  /** Code names and abbreviations, with their spelling variants. */
  codes: string[];
  /** Synonyms of two words or more ("binding immunoglobulin protein"): they trigger, they are not added. */
  phrases: string[];
}

/**
 * Words for matching names against text: diacritics dropped, split on anything not a letter or
 * digit. Greek letters stay as they are, as Pagefind indexes them: "σ1R" and "sigma1R" are different
 * words to it, and each group lists both spellings (termVariants).
 */
export function matchTokens(text: string, keepCase = false): string[] {
  const tokens = foldedTokens(text);
  return keepCase ? tokens : tokens.map((t) => t.toLowerCase());
}

/**
 * The words of a text as written, diacritics dropped (lowercasing a word keeps it one word). Only
 * runs of non-ASCII characters are decomposed: ASCII decomposes to itself, and a mark after an
 * ASCII letter is in the run that follows it, so the result is that of decomposing the whole text.
 */
function foldedTokens(text: string): string[] {
  return text
    .replace(/[^\x00-\x7f]+/g, (run) => run.normalize('NFKD').replace(/\p{M}/gu, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A code name or abbreviation: one word (hyphens allowed) with a digit, a capital after its first
 * letter, or a Greek letter — σ1R, S1RA, MR309, E-52862, BiP, GRP78, CIPN, SA4503. Plain words
 * ("agonist", "depression", "Cutamesine") are not.
 */
export function isCodeName(name: string): boolean {
  const n = name.trim();
  if (!n || /\s/.test(n) || /,/.test(n)) return false;
  return /\p{N}/u.test(n) || /^.+\p{Lu}/u.test(n) || /[σαβκμδγ]/.test(n);
}

/** "Sigma-1 receptor (S1R)" -> ["Sigma-1 receptor", "S1R"]; "Streptozotocin (STZ) diabetic neuropathy" -> that without "(STZ)". */
export function titleNames(title: string): { base: string; abbreviation?: string } {
  const trailing = /^(.*\S)\s*\(([^()]+)\)$/.exec(title.trim());
  if (trailing) return isCodeName(trailing[2]!) ? { base: trailing[1]!, abbreviation: trailing[2]! } : { base: trailing[1]! };
  return { base: title.replace(/\s*\([^()]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim() };
}

/** The alias groups of a list of things (one per thing; a thing with no other name gives none). */
export function aliasGroups(things: Iterable<NamedThing>): AliasGroup[] {
  const groups: AliasGroup[] = [];
  for (const thing of things) {
    const { base, abbreviation } = titleNames(thing.title);
    const names = [...(abbreviation ? [abbreviation] : []), ...thing.synonyms].map((s) => s.trim()).filter(Boolean);
    const codeNames = [...(isCodeName(base) ? [base] : []), ...names.filter(isCodeName)];
    const codes = unique(codeNames.flatMap(termVariants).filter((v) => !/\s/.test(v)));
    const phrases = unique(names.filter((n) => !isCodeName(n) && /\s/.test(n.trim())));
    if (codes.length === 0 && phrases.length === 0) continue;
    groups.push({ canonical: isCodeName(base) ? [] : [base], codes, phrases });
  }
  return groups;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MAX_NAME_WORDS = 6;

/**
 * Where each word of a text is (lowercased, and as written), to look names up in: a name of n
 * words is found where its first word is followed by the rest. (Building every word sequence of a
 * page instead cost 4 s over 1,000 long pages.)
 */
class Mentions {
  private readonly lower: string[];
  private readonly cased: string[];
  private readonly at = { lower: new Map<string, number[]>(), cased: new Map<string, number[]>() };

  constructor(text: string) {
    this.cased = matchTokens(text, true);
    this.lower = this.cased.map((t) => t.toLowerCase());
    for (const [tokens, index] of [[this.lower, this.at.lower], [this.cased, this.at.cased]] as const) {
      tokens.forEach((token, i) => {
        const list = index.get(token);
        if (list) list.push(i);
        else index.set(token, [i]);
      });
    }
  }

  /** Does the text contain the name? Short capitalised abbreviations (ALS, MOR, SNI) must match in case. */
  has(name: string): boolean {
    const { cased, words } = Mentions.lookup(name);
    if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
    const tokens = cased ? this.cased : this.lower;
    const starts = (cased ? this.at.cased : this.at.lower).get(words[0]!) ?? [];
    return starts.some((i) => words.every((w, k) => tokens[i + k] === w));
  }

  /** Is the name long enough to trigger a group (a two-letter abbreviation such as "PD" is not)? */
  static canTrigger(name: string): boolean {
    return Mentions.lookup(name).letters >= 3;
  }

  /**
   * A name as it is looked up: its words, and whether case must match. The same few hundred names
   * are looked up on every page, so each is worked out once (recomputed on every page, this was
   * a sixth of the search index step).
   */
  private static readonly names = new Map<string, { cased: boolean; words: string[]; letters: number }>();
  private static lookup(name: string): { cased: boolean; words: string[]; letters: number } {
    let found = Mentions.names.get(name);
    if (!found) {
      const letters = [...name.replace(/[^\p{L}\p{N}]/gu, '')].length;
      const cased = letters <= 3 && name !== name.toLowerCase();
      Mentions.names.set(name, (found = { cased, words: matchTokens(name, cased), letters }));
    }
    return found;
  }
}

/**
 * The other names a page's text calls for: for each group it mentions, the group's code names (and,
 * where it mentions a code name, the canonical name), leaving out names the text (or `alsoIndexed`,
 * what the page's metadata already gives Pagefind) has as words. In group order, without duplicates.
 */
export function expansionsFor(text: string, groups: readonly AliasGroup[], alsoIndexed = ''): string[] {
  const mentions = new Mentions(text);
  // What the page already has as Pagefind sees it (its text, and metadata such as its own other
  // names): words between spaces ("[11C]SA4503" is not "SA4503").
  const lower = ` ${indexedWords(text)} ${indexedWords(alsoIndexed)} `;
  const has = (key: string) => lower.includes(` ${key} `);
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    // Spellings Pagefind indexes as one word ("sigma1R", "sigma-1R") are added once.
    const key = indexedWords(name);
    if (!key || seen.has(key) || has(key)) return;
    seen.add(key);
    out.push(name);
  };
  for (const group of groups) {
    const byCode = group.codes.some((n) => Mentions.canTrigger(n) && mentions.has(n));
    const byName = byCode || [...group.canonical, ...group.phrases].some((n) => Mentions.canTrigger(n) && mentions.has(n));
    if (!byName) continue;
    for (const name of group.codes) add(name);
    if (byCode) for (const name of group.canonical) add(name);
  }
  return out;
}

/**
 * A text as the words Pagefind indexes (pagefind/src/fossick/mod.rs): split on whitespace, each
 * word lowercased with everything but letters and digits dropped ("(+)-Pentazocine" -> "pentazocine",
 * "sigma-1R" and "sigma1R" -> "sigma1r"), joined by single spaces.
 */
export function indexedWords(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' ');
}

/** "Schmidt et al. 2016" -> "Schmidt 2016"; "Hayashi and Su 2007" -> "Hayashi Su 2007" (the words people type). */
export function authorYear(label: string): string {
  return label.replace(/\bet al\.?/g, ' ').replace(/\band\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** What the index needs of a built page: its indexed text and the reference pages it links to. */
export interface IndexedPage {
  /** The text Pagefind indexes: inside data-pagefind-body, outside data-pagefind-ignore. */
  text: string;
  /** Metadata already on the page (data-pagefind-meta="name:value"). */
  meta: Record<string, string>;
  /** Paths of the reference pages it links to (anywhere in its body, bibliography included), in order. */
  references: string[];
  /**
   * Where the page's HTML has elements Pagefind skips whole (data-pagefind-ignore="all": navigation,
   * bibliography, "Cite this page"), as [start, end) offsets of the outermost ones, in order. They
   * are often most of a page's bytes, and need not be sent to Pagefind (see `htmlForIndex`).
   */
  skipped: [number, number][];
}

/** Elements after which Pagefind's words must not run together (a space goes in before their text). */
const BLOCK = /^(p|li|td|th|dt|dd|h[1-6]|div|section|tr|caption|figcaption|blockquote)$/;

/**
 * Read a built page as Pagefind will index it; undefined when it has no data-pagefind-body.
 * A streaming parser (htmlparser2): a syntax tree of every page cost 6 s over 1,000 long pages.
 */
export function readIndexedPage(html: string): IndexedPage | undefined {
  return readBody(html);
}

/**
 * One metadata field of a built page (data-pagefind-meta="name:value" inside its indexed body), read
 * without going through the rest of the page: the parser stops at the field. A reference page's
 * "fact" (its authors and year) is read this way by every page that cites it.
 */
export function readPageMeta(html: string, name: string): string | undefined {
  return readBody(html, name)?.meta[name];
}

/** The streaming reader behind both: with `stopAt`, it stops once that metadata field is read. */
function readBody(html: string, stopAt?: string): IndexedPage | undefined {
  const parts: string[] = [];
  const meta: Record<string, string> = {};
  const references: string[] = [];
  const skipped: [number, number][] = [];
  let found = false;
  let stopped = false;
  // One frame per open element: inside the indexed body, inside an ignored part, where an
  // outermost data-pagefind-ignore="all" element starts.
  const stack: { body: boolean; ignored: boolean; all: boolean; skipFrom?: number }[] = [{ body: false, ignored: false, all: false }];
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack.at(-1)!;
        const body = parent.body || 'data-pagefind-body' in attrs;
        const ignored = parent.ignored || 'data-pagefind-ignore' in attrs || name === 'script' || name === 'style';
        found ||= body;
        if (body && attrs['data-pagefind-meta'] !== undefined) {
          const m = /^([^:[\]]+):(.*)$/s.exec(attrs['data-pagefind-meta']);
          if (m) meta[m[1]!.trim()] = m[2]!.trim();
          if (stopAt !== undefined && meta[stopAt] !== undefined) {
            stopped = true;
            parser.pause();
          }
        }
        const href = attrs['href'];
        if (body && name === 'a' && href !== undefined && /^\/references\/[^/]+\/$/.test(href) && !references.includes(href)) references.push(href);
        if (body && BLOCK.test(name)) parts.push(' ');
        const all = parent.all || attrs['data-pagefind-ignore'] === 'all';
        stack.push({ body, ignored, all, ...(all && !parent.all ? { skipFrom: parser.startIndex } : {}) });
      },
      ontext(text) {
        const frame = stack.at(-1)!;
        if (frame.body && !frame.ignored) parts.push(text);
      },
      onclosetag(name, isImplied) {
        if (stack.length === 1) return;
        const { skipFrom } = stack.pop()!;
        // Only an element closed by its own end tag has a known end.
        if (skipFrom !== undefined && !isImplied && html.startsWith(`</${name}`, html.lastIndexOf('<', parser.endIndex))) skipped.push([skipFrom, parser.endIndex + 1]);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  // A stopped parser has read what was asked for; the rest of the page is not needed.
  if (!stopped) parser.end();
  if (!found) return undefined;
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), meta, references, skipped };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page's HTML as given to Pagefind: without the elements it skips whole (`skipped`, from
 * readIndexedPage: the index is the same, and Pagefind and the pipe to it handle a fraction of the
 * bytes), with metadata fields added at the start of its data-pagefind-body element (values without
 * commas, which Pagefind reads as separators), and a space between adjacent cells, list items and terms.
 */
export function htmlForIndex(html: string, extraMeta: Record<string, string>, skipped: readonly (readonly [number, number])[] = []): string {
  const kept: string[] = [];
  let at = 0;
  for (const [start, end] of skipped) {
    kept.push(html.slice(at, start));
    at = end;
  }
  kept.push(html.slice(at));
  const spans = Object.entries(extraMeta)
    .filter(([, v]) => v)
    .map(([k, v]) => `<span data-pagefind-meta="${escapeAttr(`${k}:${v.replace(/,/g, ' ')}`)}"></span>`)
    .join('');
  const spaced = kept
    .join('')
    .replace(/<\/(th|td|li|dt|dd|caption|figcaption)>(?=<)/g, '</$1> ')
    // Citation markers ("[1, 2]") are numbers, not words: indexed they would match "1" and fill
    // excerpts with brackets.
    .replace(/<span class="citation">/g, '<span class="citation" data-pagefind-ignore>')
    // Pagefind keeps every element with an id, with its text, in the page's fragment (what a
    // result downloads); only headings serve as result sections. 78 citation-marker ids made up
    // a tenth of a review's fragment.
    .replace(/<(?!h[1-6]\b)([a-z][a-z0-9-]*)\b([^>]*?)\sid="[^"]*"/g, '<$1$2');
  if (!spans) return spaced;
  return spaced.replace(/<[a-z]+\b[^>]*\sdata-pagefind-body(?:[\s=>][^>]*)?>/, (tag) => `${tag}${spans}`);
}
