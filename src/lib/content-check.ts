/**
 * The content check: parses and validates every content file, then checks
 * references, quotes and actor mentions across them, and reports all problems
 * at once.
 *
 * The build runs it before Astro loads any collection, so that an analyst sees
 * every mistake with its file, line, field and value in one go; Astro's own
 * schema validation would stop at the first bad file.
 */
import { buildAliasIndex } from './alias-index.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { checkArticles } from './article-checks.ts';
import type { ContentProblem } from './problems.ts';
import { checkReferences } from './references.ts';
import { validateFrontmatter } from './schema-problems.ts';
import { ActorSchema, ArticleSchema, EventSchema, ID_FORM, IdSchema } from './schema/index.ts';
import type { Entry, SiteContent } from './site-model.ts';

/** The content collections, each a folder of Markdown files. */
export const COLLECTIONS = ['actors', 'events', 'articles'] as const;

/** A content collection's name. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** One Markdown file read from a collection folder. */
export interface ContentFile {
  readonly collection: CollectionName;
  /** Path relative to the project root, used in messages. */
  readonly file: string;
  readonly text: string;
}

const SCHEMAS = { actors: ActorSchema, events: EventSchema, articles: ArticleSchema } as const;

/** The id of a content file: its name without `.md`. */
export function idFromFile(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.md$/, '');
}

/**
 * Checks every file. Returns all problems (errors and warnings) and the
 * content that passed validation (files with errors are left out of it).
 */
export function checkContent(files: readonly ContentFile[]): { problems: ContentProblem[]; content: SiteContent } {
  const problems: ContentProblem[] = [];
  const entries: Record<CollectionName, Entry<unknown>[]> = { actors: [], events: [], articles: [] };
  const invalid: Record<CollectionName, Set<string>> = { actors: new Set(), events: new Set(), articles: new Set() };

  for (const { collection, file, text } of files) {
    const id = idFromFile(file);
    if (!IdSchema.safeParse(id).success) {
      problems.push({
        severity: 'error',
        file,
        field: '(file name)',
        message: `"${id}" cannot be an id: expected ${ID_FORM}`,
        hint: 'Rename the file: lower-case letters, digits and single hyphens.',
      });
      continue;
    }
    const parsed = parseMarkdownFile(text, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      invalid[collection].add(id);
      continue;
    }
    const { data, body, lineOf } = parsed.value;
    const valid = validateFrontmatter(SCHEMAS[collection], data, file, lineOf);
    if (!valid.ok) {
      problems.push(...valid.problems);
      invalid[collection].add(id);
      continue;
    }
    entries[collection].push({ id, file, data: valid.data, body, lineOf });
  }

  const content = entries as unknown as SiteContent;
  problems.push(...checkReferences(content, invalid));
  const { index, problems: aliasProblems } = buildAliasIndex(content.actors);
  problems.push(...aliasProblems);
  const actors = new Map(content.actors.map((actor) => [actor.id, actor]));
  const events = new Map(content.events.map((event) => [event.id, event]));
  problems.push(...checkArticles(content.articles, actors, events, index));
  return { problems, content };
}
