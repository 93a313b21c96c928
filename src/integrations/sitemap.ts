/**
 * Writes the sitemap (`src/lib/publish/sitemap.ts`) once Astro has built the
 * pages: every page's URL but the 404 page's. It replaces `@astrojs/sitemap`,
 * whose streams took the build's process 100–170 MB higher at the very end of
 * a 4,000-article build, and whose filter, as configured here, also dropped
 * `/claims/page/404/`.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { pageUrls, sitemapFiles } from '#lib/publish/sitemap.ts';

export default function sitemap(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'dossier:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = config.site ? new URL(base, config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!root) throw new Error('The sitemap needs the `site` option of astro.config.mjs.');
        const urls = pageUrls(
          pages.map(({ pathname }) => pathname),
          root.href,
        );
        const files = sitemapFiles(urls, root.href);
        for (const { file, xml } of files) await writeFile(new URL(file, dir), xml);
        logger.info(`sitemap-index.xml lists ${files.length - 1} sitemap file(s) of ${urls.length} pages`);
      },
    },
  };
}
