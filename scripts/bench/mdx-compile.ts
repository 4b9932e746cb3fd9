/**
 * node --experimental-transform-types scripts/bench/mdx-compile.ts ROOT [SAMPLE]
 * Compiles a sample of ROOT's MDX pages with @mdx-js/mdx three ways (bare; + remark-gfm; + our
 * whole pipeline: remark-gfm, remark-citations, rehypeHeadingIds, rehype-heading-links) and prints
 * the median ms per page of each as one JSON line (profile.ts MdxTiming). Run by profile.ts.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { compile, type CompileOptions } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { readReferences } from '../../src/lib/content-files.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { rehypeHeadingLinks } from '../../src/plugins/rehype-heading-links.ts';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import type { MdxTiming } from './profile.ts';
import { median } from './util.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export async function mdxCompileTiming(root: string, sample: number): Promise<MdxTiming> {
  const files: string[] = [];
  for (const dir of ['reviews', 'compounds']) {
    const full = path.join(root, 'content', dir);
    for (const name of readdirSync(full).sort()) if (name.endsWith('.mdx')) files.push(path.join(full, name));
  }
  // An even spread over the corpus, not just its first files.
  const step = Math.max(1, Math.floor(files.length / sample));
  const picked = files.filter((_, i) => i % step === 0).slice(0, sample);
  const refs = readReferences(root);
  const pages = picked.map((f) => {
    const text = readFileSync(f, 'utf8');
    const m = FRONTMATTER.exec(text);
    return { path: f, body: m ? text.slice(m[0].length) : text, frontmatter: (m ? parseYaml(m[1]!) : {}) as Record<string, unknown> };
  });
  const pipelines: Record<'bare' | 'gfm' | 'full', CompileOptions> = {
    bare: { remarkPlugins: [], rehypePlugins: [] },
    gfm: { remarkPlugins: [remarkGfm], rehypePlugins: [] },
    full: { remarkPlugins: [remarkGfm, [remarkCitations, { refs: () => refs }]], rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] },
  };
  const names = ['bare', 'gfm', 'full'] as const;
  const times: Record<(typeof names)[number], number[]> = { bare: [], gfm: [], full: [] };
  // Two rounds; only the second counts, so JIT warm-up is charged to no pipeline. Within a round
  // each page goes through the three pipelines one after the other, so drift hits all three alike.
  for (const round of [0, 1]) {
    for (const p of pages) {
      for (const name of names) {
        // Astro puts the parsed frontmatter here before remark plugins run; the citation plugin reads it.
        const file = new VFile({ path: p.path, value: p.body, data: { astro: { frontmatter: structuredClone(p.frontmatter) } } });
        const t = performance.now();
        await compile(file, pipelines[name]);
        if (round === 1) times[name].push(performance.now() - t);
      }
    }
  }
  const perPageMs = { bare: median(times.bare), gfm: median(times.gfm), full: median(times.full) };
  return { pages: pages.length, perPageMs, citationPluginsMs: perPageMs.full - perPageMs.gfm };
}

if (import.meta.filename === process.argv[1]) {
  const [root, sample = '120'] = process.argv.slice(2);
  if (!root) throw new Error('usage: mdx-compile.ts ROOT [SAMPLE]');
  console.log(JSON.stringify(await mdxCompileTiming(root, Number(sample))));
}
