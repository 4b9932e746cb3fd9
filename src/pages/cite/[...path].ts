// /cite/<section>/<slug>.bib and .ris: "Cite this page" as downloadable files, one per content page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages, type CitablePageEntry } from '../../content.ts';
import { citePageAs } from '../../lib/cite-page.ts';

export const getStaticPaths = (async () => {
  const pages = await citablePages();
  return pages.flatMap((page) => {
    const base = page.path.replace(/^\/|\/$/g, '');
    return [
      { params: { path: `${base}.bib` }, props: { page, format: 'bibtex' as const } },
      { params: { path: `${base}.ris` }, props: { page, format: 'ris' as const } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, format } = props as { page: CitablePageEntry; format: 'bibtex' | 'ris' };
  const type = format === 'bibtex' ? 'application/x-bibtex' : 'application/x-research-info-systems';
  return new Response(citePageAs(page.cite, format), { headers: { 'content-type': `${type}; charset=utf-8` } });
};
