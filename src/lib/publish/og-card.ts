/**
 * Link-preview images (1200×630 PNG): what a card says, laid out as a tree of
 * flex boxes and drawn by Takumi, a native renderer. Against satori with resvg,
 * which drew the same cards before, it takes about a sixth of the CPU time and
 * writes PNGs less than half the size (`npm run bench:images` measures both
 * figures). Pure: fonts come in as a parameter.
 */
import { type Node as TakumiNode, Renderer } from '@takumi-rs/core';
import { SITE } from '#lib/content/identity.ts';
import { RATING_SCALE } from '#lib/content/ratings.ts';
import { TRANSLATION_LABEL } from '#lib/model/og-cards.ts';
import type { OgCard } from '#lib/model/views.ts';

/** The size every preview image has, as OpenGraph recommends. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A font for the renderer. */
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

/** `text` cut at a word to at most `max` characters, with "…". */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const start = text.slice(0, max - 1);
  return `${start.slice(0, Math.max(start.lastIndexOf(' '), 1))}…`;
}

/** The longest quote and translation a card shows: with the title, each keeps to two lines. */
const QUOTE_MAX = 110;

/** A claim's quote and Dossier's translation of it, smaller than the title, the translation labelled. */
function quoteBlock(quote: NonNullable<OgCard['quote']>): Node {
  const line = { display: 'flex', width: '100%', fontSize: 27, lineHeight: 1.3 };
  return el('div', { display: 'flex', width: '100%', flexDirection: 'column', marginTop: 18 }, [
    el('div', { ...line, color: '#1c1b19' }, cut(quote.text, QUOTE_MAX)),
    el('div', { ...line, marginTop: 6, color: '#55524b' }, `${TRANSLATION_LABEL} ${cut(quote.translation, QUOTE_MAX)}`),
  ]);
}

/** The layout of a card: a tree of elements, each with its style and its children (text or elements). */
export function layOutCard(card: OgCard): Node {
  const full = card.lead ? `${card.lead} ${card.title}` : card.title;
  // With a quote and its translation below it, the title takes the size of a longer one.
  const limit = card.quote ? 120 : 220;
  const title = full.length > limit ? `${full.slice(0, limit - 1)}…` : full;
  const size = card.quote ? Math.min(titleSize(title), 46) : titleSize(title);
  const verdict = card.rating
    ? el(
        'div',
        {
          display: 'flex',
          alignSelf: 'flex-start',
          marginTop: card.quote ? 18 : 28,
          padding: card.quote ? '4px 18px' : '8px 22px',
          border: `3px solid ${RATING_SCALE[card.rating].colours.light.fg}`,
          borderRadius: 10,
          color: RATING_SCALE[card.rating].colours.light.fg,
          fontSize: card.quote ? 32 : 40,
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
        el('div', { display: 'flex', width: '100%', fontSize: size, fontWeight: 700, lineHeight: 1.2 }, title),
        ...(card.subtitle
          ? [el('div', { display: 'flex', width: '100%', marginTop: card.quote ? 12 : 20, fontSize: card.quote ? 28 : 32, color: '#55524b' }, card.subtitle)]
          : []),
        ...(card.quote ? [quoteBlock(card.quote)] : []),
        ...(verdict ? [verdict] : []),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: '#55524b' }, card.host),
    ],
  );
}

/** The card's tree as the renderer's nodes: a box whose child is a string holds a text node. */
export function toRendererNode(node: Node): TakumiNode {
  const { style, children } = node.props as { style: Record<string, unknown>; children?: string | Node[] };
  return {
    type: 'container',
    style,
    children:
      children === undefined ? [] : typeof children === 'string' ? [{ type: 'text', text: children }] : children.map(toRendererNode),
  } as TakumiNode;
}

/** One renderer per set of fonts, registered once, however many cards it draws. */
const renderers = new WeakMap<readonly OgFont[], Promise<Renderer>>();

function rendererFor(fonts: readonly OgFont[]): Promise<Renderer> {
  let renderer = renderers.get(fonts);
  if (!renderer) {
    const created = new Renderer();
    renderer = Promise.all(fonts.map((font) => created.registerFont({ ...font }))).then(() => created);
    renderers.set(fonts, renderer);
  }
  return renderer;
}

/** Draws a card as a 1200×630 PNG, off the main thread. */
export async function renderOgImage(card: OgCard, fonts: readonly OgFont[]): Promise<Buffer> {
  const renderer = await rendererFor(fonts);
  return Buffer.from(await renderer.render(toRendererNode(layOutCard(card)), { ...OG_IMAGE_SIZE, format: 'png' }));
}
