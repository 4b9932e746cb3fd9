/**
 * Releases of the whole atlas: the check of content/releases.yaml (with a stand-in for git, so each
 * kind of copy can be tested), the counts read from a commit's content (with this repository's own
 * history: content at a commit never changes, so the numbers are pinned), and the citation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** Reading a commit's tree and loading citation-js take a second or two each; more on a busy machine. */
const SLOW = 30_000;
import { readContent } from '../../src/lib/content-files.ts';
import { checkReleases, compareVersions, countContent, gitHistory, releaseCounts, releaseLine, type ReleaseHistory } from '../../src/lib/releases.ts';
import { checkContent } from '../../src/lib/integrity.ts';
import { citeRelease } from '../../src/lib/release-citation.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { toYaml } from '../../src/lib/yaml.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The release commit of 2026.1 and the commit that added 15 compounds, with its parent. */
const RELEASED = '29bfb8d0556fdad33567d2110642cfb1dce0c527';
const ADDED_15 = '170bfd4a48cf70592d318c46568134709a7a7bef';
const BEFORE_15 = 'debe56617012a1f104657d3e0b075598f51c13f6';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

/** A history in which C follows B follows A, dated 1, 2 and 3 December 2026; X is on another branch. */
function fakeHistory(kind: ReleaseHistory['kind'] = 'full'): ReleaseHistory {
  const order = [A, B, C];
  const dates: Record<string, string> = { [A]: '2026-12-01', [B]: '2026-12-02', [C]: '2026-12-03', ['f'.repeat(40)]: '2026-12-02' };
  return {
    kind,
    commitDate: (c) => (kind === 'none' ? undefined : dates[c]),
    isAncestor: (a, d) => {
      const ia = order.indexOf(a);
      const id = d === 'HEAD' ? order.length - 1 : order.indexOf(d);
      return ia >= 0 && id >= 0 && ia <= id;
    },
  };
}

const release = (version: string, date: string, commit: string) => ({ version, date, commit, notes: ['What this release added, for readers.'] });
const check = (list: unknown[], history = fakeHistory()) => {
  const yaml = toYaml(list);
  return formatProblems(checkReleases({ file: 'content/releases.yaml', data: parseYaml(yaml), yaml }, history).problems);
};

