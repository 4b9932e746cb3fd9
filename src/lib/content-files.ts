/**
 * Reading the content folder as raw entries (file, frontmatter, body), before any schema.
 * Used by the integrity check and by plugins that need the bibliography at config time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, GLOSSARY_FILE, RELEASES_FILE, type CollectionName } from '../schemas/index.ts';
import type { Problem } from './problems.ts';
import { routesFromPageFiles } from './routes.ts';
import { parseYaml } from './yaml.ts';

export interface RawEntry {
  collection: CollectionName;
  /** File name without extension: the entry's slug or citation key. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  /** The YAML text (frontmatter or whole file), for pointing at the line of a field. */
  yaml: string;
  /** 1-based line number of the first YAML line in the file. */
  yamlLine: number;
  body: string;
  /** 1-based line number of the first body line in the file. */
  bodyLine: number;
}

export interface RawContent {
  entries: RawEntry[];
  /** Entries whose file did not parse: they exist (no knock-on "missing" errors) but have no data. */
  unparsed: { collection: CollectionName; id: string }[];
  /** The site's fixed pages (/, /about/, /compounds/affinities/, ...), read from src/pages. */
  routes: string[];
  glossary: { file: string; data: unknown } | undefined;
  /** content/releases.yaml (numbered releases of the whole atlas), if present. */
  releases: { file: string; data: unknown; yaml: string } | undefined;
  /** The project root the content was read from (release commits are looked up in its git history). */
  root: string;
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function yamlProblem(file: string, error: unknown, lineOffset = 0): Problem {
  const e = error as { mark?: { line: number; column: number }; reason?: string; message: string };
  const problem: Problem = { file, rule: 'file-parses', message: `YAML error: ${e.reason ?? e.message}. Check indentation and quoting near this line.` };
  if (e.mark) {
    problem.line = e.mark.line + 1 + lineOffset;
    problem.column = e.mark.column + 1;
  }
  return problem;
}

export function readContent(root: string): RawContent {
  const contentDir = path.join(root, 'content');
  const out: RawContent = { entries: [], unparsed: [], routes: readPageRoutes(), glossary: undefined, releases: undefined, root, problems: [] };
  for (const [collection, def] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const dir = path.join(contentDir, def.dir);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
      if (!name.endsWith(def.ext)) {
        out.problems.push({ file, rule: 'file-has-known-type', message: `${def.dir}/ holds ${def.ext} files only. Rename it to end in ${def.ext}, or move it.` });
        continue;
      }
      const text = readFileSync(path.join(dir, name), 'utf8');
      const id = name.slice(0, -def.ext.length);
      if (!def.body) {
        try {
          out.entries.push({ collection, id, file, data: parseYaml(text), yaml: text, yamlLine: 1, body: '', bodyLine: 0 });
        } catch (error) {
          out.problems.push(yamlProblem(file, error));
          out.unparsed.push({ collection, id });
        }
        continue;
      }
      const m = FRONTMATTER.exec(text);
      if (!m) {
        out.problems.push({ file, line: 1, rule: 'frontmatter-present', message: 'the file must start with a frontmatter block between two "---" lines.' });
        continue;
      }
      try {
        const bodyLine = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
        out.entries.push({ collection, id, file, data: parseYaml(m[1]!), yaml: m[1]!, yamlLine: 2, body: text.slice(m[0].length), bodyLine });
      } catch (error) {
        out.problems.push(yamlProblem(file, error, 1));
        out.unparsed.push({ collection, id });
      }
    }
  }
  const glossaryPath = path.join(contentDir, GLOSSARY_FILE);
  if (existsSync(glossaryPath)) {
    const file = `content/${GLOSSARY_FILE}`;
    try {
      out.glossary = { file, data: parseYaml(readFileSync(glossaryPath, 'utf8')) };
    } catch (error) {
      out.problems.push(yamlProblem(file, error));
    }
  }
  const releasesPath = path.join(contentDir, RELEASES_FILE);
  if (existsSync(releasesPath)) {
    const file = `content/${RELEASES_FILE}`;
    const yaml = readFileSync(releasesPath, 'utf8');
    try {
      out.releases = { file, data: parseYaml(yaml), yaml };
    } catch (error) {
      out.problems.push(yamlProblem(file, error));
    }
  }
  return out;
}

/** The project's route files: src/pages, next to this module (a fixture's content uses the same pages). */
const PAGES = path.resolve(import.meta.dirname, '../pages');

/** The fixed pages of the site, from the route files in src/pages. */
export function readPageRoutes(pagesDir = PAGES): string[] {
  if (!existsSync(pagesDir)) return [];
  const files = (readdirSync(pagesDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
  return routesFromPageFiles(files);
}

/** The bibliography as raw data keyed by citation key (for plugins, before collections load). */
export function readReferences(root: string): Map<string, Record<string, unknown>> {
  const dir = path.join(root, 'content', COLLECTIONS.references.dir);
  const out = new Map<string, Record<string, unknown>>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.yaml') || name.startsWith('.') || name.startsWith('_')) continue;
    try {
      out.set(name.slice(0, -5), (parseYaml(readFileSync(path.join(dir, name), 'utf8')) ?? {}) as Record<string, unknown>);
    } catch {
      // Reported by the integrity check, which runs before the build.
    }
  }
  return out;
}
