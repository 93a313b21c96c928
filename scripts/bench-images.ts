/**
 * The preview-image benchmark: draws every preview card of a generated site
 * (or of a content folder) with the site's renderer, bypassing the disk cache,
 * as the build does (a few at a time), and prints the CPU time and the bytes
 * per image, with one card per claim and with one per verdict.
 *
 *   npm run bench:images -- [--articles 200] [--content <dir>] [--concurrency 4]
 *
 * CPU time is the whole process's (every thread, the renderer's included),
 * divided by the number of images. Figures vary with the machine and its
 * load: compare runs on one machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOgFonts } from '#adapter/og-cache.ts';
import { readContentFiles } from '#adapter/content-folder.ts';
import { checkContent } from '#lib/check/content-check.ts';
import { buildSite } from '#lib/model/build-site.ts';
import { CLAIM_CARDS } from '#lib/model/claim-cards.ts';
import type { OgImage } from '#lib/model/views.ts';
import { renderOgImage } from '#lib/publish/og-card.ts';
import { generateCorpus } from './gen-corpus.ts';

/** What drawing a list of cards cost. */
export interface ImageFigures {
  readonly images: number;
  readonly cpuMsPerImage: number;
  readonly wallMsPerImage: number;
  readonly bytesPerImage: number;
  readonly largestBytes: number;
}

/** Draws `images`, `concurrency` at a time, and measures the process while it does. */
export async function measureImages(images: readonly OgImage[], concurrency: number): Promise<ImageFigures> {
  const fonts = await loadOgFonts();
  await renderOgImage(images[0]!.card, fonts); // Fonts registered and code warm before measuring.
  const sizes: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const { card } = images[next++]!;
      sizes.push((await renderOgImage(card, fonts)).length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  return {
    images: images.length,
    cpuMsPerImage: (used.user + used.system) / 1000 / images.length,
    wallMsPerImage: wall / images.length,
    bytesPerImage: sizes.reduce((sum, size) => sum + size, 0) / sizes.length,
    largestBytes: Math.max(...sizes),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '200' },
      content: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
    },
  });
  const work = values.content ? undefined : await mkdtemp(join(tmpdir(), 'dossier-bench-images-'));
  try {
    const folder = values.content ?? join(work!, 'content');
    if (work) await generateCorpus({ out: folder, articles: Number(values.articles) });
    const { content } = checkContent(await readContentFiles(folder));
    console.log(`Preview images of ${folder} (${content.articles.length} articles), ${values.concurrency} at a time:\n`);
    console.log('| claim cards | images | CPU ms per image | wall ms per image | KB per image | largest KB |');
    console.log('|---|---|---|---|---|---|');
    for (const claimCards of CLAIM_CARDS) {
      const site = buildSite(content, { host: 'dossier.example', claimCards });
      const figures = await measureImages(site.ogImages, Number(values.concurrency));
      console.log(
        `| ${claimCards} | ${figures.images.toLocaleString('en')} | ${figures.cpuMsPerImage.toFixed(1)} | ` +
          `${figures.wallMsPerImage.toFixed(1)} | ${(figures.bytesPerImage / 1000).toFixed(1)} | ${(figures.largestBytes / 1000).toFixed(1)} |`,
      );
    }
  } finally {
    if (work) await rm(work, { recursive: true, force: true });
  }
}
