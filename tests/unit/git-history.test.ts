import { expect, test } from 'vitest';
import { parseGitLog, recentRevisions, revisionText, type Revision } from '../../src/lib/git-history.ts';

const hash = (n: number) => n.toString(16).padStart(40, '0');

test('parseGitLog: files to their revisions, newest first, skipping malformed records', () => {
  const log = [
    `\x1e${hash(3)}\x1f2026-11-03T10:00:00+00:00\x1fFixed the dose.\x1d Added a trial.\ncontent/reviews/a.mdx\n`,
    `\x1e${hash(2)}\x1f2026-11-02T10:00:00+00:00\x1fSecond edit\ncontent/reviews/a.mdx\ncontent/reviews/b.mdx\n`,
    `\x1e${hash(1)}\x1f2026-11-01T10:00:00+00:00\x1f\ncontent/reviews/a.mdx\n`,
    '\x1enot-a-hash\x1f2026\x1fbroken\ncontent/reviews/a.mdx\n',
  ].join('');
  const byFile = parseGitLog(log);
  // Two Reader-summary trailers join; a commit without one has no summary (never its subject).
  expect(byFile.get('content/reviews/a.mdx')?.map((r) => r.summary)).toEqual(['Fixed the dose. Added a trial.', 'Second edit', undefined]);
  expect(byFile.get('content/reviews/a.mdx')?.[2]).not.toHaveProperty('summary');
  expect(byFile.get('content/reviews/b.mdx')).toHaveLength(1);
  // Log order is kept (0 = newest): it orders commits made in the same second.
  expect(byFile.get('content/reviews/a.mdx')?.map((r) => r.order)).toEqual([0, 1, 2]);
});

test('recentRevisions: the newest three with their text, long summaries shortened, the rest counted', () => {
  const history: Revision[] = Array.from({ length: 8 }, (_, i) => ({ hash: hash(8 - i), date: `2026-11-0${8 - i}`, ...(i === 0 ? { summary: `Split the review ${'into two pages '.repeat(20)}` } : i === 1 ? { summary: 'Edit 7' } : {}) }));
  const { shown, older } = recentRevisions(history);
  expect(shown.map((r) => r.date)).toEqual(['2026-11-08', '2026-11-07', '2026-11-06']);
  expect(shown[0]!.text.length).toBeLessThanOrEqual(201);
  expect(shown[0]!.text).toMatch(/^Split the review into two pages .*\S…$/);
  expect(shown[1]!.text).toBe('Edit 7');
  expect(shown[2]!.text).toBe('Page revised (no summary of the change was recorded).');
  expect(older).toBe(5);
  expect(recentRevisions(history.slice(6)).shown.map((r) => r.text)).toEqual(['Page revised (no summary of the change was recorded).', 'Page added.']);
});

test('revisionText: a summary wins; without one, the first revision is the page being added', () => {
  expect(revisionText({ hash: hash(1), date: '2026-11-01', summary: 'Added Ki values.' }, true)).toBe('Added Ki values.');
  expect(revisionText({ hash: hash(1), date: '2026-11-01' }, true)).toBe('Page added.');
  expect(revisionText({ hash: hash(1), date: '2026-11-01' }, false)).toMatch(/^Page revised/);
});
