import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { createMarkdownParser, mayHoldTable, remarkDossierSyntax } from '#lib/text/markdown.ts';

const parse = createMarkdownParser();
const withTables = unified().use(remarkParse).use(remarkDossierSyntax).freeze();
const types = (text: string) => JSON.stringify(parse(text), (key, value) => (key === 'position' ? undefined : value));

describe('createMarkdownParser', () => {
  test('reads footnotes, tables and strikethrough, and leaves a bare address, a task marker and one tilde as text', () => {
    const tree = parse('A[^1] ~~b~~ ~100 www.example.org\n\n- [x] done\n\n| a |\n|---|\n| 1 |\n\n[^1]: Note.\n');
    const kinds = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      kinds.add(node.type);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    expect([...kinds].sort()).toEqual(['delete', 'footnoteDefinition', 'footnoteReference', 'list', 'listItem', 'paragraph', 'root', 'table', 'tableCell', 'tableRow', 'text']);
    expect(types('- [x] done')).toContain('"value":"[x] done"');
    expect(types('~100 people')).toContain('"value":"~100 people"');
  });

  test('returns the same tree with or without looking for tables first, for any text', () => {
    const piece = fc.constantFrom('|', '-', ':', ' ', '\n', '\n\n', '> ', 'a', 'b c', '---', '| a | b |', '|---|---|', ':-:', '* ', '1. ', '    ', '[^1]', '[^1]: n', '~~', '`');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(parse(text)).toEqual(withTables.parse(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('mayHoldTable', () => {
  test('returns true only for a text with a line that can be a delimiter row', () => {
    expect(mayHoldTable('| a | b |\n|---|---|')).toBe(true);
    expect(mayHoldTable('a | b\n--- | ---')).toBe(true);
    expect(mayHoldTable('> | a |\n> |:-:|')).toBe(true);
    expect(mayHoldTable('||\n:-:')).toBe(true);
    expect(mayHoldTable('A | B in text, and a - in a sentence.\n\n***\n\nA thematic break of stars, no table.')).toBe(false);
    expect(mayHoldTable('A long line of text with no table at all.')).toBe(false);
  });
});
