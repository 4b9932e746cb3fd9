/**
 * The one module that queries content collections. Pages and components ask here; nothing else
 * calls getCollection. Results are memoised per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { authorLabel } from './lib/citations/label.ts';
import { findCitationKeys } from './lib/citations/parse.ts';
import { collectDataRefs } from './lib/citations/registry.ts';
import { pageCiteId, type CitablePage } from './lib/cite-page.ts';
import { pageStamp } from './lib/git-history.ts';
import { byAuthorThenYear, groupByInitial } from './lib/reference-index.ts';
import { sectionPathsIn } from './lib/markdown-links.ts';
import { aliasRedirects, MOVED_PAGES } from './lib/permalinks.ts';
import { SITE } from './site.ts';
import { entryKind, entryUrl, OTHER_KINDS, REGISTRY, type PageCollection } from './lib/registry.ts';

export type ReviewEntry = CollectionEntry<'reviews'>;
export type CompoundEntry = CollectionEntry<'compounds'>;
export type TrialEntry = CollectionEntry<'trials'>;
export type MethodEntry = CollectionEntry<'methods'>;
export type FindingEntry = CollectionEntry<'findings'>;
export type ConditionEntry = CollectionEntry<'conditions'>;
export type ReferenceEntry = CollectionEntry<'references'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type RegulatoryEntry = CollectionEntry<'regulatory'>;

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });

export const getReviews = () => once('reviews', async () => (await getCollection('reviews')).sort((a, b) => a.data.order - b.data.order || byTitle(a, b)));
export const getCompounds = () => once('compounds', async () => (await getCollection('compounds')).sort(byTitle));
export const getTrials = () => once('trials', async () => (await getCollection('trials')).sort(byTitle));
export const getMethods = () => once('methods', async () => (await getCollection('methods')).sort(byTitle));
export const getFindings = () => once('findings', async () => (await getCollection('findings')).sort((a, b) => a.id.localeCompare(b.id)));
export const getConditions = () => once('conditions', async () => (await getCollection('conditions')).sort(byTitle));
export const getReferences = () => once('references', async () => (await getCollection('references')).sort((a, b) => a.id.localeCompare(b.id)));
/** Regulatory events, oldest first. */
export const getRegulatoryEvents = () => once('regulatory', async () => (await getCollection('regulatory')).sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)));
export const getGlossary = () => once('glossary', async () => (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })));

/** The bibliography by first author's initial (src/lib/reference-index.ts), in bibliography order within each letter. */
export const getReferencesByInitial = () =>
  once('referencesByInitial', async () => groupByInitial([...(await getReferences())].sort((a, b) => byAuthorThenYear(a.data, b.data)), (r) => authorLabel(r.data)));

/** The bibliography keyed by citation key. */
export const getReferenceMap = () => once('referenceMap', async () => new Map((await getReferences()).map((r) => [r.id, r])));

async function mapOf<T extends { id: string }>(list: Promise<T[]>) {
  return new Map((await list).map((e) => [e.id, e]));
}
export const getCompoundMap = () => once('compoundMap', () => mapOf(getCompounds()));
export const getConditionMap = () => once('conditionMap', () => mapOf(getConditions()));
export const getMethodMap = () => once('methodMap', () => mapOf(getMethods()));
export const getTrialMap = () => once('trialMap', () => mapOf(getTrials()));

export interface PageLink {
  href: string;
  title: string;
  kind: string;
}

