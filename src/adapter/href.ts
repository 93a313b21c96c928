/** Links inside the site, under Astro's configured `base` and `site`. */
import { withBase } from '#lib/content/urls.ts';

/** The URL of a root-relative site path, honouring `base`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a root-relative site path, on the configured `site`. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE ?? 'http://localhost:4321').href;
}
