/**
 * The content check of a large archive on every core. Articles are most of
 * what a check costs (at 4,000 of them, about 5 s of one core to parse and
 * validate their files and 14 s to render their bodies, against well under a
 * second for every actor, event and narrative), and each article is checked
 * and rendered on its own: so the actors, events and narratives are checked
 * here, and the article files are sent to worker threads
 * (`articles-worker.ts`), which check each file (`checkEachFile()`) and
 * render each valid one's body (`createBodiesRenderer()`) with the same
 * functions as this thread, once. What they send back is plain data, the
 * HTML and each valid file's text deflated; the checks across files then run here
 * (`checkAcross()`), as for a small archive.
 *
 * Each worker's heap is held small (`resourceLimits`): the memory a thread's
 * heap grew to is not given back to the system when the thread ends, and
 * with V8's defaults two workers left about 550 MB behind them for the rest
 * of the build.
 *
 * A smaller archive is checked in this thread, where workers would save
 * little time and hold memory ({@link PARALLEL_FROM}).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BodyContext, BodyOutcome } from '#lib/check/article-checks.ts';
import { type CheckedFiles, type ContentFile, type FileResult, checkAcross, checkAndRender, checkEachFile } from '#lib/check/content-check.ts';
import { withoutBom } from '#lib/check/file-text.ts';
import { lineOfText } from '#lib/check/frontmatter.ts';
import type { Entry } from '#lib/content/entry.ts';
import type { FieldPath } from '#lib/content/problems.ts';
import type { BodyRendering } from '#lib/render/article-renderer.ts';
import type { ActorMention } from '#lib/render/plugins/remark-actor-mentions.ts';
import { unpackText } from '#lib/text/packed-text.ts';

/**
 * Below this many articles, this thread checks them all. At 1,000 generated
 * articles two workers checked them in 4.8 s against 5.2 s here, and left
 * about 100 MB more with the process; at 4,000, 15.6 s against about 25 s.
 */
export const PARALLEL_FROM = 2000;

/** How many article files a worker is sent at a time: few enough that the work is shared evenly, enough that messages cost little. */
const BATCH = 20;

/** How many batches each worker has in hand, so that it never waits for the next. */
const IN_HAND = 2;

/**
 * The heap of each worker, in MB. It holds a batch, the renderer and what
 * rendering one body makes at a time. A worker that runs out of it (an
 * article of several megabytes) stops, and the check starts again in this
 * thread, which has no such limit.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 256 };

/** What a worker renders with: every actor and event, as plain entries, and Astro's `base`. */
export type WorkerContext = Omit<BodyContext, 'aliasIndex'>;

/** What a worker is sent: batches of article files, then word that there are no more. */
export type WorkerRequest = { readonly files: readonly ContentFile[] } | { readonly done: true };

/**
 * What a worker sends back for one article file: what it made of the file,
 * and of its body if the file is valid, in fewer bytes than they take in
 * memory. A valid entry comes with the file's text deflated instead of its
 * body, and without `lineOf` (a function): this thread makes both from the
 * text when they are read ({@link packedEntry}). The sentences of a
 * rendering's mentions come once each ({@link packRendering}).
 */
export interface CheckedArticle {
  readonly result: FileResult;
  /** Whether the file had a `lineOf` in the worker. */
  readonly lines: boolean;
  /** A valid file's text, without its byte order mark, deflated (`packText()`). */
  readonly text?: Uint8Array;
  /** How long the entry's body is: the end of the file's text. */
  readonly bodyLength?: number;
  readonly outcome?: { readonly ok: true; readonly rendering: PackedRendering } | { readonly ok: false; readonly error: Error };
}

/** A worker's answer to a batch, in the batch's order, or to the last request. */
export type WorkerReply = readonly CheckedArticle[] | 'done';

/** A rendering whose mentions name their sentence by its place in `sentences`: a sentence with several names is sent once. */
export interface PackedRendering extends Omit<BodyRendering, 'mentions'> {
  readonly sentences: readonly string[];
  readonly mentions: readonly (Omit<ActorMention, 'sentence'> & { readonly sentence: number })[];
}

const WORKER_FILE = fileURLToPath(new URL('./articles-worker.ts', import.meta.url));

/** One worker per core, at most four. */
const defaultThreads = () => Math.min(availableParallelism(), 4);

/** An entry as plain data, which can be sent to another thread. */
export const plainEntry = <T,>({ id, file, data, body }: Entry<T>): Entry<T> => ({ id, file, data, body });

/** `rendering` as a worker sends it; see {@link PackedRendering}. */
export function packRendering({ mentions, ...rendering }: BodyRendering): PackedRendering {
  const at = new Map<string, number>();
  const packed = mentions.map((mention) => {
    let index = at.get(mention.sentence);
    if (index === undefined) at.set(mention.sentence, (index = at.size));
    return { ...mention, sentence: index };
  });
  return { ...rendering, sentences: [...at.keys()], mentions: packed };
}

/** `packed` as it was rendered, the mentions of one sentence sharing its string. */
function unpackRendering({ sentences, mentions, ...rendering }: PackedRendering): BodyRendering {
  return { ...rendering, mentions: mentions.map((mention) => ({ ...mention, sentence: sentences[mention.sentence]! })) };
}

