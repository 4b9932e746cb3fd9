/**
 * The script on every page (small; no search code until it is needed):
 * - "/" or Ctrl/Cmd+K opens the search dialog, which loads Pagefind's UI on first use;
 * - a page reached from a search result (?highlight=term) highlights the matched terms.
 */
const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
let ready: Promise<unknown> | undefined;

async function openSearch() {
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  const box = dialog.querySelector<HTMLElement>('#search-dialog-ui')!;
  ready ??= import('./search-ui.ts').then(({ createSearchUI }) => createSearchUI(box));
  await ready;
  box.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus();
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
dialog?.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
dialog?.addEventListener('click', (e) => e.target === dialog && dialog.close());

if (new URLSearchParams(location.search).has('highlight')) {
  const url = '/pagefind/pagefind-highlight.js';
  void import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  });
}
