/**
 * The content collections, from the registry (`src/lib/content/registry.ts`):
 * each is a folder of Markdown files with its schema. The schemas live in
 * `src/lib/content/schema/` so that the content check and the unit tests use
 * the very same definitions without Astro.
 *
 * References between collections are plain ids rather than Astro's
 * `reference()`: `reference()` does not prove that the entry exists, and the
 * project's own check (`src/lib/check/references.ts`) does, naming the nearest ids.
 *
 * Articles are rendered by the project's own pipeline
 * (`src/lib/render/article-renderer.ts`), never by Astro's, so the loader
 * stores frontmatter and body and renders nothing; it is also where drafts
 * leave the production build.
 */
import { defineCollection } from 'astro:content';
import { markdownFolder } from '#adapter/markdown-loader.ts';
import { REGISTRY } from '#lib/content/registry.ts';

// Written out one by one (not mapped over the registry) so that each collection keeps its own entry type.
export const collections = {
  articles: defineCollection({ loader: markdownFolder('articles'), schema: REGISTRY.articles.schema }),
  actors: defineCollection({ loader: markdownFolder('actors'), schema: REGISTRY.actors.schema }),
  events: defineCollection({ loader: markdownFolder('events'), schema: REGISTRY.events.schema }),
};
