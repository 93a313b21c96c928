/**
 * The sitemap: every page's URL, in the sitemaps protocol's format
 * (https://www.sitemaps.org/protocol.html), as `sitemap-index.xml` and the
 * files it lists, `sitemap-0.xml`, `sitemap-1.xml`, … of at most
 * {@link SITEMAP_LIMIT} URLs each.
 */

/** The most URLs one sitemap file may list (the protocol's limit). */
export const SITEMAP_LIMIT = 50_000;

/** The sitemap index's file name. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** One file of the sitemap: its name in the site's root folder, and its XML. */
export interface SitemapFile {
  readonly file: string;
  readonly xml: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>'"]/g, (character) => ESCAPES[character]!);
const NUMERIC = new Intl.Collator('en', { numeric: true });

/**
 * The URLs of the pages Astro built, from their paths relative to the site's
 * root (`""`, `"about/"`, `"claims/page/404/"`), without the site's own 404
 * page (`"404/"`), which is what a host serves for a missing page, not a page
 * of its own.
 */
export function pageUrls(pathnames: readonly string[], root: string): string[] {
  return pathnames
    .map((pathname) => pathname.replace(/^\//, ''))
    .filter((pathname) => pathname !== '404/' && pathname !== '404')
    .map((pathname) => new URL(pathname, root).href);
}

/**
 * The sitemap of `urls` (absolute), for a site whose root is `root` (an
 * absolute URL ending in `/`): the URLs once each, in order (numbers by their
 * value, so `page/9/` before `page/10/`), split into files, and the index of
 * those files first.
 */
export function sitemapFiles(urls: readonly string[], root: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  const sorted = [...new Set(urls)].sort(NUMERIC.compare);
  const files: SitemapFile[] = [];
  for (let start = 0; start < sorted.length || files.length === 0; start += limit) {
    const entries = sorted.slice(start, start + limit).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
    files.push({ file: `sitemap-${files.length}.xml`, xml: `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">${entries.join('')}</urlset>` });
  }
  const listed = files.map(({ file }) => `<sitemap><loc>${escapeXml(new URL(file, root).href)}</loc></sitemap>`);
  return [{ file: SITEMAP_INDEX, xml: `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">${listed.join('')}</sitemapindex>` }, ...files];
}
