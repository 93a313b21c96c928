/**
 * Gives the footnotes of one piece of Markdown ids of their own, so that the
 * many rendered on one page (an article's body, each claim's assessment, each
 * correction's note) never share one: `fn-1` becomes `<prefix>fn-1`, and so
 * do the links between a note and its reference and the notes' hidden heading
 * (`footnote-label`), which the references name in `aria-describedby`.
 *
 * Runs after sanitising and before heading ids are made: every id it sees
 * then is a footnote's (Markdown cannot write an id, and raw HTML is dropped).
 */
import type { Element, Root } from 'hast';
import { walkElements } from '#lib/render/walk-elements.ts';

/** The plugin's options. */
export interface Options {
  /** What every footnote id of this piece of Markdown starts with, e.g. `claim-amia-blame-note-`. */
  readonly prefix: string;
}

const FOOTNOTE_ID = /^(?:fn-|fnref-|footnote-label$)/;

const scoped = (id: unknown, prefix: string) => (typeof id === 'string' && FOOTNOTE_ID.test(id) ? `${prefix}${id}` : id);

/** Whether `node` is the hidden heading of a list of footnotes: not one of the text's own headings. */
export function isFootnoteLabel(node: Element): boolean {
  const id = node.properties['id'];
  return typeof id === 'string' && id.endsWith('footnote-label');
}

/** Prefixes the footnote ids of `tree`, and every reference to them, with `prefix`. */
export function scopeFootnotes(tree: Root, prefix: string): void {
  walkElements(tree, (node: Element) => {
    const { properties } = node;
    if (properties['id'] !== undefined) properties['id'] = scoped(properties['id'], prefix) as string;
    const href = properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && FOOTNOTE_ID.test(href.slice(1))) properties['href'] = `#${prefix}${href.slice(1)}`;
    const describedBy = properties['ariaDescribedBy'];
    if (describedBy !== undefined && describedBy !== null) {
      properties['ariaDescribedBy'] = (Array.isArray(describedBy) ? describedBy : [describedBy]).map((id) => String(scoped(id, prefix)));
    }
  });
}

/** The plugin: {@link scopeFootnotes} with a fixed prefix. */
export default function rehypeScopeFootnotes({ prefix }: Readonly<Options>) {
  return (tree: Root) => scopeFootnotes(tree, prefix);
}
