/** Broken-content fixtures: each is the valid tree with one file replaced or added. */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const brokenCases = () => readdirSync(path.join(FIXTURES, 'broken')).sort();

/** A temporary project root holding the valid content overlaid with one broken case. */
export function materialize(brokenCase?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-fixture-'));
  cpSync(path.join(FIXTURES, 'valid', 'content'), path.join(root, 'content'), { recursive: true });
  if (brokenCase) cpSync(path.join(FIXTURES, 'broken', brokenCase, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}
