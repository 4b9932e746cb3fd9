import { expect, test } from 'vitest';
import { lastContentChange, parseGitLog, recentRevisions, type Revision } from '../../src/lib/git-history.ts';

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

test('recentRevisions: the newest three, the one that added the page marked, the rest counted', () => {
  const history: Revision[] = Array.from({ length: 8 }, (_, i) => ({ hash: hash(8 - i), date: `2026-11-0${8 - i}`, ...(i === 0 ? { summary: 'A whole change, told for readers of /changes/' } : {}) }));
  const { shown, older } = recentRevisions(history);
  expect(shown.map((r) => r.date)).toEqual(['2026-11-08', '2026-11-07', '2026-11-06']);
  expect(shown.map((r) => r.isFirst)).toEqual([false, false, false]);
  expect(older).toBe(5);
  expect(recentRevisions(history.slice(6))).toEqual({ shown: [{ ...history[6]!, isFirst: false }, { ...history[7]!, isFirst: true }], older: 0 });
});

test('lastContentChange: the newest change under the given content paths, or anywhere in content/', () => {
  const rev = (date: string): Revision[] => [{ hash: 'a'.repeat(40), date }];
  const history = new Map([
    ['content/compounds/pre-084.mdx', rev('2026-11-30T10:00:00+00:00')],
    ['content/compounds-old/x.mdx', rev('2026-12-03T10:00:00+00:00')],
    ['content/reviews/a.mdx', rev('2026-12-01T10:00:00+00:00')],
    ['content/glossary.yaml', rev('2026-12-02T10:00:00+00:00')],
  ]);
  // "compounds/" is a folder: "compounds-old/" is not under it.
  expect(lastContentChange(history, ['compounds/'])).toBe('2026-11-30');
  expect(lastContentChange(history, ['compounds/', 'glossary.yaml'])).toBe('2026-12-02');
  expect(lastContentChange(history)).toBe('2026-12-03');
  expect(lastContentChange(history, ['methods/'])).toBeUndefined();
});
