/** The preview images, drawn at build time: `/og/<type>/<id>.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgImage } from '#adapter/og-cache.ts';
import { getSite } from '#adapter/site.ts';
import type { OgCard } from '#lib/model/views.ts';

export const getStaticPaths = (async () =>
  (await getSite()).ogImages.map(({ path, card }) => ({ params: { path }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await getOgImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
