/** The annotator's address in `astro dev`, `null` in a build; defined by `src/integrations/annotator.ts`. */
declare const __ANNOTATOR_URL__: string | null;
