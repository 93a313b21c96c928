/** The open data: `/data/articles.json`, `actors.json`, `events.json`, `claims.json`, `claims.csv`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type DataFileName, OPEN_DATA } from '../../data/open-data.ts';

export const getStaticPaths = (() =>
  Object.keys(OPEN_DATA).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export const GET: APIRoute = async ({ params }) => {
  const name = params['file'] as DataFileName;
  const type = TYPES[name.endsWith('.csv') ? 'csv' : 'json'];
  return new Response(await OPEN_DATA[name](), { headers: { 'Content-Type': type } });
};
