import { expect, test } from 'vitest';
import { parseGitLog, recentRevisions, type Revision } from '../../src/lib/git-history.ts';

const hash = (n: number) => n.toString(16).padStart(40, '0');

test('parseGitLog: files to their revisions, newest first, skipping malformed records', () => {
  const log = [
    `\x1e${hash(2)}\x1f2026-11-02T10:00:00+00:00\x1fSecond edit\ncontent/reviews/a.mdx\ncontent/reviews/b.mdx\n`,
    `\x1e${hash(1)}\x1f2026-11-01T10:00:00+00:00\x1fFirst edit\ncontent/reviews/a.mdx\n`,
    '\x1enot-a-hash\x1f2026\x1fbroken\ncontent/reviews/a.mdx\n',
  ].join('');
  const byFile = parseGitLog(log);
  expect(byFile.get('content/reviews/a.mdx')?.map((r) => r.subject)).toEqual(['Second edit', 'First edit']);
  expect(byFile.get('content/reviews/b.mdx')).toHaveLength(1);
});

test('recentRevisions: the newest three, long subjects shortened, the rest counted', () => {
  const history: Revision[] = Array.from({ length: 8 }, (_, i) => ({ hash: hash(8 - i), date: `2026-11-0${8 - i}`, subject: i === 0 ? `Split the review ${'into two pages '.repeat(10)}` : `Edit ${8 - i}` }));
  const { shown, older } = recentRevisions(history);
  expect(shown.map((r) => r.date)).toEqual(['2026-11-08', '2026-11-07', '2026-11-06']);
  expect(shown[0]!.subject.length).toBeLessThanOrEqual(81);
  expect(shown[0]!.subject).toMatch(/^Split the review into two pages .*\S…$/);
  expect(shown[1]!.subject).toBe('Edit 7');
  expect(older).toBe(5);
  expect(recentRevisions(history.slice(1, 3))).toEqual({ shown: history.slice(1, 3), older: 0 });
});
