/**
 * Pagefind's Modular UI (a few KB, where the Default UI is ~30 KB), shared by the search dialog
 * (quick-search.ts) and the /search/ page (search-page.ts): loading it, an instance with the
 * site's settings, and one way to render a result: its type, title, key fact and excerpt, and on
 * the search page the sections that matched.
 */
import { absentMessage, absentWords, type SearchWord } from '../lib/search-honesty.ts';
import { resultParts, type SubResult } from '../lib/search-results.ts';
import type { FilterCounts, SearchFilters } from '../lib/search-state.ts';
import { SEARCH_RANKING } from '../lib/search-config.ts';
import { suggest } from '../lib/suggest.ts';

/** A result's data (Pagefind's `result.data()`). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}

export interface SearchResults {
  results: { id: string; data(): Promise<ResultData> }[];
  unfilteredResultCount?: number;
}

export interface SearchEvents {
  search: (term: string, filters: SearchFilters) => void;
  filters: (filters: { available: FilterCounts; total: FilterCounts }) => void;
  loading: () => void;
  results: (results: SearchResults) => void;
}

export interface SearchInstance {
  add(component: unknown): void;
  on<E extends keyof SearchEvents>(event: E, callback: SearchEvents[E]): void;
  triggerLoad(): void;
  triggerSearch(term: string): void;
  triggerFilters(filters: SearchFilters): void;
  triggerSearchWithFilters(term: string, filters: SearchFilters): void;
}

export interface ModularUI {
  Instance: new (options: Record<string, unknown>) => SearchInstance;
  Input: new (options: Record<string, unknown>) => unknown;
  Summary: new (options: Record<string, unknown>) => unknown;
  ResultList: new (options: Record<string, unknown>) => unknown;
}

declare global {
  interface Window {
    PagefindModularUI?: ModularUI;
  }
}

let loading: Promise<ModularUI> | undefined;

/** Pagefind's engine (pagefind.js) as the Modular UI calls it. */
export interface Engine {
  search(term: string, options: object): Promise<unknown>;
  filters(): Promise<unknown>;
}

/**
 * Change what the instance's engine does: the Modular UI keeps it in a private field, set once
 * pagefind.js has loaded. tests/e2e/search-ui.test.ts (sorting) and tests/e2e/budgets.test.ts (no
 * facet data in the dialog) fail if a Pagefind update renames the field.
 */
export function adaptEngine(instance: SearchInstance, adapt: (engine: Engine) => Engine): void {
  let engine: Engine | null = null;
  Object.defineProperty(instance, '__pagefind__', { get: () => engine, set: (e: Engine | null) => (engine = e && adapt(e)) });
}

/** Load /pagefind/pagefind-modular-ui.js, once. */
export function loadModularUI(): Promise<ModularUI> {
  loading ??= new Promise((resolve, reject) => {
    const s = Object.assign(document.createElement('script'), { src: '/pagefind/pagefind-modular-ui.js' });
    s.addEventListener('load', () => resolve(window.PagefindModularUI!));
    s.addEventListener('error', () => reject(new Error('search could not be loaded')));
    document.head.append(s);
  });
  return loading;
}

/**
 * An instance with the site's ranking; result links carry ?highlight= so the target page marks the
 * terms. Search runs on the page, not in a web worker: one download less (~12 KB) for an index
 * this size.
 */
export function createInstance(ui: ModularUI, options: Record<string, unknown> = {}): SearchInstance {
  return new ui.Instance({ bundlePath: '/pagefind/', ranking: SEARCH_RANKING, highlightParam: 'highlight', noWorker: true, ...options });
}

/** A new element with a class and, if given, its text. */
export const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) =>
  Object.assign(document.createElement(tag), { className }, text === undefined ? {} : { textContent: text });

