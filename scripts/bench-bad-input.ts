/**
 * The worst cases of bad input, timed: an article whose 2,000 claims all
 * quote the text slightly wrong (each gets the nearest passage), and a 3 MB
 * text drafted by `npm run new`. Part of `npm run bench`; alone:
 *
 *   node scripts/bench-bad-input.ts [--work /tmp/dossier-bench]
 *
 * Prints seconds; it asserts nothing (these machines are shared and noisy).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '#lib/check/content-check.ts';

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
async function newsText(bytes: number): Promise<string> {
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
  return { seconds: (performance.now() - started) / 1000, errors: problems.filter((p) => p.severity === 'error').length };
}

/** Seconds for `npm run new` to draft a text of `bytes`, with the site's actors and events. */
async function draftLargeText(work: string, bytes: number): Promise<{ seconds: number; bytes: number; status: number | null }> {
  const content = join(work, 'bad-input-content');
  await rm(content, { recursive: true, force: true });
  await mkdir(content, { recursive: true });
  for (const folder of ['actors', 'events']) await cp(join(ROOT, 'content', folder), join(content, folder), { recursive: true });
  const input = join(work, 'large-text.txt');
  const text = await newsText(bytes);
  await writeFile(input, text);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/new-article.ts', input, '--slug', 'large-text'], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_CONTENT_DIR: content },
    stdio: 'ignore',
  });
  return { seconds: (performance.now() - started) / 1000, bytes: Buffer.byteLength(text), status: result.status };
}

/** Both worst cases, as figures for the benchmark report. */
export async function measureBadInput(work: string) {
  const quotes = wrongQuotes(2000);
  const draft = await draftLargeText(work, 3 * 1024 * 1024);
  return {
    wrongQuotes: { quotes: 2000, errors: quotes.errors, seconds: +quotes.seconds.toFixed(2) },
    largeDraft: { bytes: draft.bytes, exit: draft.status, seconds: +draft.seconds.toFixed(1) },
  };
}

/** The benchmark's lines for these figures. */
export function badInputLines(figures: Awaited<ReturnType<typeof measureBadInput>>): string[] {
  return [
    `bad input: ${figures.wrongQuotes.quotes} wrong quotes checked in ${figures.wrongQuotes.seconds} s (${figures.wrongQuotes.errors} errors, each with the nearest passage)`,
    `bad input: npm run new on ${(figures.largeDraft.bytes / 2 ** 20).toFixed(1)} MB of text in ${figures.largeDraft.seconds} s (exit ${figures.largeDraft.exit})`,
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { work: { type: 'string', default: '/tmp/dossier-bench' } } });
  const work = resolve(values.work);
  await mkdir(work, { recursive: true });
  for (const line of badInputLines(await measureBadInput(work))) console.log(line);
}
