/**
 * Named-entity tagging of a long text's blocks on every core: the tagger is
 * the costliest step of drafting, and each block is tagged on its own, so the
 * blocks are shared out between worker threads in contiguous runs of about
 * equal length. A short text is tagged in the calling thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Found, findByNer } from './detect-candidates.ts';

/** Below this many characters, starting workers costs more than it saves. */
const PARALLEL_FROM = 200_000;

/** `findByNer` of every block, in order. */
export async function tagBlocks(blocks: readonly string[]): Promise<Found[][]> {
  const total = blocks.reduce((sum, block) => sum + block.length, 0);
  const threads = Math.min(availableParallelism(), 4);
  if (total < PARALLEL_FROM || threads < 2) return blocks.map(findByNer);
  const runs: string[][] = [];
  let run: string[] = [];
  let size = 0;
  for (const block of blocks) {
    run.push(block);
    size += block.length;
    if (size >= (total / threads) * (runs.length + 1) && runs.length < threads - 1) {
      runs.push(run);
      run = [];
    }
  }
  runs.push(run);
  const tagged = await Promise.all(
    runs.map(
      (texts) =>
        new Promise<Found[][]>((done, fail) => {
          const worker = new Worker(new URL('./tag-worker.ts', import.meta.url), { workerData: texts });
          worker.once('message', done);
          worker.once('error', fail);
        }),
    ),
  );
  return tagged.flat();
}
