/**
 * The two Markdown processors (src/plugins/markdown.ts) on the same samples: unified (remark-gfm,
 * remark/rehype adapters) and Sätteri (its own GFM, Sätteri adapters) must give pages the same
 * HTML, headings and `remarkPluginFrontmatter`, and stop on an unknown key at the same place.
 * .md goes through each processor's renderer (HTML out); .mdx through its MDX renderer (as
 * @astrojs/mdx runs it: JS out, so the exported frontmatter and headings are compared here and
 * the HTML by the fixture build in tests/e2e/markdown-processors.test.ts).
 */
import { markdownConfigDefaults, type AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import { describe, expect, test } from 'vitest';
import { CitationError } from '../../src/lib/citations/page.ts';
import { assertMarkdownProcessorName, markdownProcessor, MARKDOWN_PROCESSORS, type MarkdownProcessorName } from '../../src/plugins/markdown.ts';

const refs = new Map([
  ['schmidt2016-nature', { title: 'Crystal structure', author: [{ family: 'Schmidt' }, { family: 'Kruse' }, { family: 'Zheng' }] }],
  ['lee2007-ejp', { title: 'Affinities', author: [{ family: 'Lee' }, { family: 'Chen' }] }],
  ['abadias2013-bjcp', { title: 'Phase I', author: [{ family: 'Abadias' }] }],
]);
const shared: AstroMarkdownOptions = { ...markdownConfigDefaults, syntaxHighlight: false };
const FILE = '/site/content/reviews/sample.mdx';

async function renderMd(name: MarkdownProcessorName, body: string, frontmatter: Record<string, unknown> = {}) {
  const renderer = await markdownProcessor(name, { refs: () => refs }).createRenderer(shared);
  const { code, metadata } = await renderer.render(body, { frontmatter: structuredClone(frontmatter), fileURL: new URL(`file://${FILE}`) });
  return { html: code.trim(), headings: metadata.headings, frontmatter: metadata.frontmatter };
}

async function compileMdx(name: MarkdownProcessorName, body: string, frontmatter: Record<string, unknown> = {}) {
  const renderer = await markdownProcessor(name, { refs: () => refs }).createMdxRenderer!(shared, { optimize: false });
  const { code } = await renderer.process(body, FILE, structuredClone(frontmatter));
  // Both compilers end the module with these two exports, as JSON.
  const exported = (pattern: RegExp) => JSON.parse(pattern.exec(code)![1]!) as unknown;
  return { frontmatter: exported(/export const frontmatter = (\{[\s\S]*?\});\n/), headings: exported(/export function getHeadings\(\) \{\s*return (\[[\s\S]*?\]);?\s*\}/) };
}

async function failure(run: () => Promise<unknown>): Promise<CitationError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CitationError);
  return error as CitationError;
}

const cite = (key: string, n: number, occurrence: number) => `<a href="#ref-${key}" class="cite" id="cite-${n}-${occurrence}">${n}</a>`;
const anchor = (id: string) => `<a class="heading-anchor" href="#${id}" data-pagefind-ignore="all"><span aria-hidden="true">#</span><span class="sr-only">Link to this section</span></a>`;

const SAMPLES: [string, string, string[]][] = [
  ['a paragraph cluster', 'Binds BiP [@schmidt2016-nature; @lee2007-ejp].', [`<p>Binds BiP <span class="citation">[${cite('schmidt2016-nature', 1, 1)}, ${cite('lee2007-ejp', 2, 1)}]</span>.</p>`]],
  ['a locator', 'Dose [@abadias2013-bjcp, p. 105].', [`<span class="citation">[${cite('abadias2013-bjcp', 1, 1)}, p. 105]</span>`]],
  ['a narrative citation', '@schmidt2016-nature showed a trimer.', [`<p>Schmidt et al. <span class="citation">[${cite('schmidt2016-nature', 1, 1)}]</span> showed a trimer.</p>`]],
  ['a table', '| Ligand | Ki |\n|---|---|\n| PD144418 | 0.08 nM [@lee2007-ejp] |', [`<td>0.08 nM <span class="citation">[${cite('lee2007-ejp', 1, 1)}]</span></td>`, '<th>Ligand</th>']],
  ['a list', '- first [@lee2007-ejp]\n- second [@lee2007-ejp]', [`<li>first <span class="citation">[${cite('lee2007-ejp', 1, 1)}]</span></li>`, `<li>second <span class="citation">[${cite('lee2007-ejp', 1, 2)}]</span></li>`]],
  ['headings', '## Structure and *ligands*\n\n### In vitro\n\n#### Deep\n\n##### Deeper', [`<h2 id="structure-and-ligands">Structure and <em>ligands</em>${anchor('structure-and-ligands')}</h2>`, `<h3 id="in-vitro">In vitro${anchor('in-vitro')}</h3>`, `<h4 id="deep">Deep${anchor('deep')}</h4>`, '<h5 id="deeper">Deeper</h5>']],
  ['an external and an internal link', 'See [PubMed](https://pubmed.ncbi.nlm.nih.gov/1/) and [E-52862](/compounds/e-52862/).', ['<a href="https://pubmed.ncbi.nlm.nih.gov/1/" rel="noopener">PubMed</a>', '<a href="/compounds/e-52862/">E-52862</a>']],
  ['a link whose text contains @', 'Write to [team @lee2007-ejp](https://example.org/) or info@benchchem.com.', ['<a href="https://example.org/" rel="noopener">team @lee2007-ejp</a>', '<a href="mailto:info@benchchem.com">info@benchchem.com</a>']],
  ['code is not cited', 'Type `[@lee2007-ejp]` to cite.', ['<code>[@lee2007-ejp]</code>']],
  ['strikethrough and smart quotes', 'A ~~retracted~~ "claim" [@lee2007-ejp].', ['<del>retracted</del> “claim”']],
];

