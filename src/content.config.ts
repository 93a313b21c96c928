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
 * renders nothing; it reads nothing either, but stores what the content
 * check read (`src/adapter/markdown-loader.ts`), in the dev server only.
 *
 * No collection gives Astro a schema: the loader stores only data that the
 * content check's own schemas (the registry's) have validated, and Astro's
 * `parseData` would validate every entry a second time for nothing.
 */
import { defineCollection } from 'astro:content';
import { markdownFolder } from '#adapter/markdown-loader.ts';
import { COLLECTIONS } from '#lib/content/registry.ts';

export const collections = Object.fromEntries(
  COLLECTIONS.map((collection) => [collection, defineCollection({ loader: markdownFolder(collection) })]),
);