/** Every page that cites a reference (body text, key points or data fields), by citation key. */
export const getCitedBy = () =>
  once('citedBy', async () => {
    const index = new Map<string, PageLink[]>();
    const add = (keys: Iterable<string>, page: PageLink) => {
      for (const key of new Set(keys)) {
        const list = index.get(key);
        if (list) list.push(page);
        else index.set(key, [page]);
      }
    };
    const withBody = [
      ['reviews', await getReviews()],
      ['compounds', await getCompounds()],
      ['trials', await getTrials()],
      ['methods', await getMethods()],
    ] as const;
    for (const [collection, entries] of withBody) {
      for (const e of entries) {
        const keys = [...collectDataRefs(e.data), ...findCitationKeys(e.body ?? '').map((c) => c.key)];
        for (const p of (e.data as { keyPoints?: string[] }).keyPoints ?? []) keys.push(...findCitationKeys(p).map((c) => c.key));
        add(keys, { href: entryUrl(collection, e.id), title: e.data.title, kind: entryKind(collection).one });
      }
    }
    for (const f of await getFindings()) add(collectDataRefs(f.data), { href: entryUrl('findings', f.id), title: await findingTitle(f), kind: entryKind('findings').one });
    for (const c of await getConditions()) add(collectDataRefs(c.data), { href: entryUrl('conditions', c.id), title: c.data.title, kind: entryKind('conditions').one });
    for (const g of await getGlossary()) add(g.data.refs, { href: `/glossary/#${g.id}`, title: g.data.term, kind: OTHER_KINDS.glossary.one });
    for (const list of index.values()) list.sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
    return index;
  });

/** "E-52862 in spared nerve injury: mechanical allodynia". */
export async function findingTitle(f: FindingEntry): Promise<string> {
  const [compounds, methods] = await Promise.all([getCompoundMap(), getMethodMap()]);
  const { MODALITIES } = await import('./schemas/vocabularies.ts');
  return `${compounds.get(f.data.compound)?.data.title ?? f.data.compound} in ${methods.get(f.data.model)?.data.title ?? f.data.model}: ${MODALITIES.label(f.data.modality).toLowerCase()}`;
}

/** The compound and method paths each review's body links to, read once per build. */
const reviewLinks = new WeakMap<ReviewEntry, Set<string>>();
function linksTo(review: ReviewEntry, path: string): boolean {
  let paths = reviewLinks.get(review);
  if (!paths) reviewLinks.set(review, (paths = sectionPathsIn(review.body ?? '', [REGISTRY.compounds.section, REGISTRY.methods.section])));
  return paths.has(path);
}

/** A compound's 2D structure and the formula and InChIKey computed from its SMILES (RDKit), once per build. */
export function getStructure(entry: CompoundEntry) {
  const structure = entry.data.structure;
  if (!structure) return Promise.resolve(undefined);
  return once(`structure:${entry.id}:${structure.smiles}`, async () => {
    const { loadChemistry } = await import('./lib/structure.ts');
    return (await loadChemistry()).depict(structure.smiles, `Structure of ${entry.data.title}`);
  });
}

/** What else on the site concerns a compound, a condition or a method. */
export async function relatedToCompound(slug: string) {
  return {
    events: (await getRegulatoryEvents()).filter((e) => e.data.product === slug),
    trials: (await getTrials()).filter((t) => t.data.compounds.includes(slug)),
    findings: (await getFindings()).filter((f) => f.data.compound === slug),
    reviews: (await getReviews()).filter((r) => r.data.compounds.includes(slug) || linksTo(r, entryUrl('compounds', slug))),
  };
}

export async function relatedToCondition(slug: string) {
  return {
    children: (await getConditions()).filter((c) => c.data.parent === slug),
    events: (await getRegulatoryEvents()).filter((e) => e.data.indication === slug),
    reviews: (await getReviews()).filter((r) => r.data.conditions.includes(slug)),
    compounds: (await getCompounds()).filter((c) => c.data.conditions.includes(slug)),
    trials: (await getTrials()).filter((t) => t.data.conditions.includes(slug)),
    findings: (await getFindings()).filter((f) => f.data.condition === slug),
    methods: (await getMethods()).filter((m) => m.data.conditions.includes(slug)),
  };
}

/** Regulatory events that rest on a trial. */
export async function eventsForTrial(slug: string) {
  return (await getRegulatoryEvents()).filter((e) => e.data.trials.includes(slug));
}

