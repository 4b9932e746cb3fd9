/**
 * The filter controls of a <data-table>, read from the table's own server-rendered HTML, so the
 * controls are in the page from the first paint (inserting them with JavaScript pushed the table
 * down after it was drawn: a layout shift) and the facet values cannot disagree with the rows.
 *
 * A facet column is a header cell with data-key and data-facet; its values are each body row's
 * data-facet-values ("a|b" for several) or, without that attribute, the cell's text (a list split
 * at commas when the header says data-facet="list", which spares each row repeating its text).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { cellFacetValues, facetTextSeparator } from './table-sort.ts';

export interface TableFacet {
  key: string;
  label: string;
  values: string[];
}

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableControls {
  /** The table's id (controls point at it with aria-controls). */
  tableId: string;
  facets: TableFacet[];
  /** Columns the table sorts by (every header cell with data-key): a phone shows them in a select,
   * since its card layout hides the header row. */
  sortable: TableColumn[];
}

function children(node: Root | Element, tag: string): Element[] {
  const out: Element[] = [];
  for (const c of node.children) if (c.type === 'element' && c.tagName === tag) out.push(c);
  return out;
}

function find(node: Root | Element, tag: string): Element | undefined {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === tag) return c;
    const inner = find(c, tag);
    if (inner) return inner;
  }
  return undefined;
}

export function tableControls(html: string, where = 'a <DataTable>'): TableControls {
  const root = fromHtml(html, { fragment: true });
  const table = find(root, 'table');
  if (!table) throw new Error(`${where} has no <table> in its slot: put the table inside <DataTable>…</DataTable>.`);
  const tableId = String(table.properties['id'] ?? '');
  if (!tableId) throw new Error(`${where}: the <table> needs an id (the filter controls refer to it).`);
  const headRow = find(find(table, 'thead') ?? table, 'tr');
  const headers = headRow ? children(headRow, 'th') : [];
  const rows = children(find(table, 'tbody') ?? table, 'tr');
  const facets: TableFacet[] = [];
  const sortable: TableColumn[] = [];
  headers.forEach((th, i) => {
    const sortKey = th.properties['dataKey'];
    if (typeof sortKey === 'string') sortable.push({ key: sortKey, label: toText(th).trim().replace(/\s+/g, ' ') });
    const key = th.properties['dataKey'];
    if (typeof key !== 'string' || th.properties['dataFacet'] === undefined) return;
    const values = new Set<string>();
    for (const row of rows) {
      const cell = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))[i];
      if (!cell) continue;
      const raw = cell.properties['dataFacetValues'];
      for (const v of typeof raw === 'string' ? cellFacetValues(raw) : cellFacetValues(toText(cell), facetTextSeparator(th.properties['dataFacet']))) values.add(v);
    }
    facets.push({ key, label: toText(th).trim(), values: [...values].sort() });
  });
  return { tableId, facets, sortable };
}
