/**
 * Claims in an article body: what to anchor for each, the ids and URLs that
 * link a claim's span, its card and its page.
 */
import type { Nodes, Parent } from 'mdast';
import type { AnchorRequest } from '../markdown/remark-anchors.ts';
import type { Article, Claim } from './schema/index.ts';

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

/** The element id of a claim's span in the article: `claim-<id>` (a public URL fragment). */
export function claimAnchorId(id: string): string {
  return `claim-${id}`;
}

/** The element id of a claim's card in the article's claims panel. */
export function claimCardId(id: string): string {
  return `claim-card-${id}`;
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
