// /rss.xml: every content page, most recently changed first (dates from git history).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContentPages } from '../content.ts';
import { feedItems } from '../lib/changes.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE.name,
    description: `New and updated pages on ${SITE.name}: reviews, compounds, trials, methods, findings, conditions and references on the sigma-1 receptor.`,
    site: site!,
    trailingSlash: true,
    customData: '<language>en</language>',
    items: feedItems(await getContentPages()).map((item) => ({
      title: `${item.isNew ? 'New' : 'Updated'} ${item.kind.toLowerCase()}: ${item.title}`,
      link: item.path,
      pubDate: new Date(item.date),
      description: item.summary ? `${item.summary} ${item.description}` : item.description,
      categories: [item.kind],
    })),
  });
