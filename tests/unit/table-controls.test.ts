import { describe, expect, test } from 'vitest';
import { tableControls } from '../../src/lib/table-controls.ts';
import { cellFacetValues } from '../../src/lib/table-sort.ts';

const TABLE = `<table id="t">
  <thead><tr><th data-key="name">Name</th><th data-key="phase" data-facet data-type="number">Highest
    phase</th><th data-key="topic" data-facet>Topic</th></tr></thead>
  <tbody>
    <tr><td>A</td><td>Phase 2</td><td data-facet-values="Pain|ALS">Pain, ALS</td></tr>
    <tr><th scope="row">B</th><td>  Phase
      3 </td><td data-facet-values="Pain">Pain</td></tr>
    <tr><td>C</td><td>—</td><td data-facet-values="">—</td></tr>
  </tbody>
</table>`;

describe('tableControls', () => {
  test('facet columns, their labels and the sorted distinct values of every row', () => {
    expect(tableControls(TABLE)).toEqual({
      tableId: 't',
      facets: [
        { key: 'phase', label: 'Highest phase', values: ['Phase 2', 'Phase 3', '—'] },
        { key: 'topic', label: 'Topic', values: ['ALS', 'Pain'] },
      ],
      sortable: [
        { key: 'name', label: 'Name' },
        { key: 'phase', label: 'Highest phase' },
        { key: 'topic', label: 'Topic' },
      ],
    });
  });

  test('a header without data-key is not offered for sorting', () => {
    const html = TABLE.replace('<th data-key="name">Name</th>', '<th>Name</th>');
    expect(tableControls(html).sortable.map((c) => c.key)).toEqual(['phase', 'topic']);
  });

  test('a list column (data-facet="list") reads each cell\'s text as comma-separated values; data-facet-values still wins', () => {
    const html = TABLE.replace('<th data-key="topic" data-facet>', '<th data-key="topic" data-facet="list">')
      .replace('<td data-facet-values="Pain|ALS">Pain, ALS</td>', '<td>Pain, ALS</td>')
      .replace('<td data-facet-values="Pain">Pain</td>', '<td>Neuropathic pain</td>');
    expect(tableControls(html).facets.find((f) => f.key === 'topic')?.values).toEqual(['ALS', 'Neuropathic pain', 'Pain']);
    // Without "list" the same text is one value.
    expect(tableControls(html.replace('data-facet="list"', 'data-facet')).facets.find((f) => f.key === 'topic')?.values).toEqual(['Neuropathic pain', 'Pain, ALS']);
  });

  test('a column without data-facet gets no control', () => {
    expect(tableControls(TABLE).facets.map((f) => f.key)).not.toContain('name');
  });

  test('a slot without a table, or a table without an id, stops the build with the fix', () => {
    expect(() => tableControls('<p>no table</p>', 'The <DataTable> on /x/')).toThrow(/The <DataTable> on \/x\/ has no <table>/);
    expect(() => tableControls('<table><tr><td>1</td></tr></table>')).toThrow(/needs an id/);
  });
});

describe('cellFacetValues (shared by the server and the browser)', () => {
  test.each([
    ['Pain|ALS', ['Pain', 'ALS']],
    [' Phase\n  3 ', ['Phase 3']],
    ['', []],
    ['a||b', ['a', 'b']],
  ])('%j -> %j', (raw, values) => {
    expect(cellFacetValues(raw)).toEqual(values);
  });

  test('a list cell splits at commas, and only there', () => {
    expect(cellFacetValues(' Receptor biology,\n Pain ', ',')).toEqual(['Receptor biology', 'Pain']);
    expect(cellFacetValues('Pain|ALS', ',')).toEqual(['Pain|ALS']);
  });
});
