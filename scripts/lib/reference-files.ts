/**
 * File work shared by the reference importers (import-references, import-pubtator): reading the
 * inputs and the existing bibliography, and writing new entries so that a failure leaves nothing
 * half-written. The parsing and checking itself is pure and lives in src/lib/references/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError, stripDoi, type ExistingIds, type ImportedReference } from '../../src/lib/references/import.ts';
import { parseYaml, toYaml } from '../../src/lib/yaml.ts';

/** The project root: ATLAS_ROOT (tests point it at a temporary copy) or the current directory. */
export function atlasRoot(): string {
  return path.resolve(process.env.ATLAS_ROOT ?? process.cwd());
}

export function referencesDir(root: string): string {
  return path.join(root, 'content', 'references');
}

/** Read an input file, or fail with its name and the reason. */
export function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new ImportError(`${file}: cannot read it (${why}). Check the path.`);
  }
}

/** Every existing reference by key, with the identifiers (and title) used to spot duplicates. */
export function readExistingReferences(root: string): Map<string, ExistingIds> {
  const dir = referencesDir(root);
  const existing = new Map<string, ExistingIds>();
  if (!existsSync(dir)) return existing;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const rel = path.relative(root, path.join(dir, name));
    let data: unknown;
    try {
      data = parseYaml(readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      const reason = (error as { reason?: string }).reason ?? (error as Error).message;
      throw new ImportError(`${rel}: cannot read this existing reference (YAML error: ${reason}), so duplicates cannot be checked. Fix it first (npm run check:content).`);
    }
    const ref = (typeof data === 'object' && data !== null ? data : {}) as { PMID?: unknown; DOI?: unknown; title?: unknown };
    const ids: ExistingIds = {};
    if (ref.PMID !== undefined && ref.PMID !== null) ids.PMID = String(ref.PMID).trim();
    if (typeof ref.DOI === 'string') ids.DOI = stripDoi(ref.DOI);
    if (typeof ref.title === 'string') ids.title = ref.title;
    existing.set(name.replace(/\.yaml$/, ''), ids);
  }
  return existing;
}

/**
 * Write entries as content/references/<key>.yaml: every file goes to a temporary name first and
 * is renamed only when all are written, so a crash or a full disk leaves no half-written entry.
 * Refuses to overwrite an existing file. Returns the paths written.
 */
export function writeReferences(root: string, entries: readonly ImportedReference[], header: string): string[] {
  const dir = referencesDir(root);
  for (const e of entries) {
    const final = path.join(dir, `${e.key}.yaml`);
    if (existsSync(final)) throw new ImportError(`${path.relative(root, final)} already exists; nothing was written. Run the import again.`);
  }
  mkdirSync(dir, { recursive: true });
  const staged: [string, string][] = [];
  try {
    for (const e of entries) {
      const tmp = path.join(dir, `.${e.key}.yaml.tmp`);
      staged.push([tmp, path.join(dir, `${e.key}.yaml`)]);
      writeFileSync(tmp, `${header.replace(/^(?!#)/gm, '# ')}\n${toYaml(e.data)}`);
    }
  } catch (error) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, final] of staged) renameSync(tmp, final);
  return staged.map(([, final]) => final);
}

/** Run an importer: an ImportError is the user's to fix (message, exit 1); anything else is a bug. */
export function runImporter(main: () => void): void {
  try {
    main();
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