/**
 * The content check of `files` (`checkFiles()`) and the renderings of their
 * articles' bodies under `base`: the articles checked and rendered on
 * `threads` worker threads (default: one per core, at most four) when there
 * are at least `from` of them (default {@link PARALLEL_FROM}), and in this
 * thread otherwise.
 */
export async function checkFilesOnEveryCore(
  files: readonly ContentFile[],
  base: string,
  { threads = defaultThreads(), from = PARALLEL_FROM }: { readonly threads?: number; readonly from?: number } = {},
): Promise<CheckedFiles> {
  const articles = files.flatMap((file, at) => (file.collection === 'articles' ? [at] : []));
  // A copy of this module bundled elsewhere has no worker beside it, and checks here.
  if (articles.length < from || threads < 2 || !existsSync(WORKER_FILE)) return checkAndRender(files, base);
  try {
    return await checkOnWorkers(files, articles, base, threads);
  } catch {
    // A worker stopped (out of memory, or killed): what the workers made is dropped, and every file is checked here.
    return checkAndRender(files, base);
  }
}

/** The check of `files` with the articles, at the indexes `articles`, checked and rendered on `threads` workers. */
async function checkOnWorkers(files: readonly ContentFile[], articles: readonly number[], base: string, threads: number): Promise<CheckedFiles> {
  const results: FileResult[] = [];
  files.forEach((file, at) => {
    if (file.collection !== 'articles') results[at] = checkEachFile(file);
  });
  const valid = (collection: ContentFile['collection']) =>
    files.flatMap((file, at) => {
      const checked = file.collection === collection ? results[at]!.checked : undefined;
      return checked?.ok ? [plainEntry(checked.entry)] : [];
    });
  const context = { actors: valid('actors'), events: valid('events'), base } as WorkerContext;
  const checkedArticles = await checkInWorkers(
    articles.map((at) => files[at]!),
    context,
    threads,
  );
  const outcomes = new Map<string, BodyOutcome>();
  articles.forEach((at, k) => {
    const article = checkedArticles[k]!;
    const { result, outcome } = article;
    results[at] = restored(article, files[at]!);
    if (outcome && result.checked.ok) outcomes.set(result.checked.id, outcome.ok ? { ok: true, rendering: unpackRendering(outcome.rendering) } : outcome);
  });
  return { checked: checkAcross(files, results), outcomes };
}

/**
 * What the worker made of `file`, with what it did not send: a valid entry's
 * body and `lineOf`, read from the text it sent deflated ({@link packedEntry});
 * an invalid file's `lineOf`, made from `file`'s text.
 */
function restored({ result, lines, text, bodyLength = 0 }: CheckedArticle, file: ContentFile): FileResult {
  const { checked } = result;
  if (checked.ok) return { ...result, checked: { ...checked, entry: packedEntry(checked.entry, text!, bodyLength, lines) } };
  return { ...result, checked: { ...checked, ...(lines ? { lineOf: lineOfText(withoutBom(file.text)) } : {}) } };
}

/**
 * `entry` with its body and the lines of its fields read from its file's
 * text, which it holds deflated (`packed`): its body is the text's last
 * `bodyLength` characters. Astro's thread keeps every entry for the whole
 * build, and reads the body only to render it when the check's rendering was
 * not taken (and in the dev server, to store it); held as strings, the texts
 * of 4,000 generated articles took 93.5 MB of heap (most have a typographic
 * quote, which makes a string two bytes a character), deflated 11.4 MB.
 */
export function packedEntry<T>({ id, file, data }: Entry<T>, packed: Uint8Array, bodyLength: number, lines: boolean): Entry<T> {
  const text = () => unpackText(packed);
  return {
    id,
    file,
    data,
    get body() {
      const all = text();
      return all.slice(all.length - bodyLength);
    },
    ...(lines ? { lineOf: (path: FieldPath) => lineOfText(text())(path) } : {}),
  };
}

/**
 * Checks and renders `files` on `threads` workers, {@link BATCH} files at a
 * time: each worker has {@link IN_HAND} batches in hand and is sent another
 * as it answers one, so that every core stays busy to the end. What comes
 * back is in the order of `files`.
 */
async function checkInWorkers(files: readonly ContentFile[], context: WorkerContext, threads: number): Promise<CheckedArticle[]> {
  const batches = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, i) => i * BATCH);
  const checked: CheckedArticle[] = [];
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(WORKER_FILE, { workerData: context, resourceLimits: WORKER_HEAP }));
  const work = workers.map(
    (worker) =>
      new Promise<void>((done, fail) => {
        // The start of each batch sent and not yet answered, oldest first: a worker answers in order.
        const inHand: number[] = [];
        const send = () => {
          const start = batches[next++];
          if (start === undefined) return;
          inHand.push(start);
          worker.postMessage({ files: files.slice(start, start + BATCH) } satisfies WorkerRequest);
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply === 'done') return done();
          const start = inHand.shift()!;
          reply.forEach((article, i) => (checked[start + i] = article));
          send();
          if (inHand.length === 0) worker.postMessage({ done: true } satisfies WorkerRequest);
        });
        worker.once('error', fail);
        worker.once('exit', (code) => fail(new Error(`a worker of the content check stopped (exit code ${code}) before its articles were checked`)));
        for (let i = 0; i < IN_HAND; i++) send();
        if (inHand.length === 0) worker.postMessage({ done: true } satisfies WorkerRequest);
      }),
  );
  try {
    await Promise.all(work);
    return checked;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
