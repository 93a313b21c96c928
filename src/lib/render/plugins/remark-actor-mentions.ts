/**
 * Finds actor mentions in an article body with the site's alias index. The
 * first mention of each actor the article lists becomes a link to its page;
 * every later one is marked. Mentions inside links, headings and code are
 * left alone. What was found goes to `file.data.mentions`, and mentions of
 * actors the article does not list to `file.data.unlistedMentions`.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { mentionAnchorId } from '#lib/content/urls.ts';
import type { AliasIndex } from '#lib/text/alias-index.ts';
import { type ParentNode, flattenBlock } from '#lib/text/mdast-text.ts';
import { sentenceAt, splitSentences } from '#lib/text/sentences.ts';

/** One mention of an actor in an article. */
export interface ActorMention {
  readonly actor: string;
  /** The alias as written. */
  readonly alias: string;
  /** The sentence it occurs in. */
  readonly sentence: string;
  /** Where the alias starts in `sentence`. */
  readonly offset: number;
  /** The element id of the mention, for links to the place in the text. */
  readonly anchor: string;
  /** Whether this mention is the article's link to the actor (its first mention). */
  readonly linked: boolean;
}

/** A mention of an actor that the article does not list. */
export interface UnlistedMention {
  readonly actor: string;
  readonly alias: string;
  readonly sentence: string;
}

/** A marked, unlinked mention; becomes `<span class="mention">`, its target first. */
export interface ActorMentionNode extends Parent {
  type: 'actorMention';
  children: [MentionTargetNode, Text];
}

/**
 * Where a link to a later mention lands: an empty `<span id="mention-…">` at
 * its start. The id is not on the mention itself because the search indexer
 * lists every element with an id in an indexed text as a place in the page,
 * and an article names its actors a hundred times; marked
 * `data-pagefind-ignore`, the empty target is not listed, and the mention's
 * words are still searched.
 */
export interface MentionTargetNode extends Parent {
  type: 'mentionTarget';
  children: [];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    actorMention: ActorMentionNode;
    mentionTarget: MentionTargetNode;
  }
  interface RootContentMap {
    actorMention: ActorMentionNode;
    mentionTarget: MentionTargetNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The actor ids the article lists; set by the caller before running. */
    listedActors: ReadonlySet<string>;
    mentions: ActorMention[];
    unlistedMentions: UnlistedMention[];
  }
}

/** Options for {@link remarkActorMentions}. */
export interface Options {
  /** The site's alias index. */
  readonly index: AliasIndex;
  /** The URL of an actor's page. */
  readonly actorHref: (actor: string) => string;
}

/** Links and marks actor mentions; see the module comment. */
export default function remarkActorMentions(options: Readonly<Options>) {
  const { index, actorHref } = options;
  return (tree: Root, file: VFile) => {
    const listed = file.data.listedActors ?? new Set<string>();
    const mentions: ActorMention[] = [];
    const unlisted: UnlistedMention[] = [];
    const counts = new Map<string, number>();

    visit(tree, (node) => {
      if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return 'skip';
      if (node.type !== 'paragraph' && node.type !== 'tableCell') return undefined;
      const block = flattenBlock(node as ParentNode);
      const sentences = splitSentences(block.text);
      const replacements: { run: (typeof block.runs)[number]; parts: PhrasingContent[] }[] = [];
      for (const run of block.runs) {
        if (run.inLink) continue;
        const parts: PhrasingContent[] = [];
        let cursor = 0;
        for (const match of index.find(run.node.value)) {
          const at = run.start + match.start;
          const found = sentenceAt(sentences, at);
          const sentence = found?.text ?? match.alias;
          const offset = found ? at - found.textStart : 0;
          if (!listed.has(match.actor)) {
            unlisted.push({ actor: match.actor, alias: match.alias, sentence });
            continue;
          }
          const n = (counts.get(match.actor) ?? 0) + 1;
          counts.set(match.actor, n);
          const anchor = mentionAnchorId(match.actor, n);
          const linked = n === 1;
          mentions.push({ actor: match.actor, alias: match.alias, sentence, offset, anchor, linked });
          if (match.start > cursor) parts.push({ type: 'text', value: run.node.value.slice(cursor, match.start) });
          parts.push(mentionNode(match.actor, match.alias, anchor, linked, actorHref));
          cursor = match.end;
        }
        if (parts.length === 0) continue;
        if (cursor < run.node.value.length) parts.push({ type: 'text', value: run.node.value.slice(cursor) });
        replacements.push({ run, parts });
      }
      // Last first, so that replacing a node never shifts the index of one still to come. The parts are
      // concatenated rather than spread into splice(): a paragraph may hold tens of thousands of mentions,
      // more than a call's arguments can.
      for (const { run, parts } of replacements.reverse()) {
        const { children } = run.parent;
        run.parent.children = children.slice(0, run.index).concat(parts, children.slice(run.index + 1));
      }
      return 'skip';
    });
    file.data.mentions = mentions;
    file.data.unlistedMentions = unlisted;
  };
}

function mentionNode(
  actor: string,
  alias: string,
  anchor: string,
  linked: boolean,
  actorHref: (actor: string) => string,
): PhrasingContent {
  const text: Text = { type: 'text', value: alias };
  const properties = { className: ['mention'], dataActor: actor };
  // The first mention is the link, and a link is what keyboard and screen-reader users land on: it keeps its id.
  if (linked) {
    const link: Link = { type: 'link', url: actorHref(actor), children: [text], data: { hProperties: { id: anchor, ...properties } } };
    return link;
  }
  const target: MentionTargetNode = { type: 'mentionTarget', children: [], data: { hName: 'span', hProperties: { id: anchor, dataPagefindIgnore: '' } } };
  return { type: 'actorMention', children: [target, text], data: { hName: 'span', hProperties: properties } };
}
