/**
 * Claims in an article body: what to anchor for each, the ids and URLs that
 * link a claim's span, its card and its page.
 */
import type { Nodes, Parent } from 'mdast';
import type { Article, Claim } from '#lib/content/schema/index.ts';
import { claimAnchorId } from '#lib/content/urls.ts';
import type { AnchorRequest } from '#lib/render/plugins/remark-anchors.ts';

/** A claim's span in the text, `<mark class="claim">`. */
export interface ClaimMarkNode extends Parent {
  type: 'claimMark';
  children: Nodes[] & Parent['children'];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    claimMark: ClaimMarkNode;
  }
  interface RootContentMap {
    claimMark: ClaimMarkNode;
  }
}

/** The anchor requests of an article's claims: each wrapped in a `<mark>` carrying its rating. */
export function claimAnchorRequests(article: Article): AnchorRequest[] {
  return article.claims.map((claim: Claim, i) => ({
    field: `claims[${i}]`,
    label: `claim "${claim.id}"`,
    group: 'claim',
    selector: claim,
    wrap: (children) => ({
      type: 'claimMark',
      children: children as ClaimMarkNode['children'],
      data: {
        hName: 'mark',
        // `data-pagefind-title` makes the span a sub-result of the article in search.
        hProperties: {
          id: claimAnchorId(claim.id),
          className: ['claim'],
          dataClaim: claim.id,
          dataRating: claim.rating,
          dataPagefindTitle: claim.summary,
        },
      },
    }),
  }));
}
