/**
 * Synthetic corpus for the benchmark: review-like MDX pages, compounds and a bibliography, valid
 * against src/schemas and the integrity check, at any size. Pure: a size and a seed in, a list of
 * files (path relative to content/, text) out; the same inputs always give the same files.
 *
 * Everything is obviously synthetic: slugs and keys start with "synthetic-", references carry no
 * PMID, DOI or URL, `confidence: unverified` and a reliability note saying what they are.
 *
 * Shape of a corpus of N pages (N = reviews + compounds + references, each one page of the site):
 *   60% reviews   ~1,500 words each: 6 `##` sections (some with `###`), paragraphs with Pandoc
 *                 citations ([@a], [@a; @b], [@a, p. 12], narrative @a), one GFM table with
 *                 citations in cells, a bullet list, cross-links to other reviews and compounds;
 *   10% compounds frontmatter data (affinities with sources) and a short cited body;
 *   30% references CSL-JSON items, each cited by several pages (a few "core" references by many).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';

export interface CorpusPlan {
  size: number;
  reviews: number;
  compounds: number;
  references: number;
}

export interface CorpusFile {
  /** Path relative to the content folder, e.g. "reviews/synthetic-review-0001.mdx". */
  path: string;
  text: string;
}

export interface Corpus {
  plan: CorpusPlan;
  files: CorpusFile[];
}

/** How a size splits into page types. Every type has at least one page; the parts add up to `size`. */
export function planCorpus(size: number): CorpusPlan {
  if (!Number.isInteger(size) || size < 10) throw new Error(`corpus size must be an integer >= 10, got ${size}`);
  const compounds = Math.max(1, Math.round(size * 0.1));
  const references = Math.max(3, Math.round(size * 0.3));
  return { size, reviews: size - compounds - references, compounds, references };
}

const pad = (n: number) => String(n).padStart(4, '0');
export const reviewSlug = (i: number) => `synthetic-review-${pad(i)}`;
export const compoundSlug = (i: number) => `synthetic-compound-${pad(i)}`;
export const referenceKey = (i: number) => `synthetic-ref-${pad(i)}`;
const compoundName = (i: number) => `SX-${pad(i)}`;

