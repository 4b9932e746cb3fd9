/**
 * Pagefind's Default UI, loaded on demand (its script and styles are fetched only when search is
 * opened or the /search/ page is visited), with the site's ranking and result decoration.
 */
import { SEARCH_RANKING } from '../lib/search-config.ts';

interface PagefindResult {
  meta: Record<string, string>;
}
interface PagefindUIInstance {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

let loading: Promise<void> | undefined;

/** Add Pagefind's UI stylesheet and script to the page, once. */
export function loadPagefindUI(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/pagefind/pagefind-ui.css' });
    const js = Object.assign(document.createElement('script'), { src: '/pagefind/pagefind-ui.js' });
    js.addEventListener('load', () => resolve());
    js.addEventListener('error', () => reject(new Error('search could not be loaded')));
    document.head.append(css, js);
  });
  return loading;
}

/** Create the UI in `element`: results show type and a key fact; target pages highlight the terms. */
export async function createSearchUI(element: HTMLElement, options: { autofocus?: boolean } = {}): Promise<PagefindUIInstance> {
  await loadPagefindUI();
  const ui = new window.PagefindUI!({
    element,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: options.autofocus ?? false,
    ranking: SEARCH_RANKING,
    highlightParam: 'highlight',
    // Search runs on the page, not in a web worker: one download less (~12 KB) for an index this size.
    noWorker: true,
    translations: { placeholder: 'Search: S1RA, BiP, NCT04556656, spared nerve injury…' },
    processResult(result: PagefindResult) {
      const { type, fact } = result.meta;
      if (type) result.meta['title'] = `${type}: ${result.meta['title']}${fact ? ` — ${fact}` : ''}`;
      return result;
    },
  });
  // Pagefind's input has only a placeholder; give it a real accessible name.
  element.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', 'Search Sigma-1 Atlas');
  return ui;
}
