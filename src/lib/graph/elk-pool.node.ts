/**
 * ELK layouts on worker threads, one ELK per core (at most four). elkjs in Node runs its GWT
 * code on the calling thread: at 5,000 protocols the 1,700 graphs of a cold build took 15 s of
 * Astro's one thread, while the second core waited. The views (and so the layouts) are built in
 * getStaticPaths, several at once (src/astro/paths.ts); on workers those layouts run side by side.
 * The result is ELK's own, whichever thread computes it.
 *
 * A worker is referenced only while it has a layout to do: an idle pool never keeps a build or
 * a test process from ending, and a pending layout always does.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';

// CommonJS, evaluated in the worker: ELK's bundled build, which lays out on the worker's own thread.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const ELK = require(workerData.elk);
const elk = new ELK();
parentPort.on('message', ({ id, graph }) => {
  elk.layout(graph).then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});
`;

interface Job {
  resolve: (result: ElkNode) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
}

const elkPath = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');
const size = Math.max(1, Math.min(4, availableParallelism()));
const pool: PoolWorker[] = [];
let nextId = 0;

function failAll(entry: PoolWorker, error: Error): void {
  const at = pool.indexOf(entry);
  if (at >= 0) pool.splice(at, 1);
  for (const job of entry.jobs.values()) job.reject(error);
  entry.jobs.clear();
}

function startWorker(): PoolWorker {
  const entry: PoolWorker = { worker: new Worker(workerSource, { eval: true, workerData: { elk: elkPath } }), jobs: new Map() };
  entry.worker.unref();
  entry.worker.on('message', ({ id, result, error }: { id: number; result?: ElkNode; error?: string }) => {
    const job = entry.jobs.get(id);
    if (!job) return;
    entry.jobs.delete(id);
    if (entry.jobs.size === 0) entry.worker.unref();
    if (error !== undefined) job.reject(new Error(`ELK: ${error}`));
    else job.resolve(result!);
  });
  // A worker that dies (out of memory, say) fails its layouts; the next layout starts a new one.
  entry.worker.on('error', (error) => failAll(entry, error));
  entry.worker.on('exit', (code) => failAll(entry, new Error(`ELK-werker gestopt (code ${code})`)));
  pool.push(entry);
  return entry;
}

/** Lays out an ELK graph on the least busy worker (a new one while the pool is not full). */
export function elkLayout(graph: ElkNode): Promise<ElkNode> {
  const idle = pool.find((entry) => entry.jobs.size === 0);
  const entry = idle ?? (pool.length < size ? startWorker() : pool.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a)));
  const id = nextId++;
  return new Promise<ElkNode>((resolve, reject) => {
    if (entry.jobs.size === 0) entry.worker.ref();
    entry.jobs.set(id, { resolve, reject });
    entry.worker.postMessage({ id, graph });
  });
}
