/**
 * The content integrity check: everything Astro does not stop the build for. Collects every
 * problem (never stops at the first), each with a rule id, a place and a fix.
 *
 * Order of checks (later ones rely on earlier ones):
 *   1. schemas: each entry parses against its collection's schema;
 *   2. identity: slugs and aliases are well formed and unique; no two references share a DOI/PMID;
 *   3. links: cross-collection fields, citation keys (data fields, key points, body text) and
 *      internal links in bodies all resolve;
 *   4. releases: content/releases.yaml in order, each commit in the history (src/lib/releases.ts).
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, GlossarySchema, type CollectionName } from '../schemas/index.ts';
import { findCitationKeys } from './citations/parse.ts';
import { collectDataRefs } from './citations/registry.ts';
import type { RawContent, RawEntry } from './content-files.ts';
import { CITATION_KEY, SLUG } from './ids/index.ts';
import { lineColumn } from './problems.ts';
import type { Problem } from './problems.ts';
import { checkReleases, gitHistory, releaseLine } from './releases.ts';
import { checkStructures, loadChemistry } from './structure.ts';
import { collectionOfSection, linkFields } from './registry.ts';
import { didYouMean } from './suggest.ts';

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(entry)';
}

/** zod issues rewritten as field + what is wrong + what to do. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => `${where === '(entry)' ? '' : `${where}.`}${k}: unknown field. Remove it or fix its spelling (see the schema in src/schemas/).`).join('\n  ');
    case 'invalid_type':
      if (issue.input === undefined) return `${where}: required field is missing (expected ${issue.expected}).`;
      return `${where}: expected ${issue.expected}, received ${Array.isArray(issue.input) ? 'array' : typeof issue.input} ${JSON.stringify(issue.input)?.slice(0, 40) ?? ''}.`.replace(/ \.$/, '.');
    case 'invalid_value':
      if (issue.input === undefined) return `${where}: required field is missing. Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
      return `${where}: ${JSON.stringify(issue.input)} is not allowed. Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    default:
      return `${where}: ${issue.message}${/[.?!]$/.test(issue.message) ? '' : '.'}`;
  }
}

/**
 * The 1-based line of a field in YAML text, following the path through nested keys (list indices
 * are skipped: the next key after them is searched from the parent's line on). Undefined if absent.
 */
export function fieldLine(yaml: string, path: readonly PropertyKey[]): number | undefined {
  const lines = yaml.split('\n');
  let from = 0;
  let found: number | undefined;
  for (const seg of path) {
    if (typeof seg !== 'string') continue;
    const key = new RegExp(`^\\s*(?:-\\s+)?['"]?${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`);
    const i = lines.findIndex((l, n) => n >= from && key.test(l));
    if (i < 0) break;
    found = i + 1;
    from = i + 1;
  }
  return found;
}

