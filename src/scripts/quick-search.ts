/**
 * The search dialog: Pagefind's Modular UI (a few KB, unlike the Default UI's ~30 KB) on our own
 * labelled input, results rendered with their type and key fact. Loaded on first use only.
 */
import { SEARCH_RANKING } from '../lib/search-config.ts';

interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface ModularUI {
  Instance: new (options: Record<string, unknown>) => { add(component: unknown): void; triggerSearch(term: string): void };
  Input: new (options: Record<string, unknown>) => unknown;
  Summary: new (options: Record<string, unknown>) => unknown;
  ResultList: new (options: Record<string, unknown>) => unknown;
}
declare global {
  interface Window {
    PagefindModularUI?: ModularUI;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = Object.assign(document.createElement('script'), { src });
    s.addEventListener('load', () => resolve());
    s.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(s);
  });
}

/** One result as a list item: "Compound · E-52862 (S1RA, MR309)", the key fact, the excerpt. */
export function renderResult(result: Result): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'quick-result';
  const a = Object.assign(document.createElement('a'), { href: result.url, className: 'quick-result-link' });
  if (result.meta['type']) a.append(Object.assign(document.createElement('span'), { className: 'tag', textContent: result.meta['type'] }), ' ');
  a.append(result.meta['title'] ?? result.url);
  li.append(a);
  if (result.meta['fact']) li.append(Object.assign(document.createElement('p'), { className: 'meta-line', textContent: result.meta['fact'] }));
  // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matched words.
  const p = Object.assign(document.createElement('p'), { className: 'quick-result-excerpt' });
  p.innerHTML = result.excerpt;
  li.append(p);
  return li;
}

export async function createQuickSearch(): Promise<void> {
  await loadScript('/pagefind/pagefind-modular-ui.js');
  const ui = window.PagefindModularUI!;
  const instance = new ui.Instance({ bundlePath: '/pagefind/', ranking: SEARCH_RANKING, highlightParam: 'highlight', noWorker: true });
  instance.add(new ui.Input({ inputElement: '#quick-search-input' }));
  instance.add(new ui.Summary({ containerElement: '#quick-search-summary' }));
  instance.add(new ui.ResultList({ containerElement: '#quick-search-results', resultTemplate: renderResult, showImages: false }));
  // A reader may have typed before Pagefind finished loading: search for what is there.
  const typed = document.querySelector<HTMLInputElement>('#quick-search-input')?.value;
  if (typed) instance.triggerSearch(typed);
}
