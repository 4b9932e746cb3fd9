/** The /search/ page: Pagefind's own UI, with the query kept in the URL (?q=) so it can be shared. */
declare global {
  interface Window {
    PagefindUI: new (options: Record<string, unknown>) => { triggerSearch: (q: string) => void };
  }
}

export function startSearchPage(): void {
  const params = new URLSearchParams(location.search);
  const ui = new window.PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: !params.get('q'),
    translations: { placeholder: 'Search: S1RA, BiP, NCT04556656, spared nerve injury…' },
  });
  const q = params.get('q');
  if (q) ui.triggerSearch(q);
  const input = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  // Pagefind's input has only a placeholder; give it a real accessible name.
  input?.setAttribute('aria-label', 'Search Sigma-1 Atlas');
  input?.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
