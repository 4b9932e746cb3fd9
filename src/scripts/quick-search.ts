/**
 * The search dialog: Pagefind's Modular UI on our own labelled input, results rendered with their
 * type and key fact (pagefind-modular.ts, shared with the /search/ page). Loaded on first use only.
 */
import { adaptEngine, addResultList, createInstance, HonestResults, loadModularUI } from './pagefind-modular.ts';

export async function createQuickSearch(): Promise<void> {
  const ui = await loadModularUI();
  const instance = createInstance(ui);
  // The dialog has no facets: its engine skips the filter data (~4.6 KB) the Modular UI loads for them.
  adaptEngine(instance, (e) => ({ ...e, filters: async () => ({}) }));
  instance.add(new ui.Input({ inputElement: '#quick-search-input' }));
  instance.add(new ui.Summary({ containerElement: '#quick-search-summary' }));
  addResultList(ui, instance, '#quick-search-results');
  instance.add(new HonestResults(document.querySelector('#quick-search-results')!, document.querySelector('#quick-search-summary')!));
  // Enter opens the full result list on /search/?q= (Pagefind's input swallows the form's submit).
  // Not the top hit: while results load the reader has not seen it, and the list shows each page's
  // kind, date and matching sections to choose from; Tab reaches the hits in the dialog.
  const input = document.querySelector<HTMLInputElement>('#quick-search-input')!;
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && input.value.trim()) location.assign(`/search/?q=${encodeURIComponent(input.value.trim())}`);
  });
  // A reader may have typed before Pagefind finished loading: search for what is there.
  if (input.value) instance.triggerSearch(input.value);
}
