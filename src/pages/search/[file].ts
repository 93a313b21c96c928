/**
 * The files the search box reads, written at build time: `/search/names.json`
 * (every actor's names, for suggestions as the reader types) and
 * `/search/filters.json` (every value of every filter).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { href } from '#adapter/href.ts';
import { getSite } from '#adapter/site.ts';
import { ACTOR_KIND_LABELS } from '#lib/content/labels.ts';
import { paths } from '#lib/content/urls.ts';
import { filtersFile } from '#lib/publish/search-filters.ts';
import { namesFile } from '#lib/publish/search-names.ts';

const FILES = ['names.json', 'filters.json'] as const;

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const data =
    params['file'] === 'names.json'
      ? namesFile(
          site.actors.map(({ actor }) => ({
            name: actor.data.name,
            kind: ACTOR_KIND_LABELS[actor.data.kind].one,
            url: href(paths.actor(actor.id)),
            aliases: actor.data.aliases,
          })),
        )
      : filtersFile({
          outlets: site.articles.map((view) => view.outlet.data.name),
          actors: site.actors.map(({ actor }) => actor.data.name),
        });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
