/**
 * The files the search boxes read, written at build time: `/search/names.json`
 * (every actor's names) and `/search/titles.json` (every narrative's,
 * article's and event's title), for suggestions as the reader types, and
 * `/search/filters.json` (every value of every filter).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { href } from '#adapter/href.ts';
import { getSite } from '#adapter/site.ts';
import { ACTOR_KIND_LABELS } from '#lib/content/labels.ts';
import { langAttribute } from '#lib/content/languages.ts';
import { formatDateRange, formatPartialDate } from '#lib/content/partial-date.ts';
import { paths } from '#lib/content/urls.ts';
import type { Site } from '#lib/model/build-site.ts';
import { filtersFile } from '#lib/publish/search-filters.ts';
import { namesFile } from '#lib/publish/search-names.ts';
import { titlesFile } from '#lib/publish/search-titles.ts';

const FILES = {
  'names.json': (site: Site) =>
    namesFile(
      site.actors.map(({ actor }) => ({
        name: actor.data.name,
        kind: ACTOR_KIND_LABELS[actor.data.kind].one,
        url: href(paths.actor(actor.id)),
        aliases: actor.data.aliases,
      })),
    ),
  'titles.json': (site: Site) =>
    titlesFile({
      narratives: site.narratives.map(({ narrative }) => ({
        title: narrative.data.title,
        url: href(paths.narrative(narrative.id)),
        note: `first seen ${formatPartialDate(narrative.data.firstSeen)}`,
      })),
      articles: site.articles.map(({ article, outlet }) => ({
        title: article.data.title,
        url: href(paths.article(article.id)),
        note: `${outlet.data.name} · ${formatPartialDate(article.data.source.published)}`,
        lang: langAttribute(article.data.lang),
      })),
      events: site.events.map(({ event }) => ({
        title: event.data.title,
        url: href(paths.event(event.id)),
        note: formatDateRange(event.data.date, event.data.end),
      })),
    }),
  'filters.json': (site: Site) =>
    filtersFile({
      outlets: site.articles.map((view) => view.outlet.data.name),
      actors: site.actors.map(({ actor }) => actor.data.name),
    }),
} as const satisfies Record<Parameters<typeof paths.searchFile>[0], (site: Site) => unknown>;

export const getStaticPaths = (() => Object.keys(FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = FILES[params['file'] as keyof typeof FILES](await getSite());
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
