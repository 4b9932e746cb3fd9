// /search-vocabulary.json: the words search may suggest when a query word is on no page ("did you
// mean"), from the site's names. Fetched only after such a miss (src/scripts/pagefind-modular.ts).
import type { APIRoute } from 'astro';
import { getCompounds, getConditions, getGlossary, getMethods, getReviews, getTrials } from '../content.ts';
import { vocabulary } from '../lib/search-honesty.ts';

export const GET: APIRoute = async () => {
  const names: string[] = [];
  for (const list of [await getReviews(), await getTrials(), await getMethods()]) {
    for (const e of list) names.push(e.data.title);
  }
  for (const e of await getConditions()) names.push(e.data.title, ...e.data.synonyms);
  for (const e of await getCompounds()) names.push(e.data.title, ...e.data.synonyms);
  for (const e of await getGlossary()) names.push(e.data.term, ...e.data.synonyms);
  return new Response(JSON.stringify(vocabulary(names)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
