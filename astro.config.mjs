// @ts-check
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import annotator from '#integrations/annotator.ts';
import contentCheck from '#integrations/check-before-build.ts';
import openData from '#integrations/open-data.ts';
import sitemap from '#integrations/sitemap.ts';

export default defineConfig({
  // The public address of the site, for canonical URLs and JSON-LD ids; set
  // DOSSIER_SITE when deploying. By default, where `npm start` serves it.
  site: process.env.DOSSIER_SITE ?? 'http://localhost:4321',
  output: 'static',
  // Astro's caches (the content store among them): `DOSSIER_CACHE_DIR/astro` when set, so that a
  // benchmark or a build of another content folder keeps its own.
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: join(resolve(process.env.DOSSIER_CACHE_DIR), 'astro') } : {}),
  // Every page URL ends in a slash (docs/design.md, "URLs"); links are written that way.
  trailingSlash: 'always',
  // Pages render a few at a time, so that drawing preview images (off the main
  // thread) overlaps with rendering other pages.
  build: { format: 'directory', concurrency: 4 },
  // Reading pages ship no JavaScript; keep Astro's dev toolbar out of them too.
  devToolbar: { enabled: false },
  // Articles are rendered by the project's own pipeline (src/lib/render/article-renderer.ts);
  // Astro's Markdown highlighter would only add inline styles that the CSP forbids.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentCheck(),
    // `/annotate/`, in the dev server only (src/annotator/).
    annotator(),
    // sitemap-index.xml: every page but the 404 page; the data files and images are not pages.
    sitemap(),
    // /data/*: in a build, written a few records at a time once the pages are written.
    openData(),
  ],
  // A Content-Security-Policy <meta> on every page, with hashes for Astro's own
  // inline scripts and styles and no 'unsafe-inline'. `frame-ancestors` cannot be
  // set from a <meta>: the host sends it as a header (README, "Hosting").
  // Pagefind's search runs WebAssembly ('wasm-unsafe-eval', which allows no
  // eval of JavaScript) and may start a worker from a blob.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
