/** The open data: `/data/articles.json`, `actors.json`, `events.json`, `claims.json`, `claims.csv`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '#adapter/href.ts';
import { getSite } from '#adapter/site.ts';
import { OPEN_DATA_FILES, type OpenDataFile, openDataChunks } from '#lib/publish/open-data.ts';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

/** About how many characters go into each piece of the response. */
const CHUNK = 65_536;

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export const GET: APIRoute = async ({ params }) => {
  const name = params['file'] as OpenDataFile;
  const type = TYPES[name.endsWith('.csv') ? 'csv' : 'json'];
  // Written a few records at a time (about 64 KB): the claims' files are the archive's largest.
  const chunks = openDataChunks(await getSite(), name, absoluteUrl)[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (let next = chunks.next(); !next.done; next = chunks.next()) {
        text += next.value;
        if (text.length >= CHUNK) return controller.enqueue(encoder.encode(text));
      }
      if (text !== '') controller.enqueue(encoder.encode(text));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': type } });
};