/** mulberry32: a small seeded PRNG, so a corpus is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
/** Fisher-Yates with the seeded generator (a random sort comparator is not reproducible). */
function shuffle<T>(r: Rand, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-case the first letter unless the word is an abbreviation (S1R, PET, ...). */
const uncap = (s: string) => (/^[A-Z][a-z ]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

// Vocabulary: domain-flavoured words so that search, excerpts and word counts look like the real
// reviews. No "@", "{", "<" or "|" (MDX and citation syntax), no double quotes (YAML strings).
const SUBJECTS = [
  'sigma-1 receptor antagonism', 'the chaperone activity of S1R', 'ligand binding at the mitochondria-associated membrane',
  'S1R knockout', 'repeated dosing with a selective antagonist', 'the agonist response', 'S1R expression in dorsal root ganglia',
  'spinal S1R signalling', 'the interaction between S1R and BiP', 'receptor occupancy measured by PET',
  'the NMDA receptor coupling of S1R', 'astrocyte activation', 'microglial S1R', 'calcium release from the endoplasmic reticulum',
  'the opioid-potentiating effect', 'systemic administration', 'intrathecal delivery', 'peripheral S1R blockade',
];
const VERBS = [
  'reduced', 'increased', 'did not change', 'attenuated', 'prevented', 'reversed', 'was associated with', 'enhanced',
  'was required for', 'partly blocked', 'delayed', 'normalised',
];
const OBJECTS = [
  'mechanical allodynia in the spared nerve injury model', 'cold hypersensitivity after oxaliplatin', 'heat hyperalgesia',
  'phosphorylation of the NR2B subunit', 'p38 MAPK activation in the dorsal horn', 'motoneuron loss in SOD1-G93A mice',
  'seizure threshold in the pentylenetetrazole test', 'TNF-alpha and IL-1 beta levels', 'morphine antinociception',
  'ER stress markers', 'the duration of the response', 'locomotor activity', 'neurite outgrowth in culture',
  'the expression of Cav2.2', 'ERK1/2 phosphorylation', 'survival of cultured neurons', 'binding of the radioligand',
];
const QUALIFIERS = [
  'in male mice', 'in female rats', 'in both sexes', 'after a single dose', 'over seven days of treatment',
  'in a dose-dependent manner', 'at the highest dose only', 'compared with vehicle', 'in two independent cohorts',
  'in cultured cells', 'in a small pilot study', 'without sedation or motor impairment',
];
const CONNECTIVES = ['In contrast', 'Similarly', 'However', 'In a later study', 'Consistent with this', 'By comparison', 'Notably', 'In the same model'];
const CAVEATS = [
  'The sample sizes were small and the effect was not replicated.', 'Blinding and randomisation were not reported.',
  'The dose range tested was narrow.', 'Only one sex was studied.', 'The selectivity of the tool compound at these doses is uncertain.',
  'Pharmacokinetic data were not given.', 'These results come from a single laboratory.',
];
const TOPICS = [
  'neuropathic pain', 'chemotherapy-induced neuropathy', 'opioid analgesia', 'neuroinflammation', 'seizures', 'motoneuron disease',
  'receptor structure', 'PET imaging', 'spinal cord injury', 'diabetic neuropathy', 'ER stress', 'calcium signalling',
];
const SECTION_TITLES = [
  'Background', 'Mechanisms', 'Animal evidence', 'Human evidence', 'Pharmacology of the tool compounds', 'Open questions',
  'Methods and models', 'Safety and tolerability', 'Imaging studies', 'Genetic evidence', 'Where the evidence is weak', 'Summary of findings',
];
const SUBSECTION_TITLES = ['Peripheral sites', 'Central sites', 'Acute dosing', 'Repeated dosing', 'Knockout studies', 'Cell studies'];
const MODELS = ['SNI', 'CCI', 'STZ', 'oxaliplatin', 'paclitaxel', 'SOD1-G93A', 'PTZ', 'formalin', 'carrageenan'];
const EFFECTS = ['reduced', 'no effect', 'reversed', 'partly reduced', 'mixed'];
const FAMILIES = ['Synthia', 'Benchley', 'Fixture', 'Mockridge', 'Sample', 'Placeholder', 'Dummett', 'Testa', 'Stubbs', 'Proxi'];
const GIVEN = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.'];

/** A reference key for one citation: mostly spread over the bibliography, sometimes a "core" item. */
function citedKey(r: Rand, plan: CorpusPlan): string {
  const core = Math.max(1, Math.round(plan.references * 0.05));
  return referenceKey(r() < 0.2 ? int(r, 1, core) : int(r, 1, plan.references));
}

function cluster(r: Rand, plan: CorpusPlan): string {
  const n = r() < 0.6 ? 1 : r() < 0.8 ? 2 : 3;
  const keys = [...new Set(Array.from({ length: n }, () => citedKey(r, plan)))];
  const items = keys.map((k, i) => (i === 0 && r() < 0.15 ? `@${k}, p. ${int(r, 2, 400)}` : `@${k}`));
  return `[${r() < 0.05 ? 'see ' : ''}${items.join('; ')}]`;
}

function sentence(r: Rand): string {
  return `${cap(pick(r, SUBJECTS))} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, QUALIFIERS)}`;
}

/** A link to another page of the corpus, as authors write them. */
function crossLink(r: Rand, plan: CorpusPlan, self: number): string {
  if (r() < 0.5 && plan.reviews > 1) {
    let other = int(r, 1, plan.reviews);
    if (other === self) other = (other % plan.reviews) + 1;
    return `the [synthetic review ${other}](/reviews/${reviewSlug(other)}/)`;
  }
  const c = int(r, 1, plan.compounds);
  return `[${compoundName(c)}](/compounds/${compoundSlug(c)}/)`;
}

function paragraph(r: Rand, plan: CorpusPlan, self: number): string {
  const parts: string[] = [];
  const n = int(r, 4, 6);
  for (let i = 0; i < n; i++) {
    let s = sentence(r);
    if (i > 0 && r() < 0.4) s = `${pick(r, CONNECTIVES)}, ${uncap(s)}`;
    if (r() < 0.15) s += `, as discussed for ${crossLink(r, plan, self)}`;
    if (r() < 0.1) s = s.replace(/ (reduced|increased|attenuated) /, ' **$1** ');
    parts.push(r() < 0.55 ? `${s} ${cluster(r, plan)}.` : `${s}.`);
  }
  if (r() < 0.3) parts.push(pick(r, CAVEATS));
  if (r() < 0.1) parts.push(`This is how @${citedKey(r, plan)} summarised the data.`);
  return parts.join(' ');
}

function table(r: Rand, plan: CorpusPlan): string {
  const rows = Array.from({ length: int(r, 4, 7) }, () => {
    const c = int(r, 1, plan.compounds);
    return `| ${compoundName(c)} | ${pick(r, MODELS)} | ${int(r, 1, 30)} mg/kg | ${pick(r, EFFECTS)} | ${cluster(r, plan)} |`;
  });
  return ['| Compound | Model | Dose | Effect | Source |', '|---|---|---:|---|---|', ...rows].join('\n');
}

const yamlString = (s: string) => `"${s}"`;
const isoDate = (r: Rand, year: number) => `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;

export function reviewFile(i: number, plan: CorpusPlan, seed: number): CorpusFile {
  const r = rng(seed * 1_000_003 + i);
  const topic = pick(r, TOPICS);
  const title = `Synthetic review ${i}: sigma-1 receptors and ${topic}`;
  const summary = `A generated benchmark page about S1R in ${topic}: ${uncap(sentence(r))}, and what the synthetic sources say about it.`;
  const keyPoints = Array.from({ length: int(r, 3, 5) }, () => `${sentence(r)} ${cluster(r, plan)}.`);
  const compounds = [...new Set(Array.from({ length: int(r, 1, 4) }, () => compoundSlug(int(r, 1, plan.compounds))))];
  const published = isoDate(r, 2025);
  const lines = [
    '---',
    `title: ${yamlString(title)}`,
    `summary: ${yamlString(summary.slice(0, 400))}`,
    'keyPoints:',
    ...keyPoints.map((p) => `  - ${yamlString(p)}`),
    `compounds: [${compounds.join(', ')}]`,
    `keywords: [synthetic, benchmark, ${pick(r, MODELS)}]`,
    `order: ${100 + i}`,
    'theme: receptor',
    `published: ${published}`,
    `lastReviewed: ${isoDate(r, 2026)}`,
    '---',
    '',
  ];
  const sections = shuffle(r, SECTION_TITLES).slice(0, 6);
  const tableAt = int(r, 1, 4);
  sections.forEach((heading, s) => {
    lines.push(`## ${heading}`, '');
    const paras = int(r, 2, 3);
    for (let p = 0; p < paras; p++) lines.push(paragraph(r, plan, i), '');
    if (r() < 0.4) {
      lines.push(`### ${pick(r, SUBSECTION_TITLES)}`, '', paragraph(r, plan, i), '');
    }
    if (s === tableAt) lines.push(`Table ${s}. Synthetic efficacy data for ${topic}.`, '', table(r, plan), '');
    if (s === 5) {
      lines.push('Points to check in future work:', '');
      for (let b = 0; b < int(r, 3, 5); b++) lines.push(`- ${sentence(r)} ${cluster(r, plan)}.`);
      lines.push('');
    }
  });
  lines.push(`See also ${crossLink(r, plan, i)} and ${crossLink(r, plan, i)}.`, '');
  return { path: `reviews/${reviewSlug(i)}.mdx`, text: lines.join('\n') };
}

