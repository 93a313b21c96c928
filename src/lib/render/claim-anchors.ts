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
        // No `data-pagefind-title`: in search, a claim is a sub-result of its card
        // in the claims panel, and a mark must not split the text around it.
        hProperties: {
          id: claimAnchorId(claim.id),
          className: ['claim'],
          dataClaim: claim.id,
          dataRating: claim.rating,
        },
      },
    }),
  }));
}
