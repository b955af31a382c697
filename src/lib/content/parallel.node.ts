/**
 * Bodies are parsed, checked and rendered on every core: the MDX parser is the slowest step of
 * the check, and each body is independent. The result is the same as `processBody` one by one.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { processBody, type BodyProblem, type RenderedBody } from './body.ts';

export type BodyResults = Map<string, { problems: BodyProblem[]; rendered?: RenderedBody }>;

export async function processBodies(entries: { id: string; body?: string }[]): Promise<BodyResults> {
  const items = entries.filter((e) => (e.body ?? '').trim().length >= 200).map((e) => ({ id: e.id, body: e.body! }));
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