export async function relatedToMethod(slug: string) {
  return {
    findings: (await getFindings()).filter((f) => f.data.model === slug),
    reviews: (await getReviews()).filter((r) => linksTo(r, entryUrl('methods', slug))),
  };
}

export interface CitablePageEntry {
  path: string;
  cite: CitablePage;
}

/** Every content page with what "Cite this page" needs (same dates and revision as the page shows). */
export const citablePages = () =>
  once('citablePages', async () => {
    const site = import.meta.env.SITE;
    const out: CitablePageEntry[] = [];
    const add = (path: string, title: string, file: string | undefined, lastReviewed?: Date, published?: Date) => {
      const stamp = pageStamp(process.cwd(), file, { lastReviewed, published });
      const cite: CitablePage = { id: pageCiteId(path), title, url: new URL(path, site).href, siteName: SITE.name, publisher: SITE.publisher, modified: stamp.modified, accessed: stamp.built };
      if (stamp.revision) cite.revision = stamp.revision;
      out.push({ path, cite });
    };
    for (const e of await getReviews()) add(entryUrl('reviews', e.id), e.data.title, e.filePath, e.data.lastReviewed, e.data.published);
    for (const e of await getCompounds()) add(entryUrl('compounds', e.id), e.data.title, e.filePath, e.data.lastReviewed);
    for (const e of await getTrials()) add(entryUrl('trials', e.id), e.data.title, e.filePath, e.data.lastReviewed);
    for (const e of await getMethods()) add(entryUrl('methods', e.id), e.data.title, e.filePath, e.data.lastReviewed);
    for (const e of await getFindings()) add(entryUrl('findings', e.id), await findingTitle(e), e.filePath, e.data.lastReviewed);
    for (const e of await getConditions()) add(entryUrl('conditions', e.id), e.data.title, e.filePath, e.data.lastReviewed);
    for (const e of await getReferences()) add(entryUrl('references', e.id), e.data.title, e.filePath);
    return out;
  });

/** The numbered releases of the whole atlas, newest first, each with what it held (counted from its commit's content). */
export const getReleases = () =>
  once('releases', async () => {
    const { readReleases } = await import('./lib/releases.ts');
    return readReleases(process.cwd());
  });

/** Redirects from old slugs (aliases) to current pages, with the current page's title. */
export const getAliasRedirects = () =>
  once('aliasRedirects', async () => {
    const titled: { section: PageCollection; id: string; aliases: string[]; title: string }[] = [];
    for (const [section, list] of [
      ['reviews', await getReviews()],
      ['compounds', await getCompounds()],
      ['trials', await getTrials()],
      ['methods', await getMethods()],
      ['conditions', await getConditions()],
      ['references', await getReferences()],
    ] as const) {
      for (const e of list) titled.push({ section, id: e.id, aliases: e.data.aliases, title: e.data.title });
    }
    const titles = new Map([...titled.map((t) => [entryUrl(t.section, t.id), t.title] as const), ...MOVED_PAGES.map((m) => [m.to, m.title] as const)]);
    return aliasRedirects(titled).map((r) => ({ ...r, title: titles.get(r.to)! }));
  });

/**
 * Every content page with its summary and revision stamp (from git history), in the site's section
 * order: the RSS feed, /changes/ and the sitemap's dates read this.
 */
