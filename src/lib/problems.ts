/**
 * Content problems: what the integrity check and the importers report. Each has a rule id that
 * says what should be true (kebab-case, as in mystmd), a place, and a message with the fix.
 */
import type { z } from 'astro/zod';

export interface Problem {
  /** Path relative to the project root, e.g. "content/trials/proof-hd.mdx". */
  file: string;
  line?: number;
  column?: number;
  rule: string;
  message: string;
}

/** 1-based line and column of a string offset, for pointing a problem at its place in a file. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** zod issues as "field.path: message" lines. */
export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(entry)';
    return `${path}: ${issue.message}`;
  });
}

/** Group problems by file, then a summary line counting them by rule. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    let last = '';
    for (const p of [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))) {
      const where = p.line ? `${file}:${p.line}${p.column ? `:${p.column}` : ''}` : file;
      if (where !== last) lines.push(where);
      last = where;
      lines.push(`  [${p.rule}] ${p.message}`);
    }
  }
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
  const summary = [...counts].map(([rule, n]) => `${n} ${rule}`).join(', ');
  lines.push(`${problems.length} content problem${problems.length === 1 ? '' : 's'} (${summary}).`);
  return lines.join('\n');
}
