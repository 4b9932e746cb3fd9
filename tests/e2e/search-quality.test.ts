/**
 * Search quality on the real built index: realistic queries (abbreviations, code names, Greek
 * letters, identifiers, misspellings, phrases) and the page(s) a reader means. Pagefind's own JS
 * runs in Node against dist/ served locally, with the site's ranking settings.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEARCH_RANKING } from '../../src/lib/search-config.ts';
import { absentWords, type SearchWord } from '../../src/lib/search-honesty.ts';
import { ABSENT } from '../helpers/search-queries.ts';
import { DIST, serveDist } from '../helpers/site.ts';

/** [query, acceptable target pages (any of them counts)]. */
const CASES: [string, string[]][] = [
  // Receptor names, Greek letters, gene aliases
  ['sigma-1 receptor', ['/conditions/sigmar1/', '/reviews/sigma-1-receptor/']],
  ['sigma 1 receptor', ['/conditions/sigmar1/', '/reviews/sigma-1-receptor/']],
  ['σ1R', ['/conditions/sigmar1/', '/reviews/sigma-1-receptor/']],
  ['σ1 receptor', ['/conditions/sigmar1/', '/reviews/sigma-1-receptor/']],
  ['Sig1R', ['/conditions/sigmar1/', '/reviews/sigma-1-receptor/']],
  ['sigma1R', ['/conditions/sigmar1/']],
  ['SIGMAR1', ['/conditions/sigmar1/']],
  ['OPRS1', ['/conditions/sigmar1/']],
  ['Q99720', ['/conditions/sigmar1/']],
  // Compounds by name, code name, spelling variant, misspelling
  ['E-52862', ['/compounds/e-52862/']],
  ['E52862', ['/compounds/e-52862/']],
  ['S1RA', ['/compounds/e-52862/']],
  ['MR309', ['/compounds/e-52862/']],
  ['blarcamesine', ['/compounds/blarcamesine/']],
  ['ANAVEX2-73', ['/compounds/blarcamesine/']],
  ['SA4503', ['/compounds/cutamesine/']],
  ['cutamesine', ['/compounds/cutamesine/']],
  ['PRE-084', ['/compounds/pre-084/']],
  ['PRE084', ['/compounds/pre-084/']],
  ['pentazocin', ['/compounds/pentazocine/']],
  ['pridopidin', ['/compounds/pridopidine/']],
  ['FTC-146', ['/compounds/ftc-146/']],
  ['FTC146', ['/compounds/ftc-146/']],
  ['fenfluramine', ['/compounds/fenfluramine/']],
  ['haloperidol', ['/compounds/haloperidol/']],
  ['NE-100', ['/compounds/ne-100/']],
  ['BD-1047', ['/compounds/bd-1047/']],
  // Trials by registry id, acronym, phrase
  ['NCT04556656', ['/trials/pridopidine-proof-hd/']],
  ['PROOF-HD', ['/trials/pridopidine-proof-hd/']],
  ['HEALEY', ['/trials/pridopidine-healey-als/']],
  ['NCT03355209', ['/trials/fenfluramine-lennox-gastaut/']],
  ['2012-000399-41', ['/trials/e-52862-postherpetic-neuralgia/']],
  ['oxaliplatin trial', ['/trials/mr309-oxaliplatin-phase-2a/']],
  ['pridopidine ALS', ['/trials/pridopidine-healey-als/', '/trials/pridopidine-prevails-als/']],
  ['sigma-1 antagonist diabetic neuropathy trial', ['/trials/e-52862-pdn-phase-2/']],
  // Methods, conditions, glossary
  ['spared nerve injury', ['/methods/spared-nerve-injury/']],
  ['SNI model', ['/methods/spared-nerve-injury/']],
  ['von Frey', ['/methods/von-frey-test/']],
  ['up-down method', ['/methods/von-frey-test/', '/glossary/']],
  ['SOD1-G93A', ['/methods/sod1-g93a-mouse/']],
  ['chronic constriction injury', ['/methods/chronic-constriction-injury/']],
  ['Dravet', ['/conditions/dravet-syndrome/', '/trials/fenfluramine-dravet/']],
  ['Lennox-Gastaut', ['/conditions/lennox-gastaut-syndrome/', '/trials/fenfluramine-lennox-gastaut/']],
  ['D012640', ['/conditions/seizures/']],
  // The topic was split in two reviews (tests/budgets.ts): either answers it.
  ['neuropathic pain', ['/reviews/neuropathic-pain/', '/reviews/neuropathic-pain-evidence/', '/conditions/neuropathic-pain/']],
  ['ALS', ['/reviews/als-and-motoneuron-disease/', '/conditions/als/']],
  ['BiP', ['/glossary/', '/reviews/sigma-1-receptor/']],
  ['mitochondria-associated membrane', ['/glossary/', '/reviews/sigma-1-receptor/', '/reviews/cell-stress-and-organelles/']],
  // References by identifier
  ['10.1038/nature17391', ['/references/schmidt2016-nature/']],
  ['27042935', ['/references/schmidt2016-nature/']],
  ['PMC6261271', ['/references/schmidt2018-nsmb/']],
  ['crystal structure', ['/references/schmidt2016-nature/', '/reviews/sigma-1-receptor/']],
  // Reviews by topic
  ['PET imaging', ['/reviews/pet-imaging/', '/methods/pet-imaging-s1r/']],
  ['opioid analgesia', ['/reviews/opioid-analgesia/']],
  ['neuroinflammation microglia', ['/reviews/neuroinflammation/']],
  ['seizures', ['/reviews/seizures-and-epilepsy/', '/conditions/seizures/']],
  // Other names inside multi-word queries (expanded at index time, src/lib/search-index.ts)
  ['σ1R chaperone BiP', ['/reviews/sigma-1-receptor/']],
  ['Sig1R chaperone BiP', ['/reviews/sigma-1-receptor/']],
  ['S1R chaperone GRP78', ['/reviews/sigma-1-receptor/', '/glossary/']],
  ['S1RA neuropathic pain', ['/reviews/neuropathic-pain/', '/reviews/neuropathic-pain-evidence/', '/compounds/e-52862/']],
  ['MR309 neuropathic pain', ['/reviews/neuropathic-pain/', '/reviews/neuropathic-pain-evidence/', '/compounds/e-52862/', '/trials/mr309-oxaliplatin-phase-2a/']],
  ['E52862 oxaliplatin', ['/trials/mr309-oxaliplatin-phase-2a/']],
  ['ANAVEX2-73 Alzheimer', ['/compounds/blarcamesine/', '/trials/blarcamesine-alzheimers-phase-2a/', '/trials/blarcamesine-alzheimers-phase-2b-3/']],
  ['SA4503 stroke', ['/trials/cutamesine-stroke/', '/compounds/cutamesine/']],
  ['SIGMAR1 ALS', ['/reviews/sigmar1-genetics/', '/conditions/sigmar1/', '/reviews/als-and-motoneuron-disease/']],
  ['CIPN sigma-1 antagonist', ['/conditions/chemotherapy-induced-neuropathy/', '/trials/mr309-oxaliplatin-phase-2a/']],
  // References by author and year (citing pages carry "Author Year" of their sources)
  ['Schmidt 2016', ['/references/schmidt2016-nature/']],
  ['Schmidt 2016 crystal structure trimer', ['/references/schmidt2016-nature/', '/reviews/sigma-1-receptor/']],
  ['Hayashi Su 2007', ['/references/hayashi2007-cell/']],
  ['Urfer 2014 cutamesine', ['/references/urfer2014-stroke/']],
  // References and trials by identifier, and the about page
  ['10.1016/j.cell.2007.08.036', ['/references/hayashi2007-cell/']],
  ['PMID 25270629', ['/references/urfer2014-stroke/']],
  ['25270629', ['/references/urfer2014-stroke/']],
  ['NCT00639249', ['/trials/cutamesine-stroke/']],
  ['NCT03790709', ['/trials/blarcamesine-alzheimers-phase-2b-3/']],
  ['how to cite', ['/about/']],
];


