// /search-aliases.json: the alias groups search expands at index time (src/lib/search-index.ts), from
// the same names the pages carry as search aliases: compounds, conditions and genes, methods and
// glossary terms (title and synonyms). Read by the search-index step of the build (scripts/lib/pagefind-index.ts).
import type { APIRoute } from 'astro';
import { getCompounds, getConditions, getGlossary, getMethods } from '../content.ts';
import { aliasGroups, type NamedThing } from '../lib/search-index.ts';

export const GET: APIRoute = async () => {
  const things: NamedThing[] = [];
  for (const list of [await getCompounds(), await getConditions(), await getMethods()]) {
    for (const e of list) things.push({ title: e.data.title, synonyms: e.data.synonyms });
  }
  for (const e of await getGlossary()) things.push({ title: e.data.term, synonyms: e.data.synonyms });
  return new Response(JSON.stringify(aliasGroups(things)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