/** Pagefind's excerpt is the page's own text, escaped, with <mark> around the matched words. */
function excerpt(html: string): HTMLParagraphElement {
  const p = element('p', 'search-result-excerpt');
  p.innerHTML = html;
  return p;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * One result as a list item: "Compound · E-52862 (S1RA, MR309)", then the key fact and when the page
 * was updated ("Antagonist · Phase 2 · Updated 2 Dec 2026"), the excerpt; with `sections`, the
 * headings of the page that matched, each with its own excerpt and link.
 */
export function renderResult(result: ResultData, options: { sections?: boolean } = {}): HTMLLIElement {
  const li = element('li', 'search-result');
  const a = Object.assign(element('a', 'search-result-link'), { href: result.url });
  if (result.meta['type']) a.append(element('span', 'tag', result.meta['type']), ' ');
  a.append(result.meta['title'] ?? result.url);
  li.append(a);
  const date = result.meta['date'];
  const line = [result.meta['fact'], date && `Updated ${DATE.format(new Date(date))}`].filter(Boolean).join(' · ');
  if (line) {
    const p = li.appendChild(element('p', 'meta-line', line));
    if (date) p.dataset['date'] = date;
  }
  const parts = options.sections ? resultParts(result) : { excerpt: true, sections: [] };
  if (parts.excerpt) li.append(excerpt(result.excerpt));
  if (parts.sections.length) {
    const list = element('ul', 'search-sections');
    for (const section of parts.sections) {
      const item = document.createElement('li');
      item.append(Object.assign(element('a', 'search-section-link', section.title), { href: section.url }), excerpt(section.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** A grey stand-in while a result's data loads (the Modular UI loads each one as it scrolls into view). */
function placeholder(): HTMLLIElement {
  const li = element('li', 'search-result-loading');
  li.setAttribute('aria-hidden', 'true');
  li.append(element('span', ''), element('span', ''));
  return li;
}

/** The Modular UI's result list in `selector`, rendering results with renderResult. */
export function addResultList(ui: ModularUI, instance: SearchInstance, selector: string, options: { sections?: boolean } = {}): void {
  instance.add(new ui.ResultList({ containerElement: selector, showImages: false, placeholderTemplate: placeholder, resultTemplate: (r: ResultData) => renderResult(r, options) }));
}

const PAGEFIND = '/pagefind/pagefind.js';
/** Found or not, per query word, for this page's life: typing re-checks nothing already checked. */
const checked = new Map<string, boolean>();
let words: Promise<string[]> | undefined;

/** Pagefind's own search for one word: the module the Modular UI loaded (same URL, same instance). */
const searchWord: SearchWord = async (word) => {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as { search: SearchWord };
  return pagefind.search(word);
};

/** "Did you mean": the closest word of the site's names, loaded on the first miss only. */
async function suggestionFor(word: string): Promise<string | undefined> {
  words ??= fetch('/search-vocabulary.json').then((r) => (r.ok ? (r.json() as Promise<string[]>) : []), () => []);
  return suggest(word, await words);
}

/**
 * Honest results (src/lib/search-honesty.ts): when a query word is on no page, Pagefind still
 * returns pages for a short prefix of it; this hides them and says which word no page contains,
 * with a suggestion from the site's names. The list stays hidden until the words are checked.
 */
export class HonestResults {
  private term = '';

  constructor(
    private readonly list: HTMLElement,
    private readonly summary: HTMLElement,
    private readonly hideAlso: HTMLElement[] = [],
    /** Results whose data is loaded before the list shows, so they appear whole instead of as
     * placeholders that grow and push the next ones down (a layout shift on the search page; the
     * dialog opens on typing, where shifts don't count, and loads only what it shows). */
    private readonly firstShown = 0,
  ) {}

  register(instance: SearchInstance): void {
    instance.on('search', (term) => {
      this.term = term;
      this.list.hidden = true;
    });
    instance.on('results', (results) => void this.check(this.term, results));
  }

  private async check(term: string, results: SearchResults): Promise<void> {
    // The results shown first are loaded anyway; a word they match needs no search of its own
    // (which would download its best page, often a whole review, ~5 KB).
    const first = await Promise.all(results.results.slice(0, this.firstShown).map((r) => r.data())).catch(() => []);
    if (term !== this.term) return;
    const absent = await absentWords(term, searchWord, checked, first).catch(() => []);
    if (term !== this.term) return;
    if (absent.length === 0) {
      this.list.hidden = false;
      return;
    }
    for (const el of this.hideAlso) el.hidden = true;
    const message = element('span', 'search-absent', `${absentMessage(absent)} `);
    const suggestions = (await Promise.all(absent.map(async (w) => [w, await suggestionFor(w)] as const))).filter(([, s]) => s);
    if (term !== this.term) return;
    if (suggestions.length) {
      let query = term;
      for (const [w, s] of suggestions) query = query.replace(new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), s!);
      const link = Object.assign(element('a', '', query), { href: `/search/?q=${encodeURIComponent(query)}` });
      message.append('Did you mean ', link, '?');
    }
    this.summary.replaceChildren(message);
  }
}
