/** The preview images, drawn at build time: `/og/<type>/<id>.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgImages } from '../../data/og-cards.ts';
import { getOgImage } from '../../data/og-images.ts';
import type { OgCard } from '../../lib/og-image.ts';

export const getStaticPaths = (async () =>
  (await getOgImages()).map(({ path, card }) => ({ params: { path }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await getOgImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
