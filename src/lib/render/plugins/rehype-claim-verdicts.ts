/**
 * Appends to each claim's `<mark>` a small link that names its verdict in
 * words and leads to the claim's card. Its words for screen readers start
 * with a space, so that the claim's last word and the verdict stay two words
 * in a reading of the text without the stylesheet (a reader mode, a text
 * browser); on screen the badge's margin sets them apart. Runs after
 * sanitising: the link is the site's own markup, like the heading anchors,
 * and search leaves it out (`data-pagefind-ignore`): a result's snippet is
 * the article's text.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { RATING_SCALE, type Rating } from '#lib/content/ratings.ts';
import { claimCardId } from '#lib/content/urls.ts';
import { walkElements } from '#lib/render/walk-elements.ts';

/** Adds the verdict links; see the module comment. */
export default function rehypeClaimVerdicts() {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'mark') return undefined;
      const id = node.properties['dataClaim'];
      const rating = node.properties['dataRating'] as Rating | undefined;
      if (typeof id !== 'string' || rating === undefined || !Object.hasOwn(RATING_SCALE, rating)) return undefined;
      const verdict = h(
        'a',
        { className: ['verdict'], dataRating: rating, href: `#${claimCardId(id)}`, dataPagefindIgnore: '' },
        h('span', { className: ['visually-hidden'] }, ' Verdict on this claim: '),
        RATING_SCALE[rating].label,
      );
      parent.children.splice(index + 1, 0, verdict);
      return index + 2;
    });
  };
}
