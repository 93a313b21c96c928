/** Links inside the site, under Astro's configured `base`. */
import { withBase } from '../lib/urls.ts';

/** The URL of a root-relative site path, honouring `base`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