describe('the check of content/releases.yaml', () => {
  test('releases newest first, each commit in the history of the next: no problems', () => {
    expect(check([release('2026.3', '2026-12-03', C), release('2026.2', '2026-12-02', B), release('2026.1', '2026-12-01', A)])).toBe('');
    expect(checkReleases({ file: 'x', data: [release('2026.1', '2026-12-05', A)] }, fakeHistory()).releases.map((r) => r.version)).toEqual(['2026.1']);
  });

  test('versions out of order, repeated, or of another year than their date', () => {
    expect(check([release('2026.1', '2026-12-01', A), release('2026.2', '2026-12-02', B)])).toBe(
      [
        'content/releases.yaml:6',
        '  [release-is-ordered] [1].version: "2026.2" is listed after "2026.1" but is not older. List releases newest first, each with a higher version than the one below it.',
        '1 content problem (1 release-is-ordered).',
      ].join('\n'),
    );
    expect(check([release('2026.2', '2026-12-02', B), release('2026.2', '2026-12-01', A)])).toContain('[1].version: "2026.2" is also the version of the release above it. Give each release its own version (the next is "2026.<number + 1>").');
    expect(check([release('2025.1', '2026-12-01', A)])).toContain('[0].version: "2025.1" is dated 2026-12-01. A version starts with its release\'s year: "2026.<number>".');
    // Numbers compare as numbers: 2026.10 is newer than 2026.9.
    expect(check([release('2026.10', '2026-12-02', B), release('2026.9', '2026-12-01', A)])).toBe('');
    expect(check([release('2026.2', '2026-12-01', B), release('2026.1', '2026-12-02', A)])).toContain('[1].date: release 2026.1 (2026-12-02) is dated after the newer release 2026.2 (2026-12-01).');
  });

  test('a commit not in the branch, a date before its commit, a commit before the older release\'s', () => {
    expect(check([release('2026.1', '2026-12-02', 'f'.repeat(40))])).toContain(`[0].commit (release 2026.1): commit ${'f'.repeat(40)} is not in the history of this branch. Use the full id of a commit on this branch`);
    expect(check([release('2026.1', '2026-12-01', 'e'.repeat(40))])).toContain(`no commit ${'e'.repeat(40)} in this copy.`);
    expect(check([release('2026.1', '2026-11-30', A)])).toContain('[0].date: release 2026.1 is dated 2026-11-30, before its commit (2026-12-01). Date it 2026-12-01 or later.');
    expect(check([release('2026.2', '2026-12-03', A), release('2026.1', '2026-12-03', B)])).toContain("[1].commit: release 2026.1's commit is not in the history of the newer release 2026.2's commit.");
  });

  test('without the commit, the message says how to get the history: shallow clone, or no git at all', () => {
    const list = [release('2026.1', '2026-12-02', 'e'.repeat(40))];
    expect(check(list, fakeHistory('shallow'))).toContain('This clone is shallow and does not reach it, and a release\'s counts are read from the content at its commit. Fetch the whole history (git fetch --unshallow; in CI, check out with fetch-depth: 0) and run again.');
    expect(check([release('2026.1', '2026-12-02', A)], fakeHistory('none'))).toContain('This copy has no git history (an exported copy?), and a release\'s counts are read from the content at its commit. Build from a git clone of the repository.');
  });

  test('schema problems name the release and the field, on its line', () => {
    expect(check([{ version: '2026-1', date: '2 December', commit: '29bfb8d', notes: [] }])).toBe(
      [
        'content/releases.yaml:1',
        '  [entry-matches-schema] [0].version: must be "<year>.<number>", e.g. "2026.1".',
        'content/releases.yaml:2',
        '  [entry-matches-schema] [0].date: must be a date written as YYYY-MM-DD.',
        'content/releases.yaml:3',
        '  [entry-matches-schema] [0].commit: must be the full commit id, 40 lowercase hex digits (git rev-parse <short id> prints it).',
        'content/releases.yaml:4',
        '  [entry-matches-schema] [0].notes: Too small: expected array to have >=1 items.',
        '4 content problems (4 entry-matches-schema).',
      ].join('\n'),
    );
  });

  test('the content check runs it on content/releases.yaml, and release notes speak to readers', () => {
    const raw = readContent(ROOT);
    const yaml = toYaml([{ ...release('2026.1', '2026-12-02', RELEASED), notes: ['The structure paper (schmidt2016-nature) is now cited on the receptor page.'] }]);
    const problems = checkContent({ ...raw, releases: { file: 'content/releases.yaml', data: parseYaml(yaml), yaml } }).problems.filter((p) => p.file === 'content/releases.yaml');
    expect(problems).toEqual([{ file: 'content/releases.yaml', line: 4, rule: 'prose-speaks-to-readers', message: '[0].notes[0]: "schmidt2016-nature" is a citation key shown as text. Cite it as [@schmidt2016-nature], or name the work in words.' }]);
  }, SLOW);

  test('releaseLine finds a field inside the i-th release, not the first one with that name', () => {
    const yaml = '# comment\n- version: "2"\n  commit: x\n- version: "1"\n  date: 2026-12-01\n  commit: y\n';
    expect(releaseLine(yaml, [1, 'commit'])).toBe(6);
    expect(releaseLine(yaml, [0, 'commit'])).toBe(3);
    expect(releaseLine(yaml, [1, 'notes'])).toBe(4);
    expect(releaseLine(yaml, [2, 'commit'])).toBeUndefined();
  });

  test('compareVersions orders by year, then by number', () => {
    expect(['2026.10', '2025.3', '2026.2', '2026.9'].sort(compareVersions)).toEqual(['2025.3', '2026.2', '2026.9', '2026.10']);
  });
});

