/**
 * Link-preview images (1200×630 PNG): what a card says, laid out for satori
 * and drawn with resvg. Pure: fonts come in as a parameter.
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE } from '#lib/content/identity.ts';
import { RATING_SCALE } from '#lib/content/ratings.ts';
import type { OgCard } from '#lib/model/views.ts';

/** The size every preview image has, as OpenGraph recommends. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A font for satori. */
export interface OgFont {
  readonly name: string;
  readonly data: ArrayBuffer | Buffer;
  readonly weight: 400 | 700;
  readonly style: 'normal';
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** A title's font size: smaller as it gets longer, so that it fits in at most four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 68;
  if (title.length <= 80) return 56;
  if (title.length <= 130) return 46;
  return 38;
}

/** The layout of a card, as satori's element tree. */
export function layOutCard(card: OgCard): Node {
  const title = card.title.length > 220 ? `${card.title.slice(0, 219)}…` : card.title;
  const verdict = card.rating
    ? el(
        'div',
        {
          display: 'flex',
          alignSelf: 'flex-start',
          marginTop: 28,
          padding: '8px 22px',
          border: `3px solid ${RATING_SCALE[card.rating].colours.light.fg}`,
          borderRadius: 10,
          color: RATING_SCALE[card.rating].colours.light.fg,
          fontSize: 40,
          fontWeight: 700,
        },
        `Verdict: ${RATING_SCALE[card.rating].label}`,
      )
    : undefined;
  return el(
    'div',
    {
      width: OG_IMAGE_SIZE.width,
      height: OG_IMAGE_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      background: '#fdfcf8',
      borderLeft: `24px solid ${card.rating ? RATING_SCALE[card.rating].colours.light.fg : '#1d4e89'}`,
      color: '#1c1b19',
      fontFamily: 'Noto Sans',
    },
    [
      el('div', { display: 'flex', width: '100%', justifyContent: 'space-between', fontSize: 30, color: '#55524b' }, [
        el('div', { display: 'flex', fontWeight: 700, letterSpacing: 2, color: '#1c1b19' }, SITE.name.toUpperCase()),
        el('div', { display: 'flex', textTransform: 'uppercase', letterSpacing: 2 }, card.kind),
      ]),
      el('div', { display: 'flex', width: '100%', flexDirection: 'column' }, [
        el('div', { display: 'flex', width: '100%', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.2 }, title),
        ...(card.subtitle
          ? [el('div', { display: 'flex', width: '100%', marginTop: 20, fontSize: 32, color: '#55524b' }, card.subtitle)]
          : []),
        ...(verdict ? [verdict] : []),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: '#55524b' }, card.host),
    ],
  );
}

/** Draws a card as a 1200×630 PNG. */
export async function renderOgImage(card: OgCard, fonts: readonly OgFont[]): Promise<Buffer> {
  const svg = await satori(layOutCard(card) as Parameters<typeof satori>[0], {
    ...OG_IMAGE_SIZE,
    fonts: fonts.map((font) => ({ ...font })),
  });
  // Drawn off the main thread, so that pages built alongside go on meanwhile.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } });
  return image.asPng();
}