const ACTIONS = ['agonist', 'antagonist', 'positive-modulator', 'mixed-or-unclear'] as const;
const STATUSES = ['preclinical', 'research-tool', 'clinical', 'discontinued'] as const;
const PHASES = ['none', 'phase-1', 'phase-2'] as const;
const SPECIES = ['rat', 'mouse', 'guinea-pig', 'human', 'not-reported'] as const;
const RADIOLIGANDS = ['[3H](+)-pentazocine', '[3H]DTG'] as const;

export function compoundFile(i: number, plan: CorpusPlan, seed: number): CorpusFile {
  const r = rng(seed * 2_000_003 + i);
  const name = compoundName(i);
  const action = pick(r, ACTIONS);
  const affinities = Array.from({ length: int(r, 1, 3) }, (_, a) =>
    [
      `  - target: ${a === 0 ? 'S1R' : pick(r, ['S2R', 'D2', 'NMDA', 'hERG'])}`,
      `    measure: ${pick(r, ['Ki', 'IC50'])}`,
      `    value: ${(r() * 500 + 0.5).toFixed(1)}`,
      '    unit: nM',
      `    species: ${pick(r, SPECIES)}`,
      `    radioligand: '${RADIOLIGANDS[a % 2]}'`,
      '    source: primary',
      `    ref: ${citedKey(r, plan)}`,
    ].join('\n'),
  );
  const lines = [
    '---',
    `title: ${name}`,
    `summary: ${yamlString(`Synthetic benchmark compound ${i}, a generated S1R ${action.replace(/-/g, ' ')} used only to measure build time.`)}`,
    `synonyms: [SX${pad(i)}, Synthetic ligand ${i}]`,
    'class: Synthetic benchmark ligand',
    'roles: [reference-ligand]',
    `action: ${action}`,
    'actionEvidence: Synthetic benchmark sentence; no evidence stands behind it.',
    `actionRef: ${citedKey(r, plan)}`,
    'affinities:',
    ...affinities,
    // Half the compounds also have a selectivity ratio, as real compound pages may.
    ...(i % 2 === 1 ? ['selectivity:', `  - over: S2R`, `    fold: ${int(r, 2, 400)}`, `    ref: ${citedKey(r, plan)}`] : []),
    `status: ${pick(r, STATUSES)}`,
    `highestPhase: ${pick(r, PHASES)}`,
    'reliability: Synthetic benchmark entry; every value on this page is generated and describes no real compound.',
    `lastReviewed: ${isoDate(r, 2026)}`,
    '---',
    '',
    '## What it is',
    '',
    paragraph(r, plan, 0),
    '',
    '## Animal evidence',
    '',
    paragraph(r, plan, 0),
    '',
    '## Caveats',
    '',
    `${pick(r, CAVEATS)} ${paragraph(r, plan, 0)}`,
    '',
  ];
  return { path: `compounds/${compoundSlug(i)}.mdx`, text: lines.join('\n') };
}

