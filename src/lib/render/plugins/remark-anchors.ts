/**
 * Anchors quoted spans in an article body and wraps each in its own node:
 * claims in `<mark>` now, date mentions next, by one mechanism. What to
 * anchor comes in `file.data.anchorRequests`; where each landed goes to
 * `file.data.anchors`, and what could not be anchored to
 * `file.data.anchorFailures`, for the content check to report.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { flattenBlock, type ParentNode } from '#lib/text/mdast-text.ts';
import { wrapRange } from '#lib/text/mdast-wrap.ts';
import { type AnchorResult, QuoteIndex, type QuoteSelector, type Span } from '#lib/text/quote-anchor.ts';
import { type Sentence, sentenceAt, splitSentences } from '#lib/text/sentences.ts';

/** One span to anchor. */
export interface AnchorRequest {
  /** The frontmatter field it comes from, e.g. `claims[2]`: its key in the results. */
  readonly field: string;
  /** How messages name it, e.g. `claim "amia-blame"`. */
  readonly label: string;
  /**
   * Spans of the same group may not overlap at all (two claims); spans of
   * different groups may nest but not cross (a date inside a claim).
   */
  readonly group: string;
  readonly selector: QuoteSelector;
  /** Makes the wrapping node of the span's content. */
  readonly wrap: (children: Nodes[]) => Nodes;
}

/** Where a request landed, and the sentences around it. */
export interface Anchor {
  readonly span: Span;
  /** The text of the sentences that contain the span: before it, the span itself, after it. */
  readonly context: { readonly before: string; readonly text: string; readonly after: string };
}

/** Why a request could not be anchored. */
export type AnchorFailure =
  | { readonly request: AnchorRequest; readonly result: Exclude<AnchorResult, { ok: true }> }
  | { readonly request: AnchorRequest; readonly overlaps: AnchorRequest };

/**
 * An anchor failure as the content check reports it: its requests without the
 * function that wraps their span, so that it can be sent between threads.
 */
export type ReportedAnchorFailure =
  | { readonly request: Omit<AnchorRequest, 'wrap'>; readonly result: Exclude<AnchorResult, { ok: true }> }
  | { readonly request: Omit<AnchorRequest, 'wrap'>; readonly overlaps: Omit<AnchorRequest, 'wrap'> };

/** Anchors by the field of their request. */
export type AnchorMap = Map<string, Anchor>;

declare module 'vfile' {
  interface DataMap {
    anchorRequests: readonly AnchorRequest[];
    anchors: AnchorMap;
    anchorFailures: AnchorFailure[];
  }
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Anchors and wraps the requested spans; see the module comment. */
export default function remarkAnchors() {
  return (tree: Root, file: VFile) => {
    const requests = file.data.anchorRequests ?? [];
    const anchors = new Map<string, Anchor>();
    const failures: AnchorFailure[] = [];
    file.data.anchors = anchors;
    file.data.anchorFailures = failures;
    if (requests.length === 0) return;

    const blocks: ParentNode[] = [];
    visit(tree, (node) => {
      if (node.type === 'code' || node.type === 'html') return 'skip';
      if (!BLOCKS.has(node.type)) return undefined;
      blocks.push(node as ParentNode);
      return 'skip';
    });
    const texts = blocks.map((block) => flattenBlock(block).text);
    const index = new QuoteIndex(texts);

    const placed: { request: AnchorRequest; span: Span }[] = [];
    // By block, so that an article of thousands of claims compares each only with its block's others.
    const placedIn = new Map<number, { request: AnchorRequest; span: Span }[]>();
    const sentencesOf = new Map<number, Sentence[]>();
    for (const request of requests) {
      const result = index.anchor(request.selector);
      if (!result.ok) {
        failures.push({ request, result });
        continue;
      }
      const { span } = result;
      const inBlock = placedIn.get(span.block) ?? placedIn.set(span.block, []).get(span.block)!;
      const clash = inBlock.find(
        (other) => other.span.start < span.end && span.start < other.span.end && (other.request.group === request.group || !nests(other.span, span)),
      );
      if (clash) {
        failures.push({ request, overlaps: clash.request });
        continue;
      }
      placed.push({ request, span });
      inBlock.push({ request, span });
      if (!sentencesOf.has(span.block)) sentencesOf.set(span.block, splitSentences(texts[span.block]!));
      anchors.set(request.field, { span, context: contextOf(texts[span.block]!, sentencesOf.get(span.block)!, span) });
    }

    // Outer spans first, so that a span inside another is wrapped inside its node.
    placed.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
    for (const { request, span } of placed) wrapRange(blocks[span.block]!, span.start, span.end, request.wrap);
  };
}

/** Whether one span lies wholly inside the other. */
function nests(a: Span, b: Span): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/** The sentences of `text` (its `sentences`) that the span touches, split around it. */
function contextOf(text: string, sentences: readonly Sentence[], span: Span): Anchor['context'] {
  const from = sentenceAt(sentences, span.start)?.textStart ?? span.start;
  const last = span.end > span.start ? sentenceAt(sentences, span.end - 1) : undefined;
  const to = last ? last.textStart + last.text.length : span.end;
  return {
    before: text.slice(from, span.start),
    text: text.slice(span.start, span.end),
    after: text.slice(span.end, Math.max(to, span.end)),
  };
}
