/**
 * Writes the open data (`/data/*.json`, `/data/claims.csv`) once Astro has
 * built the pages, from the site model they built (`src/adapter/open-data-output.ts`):
 * a few records at a time, so that no file is ever in memory whole.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeOpenData } from '#adapter/open-data-output.ts';

export default function openData(): AstroIntegration {
  return {
    name: 'dossier:open-data',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeOpenData(fileURLToPath(dir));
        logger.info(`wrote ${files.length} open-data files: ${files.join(', ')}`);
      },
    },
  };
}