/** Blank out code (fenced and inline) so citations and links inside it are not checked; offsets stay. */
export function maskCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, blank).replace(/`[^`\n]*`/g, blank);
}

export interface CheckedContent {
  problems: Problem[];
  /** Valid entries by collection and id, for later steps (e.g. the permalink lock). */
  valid: Map<CollectionName, Map<string, RawEntry & { parsed: Record<string, unknown> }>>;
}

export function checkContent(raw: RawContent): CheckedContent {
  const problems: Problem[] = [...raw.problems];
  const valid: CheckedContent['valid'] = new Map(Object.keys(COLLECTIONS).map((c) => [c as CollectionName, new Map()]));
  const ids = new Map<CollectionName, Set<string>>(Object.keys(COLLECTIONS).map((c) => [c as CollectionName, new Set()]));

  for (const { collection, id } of raw.unparsed) ids.get(collection)!.add(id);

  // 1. Schemas.
  for (const entry of raw.entries) {
    ids.get(entry.collection)!.add(entry.id);
    const result = COLLECTIONS[entry.collection].schema.safeParse(entry.data ?? {}, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const problem: Problem = { file: entry.file, rule: 'entry-matches-schema', message: describeIssue(issue) };
        const line = fieldLine(entry.yaml, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path);
        if (line !== undefined) problem.line = entry.yamlLine + line - 1;
        problems.push(problem);
      }
      continue;
    }
    valid.get(entry.collection)!.set(entry.id, { ...entry, parsed: result.data as Record<string, unknown> });
  }
  let glossaryIds = new Set<string>();
  if (raw.glossary) {
    const result = GlossarySchema.safeParse(raw.glossary.data ?? [], { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: raw.glossary.file, rule: 'entry-matches-schema', message: describeIssue(issue) });
    } else {
      const seen = new Set<string>();
      for (const [i, term] of result.data.entries()) {
        if (seen.has(term.id)) problems.push({ file: raw.glossary.file, rule: 'slug-is-unique', message: `[${i}].id: "${term.id}" is used by an earlier term. Give each term its own id.` });
        seen.add(term.id);
      }
      glossaryIds = seen;
    }
  }
  const refKeys = ids.get('references')!;

  // 2. Identity.
  for (const entry of raw.entries) {
    const pattern = entry.collection === 'references' ? CITATION_KEY : SLUG;
    if (!pattern.test(entry.id)) {
      problems.push({
        file: entry.file,
        rule: 'slug-is-valid',
        message: `the file name "${entry.id}" is not a valid ${entry.collection === 'references' ? 'citation key' : 'slug'}. Use lowercase letters, digits and hyphens (e.g. "${entry.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}").`,
      });
    }
  }
  for (const [collection, entries] of valid) {
    const owner = new Map<string, string>([...entries.keys()].map((id) => [id, id]));
    for (const [id, entry] of entries) {
      for (const alias of (entry.parsed['aliases'] as string[] | undefined) ?? []) {
        const other = owner.get(alias);
        if (other !== undefined && other !== id) {
          problems.push({ file: entry.file, rule: 'slug-is-unique', message: `aliases: "${alias}" is already ${other === alias ? 'the slug' : 'an alias'} of ${collection}/${other}. A URL can lead to one page only; remove it from one of them.` });
        } else if (alias === id) {
          problems.push({ file: entry.file, rule: 'slug-is-unique', message: `aliases: "${alias}" is this entry's own slug. Remove it.` });
        } else {
          owner.set(alias, id);
        }
      }
    }
  }
  const seenIds = new Map<string, string>();
  for (const [key, entry] of valid.get('references')!) {
    for (const field of ['DOI', 'PMID', 'URL'] as const) {
      const value = entry.parsed[field] as string | undefined;
      if (!value) continue;
      // URLs compare without scheme, "www." and a trailing slash: one web page is one reference.
      const norm = `${field}:${field === 'URL' ? value.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') : value.toLowerCase()}`;
      const first = seenIds.get(norm);
      if (first) problems.push({ file: entry.file, rule: 'reference-is-unique', message: `${field}: ${value} is also the ${field} of references/${first}. Keep one entry and cite its key.` });
      else seenIds.set(norm, key);
    }
  }

  // 3. Links.
  for (const [collection, entries] of valid) {
    for (const [, entry] of entries) {
      for (const [field, target] of linkFields(collection)) {
        const value = entry.parsed[field];
        const targets = Array.isArray(value) ? value : value === undefined ? [] : [value];
        targets.forEach((slug: string, i) => {
          if (ids.get(target)!.has(slug)) return;
          const where = Array.isArray(value) ? `${field}[${i}]` : field;
          problems.push({ file: entry.file, rule: 'reference-target-resolves', message: `${where}: no ${target} entry "${slug}" (content/${target}/${slug}${COLLECTIONS[target].ext}).${didYouMean(slug, ids.get(target)!)}` });
        });
      }
      for (const key of collectDataRefs(entry.parsed)) {
        if (!refKeys.has(key)) problems.push({ file: entry.file, rule: 'citation-resolves', message: `ref "${key}": no reference "${key}" in content/references/.${didYouMean(key, refKeys)}` });
      }
      for (const [field, text] of proseFields(entry.parsed)) {
        for (const found of internalLanguage(text, refKeys)) {
          const line = fieldLine(entry.yaml, field.split(/[.[\]]+/).filter(Boolean));
          problems.push({ file: entry.file, ...(line === undefined ? {} : { line: entry.yamlLine + line - 1 }), rule: 'prose-speaks-to-readers', message: `${field}: ${found.message}` });
        }
      }
      const keyPoints = (entry.parsed['keyPoints'] as string[] | undefined) ?? [];
      keyPoints.forEach((point, i) => {
        for (const { key } of findCitationKeys(point)) {
          if (!refKeys.has(key)) problems.push({ file: entry.file, rule: 'citation-resolves', message: `keyPoints[${i}] [@${key}]: no reference "${key}".${didYouMean(key, refKeys)}` });
        }
      });
      if (!entry.body) continue;
      const body = maskCode(entry.body);
      for (const { key, offset } of findCitationKeys(body)) {
        if (refKeys.has(key)) continue;
        const { line, column } = lineColumn(body, offset);
        problems.push({ file: entry.file, line: entry.bodyLine + line - 1, column, rule: 'citation-resolves', message: `[@${key}]: no reference "${key}".${didYouMean(key, refKeys)}` });
      }
      for (const found of internalLanguage(body, refKeys)) {
        const { line, column } = lineColumn(body, found.offset);
        problems.push({ file: entry.file, line: entry.bodyLine + line - 1, column, rule: 'prose-speaks-to-readers', message: found.message });
      }
      // MDX reads an unescaped brace as the start of a JavaScript expression and fails the build
      // far from the cause ("Could not parse expression"); content here has no expressions.
      for (const m of body.matchAll(/(?<!\\)[{}]/g)) {
        const { line, column } = lineColumn(body, m.index);
        problems.push({ file: entry.file, line: entry.bodyLine + line - 1, column, rule: 'mdx-text-is-plain', message: `"${m[0]}" starts or ends a JavaScript expression in MDX. Escape it as \\${m[0]} (or put the text in \`code\`).` });
      }
      for (const m of body.matchAll(/(?<!\\)\]\(([^)\s]*)\)|href="([^"]*)"/g)) {
        const href = m[1] ?? m[2]!;
        if (/^(https?:|mailto:|#)/.test(href)) continue;
        const problem = href.startsWith('/')
          ? checkInternalLink(href, ids, glossaryIds, raw.routes)
          : `a relative link. Write site links from the root (/compounds/<slug>/); if "[...](...)" is not meant as a link, escape the bracket: \\[...\\].`;
        if (!problem) continue;
        const { line, column } = lineColumn(body, m.index + 2);
        problems.push({ file: entry.file, line: entry.bodyLine + line - 1, column, rule: 'internal-link-resolves', message: `link ${href}: ${problem}` });
      }
    }
  }
  if (raw.glossary && Array.isArray(raw.glossary.data)) {
    (raw.glossary.data as { refs?: unknown; see?: unknown }[]).forEach((term, i) => {
      for (const key of Array.isArray(term?.refs) ? term.refs : []) {
        if (typeof key === 'string' && !refKeys.has(key)) problems.push({ file: raw.glossary!.file, rule: 'citation-resolves', message: `[${i}].refs: no reference "${key}".${didYouMean(key, refKeys)}` });
      }
      if (typeof term?.see === 'string') {
        const problem = checkInternalLink(term.see, ids, glossaryIds, raw.routes);
        if (problem) problems.push({ file: raw.glossary!.file, rule: 'internal-link-resolves', message: `[${i}].see ${term.see}: ${problem}` });
      }
    });
  }
  if (raw.releases) {
    const releases = checkReleases(raw.releases, gitHistory(raw.root));
    problems.push(...releases.problems);
    releases.releases.forEach((r, i) =>
      r.notes.forEach((note, j) => {
        const line = releaseLine(raw.releases!.yaml, [i, 'notes']);
        for (const found of internalLanguage(note, refKeys)) problems.push({ file: raw.releases!.file, ...(line === undefined ? {} : { line }), rule: 'prose-speaks-to-readers', message: `[${i}].notes[${j}]: ${found.message}` });
      }),
    );
  }
  return { problems, valid };
}

