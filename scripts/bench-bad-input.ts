/**
 * The worst cases of bad input, timed: an article whose 2,000 claims all
 * quote the text slightly wrong (each gets the nearest passage); `npm run
 * new` on a 3 MB text and on 3.9 MB of text on one line; `npm run check` on a
 * 4 MB article whose body is one line, and on an article of 10,000 claims.
 * Part of `npm run bench` (one run); alone, two runs:
 *
 *   node scripts/bench-bad-input.ts [--work /tmp/dossier-bench] [--runs 2]
 *
 * Prints seconds; it asserts nothing (these machines are shared and noisy).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '#lib/check/content-check.ts';
import { errorsIn } from '#lib/content/problems.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** A small deterministic generator (mulberry32), so that every run drafts the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** About `bytes` of news-like text: sentences of the seed article's words, in paragraphs. */
export async function newsText(bytes: number): Promise<string> {
  const words = (await readFile(join(ROOT, 'tests/fixtures/seed/iran-bolivia-military-ties.txt'), 'utf8')).split(/\s+/).filter(Boolean);
  const next = random(7);
  const pick = () => words[Math.floor(next() * words.length)]!;
  const paragraphs: string[] = [];
  let size = 0;
  for (let p = 0; size < bytes; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 2 + Math.floor(next() * 4); s++) {
      const sentence = Array.from({ length: 8 + Math.floor(next() * 18) }, pick).join(' ').replace(/[.,;:]+$/, '');
      sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)} in ${1950 + ((p * 7 + s) % 70)}.`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}

/** Seconds to check an article whose `count` claims all quote the text with a typo. */
function wrongQuotes(count: number): { seconds: number; errors: number } {
  const actor = (id: string, name: string, kind: string) => ({
    collection: 'actors' as const,
    file: `content/actors/${id}.md`,
    text: `---\nname: ${name}\nkind: ${kind}\nsummary: S.\nsources: [{ title: S, url: "https://example.org/${id}" }]\n---\n`,
  });
  const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: Iran and its neighbours signed agreement number ${i} on border security and trade.`);
  const claims = Array.from(
    { length: count },
    (_, i) => `  - { id: c${i}, quote: "Iran and its neighbors signed agreemnt number ${i % 400} on border", kind: opinion, rating: not-checkable, summary: s, assessment: a }`,
  );
  const article = {
    collection: 'articles' as const,
    file: 'content/articles/wrong.md',
    text:
      '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: daily, url: "https://example.org/a", published: 2023 }\n' +
      `analysed: 2026-01-01\nactors: [iran]\nclaims:\n${claims.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`,
  };
  const started = performance.now();
  const { problems } = checkContent([actor('iran', 'Iran', 'country'), actor('daily', 'The Daily', 'media'), article]);
  return { seconds: (performance.now() - started) / 1000, errors: errorsIn(problems).length };
}

/** A copy of the site's actors and events in `folder`, with no articles: the cast a large article meets. */
async function castOnly(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(join(folder, 'articles'), { recursive: true });
  for (const collection of ['actors', 'events']) await cp(join(ROOT, 'content', collection), join(folder, collection), { recursive: true });
}

/** Seconds for `npm run check` (a whole process, as an analyst runs it) on the content folder `folder`. */
function timeCheck(folder: string): { seconds: number; status: number | null } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, DOSSIER_CONTENT_DIR: folder }, stdio: 'ignore' });
  return { seconds: (performance.now() - started) / 1000, status: result.status };
}

const FRONTMATTER = '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: tehran-times, url: "https://www.tehrantimes.com/news/1", published: 2023 }\nanalysed: 2026-01-01\nactors: [iran, bolivia]\n';

/** `npm run check` on an article whose body is one line of about `bytes`, among the site's actors and events. */
async function checkOneLineBody(work: string, bytes: number): Promise<{ seconds: number; bytes: number; status: number | null }> {
  const folder = join(work, 'one-line-body');
  await castOnly(folder);
  const body = (await newsText(bytes - FRONTMATTER.length - 10)).replace(/\n+/g, ' ');
  const text = `${FRONTMATTER}---\n\n${body}\n`;
  await writeFile(join(folder, 'articles', 'one-line.md'), text);
  return { ...timeCheck(folder), bytes: Buffer.byteLength(text) };
}

