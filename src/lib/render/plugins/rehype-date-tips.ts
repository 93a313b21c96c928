/**
 * Adds to each date mention's link the full date and title of its event,
 * which CSS shows on hover and focus and screen readers read with the link.
 * Runs after sanitising: the text is the site's own, which is also why search
 * leaves it out (`data-pagefind-ignore`): a result's snippet is the article's text.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { formatDateRange } from '#lib/content/partial-date.ts';
import type { Event } from '#lib/content/schema/index.ts';
import { walkElements } from '#lib/render/walk-elements.ts';

/** Options for {@link rehypeDateTips}. */
export interface Options {
  /** The site's events, by id. */
  readonly events: ReadonlyMap<string, { readonly data: Event }>;
}

/** Appends the tips; see the module comment. */
export default function rehypeDateTips(options: Readonly<Options>) {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      const id = node.properties['dataEvent'];
      if (node.tagName !== 'a' || typeof id !== 'string') return;
      const event = options.events.get(id)?.data;
      if (!event) return;
      node.children.push(
        h('span', { className: ['date-tip'], dataPagefindIgnore: '' }, [
          h('span', { className: ['visually-hidden'] }, ' ('),
          `${formatDateRange(event.date, event.end)}: ${event.title}`,
          h('span', { className: ['visually-hidden'] }, ')'),
        ]),
      );
    });
  };
}
