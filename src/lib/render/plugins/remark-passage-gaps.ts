/**
 * The gaps between the passages of an excerpt article. Its body holds the
 * passages analysed, verbatim and in order, separated by a line that holds
 * only `[…]` (or `[...]`); each such paragraph becomes the page's marker of
 * left-out text, `<p class="passage-gap">`, and stops being a paragraph of the
 * text: no quote anchors in it or runs across it, and no actor is found in
 * it. Runs only on the files it is told are excerpts (`file.data.excerpts`);
 * in a whole text, a paragraph of `[…]` is the outlet's own.
 */
import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';

/** What a gap between two passages is written as: a paragraph of `[…]` or `[...]` alone. */
export const PASSAGE_GAP = /^\[(?:…|\.\.\.)\]$/;

/** A gap between two passages, `<p class="passage-gap">`. */
export interface PassageGapNode extends Parent {
  type: 'passageGap';
  children: [Text];
}

declare module 'mdast' {
  interface RootContentMap {
    passageGap: PassageGapNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Whether the body is an article's excerpts (`text: excerpts`); set by the caller before running. */
    excerpts: boolean;
  }
}

/**
 * Options for {@link remarkPassageGaps}: none. What it reads is on the file:
 * `file.data.excerpts`, which the renderer sets from the article's `text`.
 */
export type Options = Record<string, never>;

/** Turns the gaps between an excerpt article's passages into markers; see the module comment. */
export default function remarkPassageGaps() {
  return (tree: Root, file: VFile) => {
    if (file.data.excerpts !== true) return;
    tree.children = tree.children.map((node) => {
      const [only] = node.type === 'paragraph' && node.children.length === 1 ? node.children : [];
      if (only?.type !== 'text' || !PASSAGE_GAP.test(only.value.trim())) return node;
      const gap: PassageGapNode = {
        type: 'passageGap',
        children: [{ type: 'text', value: only.value.trim() }],
        data: { hName: 'p', hProperties: { className: ['passage-gap'] } },
      };
      return gap;
    });
  };
}
