/**
 * node --experimental-transform-types scripts/bench/mdx-compile.ts ROOT [SAMPLE] [--processors]
 * Compiles a sample of ROOT's MDX pages with @mdx-js/mdx three ways (bare; + remark-gfm; + our
 * whole pipeline: remark-gfm, remark-citations, rehypeHeadingIds, rehype-heading-links) and prints
 * the median ms per page of each as one JSON line (profile.ts MdxTiming). Run by profile.ts.
 * With --processors: a sample of reviews through each Markdown processor's MDX renderer, as
 * @astrojs/mdx runs it (src/plugins/markdown.ts: unified or Sätteri, our adapters included), one
 * JSON line (ProcessorTiming). Run by processors.ts.
 */
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { compile, type CompileOptions } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { readReferences } from '../../src/lib/content-files.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { markdownProcessor, MARKDOWN_PROCESSORS, type MarkdownProcessorName } from '../../src/plugins/markdown.ts';
import { rehypeHeadingLinks } from '../../src/plugins/rehype-heading-links.ts';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import type { MdxTiming } from './profile.ts';
import { median } from './util.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

interface SamplePage {
  path: string;
  body: string;
  frontmatter: Record<string, unknown>;
}

/** An even spread of `sample` pages of `dirs` over ROOT's content, not just its first files. */
function samplePages(root: string, sample: number, dirs: readonly string[]): SamplePage[] {
  const files: string[] = [];
  for (const dir of dirs) {
    const full = path.join(root, 'content', dir);
    for (const name of readdirSync(full).sort()) if (name.endsWith('.mdx')) files.push(path.join(full, name));
  }
  // An even spread over the corpus, not just its first files.
  const step = Math.max(1, Math.floor(files.length / sample));
  const picked = files.filter((_, i) => i % step === 0).slice(0, sample);
  return picked.map((f) => {
    const text = readFileSync(f, 'utf8');
    const m = FRONTMATTER.exec(text);
    return { path: f, body: m ? text.slice(m[0].length) : text, frontmatter: (m ? parseYaml(m[1]!) : {}) as Record<string, unknown> };
  });
}

export async function mdxCompileTiming(root: string, sample: number): Promise<MdxTiming> {
  const pages = samplePages(root, sample, ['reviews', 'compounds']);
  const refs = readReferences(root);
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

export interface ProcessorTiming {
  /** Review pages in the sample. */
  pages: number;
  /** Timed rounds over the sample (after one warm-up round). */
  rounds: number;
  /** Median and mean ms per page compile, per processor, over every timed compile. */
  medianMs: Record<MarkdownProcessorName, number>;
  meanMs: Record<MarkdownProcessorName, number>;
}

/**
 * Each review page (the longest pages, the most citations) through each processor's MDX renderer. Round 0 warms up (JIT, Shiki, native
 * binding) and is not counted; within a round each page goes through both processors one after
 * the other, so drift in machine load hits both alike.
 */
export async function processorCompileTiming(root: string, sample: number, rounds = 5): Promise<ProcessorTiming> {
  const pages = samplePages(root, sample, ['reviews']);
  const refs = readReferences(root);
  const renderers = await Promise.all(MARKDOWN_PROCESSORS.map((name) => markdownProcessor(name, { refs: () => refs }).createMdxRenderer!(markdownConfigDefaults, { optimize: false })));
  const times = MARKDOWN_PROCESSORS.map((): number[] => []);
  for (let round = 0; round <= rounds; round++) {
    for (const p of pages) {
      for (const [i, renderer] of renderers.entries()) {
        const t = performance.now();
        await renderer.process(p.body, p.path, structuredClone(p.frontmatter));
        if (round > 0) times[i]!.push(performance.now() - t);
      }
    }
  }
  const per = (f: (values: number[]) => number) => Object.fromEntries(MARKDOWN_PROCESSORS.map((name, i) => [name, f(times[i]!)])) as Record<MarkdownProcessorName, number>;
  return { pages: pages.length, rounds, medianMs: per(median), meanMs: per((v) => v.reduce((a, b) => a + b, 0) / v.length) };
}

if (import.meta.filename === process.argv[1]) {
  const [root, sample = '120', mode] = process.argv.slice(2);
  if (!root) throw new Error('usage: mdx-compile.ts ROOT [SAMPLE] [--processors]');
  console.log(JSON.stringify(mode === '--processors' ? await processorCompileTiming(root, Number(sample)) : await mdxCompileTiming(root, Number(sample))));
}
