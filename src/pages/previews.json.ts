/** The previews file (src/lib/publish/previews-file.ts): actors, events and narratives as their links' previews show them. */
import type { APIRoute } from 'astro';
import { getSite } from '#adapter/site.ts';
import { previewsFile } from '#lib/publish/previews-file.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const file = previewsFile({
    actors: site.actors.map(({ actor }) => actor),
    events: site.events.map(({ event }) => event),
    narratives: site.narratives.map(({ narrative }) => narrative),
  });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