/** `npm run check` on a compact article of `count` claims, each quoting its own sentence of the body. */
async function checkManyClaims(work: string, count: number): Promise<{ seconds: number; bytes: number; status: number | null }> {
  const folder = join(work, 'many-claims');
  await castOnly(folder);
  // As compact as YAML allows, so that 10,000 claims fit in the frontmatter's 1 MiB.
  const claims = Array.from({ length: count }, (_, i) => `- {id: c${i},quote: "pact ${i} made",kind: opinion,rating: not-checkable,summary: s,assessment: a}`);
  const body = Array.from({ length: count }, (_, i) => `Statement ${i}: Bolivia says pact ${i} made, and Iran said so in ${1950 + (i % 70)}.`);
  const text = `${FRONTMATTER}claims:\n${claims.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
  await writeFile(join(folder, 'articles', 'many-claims.md'), text);
  return { ...timeCheck(folder), bytes: Buffer.byteLength(text) };
}

/** Seconds for `npm run new` to draft a text of `bytes` (one line with `oneLine`), with the site's actors and events. */
async function draftLargeText(work: string, bytes: number, oneLine = false): Promise<{ seconds: number; bytes: number; status: number | null }> {
  const content = join(work, 'bad-input-content');
  await castOnly(content);
  const input = join(work, 'large-text.txt');
  const paragraphs = await newsText(bytes);
  const text = oneLine ? paragraphs.replace(/\n+/g, ' ') : paragraphs;
  await writeFile(input, text);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/new-article.ts', input, '--slug', 'large-text'], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_CONTENT_DIR: content },
    stdio: 'ignore',
  });
  return { seconds: (performance.now() - started) / 1000, bytes: Buffer.byteLength(text), status: result.status };
}

/** The worst cases, as figures for the benchmark report. */
export async function measureBadInput(work: string) {
  const quotes = wrongQuotes(2000);
  const draft = await draftLargeText(work, 3 * 1024 * 1024);
  const oneLineDraft = await draftLargeText(work, 3.9 * 1024 * 1024, true);
  const oneLineBody = await checkOneLineBody(work, 4_192_000);
  const manyClaims = await checkManyClaims(work, 10_000);
  const round = (value: number) => +value.toFixed(2);
  return {
    wrongQuotes: { quotes: 2000, errors: quotes.errors, seconds: round(quotes.seconds) },
    largeDraft: { bytes: draft.bytes, exit: draft.status, seconds: round(draft.seconds) },
    oneLineDraft: { bytes: oneLineDraft.bytes, exit: oneLineDraft.status, seconds: round(oneLineDraft.seconds) },
    oneLineBody: { bytes: oneLineBody.bytes, exit: oneLineBody.status, seconds: round(oneLineBody.seconds) },
    manyClaims: { claims: 10_000, bytes: manyClaims.bytes, exit: manyClaims.status, seconds: round(manyClaims.seconds) },
  };
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** The benchmark's lines for these figures. */
export function badInputLines(figures: Awaited<ReturnType<typeof measureBadInput>>): string[] {
  return [
    `bad input: ${figures.wrongQuotes.quotes} wrong quotes checked in ${figures.wrongQuotes.seconds} s (${figures.wrongQuotes.errors} errors, each with the nearest passage)`,
    `bad input: npm run new on ${megabytes(figures.largeDraft.bytes)} of text in ${figures.largeDraft.seconds} s (exit ${figures.largeDraft.exit})`,
    `bad input: npm run new on ${megabytes(figures.oneLineDraft.bytes)} of text on one line in ${figures.oneLineDraft.seconds} s (exit ${figures.oneLineDraft.exit})`,
    `bad input: npm run check on a ${megabytes(figures.oneLineBody.bytes)} article whose body is one line in ${figures.oneLineBody.seconds} s (exit ${figures.oneLineBody.exit})`,
    `bad input: npm run check on a ${megabytes(figures.manyClaims.bytes)} article with ${figures.manyClaims.claims.toLocaleString('en')} claims in ${figures.manyClaims.seconds} s (exit ${figures.manyClaims.exit})`,
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { work: { type: 'string', default: '/tmp/dossier-bench' }, runs: { type: 'string', default: '2' } } });
  const work = resolve(values.work);
  await mkdir(work, { recursive: true });
  for (let run = 1; run <= Number(values.runs); run++) {
    console.log(`run ${run}:`);
    for (const line of badInputLines(await measureBadInput(work))) console.log(`  ${line}`);
  }
}