export const getContentPages = () =>
  once('contentPages', async () => {
    const [{ EFFECT_DIRECTIONS }, { referenceLine }, { GLOSSARY_FILE }] = await Promise.all([import('./schemas/vocabularies.ts'), import('./lib/citations/label.ts'), import('./schemas/index.ts')]);
    const out: import('./lib/changes.ts').ContentPage[] = [];
    const add = (path: string, title: string, kind: string, description: string, file: string | undefined, dates: { lastReviewed?: Date | undefined; published?: Date | undefined } = {}) => {
      out.push({ path, title, kind, description, stamp: pageStamp(process.cwd(), file, dates) });
    };
    for (const e of await getReviews()) add(entryUrl('reviews', e.id), e.data.title, entryKind('reviews').one, e.data.summary, e.filePath, { lastReviewed: e.data.lastReviewed, published: e.data.published });
    for (const e of await getCompounds()) add(entryUrl('compounds', e.id), e.data.title, entryKind('compounds').one, e.data.summary, e.filePath, { lastReviewed: e.data.lastReviewed });
    for (const e of await getTrials()) add(entryUrl('trials', e.id), e.data.title, entryKind('trials').one, e.data.summary, e.filePath, { lastReviewed: e.data.lastReviewed });
    for (const e of await getMethods()) add(entryUrl('methods', e.id), e.data.title, entryKind('methods').one, e.data.summary, e.filePath, { lastReviewed: e.data.lastReviewed });
    for (const e of await getFindings()) add(entryUrl('findings', e.id), await findingTitle(e), entryKind('findings').one, `${EFFECT_DIRECTIONS.label(e.data.effect.direction)}: ${e.data.effect.text}`.slice(0, 300), e.filePath, { lastReviewed: e.data.lastReviewed });
    for (const e of await getConditions()) add(entryUrl('conditions', e.id), e.data.title, entryKind('conditions', e.data).one, e.data.summary, e.filePath, { lastReviewed: e.data.lastReviewed });
    for (const e of await getReferences()) add(entryUrl('references', e.id), e.data.title, entryKind('references').one, referenceLine(e.data).slice(0, 300), e.filePath);
    add('/glossary/', 'Glossary', OTHER_KINDS.glossary.one, 'Terms and abbreviations used on Sigma-1 Atlas, with their synonyms and sources.', `content/${GLOSSARY_FILE}`);
    return out;
  });

/** Revision ids (full hashes) of the changes /changes/ lists, so a page's history can link to them. */
export const getListedChanges = () =>
  once('listedChanges', async () => {
    const { CHANGES_LISTED, changeSets } = await import('./lib/changes.ts');
    return new Set(changeSets(await getContentPages(), CHANGES_LISTED).map((s) => s.hash));
  });

/** The files offered at /data/ (built once per build; the endpoints and the /data/ page share them). */
export const getDownloads = () =>
  once('downloads', async () => {
    const { buildDownloads } = await import('./lib/downloads.ts');
    const [compounds, trials, findings, references, methods, conditions, regulatory] = await Promise.all([getCompounds(), getTrials(), getFindings(), getReferences(), getMethods(), getConditions(), getRegulatoryEvents()]);
    const titles = (list: { id: string; data: { title: string } }[]) => new Map(list.map((e) => [e.id, e.data.title]));
    return buildDownloads({
      compounds,
      trials,
      findings,
      regulatory,
      references,
      names: { compounds: titles(compounds), models: titles(methods), conditions: titles(conditions) },
      site: import.meta.env.SITE,
    });
  });

/**
 * The evidence map (/evidence/map/): findings and trials reduced to plain rows, built by
 * src/lib/evidence-map.ts; conditions in tree order (parents before children).
 */
export const getEvidenceMap = () =>
  once('evidenceMap', async () => {
    const { buildEvidenceMap, orderConditionTree } = await import('./lib/evidence-map.ts');
    const [findings, trials, compounds, conditions] = await Promise.all([getFindings(), getTrials(), getCompounds(), getConditions()]);
    const map = buildEvidenceMap({
      findings: await Promise.all(findings.map(async (f) => ({ id: f.id, title: await findingTitle(f), ref: f.data.ref, compound: f.data.compound, condition: f.data.condition, evidence: f.data.evidence, direction: f.data.effect.direction }))),
      trials: trials.map((t) => ({ id: t.id, title: t.data.title, compounds: t.data.compounds, conditions: t.data.conditions, phase: t.data.phase, outcome: t.data.result.outcome })),
      compoundOrder: compounds.map((c) => c.id),
    });
    // Rows in tree order over the conditions that have data, so a child sits under its parent.
    const used = new Set(map.conditions);
    const tree = orderConditionTree(conditions.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, title: c.data.title, parent: c.data.parent })));
    return { map: { ...map, conditions: tree.map((t) => t.id) }, depth: new Map(tree.map((t) => [t.id, t.depth])) };
  });

