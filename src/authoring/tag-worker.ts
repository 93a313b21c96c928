/** A worker thread of {@link tagBlocks}: tags the blocks it is given and posts back their spans. */
import { parentPort, workerData } from 'node:worker_threads';
import { findByNer } from './detect-candidates.ts';

parentPort?.postMessage((workerData as string[]).map(findByNer));