type Pagefind = { options: (o: object) => Promise<void>; init: () => Promise<void>; search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
let site: Awaited<ReturnType<typeof serveDist>>;
let pagefind: Pagefind;
const ranks = new Map<string, number>();

beforeAll(async () => {
  site = await serveDist();
  pagefind = (await import(/* @vite-ignore */ `${DIST}/pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ basePath: `${site.url}/pagefind/`, ranking: SEARCH_RANKING });
  await pagefind.init();
});
afterAll(async () => {
  const n = CASES.length;
  const values = [...ranks.values()];
  const hit1 = values.filter((r) => r === 1).length / n;
  const hit3 = values.filter((r) => r > 0 && r <= 3).length / n;
  const mrr = values.reduce((s, r) => s + (r ? 1 / r : 0), 0) / n;
  console.log(`search quality over ${n} queries: hit@1 ${hit1.toFixed(2)}, hit@3 ${hit3.toFixed(2)}, MRR ${mrr.toFixed(2)}`);
  console.log(`not first: ${[...ranks].filter(([, r]) => r !== 1).map(([q, r]) => `${q} (${r})`).join('; ')}`);
  await site?.close();
});

async function rankOf(query: string, targets: string[]): Promise<{ rank: number; top: string[] }> {
  const { results } = await pagefind.search(query);
  const top = (await Promise.all(results.slice(0, 10).map((r) => r.data()))).map((d) => new URL(d.url, 'http://x').pathname);
  const rank = top.findIndex((u) => targets.includes(u)) + 1;
  return { rank, top };
}

test.each(CASES)('%s -> top 3', async (query, targets) => {
  const { rank, top } = await rankOf(query, targets);
  ranks.set(query, rank);
  expect(rank, `got ${top.slice(0, 3).join(' ')}`).toBeGreaterThan(0);
  expect(rank, `got ${top.slice(0, 3).join(' ')}`).toBeLessThanOrEqual(3);
});

test('overall: hit@3, hit@1 and MRR stay high', () => {
  const values = CASES.map(([q]) => ranks.get(q) ?? 0);
  const hit1 = values.filter((r) => r === 1).length / CASES.length;
  const hit3 = values.filter((r) => r > 0 && r <= 3).length / CASES.length;
  const mrr = values.reduce((s, r) => s + (r ? 1 / r : 0), 0) / CASES.length;
  expect(hit3).toBeGreaterThanOrEqual(0.95);
  expect(hit1).toBeGreaterThanOrEqual(0.8);
  expect(mrr).toBeGreaterThanOrEqual(0.88);
});

/** [other name in a query, the same query with the canonical name]: the first finds every page the second finds. */
const SAME_AS_CANONICAL: [string, string][] = [
  ['S1RA neuropathic pain', 'E-52862 neuropathic pain'],
  ['MR309 oxaliplatin', 'E-52862 oxaliplatin'],
  ['σ1R chaperone BiP', 'sigma-1 receptor chaperone BiP'],
  ['SA4503 stroke', 'cutamesine stroke'],
  ['ANAVEX2-73 Rett', 'blarcamesine Rett'],
];

test.each(SAME_AS_CANONICAL)('%s finds every page that %s finds', async (alias, canonical) => {
  const urls = async (q: string) => new Set((await Promise.all((await pagefind.search(q)).results.map((r) => r.data()))).map((d) => new URL(d.url, 'http://x').pathname));
  const [a, c] = [await urls(alias), await urls(canonical)];
  expect(c.size).toBeGreaterThan(0);
  expect([...c].filter((u) => !a.has(u))).toEqual([]);
});

describe('honest results', () => {
  const searchWord: SearchWord = (word) => pagefind.search(word) as unknown as ReturnType<SearchWord>;

  test.each(CASES)('%s: every word is found (no false "no results")', async (query) => {
    expect(await absentWords(query, searchWord)).toEqual([]);
  });

  test.each(ABSENT)('%s: Pagefind returns prefix matches, the honesty check finds the word absent', async (query) => {
    const absent = await absentWords(query, searchWord);
    expect(absent.length).toBeGreaterThan(0);
    expect(absent).not.toContain('sigma');
  });
});