/**
 * Every version page (a permanent address per revision of each content page, with its text as it
 * was and a diff to the version before), built once per build from git history; renderings are
 * cached on disk between builds (src/lib/versions-store.ts).
 */
export const getVersionPages = () =>
  once('versionPages', async () => {
    const [{ buildVersionPages, versionCacheDir }, { COLLECTIONS }, { readReferences }, path] = await Promise.all([import('./lib/versions-store.ts'), import('./schemas/index.ts'), import('./lib/content-files.ts'), import('node:path')]);
    const root = process.cwd();
    const collection = (section: string) => (COLLECTIONS as Record<string, { page: boolean; body: boolean; dir: string; ext: string }>)[section];
    const contentPages = await getContentPages();
    const pages: import('./lib/versions-store.ts').VersionedPage[] = contentPages.flatMap((p) => {
      const [, section = '', id = ''] = p.path.split('/');
      const def = collection(section);
      return def?.page ? [{ path: p.path, section, id, title: p.title, kind: p.kind, format: def.body ? ('mdx' as const) : ('yaml' as const), history: p.stamp.history }] : [];
    });
    // A renamed entry's old file: its versions keep their addresses under the old slug.
    const titles = new Map(contentPages.map((p) => [p.path, p]));
    for (const r of await getAliasRedirects()) {
      const [, section = '', id = ''] = r.from.split('/');
      const def = collection(section);
      const live = titles.get(r.to);
      if (!def?.page || !live) continue;
      const history = pageStamp(root, `content/${def.dir}/${id}${def.ext}`).history;
      if (history.length) pages.push({ path: r.from, section, id, title: live.title, kind: live.kind, format: def.body ? 'mdx' : 'yaml', history, live: r.to });
    }
    // Linked entries show their current titles ("conditions/als" -> "ALS"), as the pages do.
    const entryTitles = new Map(contentPages.map((p) => [p.path.slice(1, -1), p.title]));
    const { pages: out, stats } = buildVersionPages(root, pages, readReferences(root), versionCacheDir(path.join(root, 'node_modules/.cache/atlas-versions'), root), entryTitles);
    console.log(`[versions] ${stats.versions} version pages of ${stats.pages} pages in ${stats.ms} ms (${stats.rendered} rendered or diffed, ${stats.fromCache} from cache)`);
    return out;
  });

/** Per page path: its newest version's address, and the version address each revision shows. */
export const getVersionIndex = () =>
  once('versionIndex', async () => {
    const { versionAt } = await import('./lib/versions.ts');
    const index = new Map<string, { current: string; byRevision: Map<string, string> }>();
    const byPage = new Map<string, import('./lib/versions-store.ts').VersionPage[]>();
    for (const v of await getVersionPages()) {
      const list = byPage.get(v.page.path);
      if (list) list.push(v);
      else byPage.set(v.page.path, [v]);
    }
    for (const p of await getContentPages()) {
      const list = byPage.get(p.path);
      if (!list) continue;
      const paths = new Map(list.map((v) => [v.version.hash, v.path]));
      const versions = list.map((v) => v.version);
      const byRevision = new Map<string, string>();
      for (const r of p.stamp.history) {
        const v = versionAt(p.stamp.history, versions, r.hash);
        if (v) byRevision.set(r.hash, paths.get(v.hash)!);
      }
      index.set(p.path, { current: list.find((v) => v.isCurrent)!.path, byRevision });
    }
    return index;
  });