describe.each(MARKDOWN_PROCESSORS)('%s', (name) => {
  test.each(SAMPLES)('%s renders as expected', async (_label, body, fragments) => {
    const { html } = await renderMd(name, body);
    for (const fragment of fragments) expect(html).toContain(fragment);
  });

  test('key points and data fields are numbered before the body; frontmatter carries the result', async () => {
    const frontmatter = { keyPoints: ['A trimer [@schmidt2016-nature].'], affinities: [{ ref: 'abadias2013-bjcp' }] };
    const { frontmatter: out } = await renderMd(name, 'Text [@lee2007-ejp; @schmidt2016-nature].', frontmatter);
    expect(out['keyPointsHtml']).toEqual([`A trimer <span class="citation">[${cite('schmidt2016-nature', 1, 1)}]</span>.`]);
    expect(out['citations']).toEqual([
      { key: 'schmidt2016-nature', n: 1, occurrences: ['cite-1-1', 'cite-1-2'] },
      { key: 'abadias2013-bjcp', n: 2, occurrences: [] },
      { key: 'lee2007-ejp', n: 3, occurrences: ['cite-3-1'] },
    ]);
  });

  test('headings: same slugs and text as the page table of contents reads them', async () => {
    const { headings } = await renderMd(name, '## Structure\n\n## Structure\n\n### The `S1R` gene');
    expect(headings).toEqual([
      { depth: 2, slug: 'structure', text: 'Structure' },
      { depth: 2, slug: 'structure-1', text: 'Structure' },
      { depth: 3, slug: 'the-s1r-gene', text: 'The S1R gene' },
    ]);
  });

  test.each([
    ['.md', renderMd],
    ['.mdx', compileMdx],
  ])('an unknown key in the body (%s) names file, line and column, with a suggestion', async (_ext, run) => {
    const error = await failure(() => run(name, '## Structure\n\nFine [@lee2007-ejp].\n\n- a list item\n  continues [@lee2007-ejp; @schmidt2016] here.'));
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({ file: FILE, line: 6, column: 28 });
    expect(error.message).toMatch(/sample\.mdx:6:28\n {2}\[citation-resolves\] \[@schmidt2016\]: no reference "schmidt2016"\. Did you mean "schmidt2016-nature"\?$/);
  });

  test('an unknown key in a key point names the file', async () => {
    const error = await failure(() => compileMdx(name, 'Body.', { keyPoints: ['Bad [@lee2007]'] }));
    expect({ file: error.file, line: error.line }).toEqual({ file: FILE, line: undefined });
    expect(error.message).toMatch(/sample\.mdx\n {2}\[citation-resolves\] \[@lee2007\]: no reference "lee2007"\. Did you mean "lee2007-ejp"\?$/);
  });
});

describe('both processors agree', () => {
  const page = SAMPLES.map(([, body]) => body).join('\n\n');
  const frontmatter = { keyPoints: ['Key [@abadias2013-bjcp; @lee2007-ejp].'], refs: ['schmidt2016-nature'] };

  test('.md: the same HTML, headings and frontmatter', async () => {
    const [u, s] = await Promise.all(MARKDOWN_PROCESSORS.map((name) => renderMd(name, page, frontmatter)));
    expect(s).toEqual(u);
  });

  test('.mdx: the same exported frontmatter and headings', async () => {
    const [u, s] = await Promise.all(MARKDOWN_PROCESSORS.map((name) => compileMdx(name, page, frontmatter)));
    expect(s).toEqual(u);
    expect(u!.frontmatter).toMatchObject({ citations: expect.arrayContaining([expect.objectContaining({ key: 'lee2007-ejp' })]) });
  });

  test('where GFM and smart punctuation differ (neither appears in content/)', async () => {
    const [u, s] = await Promise.all(MARKDOWN_PROCESSORS.map((name) => renderMd(name, 'Doses 1--5 mg[^1].\n\n[^1]: A note.')));
    expect(u!.html).toContain('1—5 mg<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>');
    expect(s!.html).toContain('1–5 mg<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>');
  });
});

test('an unknown processor name stops with the variable and the allowed values', () => {
  expect(() => assertMarkdownProcessorName('remark', 'ATLAS_MARKDOWN')).toThrow('ATLAS_MARKDOWN="remark" is not a Markdown processor. Use one of: unified, satteri.');
});