/** Data fields whose text readers see as prose (pages print them). */
const PROSE_FIELDS = new Set(['summary', 'reliability', 'note', 'actionEvidence', 'text', 'unverified', 'keyPoints', 'design', 'population', 'intervention', 'comparator', 'primaryEndpoint', 'enrollmentNote', 'definition']);

/** [path, text] of every string under a prose field of an entry's data, at any depth. */
export function proseFields(data: unknown, path = '', inProse = false): [string, string][] {
  if (typeof data === 'string') return inProse ? [[path, data]] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => proseFields(v, `${path}[${i}]`, inProse));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => proseFields(v, path ? `${path}.${k}` : k, inProse || PROSE_FIELDS.has(k)));
  }
  return [];
}

/**
 * What pages must not show a reader: working notes about the project's source documents ("seed")
 * and citation keys written as text instead of cited. Citations ([@key], @key) and link targets
 * are blanked first, with offsets kept.
 */
export function internalLanguage(text: string, refKeys: ReadonlySet<string>): { offset: number; found: string; message: string }[] {
  const blank = (m: string) => ' '.repeat(m.length);
  const plain = text.replace(/\[[^\]\n]*@[^\]\n]*\]/g, blank).replace(/(?<![\w.])@[A-Za-z0-9][\w.+-]*/g, blank).replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`);
  const out: { offset: number; found: string; message: string }[] = [];
  for (const m of plain.matchAll(/\bseeds?\b/gi)) out.push({ offset: m.index, found: m[0], message: `"${m[0]}": pages speak to readers, who do not know the project's source documents. Say what the source is in plain words (e.g. "a vendor's technical guide").` });
  for (const m of plain.matchAll(/[A-Za-z0-9][A-Za-z0-9_.+-]*[A-Za-z0-9]/g)) {
    if (refKeys.has(m[0])) out.push({ offset: m.index, found: m[0], message: `"${m[0]}" is a citation key shown as text. Cite it as [@${m[0]}], or name the work in words.` });
  }
  return out;
}