export function referenceFile(i: number, seed: number): CorpusFile {
  const r = rng(seed * 3_000_017 + i);
  const authors = Array.from({ length: int(r, 1, 6) }, () => `- {family: ${pick(r, FAMILIES)}, given: ${pick(r, GIVEN)}}`);
  const text = [
    '# Synthetic benchmark entry (scripts/bench/corpus.ts): not a real publication.',
    'type: article-journal',
    `title: ${yamlString(`Synthetic study ${i} of ${pick(r, OBJECTS)} ${pick(r, QUALIFIERS)}`)}`,
    'author:',
    ...authors,
    'container-title: Synthetic Journal of Benchmark Pharmacology',
    'issued:',
    '  date-parts:',
    `  - [${int(r, 1995, 2025)}]`,
    `volume: '${int(r, 1, 90)}'`,
    `page: ${int(r, 1, 900)}-${int(r, 901, 999)}`,
    'confidence: unverified',
    'unverified: [title, author, container-title, issued, volume, page]',
    'reliability: synthetic benchmark entry; generated, not a real publication.',
    `topics: [${pick(r, ['pain', 'pharmacology', 'neuroinflammation', 'biology'])}]`,
    '',
  ].join('\n');
  return { path: `references/${referenceKey(i)}.yaml`, text };
}

function glossaryFile(): CorpusFile {
  const text = [
    '- id: s1r',
    '  term: Sigma-1 receptor',
    '  synonyms: [S1R, Sig1R]',
    '  definition: Synthetic benchmark glossary entry for the sigma-1 receptor.',
    `  refs: [${referenceKey(1)}]`,
    '- id: synthetic',
    '  term: Synthetic page',
    '  definition: A generated page used only by the benchmark.',
    '',
  ].join('\n');
  return { path: 'glossary.yaml', text };
}

