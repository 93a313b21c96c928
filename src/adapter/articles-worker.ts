/**
 * A worker thread of the content check (`articles-in-parallel.ts`): checks
 * each article file it is sent on its own (`checkEachFile()`), renders each
 * valid one's body with the actors and events it was started with, and sends
 * back what it made of each batch, in order; answers the last request with
 * `done`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type BodyOutcome, createBodiesRenderer } from '#lib/check/article-checks.ts';
import { type ContentFile, type FileResult, checkEachFile } from '#lib/check/content-check.ts';
import { withoutBom } from '#lib/check/file-text.ts';
import type { Entry } from '#lib/content/entry.ts';
import type { Article } from '#lib/content/schema/index.ts';
import { packText } from '#lib/text/packed-text.ts';
import { type CheckedArticle, type WorkerContext, type WorkerReply, type WorkerRequest, packRendering } from './articles-in-parallel.ts';

const renderBodies = createBodiesRenderer(workerData as WorkerContext);

/** What this thread made of one file, `from`, as it sends it: see {@link CheckedArticle}. */
function sendable({ checked, problems }: FileResult, from: ContentFile, outcome: BodyOutcome | undefined): CheckedArticle {
  if (!checked.ok) {
    const { lineOf, ...failed } = checked;
    return { result: { checked: failed, problems }, lines: lineOf !== undefined };
  }
  const { id, file, data, body, lineOf } = checked.entry;
  const sent: CheckedArticle = {
    result: { checked: { ...checked, entry: { id, file, data, body: '' } }, problems },
    lines: lineOf !== undefined,
    text: packText(withoutBom(from.text)),
    bodyLength: body.length,
  };
  if (outcome === undefined) return sent;
  // Whatever a renderer threw crosses as an Error: its message and stack.
  const error = (thrown: unknown) => (thrown instanceof Error ? thrown : new Error(String(thrown)));
  return { ...sent, outcome: outcome.ok ? { ok: true, rendering: packRendering(outcome.rendering) } : { ok: false, error: error(outcome.error) } };
}

/** What this thread makes of a batch of files, in order. */
function checkBatch(files: readonly ContentFile[]): CheckedArticle[] {
  const results = files.map(checkEachFile);
  const outcomes = renderBodies(results.flatMap(({ checked }) => (checked.ok ? [checked.entry as Entry<Article>] : [])));
  return results.map((result, i) => sendable(result, files[i]!, result.checked.ok ? outcomes.get(result.checked.id) : undefined));
}

parentPort?.on('message', (request: WorkerRequest) => {
  if ('done' in request) {
    parentPort?.postMessage('done' satisfies WorkerReply);
    return;
  }
  const reply = checkBatch(request.files);
  // The deflated texts and bodies move to the calling thread rather than being copied.
  const packed = reply.flatMap(({ text, outcome }) => [...(text ? [text] : []), ...(outcome?.ok ? [outcome.rendering.html] : [])]);
  parentPort?.postMessage(reply satisfies WorkerReply, packed.map((bytes) => bytes.buffer as ArrayBuffer));
});