/** Why an internal link does not resolve, or undefined when it does. */
export function checkInternalLink(href: string, ids: ReadonlyMap<CollectionName, ReadonlySet<string>>, glossaryIds: ReadonlySet<string>, routes: readonly string[]): string | undefined {
  const [pathPart = '', hash] = href.split('#');
  if (routes.includes(pathPart)) {
    if (pathPart === '/glossary/' && hash && !glossaryIds.has(hash)) return `no glossary term "${hash}".${didYouMean(hash, glossaryIds)}`;
    return undefined;
  }
  const m = /^\/([a-z]+)\/([^/]+)\/$/.exec(pathPart);
  if (!m) return `not a page of this site. Internal links look like /compounds/<slug>/ (with the trailing slash).`;
  const collection = collectionOfSection(m[1]!);
  if (!collection || !ids.has(collection)) return `no such section "/${m[1]}/".`;
  if (!ids.get(collection)!.has(m[2]!)) return `no ${collection} entry "${m[2]}".${didYouMean(m[2]!, ids.get(collection)!)}`;
  return undefined;
}

/**
 * The whole content check: checkContent, then each compound's structure against its record
 * (RDKit, asynchronous). The build and `npm run check:content` both run this.
 */
export async function checkAllContent(raw: RawContent): Promise<CheckedContent> {
  const checked = checkContent(raw);
  const compounds = [...checked.valid.get('compounds')!.values()];
  if (compounds.some((c) => c.parsed['structure'])) checked.problems.push(...checkStructures(compounds, await loadChemistry(), fieldLine));
  return checked;
}
