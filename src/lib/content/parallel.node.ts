/**
 * Bodies are parsed, checked and rendered on every core: the MDX parser is the slowest step of
 * the check, and each body is independent. The result is the same as `processBody` one by one.
 * With a cache (body-cache.node.ts) only the bodies it does not hold are processed, and their
 * results are added to it.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { processBody, type BodyProblem, type RenderedBody } from './body.ts';
import type { BodyCache } from './body-cache.node.ts';

export type BodyResults = Map<string, { problems: BodyProblem[]; rendered?: RenderedBody }>;

export interface BodyStats {
  /** Bodies processed (parsed, checked, rendered) in this run. */
  processed: number;
  /** Bodies taken from the cache. */
  cached: number;
  /** Cache entries found but refused (and processed again). */
  refused: number;
}

export async function processBodies(entries: { id: string; body?: string }[], cache?: BodyCache, stats?: BodyStats): Promise<BodyResults> {
  const all = entries.filter((e) => (e.body ?? '').trim().length >= 200).map((e) => ({ id: e.id, body: e.body! }));
  const done: BodyResults = new Map();
  const items: typeof all = [];
  for (const item of all) {
    const hit = cache?.get(item.body);
    if (hit) done.set(item.id, hit);
    else items.push(item);
  }
  const fresh = await processUncached(items);
  for (const { id, body } of items) {
    const result = fresh.get(id)!;
    cache?.set(body, result);
    done.set(id, result);
  }
  if (stats) Object.assign(stats, { processed: items.length, cached: all.length - items.length, refused: cache?.refused ?? 0 });
  // In the entries' order, as without a cache.
  return new Map(all.map(({ id }) => [id, done.get(id)!]));
}

async function processUncached(items: { id: string; body: string }[]): Promise<BodyResults> {
  const workers = Math.min(availableParallelism(), Math.ceil(items.length / 100));
  // Small registers are quicker without starting threads.
  if (workers < 2) return new Map(items.map(({ id, body }) => [id, processBody(body)]));
  const size = Math.ceil(items.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => items.slice(i * size, (i + 1) * size));
  // A worker that fails (a body that exhausts its smaller stack or its memory) does not end the
  // check: its share is done again here, where processBody turns every failure into a problem.
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<(readonly [string, { problems: BodyProblem[]; rendered?: RenderedBody }])[]>((resolve) => {
          const worker = new Worker(new URL('./body-worker.node.ts', import.meta.url), { workerData: chunk });
          worker.once('message', resolve);
          worker.once('error', () => resolve(chunk.map(({ id, body }) => [id, processBody(body)] as const)));
        }),
    ),
  );
  return new Map(results.flat());
}
