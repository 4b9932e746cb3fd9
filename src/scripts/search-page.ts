/**
 * The /search/ page on Pagefind's Modular UI: our labelled input, the result summary, the result
 * list (renderResult, shared with the search dialog, here with the matching sections), "Load more
 * results", an order (best match or recently updated) and a facet panel of our own. The query
 * (?q=), filters (?f.type=Compound&f.phase=Phase 3) and order (?sort=date) live in the URL
 * (src/lib/search-state.ts), so a search can be shared and the back button restores it.
 */
import { facetGroups, readSearchState, selectedCount, sortOptions, toggleFilter, writeSearchState, type FilterCounts, type SearchFilters, type SearchSort } from '../lib/search-state.ts';
import { adaptEngine, addResultList, createInstance, element, HonestResults, loadModularUI, type SearchInstance } from './pagefind-modular.ts';

const PAGE_SIZE = 5;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Checkboxes grouped by filter, each value with the number of results it would leave: a component
 * on the Modular UI instance. Each filter is a disclosure, open when one of its values is selected
 * or the reader opened it. `onChange` runs after the reader changes a filter.
 */
class FacetPanel {
  private instance: SearchInstance | undefined;
  private selected: SearchFilters = {};
  private counts: FilterCounts = {};
  /** Counts have arrived: until then the panel keeps its place (a closed "Filters" row), so results don't jump. */
  private counted = false;
  private readonly open = new Map<string, boolean>();

  constructor(
    private readonly panel: HTMLDetailsElement,
    private readonly onChange: () => void,
  ) {
    panel.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.type !== 'checkbox' || !this.instance) return;
      this.instance.triggerFilters(toggleFilter(this.selected, box.name, box.value, box.checked));
      this.onChange();
    });
  }

  register(instance: SearchInstance): void {
    this.instance = instance;
    instance.on('search', (_term, filters) => {
      this.selected = filters;
      this.render();
    });
    instance.on('filters', ({ available }) => {
      this.counts = available;
      this.counted = true;
      this.render();
    });
  }

  private render(): void {
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && this.panel.contains(active) ? { name: active.name, value: active.value } : undefined;
    const groups = facetGroups(this.counts, this.selected);
    const blocks = groups.map((group) => {
      const details = element('details', 'search-facet');
      details.open = this.open.get(group.name) ?? group.values.some((v) => v.checked);
      details.addEventListener('toggle', () => this.open.set(group.name, details.open));
      const fieldset = element('fieldset');
      fieldset.append(element('legend', 'sr-only', group.label));
      for (const v of group.values) {
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: group.name, value: v.value, checked: v.checked });
        const text = element('span', '', `${v.value} `);
        text.append(element('span', 'search-facet-count', `(${v.count})`));
        const label = element('label', 'search-facet-value');
        label.append(box, text);
        fieldset.append(label);
      }
      details.append(element('summary', '', group.label), fieldset);
      return details;
    });
    this.panel.querySelector('.search-facet-groups')!.replaceChildren(...blocks);
    const n = selectedCount(this.selected);
    this.panel.querySelector('summary')!.textContent = n ? `Filters (${n} selected)` : 'Filters';
    this.panel.hidden = this.counted && groups.length === 0;
    // The panel was rebuilt: give focus back to the checkbox the reader was on.
    if (focused) {
      const boxes = [...this.panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      (boxes.find((b) => b.name === focused.name && b.value === focused.value) ?? this.panel.querySelector('summary'))!.focus();
    }
  }
}

/**
 * The Modular UI's result list holds every result and loads each as it scrolls into view; this
 * shows them a page at a time, with a "Load more results" button, as the Default UI did (hidden
 * results are never loaded).
 */
class LoadMore {
  private shown = 0;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly button: HTMLButtonElement,
  ) {
    button.addEventListener('click', () => this.reveal());
  }

  register(instance: SearchInstance): void {
    instance.on('loading', () => {
      this.button.hidden = true;
    });
    // Added after the result list: its items are in place when this runs.
    instance.on('results', () => {
      this.shown = 0;
      this.reveal();
    });
  }

  private reveal(): void {
    this.shown += PAGE_SIZE;
    const items = [...this.list.children] as HTMLElement[];
    items.forEach((item, i) => (item.hidden = i >= this.shown));
    const more = items.length > this.shown;
    // The button goes away with the last page: keep the reader's place in the list.
    if (!more && document.activeElement === this.button) this.list.focus();
    this.button.hidden = !more;
  }
}

export async function startSearchPage(): Promise<void> {
  const input = byId<HTMLInputElement>('search-input');
  const area = byId('search-area');
  const initial = readSearchState(location.search);
  if (initial.query) input.value = initial.query;
  else input.focus();

  let filters: SearchFilters = initial.filters;
  const order = byId<HTMLSelectElement>('search-sort');
  let sort: SearchSort = initial.sort ?? 'relevance';
  order.value = sort;
  const writeUrl = () => {
    const search = writeSearchState({ query: input.value, filters, sort }, location.search);
    const url = `${location.pathname}${search}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
  };

  const ui = await loadModularUI();
  // Shorter excerpts, as the Default UI uses with sections: a result shows up to four.
  const instance = createInstance(ui, { excerptLength: 12 });
  // The Modular UI searches without a sort option: its engine adds the chosen order.
  adaptEngine(instance, (e) => ({ ...e, search: (term, options) => e.search(term, { ...options, ...sortOptions(sort) }) }));
  instance.add(new ui.Input({ inputElement: '#search-input' }));
  instance.add(new ui.Summary({ containerElement: '#search-summary' }));
  addResultList(ui, instance, '#search-results', { sections: true });
  instance.add(new LoadMore(byId('search-results'), byId('search-more')));
  instance.add(new HonestResults(byId('search-results'), byId('search-summary'), [byId('search-more')], PAGE_SIZE));
  instance.add(new FacetPanel(byId('search-filters'), writeUrl));
  instance.on('search', (term, f) => {
    filters = f;
    area.hidden = !term;
  });
  const filtersPanel = byId<HTMLDetailsElement>('search-filters');
  const wide = matchMedia('(min-width: 52rem)');
  filtersPanel.open = wide.matches;
  wide.addEventListener('change', () => wide.matches && (filtersPanel.open = true));

  // What is in the box now: the URL's query, or what the reader typed while Pagefind loaded. With
  // nothing to search for, the engine, WebAssembly and index (~90 KB) wait for the first keystroke.
  if (input.value) instance.triggerSearchWithFilters(input.value, initial.filters);
  else if (Object.keys(initial.filters).length) instance.triggerFilters(initial.filters);

  // Typing becomes a history entry after a pause; a filter click is one at once (FacetPanel).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const typed = () => {
    clearTimeout(timer);
    timer = setTimeout(writeUrl, 400);
  };
  input.addEventListener('input', typed);
  input.addEventListener('keydown', (e) => e.key === 'Escape' && typed());
  order.addEventListener('change', () => {
    sort = order.value === 'date' ? 'date' : 'relevance';
    writeUrl();
    instance.triggerSearchWithFilters(input.value, filters);
  });
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    const state = readSearchState(location.search);
    input.value = state.query;
    order.value = sort = state.sort ?? 'relevance';
    instance.triggerSearchWithFilters(state.query, state.filters);
  });
}
