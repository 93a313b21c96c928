/**
 * Named-entity tagging of a long text's blocks on every core: the tagger is
 * the costliest step of drafting, and each block is tagged on its own, so the
 * blocks are shared out between worker threads in contiguous runs of about
 * equal length. A short text is tagged in the calling thread.
 *
 * A long block (a text pasted as one line) is tagged in pieces of whole
 * sentences: names do not cross sentences, and the tagger's cost grows
 * faster than the length of what it is given.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sentencePieces } from '#lib/text/sentences.ts';
import { type Found, findByNer } from './detect-candidates.ts';

/** Below this many characters, starting workers costs more than it saves. */
const PARALLEL_FROM = 200_000;

/** The most characters the tagger is given at once, unless one sentence is longer. */
const PIECE_LENGTH = 10_000;

/** Tags `texts` in worker threads, in contiguous runs of about equal length. */
async function tagOnEveryCore(texts: readonly string[], threads: number): Promise<Found[][]> {
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const runs: string[][] = [];
  let run: string[] = [];
  let size = 0;
  for (const text of texts) {
    run.push(text);
    size += text.length;
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

/** `findByNer` of every block, in order. */
export async function tagBlocks(blocks: readonly string[]): Promise<Found[][]> {
  const pieces = blocks.flatMap((block, index) => sentencePieces(block, PIECE_LENGTH).map((piece) => ({ ...piece, block: index })));
  const total = blocks.reduce((sum, block) => sum + block.length, 0);
  const threads = Math.min(availableParallelism(), 4);
  const texts = pieces.map((piece) => piece.text);
  const tagged = total < PARALLEL_FROM || threads < 2 ? texts.map(findByNer) : await tagOnEveryCore(texts, threads);
  const found: Found[][] = blocks.map(() => []);
  pieces.forEach((piece, i) => {
    for (const span of tagged[i]!) found[piece.block]!.push({ ...span, start: span.start + piece.offset, end: span.end + piece.offset });
  });
  return found;
}
