/**
 * The script on every page (small; no search code until it is needed):
 * - "/" or Ctrl/Cmd+K opens the search dialog, which loads Pagefind's UI on first use;
 * - a page reached from a search result (?highlight=term) highlights the matched terms.
 */
let dialog: HTMLDialogElement | undefined;
let ready: Promise<unknown> | undefined;

/** The dialog is built on first use: pages without JavaScript never carry its markup. */
function buildDialog(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.id = 'search-dialog';
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `<div class="search-dialog-head"><h2 id="search-dialog-title">Search Sigma-1 Atlas</h2><button type="button" class="copy-button" data-close-search>Close</button></div>
<form class="quick-search-form" role="search" action="/search/" method="get"><label class="sr-only" for="quick-search-input">Search Sigma-1 Atlas</label><input id="quick-search-input" type="search" name="q" autocomplete="off" placeholder="Compound, trial, method, gene, PMID, NCT id…"><button type="submit" class="copy-button">All results and filters</button></form>
<div id="quick-search-summary" class="meta-line" role="status"></div><ol id="quick-search-results" class="quick-results"></ol>`;
  d.querySelector('[data-close-search]')!.addEventListener('click', () => d.close());
  d.addEventListener('click', (e) => e.target === d && d.close());
  document.body.append(d);
  return d;
}

async function openSearch() {
  dialog ??= buildDialog();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('#quick-search-input')!.focus();
  ready ??= import('./quick-search.ts').then(({ createQuickSearch }) => createQuickSearch());
  await ready;
}

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
    e.preventDefault();
    void openSearch();
  }
});
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-open-search]')) {
  b.hidden = false;
  b.addEventListener('click', () => void openSearch());
}

if (new URLSearchParams(location.search).has('highlight')) {
  const url = '/pagefind/pagefind-highlight.js';
  void import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  });
}
