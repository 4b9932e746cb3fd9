/**
 * The worker of prefetch.ts: every reference file, parsed as the content layer parses it, formatted
 * as its pages will ask (bibliography entry, "Cite this work" in APA and Vancouver); the texts go
 * back in batches. A file that does not parse is left to the content check, which stops the build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReferenceSchema } from '../../schemas/reference.ts';
import { readReferences } from '../content-files.ts';
import { citeWorkAs } from '../cite-page.ts';
import { formatReference, formattedTexts } from './format.ts';
import type { Batch } from './prefetch.ts';

const BATCH = 25;
const { root } = workerData as { root: string };
const store = formattedTexts();
let sent = 0;
const flush = () => {
  const keys = [...store.texts.keys()].slice(sent);
  if (keys.length === 0) return;
  parentPort!.postMessage(keys.map((k) => [k, store.texts.get(k)!]) satisfies Batch);
  sent += keys.length;
};
let n = 0;
for (const [key, raw] of readReferences(root)) {
  const parsed = ReferenceSchema.safeParse(raw);
  if (!parsed.success) continue;
  const data = parsed.data as Record<string, unknown>;
  formatReference(key, data);
  citeWorkAs(key, data, 'apa');
  citeWorkAs(key, data, 'vancouver');
  if (++n % BATCH === 0) flush();
}
flush();
