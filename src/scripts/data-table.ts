/**
 * <data-table>: progressive enhancement of a server-rendered table. Without JavaScript the full
 * table is there; with it, headers sort (numeric-aware), a text box and facet selects filter, a
 * live region counts rows, and the state lives in the URL. Logic: src/lib/table-sort.ts.
 *
 * Markup: <data-table><table>… <th data-key="year" data-type="number" data-facet>…</table></data-table>
 * Cells may carry data-sort (a normalised value) and data-facet-values ("a|b" for several); a header
 * with data-facet="list" reads its cells' text as a comma-separated list instead.
 */
import { cellFacetValues, facetTextSeparator, isFiltering, readState, rowMatches, sortKey, sortRows, writeState, type TableState } from '../lib/table-sort.ts';

class DataTable extends HTMLElement {
  #state: TableState = { q: '', dir: 'asc', facets: {} };
  #rows: HTMLTableRowElement[] = [];
  #headers: HTMLTableCellElement[] = [];
  #count!: HTMLElement;
  #sortSelect: HTMLSelectElement | null = null;

  connectedCallback() {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    this.#rows = [...body.rows];
    this.#headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
    this.#state = readState(location.search);

    // The controls are server-rendered (DataTable.astro); here they get their state and handlers.
    const search = this.querySelector<HTMLInputElement>('.table-controls input[type=search]');
    if (search) {
      search.value = this.#state.q;
      search.addEventListener('input', () => this.#update({ q: search.value }));
    }
    for (const select of this.querySelectorAll<HTMLSelectElement>('.table-controls select[data-key]')) {
      const key = select.dataset['key']!;
      select.value = this.#state.facets[key] ?? '';
      // A value the column does not have (an old or mistyped link) is dropped, not shown as blank.
      if (!select.value) {
        select.value = '';
        delete this.#state.facets[key];
      }
      select.addEventListener('change', () => this.#update({ facets: { ...this.#state.facets, [key]: select.value } }));
    }

    // Phones: the same sort from a select (the card layout hides the header row).
    this.#sortSelect = this.querySelector<HTMLSelectElement>('.table-controls select[data-sort]');
    this.#sortSelect?.addEventListener('change', () => {
      const [sort = '', dir] = this.#sortSelect!.value.split(':');
      if (sort) return this.#update({ sort, dir: dir === 'desc' ? 'desc' : 'asc' });
      const { sort: _listed, ...unsorted } = this.#state;
      this.#state = { ...unsorted, dir: 'asc' };
      this.#update({});
    });

    for (const th of this.#headers) {
      const key = th.dataset['key'];
      if (!key) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const dir = this.#state.sort === key && this.#state.dir === 'asc' ? 'desc' : 'asc';
        this.#update({ sort: key, dir });
      });
    }
    this.#count = Object.assign(document.createElement('p'), { className: 'table-count' });
    this.#count.setAttribute('role', 'status');
    this.append(this.#count);
    this.#render();
  }

  #facetValues(row: HTMLTableRowElement, i: number): string[] {
    const cell = row.cells[i];
    if (!cell) return [];
    const listed = cell.dataset['facetValues'];
    return listed !== undefined ? cellFacetValues(listed) : cellFacetValues(cell.textContent ?? '', facetTextSeparator(this.#headers[i]?.dataset['facet']));
  }

  #update(change: Partial<TableState>) {
    this.#state = { ...this.#state, ...change };
    history.replaceState(null, '', location.pathname + writeState(this.#state, location.search) + location.hash);
    this.#render();
  }

  #render() {
    const { sort, dir } = this.#state;
    const col = this.#headers.findIndex((th) => th.dataset['key'] === sort);
    for (const th of this.#headers) th.removeAttribute('aria-sort');
    let order = this.#rows.map((_, i) => i);
    if (this.#sortSelect) this.#sortSelect.value = col >= 0 ? `${sort}:${dir}` : '';
    if (col >= 0) {
      const th = this.#headers[col]!;
      th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
      const type = (th.dataset['type'] as 'number' | 'text' | undefined) ?? 'auto';
      order = sortRows(this.#rows.map((r) => sortKey({ text: r.cells[col]?.textContent ?? '', sort: r.cells[col]?.dataset['sort'] }, type)), dir);
    }
    const facetCols = Object.keys(this.#state.facets).map((k) => [k, this.#headers.findIndex((th) => th.dataset['key'] === k)] as const);
    const filtered = isFiltering(this.#state);
    let shown = 0;
    // Rows are moved only when the order changes: on a first visit with no sort in the link, the
    // server's order stands and the browser lays the table out once (moving 300 rows of a long
    // table cost a phone about 0.2 s of blocked main thread).
    const body = this.#rows[0]?.parentElement;
    const move = body && order.some((i, at) => body.children[at] !== this.#rows[i]);
    for (const i of order) {
      const row = this.#rows[i]!;
      const facetValues = filtered ? Object.fromEntries(facetCols.map(([k, c]) => [k, c >= 0 ? this.#facetValues(row, c) : []])) : {};
      const visible = !filtered || rowMatches(row.textContent ?? '', facetValues, this.#state);
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) shown++;
      if (move) body.append(row);
    }
    this.#count.textContent = `Showing ${shown} of ${this.#rows.length} rows.`;
    // Views drawn from the same rows (the affinity explorer's strips) follow the filters.
    this.dispatchEvent(new CustomEvent('table-render', { bubbles: true }));
  }
}

customElements.define('data-table', DataTable);
