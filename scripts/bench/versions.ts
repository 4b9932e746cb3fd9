/**
 * node scripts/bench/versions.ts [--pages=100] [--rounds=10,40] [--keep]
 *
 * How version pages (/<page>/v/<revision>/) grow with history: a synthetic corpus (corpus.ts) is
 * committed to a throwaway git repository, then edited in rounds (each round one commit that
 * rewrites a sentence in a fifth of the reviews and compounds and adds a paragraph to a few). For
 * each history length it times src/lib/versions-store.ts, which the build runs: with a cold disk
 * cache, warm (nothing new), and after one more round (only the new revisions rendered), and sums
 * the HTML the version pages carry (text, bibliography and diff; the page template adds the same
 * few KB to each). Prints a table and writes bench/versions.json.
 *
 * Never touches the project: the repository lives under $TMPDIR/sigma1-atlas-bench.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readReferences } from '../../src/lib/content-files.ts';
import { GIT_LOG_FORMAT, parseGitLog } from '../../src/lib/git-history.ts';
import { buildVersionPages, type VersionedPage } from '../../src/lib/versions-store.ts';
import { generateCorpus, rng, writeCorpus } from './corpus.ts';
import { kb, msec, removeDir, ROOT, table, tempDir } from './util.ts';

const args = new Map(
  process.argv.slice(2).map((a): [string, string] => {
    const [k = '', v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const PAGES = Number(args.get('pages') ?? 100);
const ROUNDS = (args.get('rounds') ?? '10,40').split(',').map(Number).sort((a, b) => a - b);

const repo = tempDir('versions-');
const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@invalid' };
const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
let day = 0;
const commit = (message: string) => {
  day++;
  const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString();
  git('add', '-A');
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: repo, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
};

git('init', '-q');
const corpus = generateCorpus(PAGES);
writeCorpus(path.join(repo, 'content'), corpus.files);
commit('bench: corpus');
const edited = corpus.files.filter((f) => /^(reviews|compounds)\//.test(f.path));
const random = rng(7);

function editRound(round: number): void {
  for (const f of edited) {
    if (random() > 0.2) continue;
    const file = path.join(repo, 'content', f.path);
    let text = readFileSync(file, 'utf8');
    // Rewrite one sentence of the body, as an editor correcting a value would.
    const sentences = [...text.matchAll(/[A-Z][^.\n]{40,200}\./g)].filter((m) => m.index! > text.indexOf('\n---', 4));
    const s = sentences[Math.floor(random() * sentences.length)];
    if (s) text = text.slice(0, s.index) + s[0].replace(/\b(\w{5,})\b/, `$1 (revised in round ${round})`) + text.slice(s.index! + s[0].length);
    if (random() < 0.2) text += `\nA paragraph added in round ${round}, saying what a later study found about the same model.\n`;
    writeFileSync(file, text);
  }
  commit(`bench: round ${round}\n\nReader-summary: Round ${round} of synthetic edits.`);
}

function pagesOf(): VersionedPage[] {
  const log = git('log', `--format=${GIT_LOG_FORMAT}`, '--raw', '--no-abbrev', '--no-renames', '--', 'content');
  const byFile = parseGitLog(log);
  return corpus.files.map((f) => {
    const [section = '', name = ''] = f.path.split('/');
    const id = name.replace(/\.(mdx|yaml)$/, '');
    return { path: `/${section}/${id}/`, section, id, title: id, kind: section, format: name.endsWith('.yaml') ? 'yaml' : 'mdx', history: byFile.get(`content/${f.path}`) ?? [] };
  });
}

const dirBytes = (dir: string) => readdirSync(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);

interface Row {
  rounds: number;
  versions: number;
  coldMs: number;
  warmMs: number;
  /** One more round on a warm cache: only its revisions are rendered. */
  nextMs: number;
  nextRendered: number;
  htmlBytes: number;
  cacheBytes: number;
}
const rows: Row[] = [];
let done = 0;
for (const rounds of ROUNDS) {
  while (done < rounds) editRound(++done);
  const refs = readReferences(repo);
  const cache = path.join(repo, `cache-${rounds}`);
  const cold = buildVersionPages(repo, pagesOf(), refs, cache);
  const warm = buildVersionPages(repo, pagesOf(), refs, cache);
  const htmlBytes = cold.pages.reduce((s, p) => s + p.rendered.html.length + p.rendered.bibliography.length + (p.diff?.length ?? 0), 0);
  const cacheBytes = dirBytes(cache);
  editRound(++done);
  const next = buildVersionPages(repo, pagesOf(), readReferences(repo), cache);
  rows.push({ rounds, versions: cold.stats.versions, coldMs: cold.stats.ms, warmMs: warm.stats.ms, nextMs: next.stats.ms, nextRendered: next.stats.rendered, htmlBytes, cacheBytes });
}

console.log(`Version pages of a ${PAGES}-page synthetic corpus (${edited.length} pages edited, a fifth of them per round)\n`);
console.log(
  table([
    ['rounds', 'versions', 'cold', 'warm', '+1 round', 'rendered', 'per version (cold)', 'HTML of versions', 'cache'],
    ...rows.map((r) => [r.rounds, r.versions, msec(r.coldMs), msec(r.warmMs), msec(r.nextMs), r.nextRendered, msec(r.coldMs / r.versions), kb(r.htmlBytes), kb(r.cacheBytes)]),
  ]),
);
writeFileSync(path.join(ROOT, 'bench', 'versions.json'), JSON.stringify({ date: new Date().toISOString().slice(0, 10), pages: PAGES, rows }, null, 2) + '\n');
if (!args.has('keep')) removeDir(repo);
