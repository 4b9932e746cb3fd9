/**
 * The bibliography formatted ahead of rendering, in a worker thread. citeproc takes 1-3 ms per
 * reference and style, and each reference is formatted three times (Vancouver for bibliographies,
 * APA and Vancouver for "Cite this work"): about 3 s of a 700-reference build, all of it on the
 * rendering's thread, while the machine's other cores sat mostly idle. The worker reads the
 * reference files as the content layer does (src/lib/content-files.ts, then the reference schema),
 * formats them with the very functions the pages call, and sends the texts back in batches; the
 * rendering finds them in format.ts's store, keyed by the CSL items themselves, so a text is used
 * only where the page asks for exactly what the worker formatted. Whatever has not arrived yet, or
 * differs, is formatted on the spot as before: the output does not depend on the worker.
 */
import { Worker } from 'node:worker_threads';
import { formattedTexts } from './format.ts';

/** One batch from the worker: [key, text] pairs of citeproc's output. */
export type Batch = [string, string][];

export interface Prefetch {
  /** Settles when the worker has sent everything (or failed). */
  done: Promise<void>;
  /** Stops the worker if it still runs and reports what the rendering used. */
  stop(): Promise<{ ahead: number; found: number; made: number; error?: string }>;
}

export function prefetchCitations(root: string): Prefetch {
  const store = formattedTexts();
  let ahead = 0;
  let error: string | undefined;
  const worker = new Worker(new URL('./prefetch-worker.ts', import.meta.url), { workerData: { root } });
  worker.on('message', (batch: Batch) => {
    for (const [key, text] of batch) {
      if (store.texts.has(key)) continue;
      store.texts.set(key, text);
      store.ahead.add(key);
      ahead++;
    }
  });
  worker.on('error', (e) => void (error = e instanceof Error ? e.message : String(e)));
  const done = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // The build does not wait for it: a worker still running when rendering ends is stopped.
  worker.unref();
  return {
    done,
    async stop() {
      await worker.terminate();
      return { ahead, found: store.found, made: store.made, ...(error ? { error } : {}) };
    },
  };
}
