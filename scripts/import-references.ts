/**
 * npm run import:references -- FILE [FILE ...]
 * Imports CSL-JSON (.json), BibTeX (.bib) or RIS (.ris) into content/references/<key>.yaml.
 * All files are checked first; if any item is invalid nothing is written. Duplicates (same PMID
 * or DOI as an existing reference) are reported and skipped.
 */
import path from 'node:path';
import { parseToCsl, prepareImport, type ImportedReference } from '../src/lib/references/import.ts';
import { atlasRoot, readExistingReferences, readInput, referencesDir, runImporter, writeReferences } from './lib/reference-files.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import:references -- FILE.json|FILE.bib|FILE.ris [...]');
  process.exit(2);
}

runImporter(() => {
  const root = atlasRoot();
  const known = readExistingReferences(root);
  const toWrite: ImportedReference[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const name = path.basename(file);
    const result = prepareImport(name, parseToCsl(name, readInput(file)), known);
    for (const d of result.duplicates) skipped.push(`skipped (duplicate ${d.by} of ${d.existing}): ${d.title}`);
    for (const e of result.entries) known.set(e.key, { PMID: e.data.PMID, DOI: e.data.DOI, title: e.data.title });
    toWrite.push(...result.entries);
  }
  // Only now, when every file has passed: on an error the error is all there is to read.
  for (const line of skipped) console.warn(line);
  const written = writeReferences(root, toWrite, 'Imported by npm run import:references; edit freely.');
  for (const f of written) console.log(`  ${path.relative(root, f)}`);
  console.log(`imported ${written.length} reference(s) into ${path.relative(root, referencesDir(root)) || '.'}/`);
});
