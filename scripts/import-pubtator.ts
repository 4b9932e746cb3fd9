/**
 * npm run import:pubtator -- FILE [FILE ...]
 * Imports PubTator documents as references (content/references/pmid<PMID>.yaml: PMID and title
 * only, marked unverified) and prints the genes, diseases and other entities found in each, with
 * the condition pages that already carry each disease's MeSH id. All files are checked first; if
 * any line is wrong nothing is written. A document whose PMID is already a reference is reported
 * and skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportedReference } from '../src/lib/references/import.ts';
import { formatEntityTable, parsePubtator, preparePubtatorImport, type ConditionIds } from '../src/lib/references/pubtator.ts';
import { parseYaml } from '../src/lib/yaml.ts';
import { atlasRoot, readExistingReferences, readInput, referencesDir, runImporter, writeReferences } from './lib/reference-files.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import:pubtator -- FILE [...]   (PubTator format: PMID|t|title, PMID|a|abstract, tab-separated annotations)');
  process.exit(2);
}

/** The MeSH and NCBI Gene ids of every condition page; a page that does not parse is skipped with a warning. */
function readConditionIds(root: string): ConditionIds[] {
  const dir = path.join(root, 'content', 'conditions');
  if (!existsSync(dir)) return [];
  const out: ConditionIds[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('.') && !f.startsWith('_')).sort()) {
    let ids: { mesh?: unknown; ncbiGene?: unknown } | undefined;
    try {
      ids = (parseYaml(readFileSync(path.join(dir, name), 'utf8')) as { ids?: typeof ids } | null)?.ids;
    } catch {
      console.warn(`warning: content/conditions/${name} does not parse; its ids are left out of the table (npm run check:content says why).`);
      continue;
    }
    out.push({
      slug: name.replace(/\.yaml$/, ''),
      mesh: Array.isArray(ids?.mesh) ? ids.mesh.map(String) : [],
      ncbiGene: ids?.ncbiGene === undefined || ids.ncbiGene === null ? undefined : String(ids.ncbiGene),
    });
  }
  return out;
}

runImporter(() => {
  const root = atlasRoot();
  const known = readExistingReferences(root);
  const conditions = readConditionIds(root);
  const toWrite: ImportedReference[] = [];
  const report: string[] = [];
  // Check everything before writing anything (and before printing a report that might mislead).
  for (const file of files) {
    const name = path.basename(file);
    const docs = parsePubtator(name, readInput(file));
    const result = preparePubtatorImport(name, docs, known);
    for (const { doc, key, duplicate } of result.documents) {
      const status = duplicate ? `reference skipped: same ${duplicate} as ${key}` : `new reference: ${key}`;
      const relations = new Map<string, number>();
      for (const r of doc.relations) relations.set(r.type, (relations.get(r.type) ?? 0) + 1);
      report.push(
        '',
        `${name}:${doc.line}: PMID ${doc.pmid}: ${doc.title}`,
        `  ${status}`,
        ...formatEntityTable(doc, conditions)
          .split('\n')
          .map((l) => `  ${l}`),
        `  relations: ${relations.size ? [...relations].map(([type, n]) => `${n} ${type}`).join(', ') : 'none'}`,
      );
    }
    for (const e of result.entries) known.set(e.key, { PMID: e.data.PMID, title: e.data.title });
    toWrite.push(...result.entries);
  }
  const written = writeReferences(
    root,
    toWrite,
    'Imported by npm run import:pubtator: PubTator gives only the PMID, title and abstract.\nAdd authors, journal, year and DOI from PubMed, then update confidence, unverified and reliability.',
  );
  console.log(`${report.join('\n').replace(/^\n/, '')}\n`);
  for (const f of written) console.log(`  ${path.relative(root, f)}`);
  console.log(`imported ${written.length} reference(s) into ${path.relative(root, referencesDir(root)) || '.'}/`);
});
