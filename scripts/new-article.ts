/**
 * Drafts a new article from a plain text, pre-filling its actors, dates and
 * claims, and never overwriting an existing file.
 *
 *   node scripts/new-article.ts <file.txt|file.md> [--slug …] [--url …] [--outlet …] [--title …]
 *     [--published YYYY[-MM[-DD]]] [--lang es]
 *
 * The content folder is `DOSSIER_CONTENT_DIR`, else `content/`, as for the build.
 * The input must be UTF-8 text of at most 4 MiB (MAX_INPUT_BYTES); an empty,
 * binary or non-UTF-8 input is refused, and so are options that the content
 * check would refuse in the fields they fill (a `--url` that is not an http(s)
 * address, a `--published` that is not a date between 1000 and next year).
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftLongArticle } from '#authoring/draft-frontmatter.ts';
import { tagBlocks } from '#authoring/tag-in-parallel.ts';
import { formatDraftReport } from '#authoring/draft-report.ts';
import { slugify } from '#authoring/slug.ts';
import { readContentFiles } from '#adapter/content-folder.ts';
import { CONTENT_ROOT, displayPath } from '#adapter/content-root.ts';
import { checkContent } from '#lib/check/content-check.ts';
import { findNearest } from '#lib/check/nearest.ts';
import { z } from 'zod';
import { MAX_FILE_BYTES, controlCharacterProblems, decodeContent } from '#lib/check/file-text.ts';
import { parsePartialDate } from '#lib/content/partial-date.ts';
import { PartialDateSchema, WebAddressSchema } from '#lib/content/schema/common.ts';
import { ID_FORM, IdSchema, LanguageTagSchema } from '#lib/content/schema/index.ts';

const USAGE =
  'usage: npm run new -- <file.txt|file.md> [--slug <id>] [--url <url>] [--outlet <actor-id>] [--title <headline>] [--published YYYY[-MM[-DD]]] [--lang <tag>]';

/** A mistake in the command line, reported without a stack trace. */
class UsageError extends Error {}

/** The largest text taken: far above any article (a long feature is 100 KB), and drafted in seconds. */
const MAX_INPUT_BYTES = MAX_FILE_BYTES;

/** A title or other one-line text: not empty, no control characters. */
const PlainTextSchema = z
  .string()
  .trim()
  .min(1, { error: 'expected some text' })
  .regex(/^[^\u0000-\u001F\u007F]*$/u, { error: 'expected text without control characters' });

/** The input as text, or a usage error saying why it is no article's text. */
function readText(input: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new UsageError(`${input} has ${bytes.length} bytes, more than the ${MAX_INPUT_BYTES} a draft is made from. Is it the article's text?`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new UsageError(`${input} is not a text file: it has a NUL byte at offset ${nul}. Give the article's text as .txt or .md.`);
  const decoded = decodeContent(bytes, input);
  if (!decoded.ok) throw new UsageError(`${input}: ${decoded.problem.message}. ${decoded.problem.hint ?? ''}`.trim());
  const controls = controlCharacterProblems(decoded.text, input, 1);
  if (controls.length > 0) throw new UsageError(`${input} is not plain text: ${controls[0]!.message}.`);
  if (decoded.text.trim() === '') throw new UsageError(`${input} is empty: there is no text to draft an article from.`);
  return decoded.text;
}

/** Splits a leading `# Heading` off a Markdown text: the title and the rest. */
function splitHeading(text: string): { title?: string; body: string } {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*\r?\n/.exec(text);
  return match?.[1] ? { title: match[1].trim(), body: text.slice(match[0].length) } : { body: text };
}

async function main(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      url: { type: 'string' },
      outlet: { type: 'string' },
      title: { type: 'string' },
      published: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const input = positionals[0]!;
  const raw = readText(
    input,
    await readFile(input).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${input}: ${error.code === 'EISDIR' ? 'it is a folder' : (error.code ?? error.message)}`);
    }),
  );
  const fromMarkdown = extname(input).toLowerCase() === '.md' ? splitHeading(raw) : { body: raw };
  const title = values.title ?? fromMarkdown.title;

  // The options are checked as the content check would check the fields they fill.
  const option = <T>(name: string, value: string | undefined, schema: z.ZodType<T>): T | undefined => {
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    throw new UsageError(`--${name}: ${parsed.error.issues[0]?.message ?? 'not valid'}, got ${JSON.stringify(value.slice(0, 200))}`);
  };
  option('url', values.url, WebAddressSchema);
  option('title', values.title, PlainTextSchema);
  const publishedIso = option('published', values.published, PartialDateSchema);
  const published = publishedIso === undefined ? undefined : parsePartialDate(publishedIso);
  const lang = option('lang', values.lang, LanguageTagSchema);

  const files = (await readContentFiles(CONTENT_ROOT)).filter((file) => file.collection !== 'articles');
  const { content } = checkContent(files);
  if (values.outlet !== undefined && !content.actors.some((actor) => actor.id === values.outlet)) {
    const nearest = findNearest(values.outlet, content.actors.map((actor) => actor.id));
    const hint = nearest.length > 0 ? `Did you mean ${nearest.map((id) => `"${id}"`).join(' or ')}? ` : '';
    throw new UsageError(`--outlet: unknown actor "${values.outlet}". ${hint}Otherwise create actors/${values.outlet}.md first.`);
  }

  const slug = values.slug ?? slugify(title ?? '') ?? slugify(basename(input, extname(input)));
  if (slug === undefined || !IdSchema.safeParse(slug).success) {
    throw new UsageError(`--slug: "${slug ?? ''}" cannot be an article id: expected ${ID_FORM}`);
  }

  const draft = await draftLongArticle({
    body: fromMarkdown.body,
    title,
    outlet: values.outlet,
    url: values.url,
    published,
    lang,
    today: new Date(),
    actors: content.actors,
    events: content.events,
  }, tagBlocks);

  const dir = join(CONTENT_ROOT, 'articles');
  const path = join(dir, `${slug}.md`);
  await mkdir(dir, { recursive: true });
  // `wx` fails if the file exists: an analysis already written is never overwritten.
  const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') {
      throw new UsageError(`${displayPath(path)} already exists and was left unchanged. Choose another --slug, or remove the file first.`);
    }
    throw error;
  });
  try {
    await handle.writeFile(draft.text, 'utf8');
  } finally {
    await handle.close();
  }
  return formatDraftReport(draft, {
    file: displayPath(path),
    hasTitle: title !== undefined,
    hasOutlet: values.outlet !== undefined,
    hasUrl: values.url !== undefined,
    hasPublished: published !== undefined,
  });
}

if (import.meta.main) {
  try {
    console.log(await main(process.argv.slice(2)));
  } catch (error) {
    const message = error instanceof UsageError || (error instanceof TypeError && 'code' in error) ? error.message : String(error);
    console.error(`npm run new: ${message}`);
    process.exitCode = 1;
  }
}
