/**
 * The site's fixed pages, read from the route files themselves (src/pages), so that a new page can
 * be linked from content the day it exists. Entry pages (/compounds/<slug>/) come from the content;
 * dynamic routes ([slug], [...alias]) and the 404 page are not fixed pages. Pure.
 */
export function routesFromPageFiles(files: readonly string[]): string[] {
  const routes = new Set<string>();
  for (const file of files) {
    const f = file.split('\\').join('/');
    if (f.includes('[') || !/\.(astro|md|mdx|ts|js)$/.test(f)) continue;
    const noExt = f.replace(/\.(astro|md|mdx|ts|js)$/, '');
    if (noExt === '404' || noExt === '500') continue;
    // An endpoint with an extension of its own (robots.txt.ts, rss.xml.ts) serves that file.
    if (/\.[a-z0-9]+$/.test(noExt)) {
      routes.add(`/${noExt}`);
      continue;
    }
    const route = noExt === 'index' ? '' : noExt.replace(/\/index$/, '');
    routes.add(route ? `/${route}/` : '/');
  }
  return [...routes].sort();
}
