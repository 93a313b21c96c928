/** The open data: `/data/articles.json`, `actors.json`, `events.json`, `claims.json`, `claims.csv`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '#adapter/href.ts';
import { getSite } from '#adapter/site.ts';
import { OPEN_DATA_FILES, type OpenDataFile, openDataFile } from '#lib/publish/open-data.ts';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export const GET: APIRoute = async ({ params }) => {
  const name = params['file'] as OpenDataFile;
  const type = TYPES[name.endsWith('.csv') ? 'csv' : 'json'];
  return new Response(openDataFile(await getSite(), name, absoluteUrl), { headers: { 'Content-Type': type } });
};
