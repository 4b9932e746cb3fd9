import { describe, expect, test } from 'vitest';
import { changeSets, feedItems, groupByDay, groupByKind, type ContentPage } from '../../src/lib/changes.ts';
import type { Revision } from '../../src/lib/git-history.ts';

const rev = (hash: string, date: string, subject: string): Revision => ({ hash: hash.padEnd(40, '0'), date, subject });
const A = rev('a', '2026-11-20T10:00:00+00:00', 'Add reviews');
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

  test('new vs updated, with the last commit subject; no history falls back to the modified day', () => {
    const items = new Map(feedItems(pages).map((i) => [i.path, i]));
    expect(items.get('/compounds/x/')).toMatchObject({ isNew: true, subject: 'Add a compound', date: C.date });
    expect(items.get('/reviews/pain/')).toMatchObject({ isNew: false, subject: 'Fix a dose' });
    expect(items.get('/references/z/')).toMatchObject({ isNew: true, date: '2026-11-21T00:00:00Z' });
    expect(items.get('/references/z/')).not.toHaveProperty('subject');
  });
});

describe('changeSets', () => {
  const sets = changeSets(pages);

  test('one set per commit, newest first, with the pages it touched and which it added', () => {
    expect(sets.map((s) => [s.subject, s.pages.map((p) => `${p.path}${p.isNew ? ' (new)' : ''}`)])).toEqual([
      ['Add a compound', ['/compounds/x/ (new)']],
      ['Fix a dose', ['/reviews/pain/', '/compounds/y/']],
      ['Add reviews', ['/reviews/pain/ (new)', '/reviews/als/ (new)', '/compounds/y/ (new)']],
    ]);
  });

  test('limit keeps the newest', () => {
    expect(changeSets(pages, 1).map((s) => s.subject)).toEqual(['Add a compound']);
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
