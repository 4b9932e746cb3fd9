/**
 * npm run import:references -- FILE [FILE ...]
 * Imports CSL-JSON (.json), BibTeX (.bib) or RIS (.ris) into content/references/<key>.yaml.
 * All files are checked first; if any item is invalid nothing is written. Duplicates (same PMID
 * or DOI as an existing reference) are reported and skipped.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError, parseToCsl, prepareImport, type ImportedReference } from '../src/lib/references/import.ts';
import { parseYaml, toYaml } from '../src/lib/yaml.ts';

const root = process.env.ATLAS_ROOT ?? process.cwd();
const refDir = path.join(root, 'content', 'references');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import:references -- FILE.json|FILE.bib|FILE.ris [...]');
  process.exit(2);
}

const existing = new Map<string, { PMID?: string; DOI?: string }>();
if (existsSync(refDir)) {
  for (const f of readdirSync(refDir).filter((f) => f.endsWith('.yaml'))) {
    const data = parseYaml(readFileSync(path.join(refDir, f), 'utf8')) as { PMID?: string; DOI?: string };
    existing.set(f.replace(/\.yaml$/, ''), { PMID: data?.PMID ? String(data.PMID) : undefined, DOI: data?.DOI } as never);
  }
}

const toWrite: ImportedReference[] = [];
try {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const known = new Map(existing);
    for (const e of toWrite) known.set(e.key, { PMID: e.data.PMID, DOI: e.data.DOI } as never);
    const result = prepareImport(path.basename(file), parseToCsl(path.basename(file), text), known);
    for (const d of result.duplicates) console.warn(`skipped (duplicate ${d.by} of ${d.existing}): ${d.title}`);
    toWrite.push(...result.entries);
  }
} catch (error) {
  if (error instanceof ImportError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Write to temporary names first, then rename: a crash leaves no half-written entry behind.
mkdirSync(refDir, { recursive: true });
const staged = toWrite.map((e) => {
  const tmp = path.join(refDir, `.${e.key}.yaml.tmp`);
  writeFileSync(tmp, `# Imported by npm run import:references; edit freely.\n${toYaml(e.data)}`);
  return [tmp, path.join(refDir, `${e.key}.yaml`)] as const;
});
for (const [tmp, final] of staged) renameSync(tmp, final);
console.log(`imported ${staged.length} reference(s) into ${path.relative(root, refDir)}/`);
