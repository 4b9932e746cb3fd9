import { describe, expect, test } from 'vitest';
import { changeHeadline, changeSets, feedItems, groupByDay, groupByKind, type ContentPage } from '../../src/lib/changes.ts';
import type { Revision } from '../../src/lib/git-history.ts';

const rev = (hash: string, date: string, summary?: string): Revision => ({ hash: hash.padEnd(40, '0'), date, ...(summary ? { summary } : {}) });
const A = rev('a', '2026-11-20T10:00:00+00:00');
const B = rev('b', '2026-11-22T09:00:00+00:00', 'Fix a dose');
const C = rev('c', '2026-11-22T15:30:00+01:00', 'Add a compound');

function page(path: string, kind: string, history: Revision[], modified = '2026-11-01'): ContentPage {
  return { path, title: path.split('/')[2]!, kind, description: `About ${path}`, stamp: { modified: history[0]?.date.slice(0, 10) ?? modified, created: modified, history, built: '2026-11-23' } };
}

const pages = [
  page('/reviews/pain/', 'Review', [B, A]),
  page('/reviews/als/', 'Review', [A]),
  page('/compounds/x/', 'Compound', [C]),
  page('/compounds/y/', 'Compound', [B, A]),
  page('/references/z/', 'Reference', [], '2026-11-21'),
];

describe('feedItems', () => {
  test('every page once, newest change first, ties in section order', () => {
    expect(feedItems(pages).map((i) => i.path)).toEqual(['/compounds/x/', '/reviews/pain/', '/compounds/y/', '/references/z/', '/reviews/als/']);
  });

  test('new vs updated, with the last change\'s reader summary; no history falls back to the modified day', () => {
    const items = new Map(feedItems(pages).map((i) => [i.path, i]));
    expect(items.get('/compounds/x/')).toMatchObject({ isNew: true, summary: 'Add a compound', date: C.date });
    expect(items.get('/reviews/pain/')).toMatchObject({ isNew: false, summary: 'Fix a dose' });
    expect(items.get('/reviews/als/')).not.toHaveProperty('summary');
    expect(items.get('/references/z/')).toMatchObject({ isNew: true, date: '2026-11-21T00:00:00Z' });
    expect(items.get('/references/z/')).not.toHaveProperty('summary');
  });
});

describe('changeSets', () => {
  const sets = changeSets(pages);

  test('one set per commit, newest first, with the pages it touched and which it added', () => {
    expect(sets.map((s) => [changeHeadline(s), s.pages.map((p) => `${p.path}${p.isNew ? ' (new)' : ''}`)])).toEqual([
      ['Add a compound', ['/compounds/x/ (new)']],
      ['Fix a dose', ['/reviews/pain/', '/compounds/y/']],
      ['3 pages added.', ['/reviews/pain/ (new)', '/reviews/als/ (new)', '/compounds/y/ (new)']],
    ]);
  });

  test('commits made in the same second keep their log order, in /changes/ and in the feed', () => {
    const second = '2026-12-01T10:00:00+00:00';
    // Hashes sort the other way round from the log: the log order must win.
    const older = { ...rev('f1', second, 'Older'), order: 1 };
    const newer = { ...rev('a1', second, 'Newer'), order: 0 };
    const same = [page('/reviews/r/', 'Review', [older]), page('/compounds/c/', 'Compound', [newer])];
    expect(changeSets(same).map((s) => s.summary)).toEqual(['Newer', 'Older']);
    expect(feedItems(same).map((i) => i.path)).toEqual(['/compounds/c/', '/reviews/r/']);
  });

  test('limit keeps the newest', () => {
    expect(changeSets(pages, 1).map((s) => s.summary)).toEqual(['Add a compound']);
  });

  test('a change without a reader summary is headed by what it did, never by developer text', () => {
    const pagesOf = (added: number, revised: number) => [
      ...Array.from({ length: added }, (_, i) => ({ path: `/a${i}/`, title: 'a', kind: 'Review', isNew: true })),
      ...Array.from({ length: revised }, (_, i) => ({ path: `/r${i}/`, title: 'r', kind: 'Review', isNew: false })),
    ];
    const set = (added: number, revised: number) => ({ hash: 'f'.repeat(40), date: '2026-11-01', pages: pagesOf(added, revised) });
    expect(changeHeadline(set(2, 5))).toBe('2 pages added, 5 revised.');
    expect(changeHeadline(set(0, 1))).toBe('1 page revised.');
    expect(changeHeadline(set(1, 0))).toBe('1 page added.');
  });

  test('grouped by day (as committed) and by kind', () => {
    expect(groupByDay(sets).map(([day, s]) => [day, s.length])).toEqual([
      ['2026-11-22', 2],
      ['2026-11-20', 1],
    ]);
    expect(groupByKind(sets[2]!.pages).map(([kind, p]) => [kind, p.length])).toEqual([
      ['Review', 2],
      ['Compound', 1],
    ]);
  });

  test('no history, no sets', () => {
    expect(changeSets([page('/references/z/', 'Reference', [])])).toEqual([]);
  });
});
