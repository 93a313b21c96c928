/** Walking a built site: its files, and the URL of each page. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The root-relative URL of every HTML page (`/articles/x/` for `articles/x/index.html`). */
export async function listPages(dir: string): Promise<string[]> {
  return (await listFiles(dir))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

/**
 * The route a page URL comes from: its first folder, with the names after it
 * (ids, slugs, verdicts, page numbers) as `*`, and the literal folders of the
 * claim filters and claim pages kept (`/claims/rating/*`, `/articles/*\/claims/*`).
 */
export function routeOf(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  if (first === undefined || rest.length === 0) return path;
  const kept = rest.map((segment, index) => (segment === 'claims' || (first === 'claims' && index === 0) ? segment : '*'));
  return `/${[first, ...kept].join('/')}/`;
}

/**
 * One page of each route, the largest (the one that shows the most of what
 * the route's template can show), for checks that a template passes once it
 * passes on one of its pages: the dark theme, a second phone width.
 */
export async function onePagePerRoute(dir: string, pages: readonly string[]): Promise<string[]> {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const { size } = await stat(join(dir, file));
    const route = routeOf(path);
    const current = largest.get(route);
    if (current === undefined || size > current.size) largest.set(route, { path, size });
  }
  return [...largest.values()].map((page) => page.path).sort();
}
