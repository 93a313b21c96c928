/**
 * The Markdown Dossier reads, in one place for every parser of the project
 * (the article renderer and scanner, the prose renderer, plain text, the
 * blocks `npm run new` and the annotator anchor in): CommonMark with three of
 * GitHub's extensions, footnotes, tables and strikethrough.
 *
 * - Strikethrough takes two tildes only: a news text's "~100 people" is an
 *   approximation, not the start of a deletion.
 * - GitHub's other extensions are left out: a bare address in an article
 *   stays the text the outlet printed (a link is written `<https://…>` or
 *   `[text](https://…)`), and a task list's `[x]` stays text.
 * - Tables are looked for only in a text that has a line that can be a table's
 *   delimiter row (`|---|---|`): GitHub's table parser tries the first line of every
 *   paragraph as a table's head and costs most of the parse of a long line
 *   of text, so a text without one is parsed without it, to the same tree.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';

/** The plugin's options. */
export interface Options {
  /** Whether to parse tables (default `true`). */
  readonly tables?: boolean;
}

/** Adds footnotes, strikethrough and, with `tables`, tables to remark-parse. */
export function remarkDossierSyntax(this: Processor, { tables = true }: Readonly<Options> = {}) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough({ singleTilde: false }), ...(tables ? [gfmTable()] : []));
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), ...(tables ? [gfmTableFromMarkdown()] : []));
}

/**
 * A line that can be a table's delimiter row: hyphens, with colons, pipes and spaces (after a
 * quote's `>` or a list's indent). `:-:` under `||` is one; so is a thematic break, which costs
 * only the time of looking for a table.
 */
const DELIMITER_ROW = /^[ \t>|:]*-[ \t|:-]*$/m;

/** Whether `text` has a line that can be a table's delimiter row, so that it may hold a table. */
export function mayHoldTable(text: string): boolean {
  return DELIMITER_ROW.test(text);
}

/**
 * For a processor made with or without tables by `make`, the one to use for a text: with tables
 * only where the text may hold one. Each is made once, when first needed.
 */
export function byTables<P>(make: (tables: boolean) => P): (text: string) => P {
  const made = new Map<boolean, P>();
  return (text) => {
    const tables = mayHoldTable(text);
    if (!made.has(tables)) made.set(tables, make(tables));
    return made.get(tables)!;
  };
}

/** A parser of Markdown as Dossier reads it. */
export function createMarkdownParser(): (text: string) => Root {
  const processorFor = byTables((tables) => unified().use(remarkParse).use(remarkDossierSyntax, { tables }).freeze());
  return (text) => processorFor(text).parse(text);
}
