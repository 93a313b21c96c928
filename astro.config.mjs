// @ts-check
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  output: 'static',
  // Every page URL ends in a slash (DESIGN.md, "URLs"); links are written that way.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Reading pages ship no JavaScript; keep Astro's dev toolbar out of them too.
  devToolbar: { enabled: false },
  integrations: [contentCheck()],
});
