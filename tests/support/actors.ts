/** A small cast of actors for unit and Markdown tests, and articles and claims to go with them. */
import { type Actor, ActorSchema, ArticleSchema, EventSchema } from '#lib/content/schema/index.ts';
import type { Entry } from '#lib/content/entry.ts';
import { buildBacklinks } from '#lib/model/backlinks.ts';
import type { Site } from '#lib/model/build-site.ts';
import type { ArticleMentions } from '#lib/model/views.ts';
import { createArticleRenderer } from '#lib/render/article-renderer.ts';
import { buildAliasIndex } from '#lib/text/alias-index.ts';

/** An actor entry from its frontmatter fields. */
export function actorEntry(id: string, fields: Record<string, unknown>): Entry<ReturnType<typeof ActorSchema.parse>> {
  return { id, file: `content/actors/${id}.md`, body: '', data: ActorSchema.parse({ summary: `${id}.`, ...fields }) };
}

/** One source, for every entry that needs one. */
export const SOURCES = [{ title: 'S', url: 'https://example.org' }];

/** A claim's frontmatter: a factual claim, summarised as `summary <id>` unless `extra` says otherwise. */
export function claimFields(id: string, quote: string, rating: string, extra: Record<string, unknown> = {}) {
  return { id, quote, kind: 'factual', rating, summary: `summary ${id}`, assessment: 'a', sources: SOURCES, ...extra };
}

/** An article entry by the Tehran Times, titled `Title <id>` and naming Iran, from its body and any other frontmatter fields. */
export function articleEntry(id: string, analysed: string, body: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    file: `content/articles/${id}.md`,
    body,
    data: ArticleSchema.parse({
      title: `Title ${id}`,
      summary: 'S',
      genre: 'news',
      source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023' },
      analysed,
      actors: ['iran'],
      ...fields,
    }),
  };
}

/** Iran, the United States, Bolivia, Argentina, the Tehran Times and a few more, with the aliases the seed needs (and Iran's in Spanish). */
export const CAST = [
  actorEntry('iran', { name: 'Iran', kind: 'country', aliases: ['Iranian', 'Tehran', 'Irán'] }),
  actorEntry('united-states', { name: 'United States', kind: 'country', aliases: ['U.S.', 'Washington', 'Americans'] }),
  actorEntry('bolivia', { name: 'Bolivia', kind: 'country', aliases: ['Bolivian', 'La Paz'] }),
  actorEntry('argentina', { name: 'Argentina', kind: 'country', aliases: ['Argentine', 'Argentinian'] }),
  actorEntry('latin-america', { name: 'Latin America', kind: 'region', aliases: ['Latin American'] }),
  actorEntry('tehran-times', { name: 'Tehran Times', kind: 'media' }),
  actorEntry('movement-toward-socialism', { name: 'Movement Toward Socialism', kind: 'organization', aliases: ['MAS'] }),
];

/** Two events for date mentions. */
export const EVENTS = [
  {
    id: 'mou',
    file: 'content/events/mou.md',
    body: '',
    data: EventSchema.parse({
      title: 'Iran and Bolivia sign a memorandum',
      date: '2023-07-20',
      actors: ['iran', 'bolivia'],
      sources: [{ title: 'S', url: 'https://example.org/s' }],
    }),
  },
  {
    id: 'crisis',
    file: 'content/events/crisis.md',
    body: '',
    data: EventSchema.parse({
      title: 'A crisis in Bolivia',
      date: '2019-10',
      end: '2019-11',
      sources: [{ title: 'S', url: 'https://example.org/s' }],
    }),
  },
];

/**
 * Every mention of `actorId` in a built site's articles, sentence by sentence,
 * as `buildBacklinks` groups them before the model keeps the latest for the
 * actor's page: the articles rendered again, as the model renders them.
 */
export function allMentionsOf(site: Site, actors: readonly Entry<Actor>[], actorId: string): readonly ArticleMentions[] {
  const render = createArticleRenderer({ aliasIndex: buildAliasIndex(actors).index, events: new Map(), base: '/' });
  const backlinks = buildBacklinks({
    actors,
    actorById: new Map(actors.map((actor) => [actor.id, actor])),
    events: [],
    articles: site.articles.map((view) => ({ view, mentions: render(view.article).mentions })),
  });
  return backlinks.get(actorId)!.mentions;
}
