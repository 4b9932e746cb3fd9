/**
 * What the site holds, in one place: for each content collection, where its files live, the URL
 * section of its entry pages, what readers call one entry and several (the label pages show and the
 * search "type" filter value), which frontmatter fields link to which collection, its place in the
 * navigation and whether /data/ offers it as a download. The content check, src/content.ts, the
 * pages, the sitemap, the search filters and the downloads read it from here; src/schemas/index.ts
 * adds each collection's schema. Every entry URL comes from `entryUrl`. Pure: imports nothing, so
 * client scripts may use it.
 */

/** What readers call one entry of a kind and several ("Compound", "Compounds"). */
export interface Kind {
  readonly one: string;
  readonly many: string;
}

export interface NavEntry {
  readonly href: string;
  readonly label: string;
  /** Position in the site's navigation, lowest first. */
  readonly order: number;
}

interface CollectionFacts {
  /** Folder under content/. */
  readonly dir: string;
  readonly ext: '.yaml' | '.mdx';
  /** Whether files have a body (MDX) after the frontmatter. */
  readonly body: boolean;
  /** URL section of its entry pages (/<section>/<id>/); absent when entries have no page of their own. */
  readonly section?: string;
  readonly kind: Kind;
  /** Cross-collection fields: [frontmatter field, collection its slugs name]. */
  readonly links: readonly (readonly [string, string])[];
  /** Where readers browse the collection, in the navigation and in an entry page's breadcrumb. */
  readonly nav?: NavEntry;
  /** Whether /data/ offers the collection as a download. */
  readonly download: boolean;
}

/** Order = the order the content check reports problems in. */
export const REGISTRY = {
  references: {
    dir: 'references', ext: '.yaml', body: false, section: 'references', kind: { one: 'Reference', many: 'References' },
    links: [], nav: { href: '/references/', label: 'References', order: 70 }, download: true,
  },
  conditions: {
    dir: 'conditions', ext: '.yaml', body: false, section: 'conditions', kind: { one: 'Condition', many: 'Conditions' },
    links: [['parent', 'conditions']], nav: { href: '/conditions/', label: 'Conditions', order: 60 }, download: false,
  },
  methods: {
    dir: 'methods', ext: '.mdx', body: true, section: 'methods', kind: { one: 'Method', many: 'Methods' },
    links: [['conditions', 'conditions']], nav: { href: '/methods/', label: 'Methods', order: 50 }, download: false,
  },
  compounds: {
    dir: 'compounds', ext: '.mdx', body: true, section: 'compounds', kind: { one: 'Compound', many: 'Compounds' },
    links: [['conditions', 'conditions']], nav: { href: '/compounds/', label: 'Compounds', order: 20 }, download: true,
  },
  trials: {
    dir: 'trials', ext: '.mdx', body: true, section: 'trials', kind: { one: 'Trial', many: 'Trials' },
    links: [['compounds', 'compounds'], ['conditions', 'conditions']], nav: { href: '/trials/', label: 'Trials', order: 30 }, download: true,
  },
  findings: {
    dir: 'findings', ext: '.yaml', body: false, section: 'findings', kind: { one: 'Finding', many: 'Findings' },
    links: [['compound', 'compounds'], ['model', 'methods'], ['condition', 'conditions']], nav: { href: '/evidence/', label: 'Evidence', order: 40 }, download: true,
  },
  // Regulatory events have no page: they are shown on their compound, trial and condition pages.
  regulatory: {
    dir: 'regulatory', ext: '.yaml', body: false, kind: { one: 'Regulatory event', many: 'Regulatory events' },
    links: [['product', 'compounds'], ['indication', 'conditions'], ['trials', 'trials']], download: true,
  },
  reviews: {
    dir: 'reviews', ext: '.mdx', body: true, section: 'reviews', kind: { one: 'Review', many: 'Reviews' },
    links: [['conditions', 'conditions'], ['compounds', 'compounds']], nav: { href: '/reviews/', label: 'Reviews', order: 10 }, download: false,
  },
} as const satisfies Record<string, CollectionFacts>;

export type CollectionName = keyof typeof REGISTRY;
/** The collections whose entries have a page of their own. */
export type PageCollection = { [K in CollectionName]: (typeof REGISTRY)[K] extends { section: string } ? K : never }[CollectionName];
/** The collections /data/ offers as downloads. */
export type DownloadCollection = { [K in CollectionName]: (typeof REGISTRY)[K] extends { download: true } ? K : never }[CollectionName];

export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];

/** Kinds of page that are not one collection's entries: genes are conditions of kind gene; the glossary is one page. */
export const OTHER_KINDS = {
  gene: { one: 'Gene', many: 'Genes' },
  glossary: { one: 'Glossary', many: 'Glossary' },
} as const satisfies Record<string, Kind>;

/** The path of an entry's page, `/compounds/haloperidol/`, with `#hash` when given. The one place entry URLs are built. */
export function entryUrl(collection: PageCollection, id: string, hash?: string): string {
  return `/${REGISTRY[collection].section}/${id}/${hash ? `#${hash}` : ''}`;
}

export function isPageCollection(name: string): name is PageCollection {
  return Object.hasOwn(REGISTRY, name) && 'section' in REGISTRY[name as CollectionName];
}

/** The collection whose entry pages live under a URL section ("compounds" -> compounds), if any. */
export function collectionOfSection(section: string): PageCollection | undefined {
  return COLLECTION_NAMES.find((c): c is PageCollection => isPageCollection(c) && REGISTRY[c].section === section);
}

/** What readers call an entry; a condition of kind gene is a Gene. */
export function entryKind(collection: CollectionName, data?: { kind?: unknown }): Kind {
  if (collection === 'conditions' && data?.kind === 'gene') return OTHER_KINDS.gene;
  return REGISTRY[collection].kind;
}

/** A kind's label for n pages: "Compound", "Compounds"; labels the registry does not know get an "s". */
export function kindLabel(one: string, n: number): string {
  if (n === 1) return one;
  const known = [...COLLECTION_NAMES.map((c) => REGISTRY[c].kind), ...Object.values(OTHER_KINDS)].find((k) => k.one === one);
  return known ? known.many : `${one}s`;
}

/** Cross-collection fields of a collection: [field, target collection]. */
export function linkFields(collection: CollectionName): readonly (readonly [string, CollectionName])[] {
  return REGISTRY[collection].links as readonly (readonly [string, CollectionName])[];
}

/** The navigation: each collection's entry and the other pages given, in order. */
export function navigation(pages: readonly NavEntry[]): { href: string; label: string }[] {
  const fromCollections = COLLECTION_NAMES.flatMap((c) => {
    const facts: CollectionFacts = REGISTRY[c];
    return facts.nav ? [facts.nav] : [];
  });
  return [...fromCollections, ...pages].sort((a, b) => a.order - b.order).map(({ href, label }) => ({ href, label }));
}

/** Where readers browse a collection: the link an entry page's breadcrumb leads back to. */
export function sectionLink(collection: PageCollection): { href: string; label: string } {
  const { href, label } = REGISTRY[collection].nav;
  return { href, label };
}