describe('what a release holds, counted from its commit', () => {
  test('countContent: entries and unparsed files per collection; affinity values without vendor-only claims', () => {
    const entry = (collection: string, data: unknown) => ({ collection, id: 'x', file: 'f', data, yaml: '', yamlLine: 1, body: '', bodyLine: 0 }) as never;
    const counts = countContent({
      entries: [
        entry('compounds', { affinities: [{ source: 'primary' }, { source: 'secondary' }, { source: 'vendor' }] }),
        entry('compounds', { affinities: [{ source: 'vendor' }] }),
        entry('compounds', {}),
        entry('trials', {}),
      ],
      unparsed: [{ collection: 'trials', id: 'broken' }],
    });
    expect(counts).toEqual({ reviews: 0, compounds: 3, compoundsWithAffinities: 1, affinities: 2, trials: 2, regulatory: 0, references: 0, conditions: 0, methods: 0, findings: 0 });
  });

  test('release 2026.1: the content of its commit', () => {
    expect(releaseCounts(ROOT, RELEASED)).toEqual({ reviews: 19, compounds: 62, compoundsWithAffinities: 23, affinities: 47, trials: 49, regulatory: 18, references: 380, conditions: 31, methods: 11, findings: 14 });
  }, SLOW);

  test('counts follow the commit: the change that added 15 compounds counts 15 more than its parent', () => {
    const [after, before] = [releaseCounts(ROOT, ADDED_15), releaseCounts(ROOT, BEFORE_15)];
    expect(after.compounds - before.compounds).toBe(15);
    expect([before.compounds, after.compounds]).toEqual([47, 62]);
  }, SLOW);

  test('a commit is read without touching the repository\'s index or work tree', () => {
    const status = () => execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
    const before = status();
    releaseCounts(ROOT, BEFORE_15);
    expect(status()).toBe(before);
  }, SLOW);

  test('counting from the working tree and from a commit use the same reader', () => {
    const head = execFileSync('git', ['log', '-1', '--format=%H', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const clean = execFileSync('git', ['status', '--porcelain', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }) === '';
    if (clean) expect(releaseCounts(ROOT, head)).toEqual(countContent(readContent(ROOT)));
    else expect(releaseCounts(ROOT, head)).not.toEqual({});
  }, SLOW);

  test('gitHistory: this repository has history; a folder outside any repository has none', () => {
    expect(['full', 'shallow']).toContain(gitHistory(ROOT).kind);
    expect(gitHistory(ROOT).commitDate(RELEASED)).toBe('2026-12-02');
    expect(gitHistory(ROOT).isAncestor(BEFORE_15, ADDED_15)).toBe(true);
    expect(gitHistory(ROOT).isAncestor(ADDED_15, BEFORE_15)).toBe(false);
    const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-nogit-'));
    try {
      const none = gitHistory(tmp);
      expect(none.kind).toBe('none');
      expect(none.commitDate(RELEASED)).toBeUndefined();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, SLOW);
});

test('a release is cited as a versioned dataset at its permanent address', () => {
  const c = citeRelease({ version: '2026.1', date: '2026-12-02', url: 'https://sigma1-atlas.org/releases/2026.1/', siteName: 'Sigma-1 Atlas', publisher: 'Sigma-1 Atlas contributors' });
  expect(c.apa).toBe('Sigma-1 Atlas contributors. (2026). Sigma-1 Atlas (Version 2026.1) [Dataset]. https://sigma1-atlas.org/releases/2026.1/');
  expect(c.vancouver).toBe('Sigma-1 Atlas contributors. Sigma-1 Atlas, release 2026.1 [Internet]. Sigma-1 Atlas; 2026. Available from: https://sigma1-atlas.org/releases/2026.1/');
  expect(c.bibtex).toContain('title = {Sigma-1 {Atlas}, release 2026.1},');
  expect(c.bibtex).toMatch(/^@misc\{sigma1atlas-release-2026\.1,/);
  expect(c.ris.split('\n').filter((l) => /^(TY|ET|DA|UR)  -/.test(l))).toEqual(['TY  - DATA', 'DA  - 2026/12/02/', 'ET  - 2026.1', 'UR  - https://sigma1-atlas.org/releases/2026.1/']);
}, SLOW);