export function generateCorpus(size: number, seed = 1): Corpus {
  const plan = planCorpus(size);
  const files: CorpusFile[] = [];
  for (let i = 1; i <= plan.references; i++) files.push(referenceFile(i, seed));
  for (let i = 1; i <= plan.compounds; i++) files.push(compoundFile(i, plan, seed));
  for (let i = 1; i <= plan.reviews; i++) files.push(reviewFile(i, plan, seed));
  files.push(glossaryFile());
  return { plan, files };
}

/**
 * The corpus as Starlight docs, one doc per page of ours, so that both sites build the same
 * number of pages from the same text (until December 2026 the peer built the reviews alone, 602
 * pages against our 1,021 at size 1,000). Frontmatter is cut to title and description; review and
 * compound bodies stay as they are (citations as text), a compound's affinities become a
 * Markdown table, and a reference becomes a short doc of its bibliographic fields.
 */
export function toStarlightDocs(corpus: Corpus): CorpusFile[] {
  const docs: CorpusFile[] = [];
  const front = (title: string, description: string) => ['---', `title: ${yamlString(title)}`, `description: ${yamlString(description)}`, '---', ''].join('\n');
  for (const f of corpus.files) {
    if (f.path.startsWith('reviews/') || f.path.startsWith('compounds/')) {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(f.text);
      if (!m) throw new Error(`${f.path}: no frontmatter`);
      const data = loadYaml(m[1]!) as { title: string; summary: string; affinities?: { target: string; measure: string; value: number; unit: string; species: string; radioligand: string; ref: string }[] };
      const table = data.affinities?.length
        ? ['## Affinities', '', '| Target | Measure | Value | Species | Radioligand | Source |', '|---|---|---|---|---|---|', ...data.affinities.map((a) => `| ${a.target} | ${a.measure} | ${a.value} ${a.unit} | ${a.species} | ${a.radioligand} | ${a.ref} |`), '', ''].join('\n')
        : '';
      docs.push({ path: f.path, text: front(data.title, data.summary) + table + f.text.slice(m[0].length) });
    } else if (f.path.startsWith('references/')) {
      const data = loadYaml(f.text) as { title: string; author: { family: string; given: string }[]; 'container-title': string; issued: { 'date-parts': number[][] }; volume: string; page: string };
      const authors = data.author.map((a) => `${a.family} ${a.given}`).join(', ');
      const year = data.issued['date-parts'][0]![0];
      const line = `${authors}. ${data.title}. ${data['container-title']}. ${year};${data.volume}:${data.page}.`;
      docs.push({ path: f.path.replace(/\.yaml$/, '.md'), text: front(data.title, `${data.author[0]!.family} et al. (${year}). ${data['container-title']}.`) + `${line}\n\nA synthetic benchmark entry; not a real publication.\n` });
    }
  }
  docs.push({ path: 'index.mdx', text: '---\ntitle: Synthetic benchmark corpus\ndescription: The pages of the synthetic benchmark corpus, built with a default Starlight site.\n---\n\nThe synthetic reviews, compounds and references are listed in the sidebar.\n' });
  return docs;
}

/**
 * Real content files the site's pages name in code, which a synthetic corpus must therefore carry
 * for the build to succeed: /compounds/chart/ and each compound page cite `lee2007-ejp` by key.
 * Paths relative to content/; copied from the project's real content by the benchmark.
 */
export const REQUIRED_REAL_FILES = ['references/lee2007-ejp.yaml'] as const;

/** Write files under `dir` (created as needed). */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): void {
  const made = new Set<string>();
  for (const f of files) {
    const target = path.join(dir, f.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, f.text);
  }
}

/** Words in the MDX bodies (frontmatter excluded), for the report. */
export function countWords(files: readonly CorpusFile[]): number {
  let words = 0;
  for (const f of files) {
    if (!f.path.endsWith('.mdx')) continue;
    const body = f.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    words += body.split(/\s+/).filter(Boolean).length;
  }
  return words;
}
