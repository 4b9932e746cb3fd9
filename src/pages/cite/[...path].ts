// /cite/<section>/<slug>.bib and .ris: "Cite this page" as downloadable files, one per content page.
// A reference page's files cite the work it records ("Cite this work"), as Zotero saves it from the page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages, getReferences, type CitablePageEntry } from '../../content.ts';
import { citePageAs, citeWorkAs } from '../../lib/cite-page.ts';
import { entryUrl } from '../../lib/registry.ts';

type Work = { key: string; data: Record<string, unknown> };

export const getStaticPaths = (async () => {
  const pages = await citablePages();
  const works = new Map((await getReferences()).map((e) => [entryUrl('references', e.id), { key: e.id, data: e.data as unknown as Record<string, unknown> }]));
  return pages.flatMap((page) => {
    const base = page.path.replace(/^\/|\/$/g, '');
    const work = works.get(page.path);
    return [
      { params: { path: `${base}.bib` }, props: { page, work, format: 'bibtex' as const } },
      { params: { path: `${base}.ris` }, props: { page, work, format: 'ris' as const } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, work, format } = props as { page: CitablePageEntry; work: Work | undefined; format: 'bibtex' | 'ris' };
  const type = format === 'bibtex' ? 'application/x-bibtex' : 'application/x-research-info-systems';
  const body = work ? citeWorkAs(work.key, work.data, format) : citePageAs(page.cite, format);
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
};
