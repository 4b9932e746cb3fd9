// /data/<file>: the downloads listed on /data/ (compounds, trials and findings as CSV and JSON; the
// bibliography as BibTeX, RIS and CSL-JSON). Built by src/lib/downloads.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDownloads } from '../../content.ts';
import type { DownloadFile } from '../../lib/downloads.ts';

export const getStaticPaths = (async () => (await getDownloads()).flatMap((group) => group.files.map((file) => ({ params: { file: file.name }, props: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DownloadFile };
  return new Response(file.body, { headers: { 'content-type': `${file.type}; charset=utf-8` } });
};
