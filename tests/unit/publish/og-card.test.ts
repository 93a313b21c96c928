import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { SITE } from '#lib/content/identity.ts';
import { RATING_SCALE } from '#lib/content/ratings.ts';
import type { OgCard } from '#lib/model/views.ts';
import { OG_IMAGE_SIZE, type OgFont, layOutCard, renderOgImage, titleSize, toRendererNode } from '#lib/publish/og-card.ts';

type Node = ReturnType<typeof layOutCard>;
const props = (node: Node) => node.props as { style: Record<string, unknown>; children?: unknown };
const children = (node: Node) => props(node).children as Node[];
/** Every string in the tree, depth first. */
const texts = (node: unknown): string[] =>
  typeof node === 'string'
    ? [node]
    : Array.isArray(node)
      ? node.flatMap(texts)
      : node && typeof node === 'object' && 'props' in node
        ? texts((node as Node).props['children'])
        : [];

const claimCard: OgCard = {
  kind: 'Claim',
  lead: 'Checked:',
  title: 'Iran sold drones to Bolivia',
  subtitle: 'Claimed by Iran',
  rating: 'false',
  host: 'example.org',
};
const actorCard: OgCard = { kind: 'Country', title: 'Bolivia', host: 'dossier.example' };

describe('titleSize', () => {
  test('returns 68 up to 40 characters, 56 up to 80, 46 up to 130 and 38 beyond', () => {
    const size = (length: number) => titleSize('x'.repeat(length));
    expect([size(0), size(40), size(41), size(80), size(81), size(130), size(131), size(400)]).toEqual([
      68, 68, 56, 56, 46, 46, 38, 38,
    ]);
  });
});

describe('layOutCard', () => {
  test('returns a 1200×630 card with the site name upper-cased, the kind, the title after its lead, subtitle and host', () => {
    const card = layOutCard(claimCard);
    expect(props(card).style).toMatchObject({ width: 1200, height: 630, fontFamily: 'Noto Sans' });
    expect(texts(card)).toEqual([
      SITE.name.toUpperCase(),
      'Claim',
      'Checked: Iran sold drones to Bolivia',
      'Claimed by Iran',
      'Verdict: False',
      'example.org',
    ]);
    expect(texts(card)[0]).toBe('DOSSIER');
  });

  test('returns a verdict box and border in the rating\'s light foreground colour for a card with a rating', () => {
    const fg = RATING_SCALE.false.colours.light.fg;
    const card = layOutCard(claimCard);
    expect(props(card).style['borderLeft']).toBe(`24px solid ${fg}`);
    const verdict = children(children(card)[1]!)[2]!;
    expect(props(verdict).children).toBe('Verdict: False');
    expect(props(verdict).style).toMatchObject({ border: `3px solid ${fg}`, color: fg });
  });

  test('returns the border colour of each rating on the scale', () => {
    const supported = layOutCard({ ...claimCard, rating: 'supported' });
    expect(props(supported).style['borderLeft']).toBe(`24px solid ${RATING_SCALE.supported.colours.light.fg}`);
    expect(texts(supported)).toContain('Verdict: Supported');
  });

  test('returns a claim’s quote in another language with Dossier’s translation, labelled, under the claimant', () => {
    const card = layOutCard({ ...claimCard, quote: { text: '«Irán vendió drones a Bolivia»', translation: '“Iran sold drones to Bolivia”' } });
    expect(texts(card)).toEqual([
      'DOSSIER',
      'Claim',
      'Checked: Iran sold drones to Bolivia',
      'Claimed by Iran',
      '«Irán vendió drones a Bolivia»',
      "Dossier's translation: “Iran sold drones to Bolivia”",
      'Verdict: False',
      'example.org',
    ]);
  });

  test('returns a long quote and translation cut at a word, and a title no larger than 46 px beside them', () => {
    const long = 'palabra '.repeat(30).trim();
    const card = layOutCard({ ...claimCard, quote: { text: long, translation: long } });
    const [quote, translation] = texts(card).slice(4, 6) as [string, string];
    expect(quote.length).toBeLessThanOrEqual(110);
    expect(quote.endsWith('palabra…')).toBe(true);
    expect(translation.startsWith("Dossier's translation: ")).toBe(true);
    expect(props(children(children(card)[1]!)[0]!).style['fontSize']).toBe(46);
  });

  test('returns no verdict box and no subtitle line when the card has neither', () => {
    const card = layOutCard(actorCard);
    expect(children(children(card)[1]!)).toHaveLength(1);
    expect(texts(card)).toEqual(['DOSSIER', 'Country', 'Bolivia', 'dossier.example']);
    expect(texts(card).some((text) => text.startsWith('Verdict'))).toBe(false);
    expect(props(card).style['borderLeft']).toBe('24px solid #1d4e89');
  });

  test('returns a title cut to 220 characters ending in … and sized for its length', () => {
    const long = layOutCard({ ...actorCard, title: 'word '.repeat(60) });
    const title = children(children(long)[1]!)[0]!;
    const text = props(title).children as string;
    expect(text).toHaveLength(220);
    expect(text.endsWith('…')).toBe(true);
    expect(text.slice(0, 219)).toBe('word '.repeat(60).slice(0, 219));
    expect(props(title).style['fontSize']).toBe(38);
  });

  test('returns a title of exactly 220 characters uncut', () => {
    const title = 'x'.repeat(220);
    expect(texts(layOutCard({ ...actorCard, title }))).toContain(title);
  });

  test('returns the title in the size titleSize gives it', () => {
    const title = children(children(layOutCard(actorCard))[1]!)[0]!;
    expect(props(title).style['fontSize']).toBe(titleSize('Bolivia'));
  });
});

describe('toRendererNode', () => {
  test('returns a container per box and a text node for each string', () => {
    const node = toRendererNode(layOutCard(actorCard)) as { type: string; style: object; children: { type: string; children?: unknown[]; text?: string }[] };
    expect(node.type).toBe('container');
    expect(node.style).toMatchObject({ width: 1200, height: 630 });
    const header = node.children[0]!;
    expect(header.type).toBe('container');
    expect(header.children).toEqual([
      expect.objectContaining({ type: 'container', children: [{ type: 'text', text: 'DOSSIER' }] }),
      expect.objectContaining({ type: 'container', children: [{ type: 'text', text: 'Country' }] }),
    ]);
  });
});

describe('renderOgImage', () => {
  test('returns a PNG of 1200×630', async () => {
    const require = createRequire(import.meta.url);
    const font = async (weight: 400 | 700): Promise<OgFont> => ({
      name: 'Noto Sans',
      weight,
      style: 'normal',
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    });
    const png = await renderOgImage(claimCard, [await font(400), await font(700)]);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(OG_IMAGE_SIZE);
  }, 30_000);
});
