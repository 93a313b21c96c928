/**
 * The annotator, in `npm run dev` only: the `astro:server:setup` hook runs
 * for `astro dev` alone, so the production build never has its pages or
 * endpoints (a site test checks `dist/` for any trace of them). See
 * `src/annotator/server.ts` for what it serves and how it keeps to this
 * machine and to the content folder.
 *
 * It turns off the dev server's CORS, which by default lets a page on any
 * other port of localhost read every response (the annotator's token and
 * the drafts among them).
 *
 * It also tells the pages whether to link to it: `__ANNOTATOR_URL__` is its
 * address in the dev server and `null` in a build. The command decides, not
 * `import.meta.env.DEV`, which Astro fills from the environment: a build run
 * where `DEV` is set (a test runner sets it) would otherwise link to a page
 * that does not exist.
 */
import type { AstroIntegration } from 'astro';
import { ANNOTATE } from '#annotator/pages.ts';
import { createAnnotator } from '#annotator/server.ts';
import { CONTENT_ROOT } from '#adapter/content-root.ts';

/** The Astro integration that adds `/annotate/` to the dev server. */
export default function annotator(): AstroIntegration {
  return {
    name: 'dossier:annotator',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            define: { __ANNOTATOR_URL__: JSON.stringify(command === 'dev' ? ANNOTATE : null) },
            // The dev server shows drafts and the annotator: no page of another origin may read them.
            // Vite's default would let any page on any localhost port read every response.
            server: { cors: false },
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(createAnnotator(CONTENT_ROOT));
        logger.info('annotate articles at /annotate/ (this machine only)');
      },
    },
  };
}
