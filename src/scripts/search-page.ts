/**
 * The /search/ page: query (?q=) and filters (?f.type=Compound&f.phase=Phase 3) live in the URL,
 * so a search can be shared and the back button restores it.
 */
import { createSearchUI } from './search-ui.ts';

function filtersFromUrl(params: URLSearchParams): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const [k, v] of params) if (k.startsWith('f.') && v) (filters[k.slice(2)] ??= []).push(v);
  return filters;
}

export async function startSearchPage(): Promise<void> {
  const root = document.getElementById('search')!;
  const params = new URLSearchParams(location.search);
  const ui = await createSearchUI(root, { autofocus: !params.get('q') });
  const filters = filtersFromUrl(params);
  if (Object.keys(filters).length) ui.triggerFilters(filters);
  const q = params.get('q');
  if (q) ui.triggerSearch(q);

  const writeUrl = () => {
    const url = new URL(location.href);
    for (const k of [...url.searchParams.keys()]) if (k === 'q' || k.startsWith('f.')) url.searchParams.delete(k);
    const input = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    if (input?.value) url.searchParams.set('q', input.value);
    for (const box of root.querySelectorAll<HTMLInputElement>('input.pagefind-ui__filter-checkbox:checked')) url.searchParams.append(`f.${box.name}`, box.value);
    if (url.href !== location.href) history.pushState(null, '', url);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  root.addEventListener('input', (e) => {
    clearTimeout(timer);
    // Typing replaces one history entry at a time, after a pause; a filter click is a step.
    timer = setTimeout(writeUrl, (e.target as HTMLElement).matches('.pagefind-ui__search-input') ? 400 : 0);
  });
  window.addEventListener('popstate', () => {
    const p = new URLSearchParams(location.search);
    ui.triggerFilters(filtersFromUrl(p));
    ui.triggerSearch(p.get('q') ?? '');
  });
}
