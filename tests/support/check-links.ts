/**
 * Checks, from the built files alone, that every internal link and every
 * `#fragment` of a site resolves, under the site's base path.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { listFiles } from './dist-files.ts';

const LINKING = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
] as const;

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Returns one line per broken link: `page → link: why`. An empty list means every link resolves. */
export async function findBrokenLinks(distDir: string, base = '/'): Promise<string[]> {
  const pages = new Map<string, Root>();
  const parse = async (file: string) => {
    let tree = pages.get(file);
    if (!tree) {
      tree = fromHtml(await readFile(join(distDir, file), 'utf8'));
      pages.set(file, tree);
    }
    return tree;
  };
  const idsOf = async (file: string) =>
    new Set(
      selectAll('[id], a[name]', await parse(file)).map((element) =>
        String(element.properties['id'] ?? element.properties['name']),
      ),
    );

  const broken: string[] = [];
  const htmlFiles = (await listFiles(distDir)).filter((file) => file.endsWith('.html'));
  for (const file of htmlFiles) {
    const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
    const tree = await parse(file);
    for (const [selector, attribute] of LINKING) {
      for (const element of selectAll(selector, tree)) {
        const raw = String(element.properties[attribute === 'href' ? 'href' : attribute]);
        const url = new URL(raw, pageUrl);
        if (url.origin !== pageUrl.origin) continue; // external: not checked offline
        const report = (why: string) => broken.push(`/${file} → ${raw}: ${why}`);
        if (!url.pathname.startsWith(base)) {
          report(`outside the base path ${base}`);
          continue;
        }
        const path = decodeURIComponent(url.pathname.slice(base.length));
        const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        if (!(await exists(join(distDir, target)))) {
          report(`no file ${target}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment !== '' && target.endsWith('.html') && !(await idsOf(target)).has(fragment)) {
          report(`no element with id "${fragment}" in ${target}`);
        }
      }
    }
  }
  return broken;
}
