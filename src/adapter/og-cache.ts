/**
 * The disk cache of preview images: a card drawn once is kept by its content,
 * so that a rebuild without changes draws nothing again. Which cards exist is
 * `src/lib/model/og-cards.ts`; their layout is `src/lib/publish/og-card.ts`.
 * Fonts come from the @fontsource/noto-sans package.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { OgCard } from '#lib/model/views.ts';
import { type OgFont, renderOgImage } from '#lib/publish/og-card.ts';

/** Bump when the layout or the renderer changes, so that cached images are drawn again. */
const LAYOUT_VERSION = 2;

const CACHE_DIR = resolve(process.env['DOSSIER_CACHE_DIR'] ?? 'node_modules/.cache/dossier', 'og');

const require = createRequire(join(process.cwd(), 'package.json'));

let fonts: Promise<OgFont[]> | undefined;

/** The fonts of the preview cards, read once: Noto Sans, Latin and Latin Extended, regular and bold. */
export function loadOgFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: 'Noto Sans',
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return fonts;
}

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function getOgImage(card: OgCard): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ LAYOUT_VERSION, card })).digest('hex').slice(0, 32);
  const file = join(CACHE_DIR, `${key}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await renderOgImage(card, await loadOgFonts());
  await mkdir(CACHE_DIR, { recursive: true });
  // Written aside and renamed, so that a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
