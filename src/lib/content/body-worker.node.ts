// Worker thread: checks and renders a share of the bodies (see parallel.node.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { processBody } from './body.ts';

const bodies = workerData as { id: string; body: string }[];
parentPort!.postMessage(bodies.map(({ id, body }) => [id, processBody(body)] as const));
