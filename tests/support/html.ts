/** Reading built pages as hast trees, for assertions over the HTML. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Parses the page served at `urlPath` (e.g. `/articles/x/`) from a built site. */
export async function readPage(distDir: string, urlPath: string): Promise<Root> {
  const file = join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return fromHtml(await readFile(file, 'utf8'));
}

/** The first element matching `selector`; fails the test when there is none. */
export function one(tree: Root | Element, selector: string): Element {
  const element = select(selector, tree);
  if (!element) throw new Error(`No element matches ${selector}`);
  return element;
}

/** Every element matching `selector`. */
export function all(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

/** An element's text with whitespace collapsed, as a reader sees it. */
export function text(node: Root | Element): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}
