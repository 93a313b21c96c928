/**
 * The content collections. Their schemas live in `src/lib/schema/` so that
 * the content check and the unit tests use the very same definitions without
 * Astro; see each schema for its fields.
 *
 * References between collections are plain ids rather than Astro's
 * `reference()`: `reference()` does not prove that the entry exists, and the
 * project's own check (`src/lib/references.ts`) does, naming the nearest ids.
 */
import { defineCollection } from 'astro:content';
import { markdownFolder } from './data/markdown-loader.ts';
import { ActorSchema, ArticleSchema, EventSchema } from './lib/schema/index.ts';

// Articles are rendered by the project's own pipeline (src/lib/render-article.ts),
// never by Astro's, so the loader stores frontmatter and body and renders nothing;
// it is also where drafts leave the production build.

/** Analysed news articles: `content/articles/<slug>.md`. */
const articles = defineCollection({ loader: markdownFolder('articles'), schema: ArticleSchema });

/** People, organisations, countries, groups and outlets: `content/actors/<id>.md`. */
const actors = defineCollection({ loader: markdownFolder('actors'), schema: ActorSchema });

/** Dated events: `content/events/<id>.md`. */
const events = defineCollection({ loader: markdownFolder('events'), schema: EventSchema });

export const collections = { articles, actors, events };
