/**
 * Drafts a new article from a plain text, pre-filling its actors, dates and
 * claims, and never overwriting an existing file.
 *
 *   node scripts/new-article.ts <file.txt|file.md> [--slug …] [--url …] [--outlet …] [--title …]
 *     [--published YYYY[-MM[-DD]]]
 *
 * The content folder is `DOSSIER_CONTENT_DIR`, else `content/`, as for the build.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftArticle } from '#authoring/draft-frontmatter.ts';
import { formatDraftReport } from '#authoring/draft-report.ts';
import { slugify } from '#authoring/slug.ts';
import { readContentFiles } from '#data/content-folder.ts';
import { CONTENT_ROOT, displayPath } from '#data/content-root.ts';
import { checkContent } from '#lib/check/content-check.ts';
import { findNearest } from '#lib/check/nearest.ts';
import { PARTIAL_DATE_FORMS, parsePartialDate } from '#lib/content/partial-date.ts';
import { ID_FORM, IdSchema } from '#lib/content/schema/index.ts';

const USAGE =
  'usage: npm run new -- <file.txt|file.md> [--slug <id>] [--url <url>] [--outlet <actor-id>] [--title <headline>] [--published YYYY[-MM[-DD]]]';

/** A mistake in the command line, reported without a stack trace. */
class UsageError extends Error {}

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
    },
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const input = positionals[0]!;
  const raw = await readFile(input, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${input}: ${error.code ?? error.message}`);
  });
  const fromMarkdown = extname(input).toLowerCase() === '.md' ? splitHeading(raw) : { body: raw };
  const title = values.title ?? fromMarkdown.title;

  const published = values.published === undefined ? undefined : parsePartialDate(values.published);
  if (values.published !== undefined && !published) {
    throw new UsageError(`--published: expected a real date written ${PARTIAL_DATE_FORMS}, got "${values.published}"`);
  }

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

  const draft = draftArticle({
    body: fromMarkdown.body,
    title,
    outlet: values.outlet,
    url: values.url,
    published,
    today: new Date(),
    actors: content.actors,
    events: content.events,
  });

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
