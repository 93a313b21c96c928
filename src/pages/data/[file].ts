/**
 * The open data: `/data/articles.json`, `actors.json`, `events.json`,
 * `narratives.json`, `claims.json`, `claims.csv` and `corrections.json`, as the
 * dev server serves them. A build writes the same files itself, a few records
 * at a time, once the pages are written (`src/integrations/open-data.ts`): an
 * endpoint's response is held whole in memory, and the claims' files are the
 * archive's largest.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '#adapter/href.ts';
import { getSite } from '#adapter/site.ts';
import { OPEN_DATA_FILES, type OpenDataFile, openDataFile } from '#lib/publish/open-data.ts';

export const getStaticPaths = (() => (import.meta.env.DEV ? OPEN_DATA_FILES.map((file) => ({ params: { file } })) : [])) satisfies GetStaticPaths;

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export const GET: APIRoute = async ({ params }) => {
  const name = params['file'] as OpenDataFile;
  const type = TYPES[name.endsWith('.csv') ? 'csv' : 'json'];
  return new Response(openDataFile(await getSite(), name, absoluteUrl), { headers: { 'Content-Type': type } });
};
