/**
 * The search dialog: Pagefind's Modular UI on our own labelled input, results rendered with their
 * type and key fact (pagefind-modular.ts, shared with the /search/ page). Loaded on first use only.
 */
import { addResultList, createInstance, HonestResults, loadModularUI } from './pagefind-modular.ts';

export async function createQuickSearch(): Promise<void> {
  const ui = await loadModularUI();
  const instance = createInstance(ui);
  instance.add(new ui.Input({ inputElement: '#quick-search-input' }));
  instance.add(new ui.Summary({ containerElement: '#quick-search-summary' }));
  addResultList(ui, instance, '#quick-search-results');
  instance.add(new HonestResults(document.querySelector('#quick-search-results')!, document.querySelector('#quick-search-summary')!));
  // A reader may have typed before Pagefind finished loading: search for what is there.
  const typed = document.querySelector<HTMLInputElement>('#quick-search-input')?.value;
  if (typed) instance.triggerSearch(typed);
}
