/**
 * The annotator's frontmatter edits: each changes only the characters of
 * what it edits, so a file keeps its comments, key order, quoting, flow or
 * block style, folded text and body byte for byte; and what it writes reads
 * back as exactly what was given, whatever the characters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EditError, editFrontmatter, newEntryText, sameData } from '#annotator/yaml-edit.ts';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';

/** The lines removed and added between two texts: everything before and after them is the same. */
function change(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

const dataOf = (text: string) => {
  const parsed = parseMarkdownFile(text, 'test.md');
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.value.data as Record<string, unknown>;
};

// A draft as `npm run new` writes one: comments above keys, empty fields, a comment of suggestions.
const DRAFT = `---
# Drafted by \`npm run new\`: fill in what is empty, check what was guessed, then set draft: false.

# The original headline.
title:
genre:
source:
  # Actor id of the outlet (an actor of kind media).
  outlet:
  dateline: Tehran
analysed: 2026-12-05
draft: true
actors:
  - iran
  - bolivia
  # Names no actor of the site carries (kinds: person, organization, country, region, group, media).
  # To add one, create actors/<id>.md and list the id above:
  #   Buenos Aires (region, id buenos-aires): “The report points to the 1994 bombing of AMIA in Buenos Aires.”
  #   Space Technology (person, id space-technology): “Advanced Countries in Space Technology”
dates:
  # “1994” is 1994
  - quote: "1994"
    event: amia-bombing
claims:
  # Picked because it gives a number or a date.
  - id: report-bombing
    quote: The report points to the 1994 bombing of AMIA in Buenos Aires.
    about:
      - amia
    kind: factual
    # One of: supported, partly-supported, disputed, unsupported, false, not-checkable.
    rating:
    summary:
    assessment:
    sources: []
---

The report points to the 1994 bombing of AMIA in Buenos Aires.
`;

const seedArticle = readFileSync('tests/fixtures/sites/seed/articles/iran-bolivia-military-ties.md', 'utf8');
const seedActor = readFileSync('tests/fixtures/sites/seed/actors/edmundo-novillo.md', 'utf8');

describe('editFrontmatter', () => {
  test('fills an empty field after its colon, and nothing else changes', () => {
    const after = editFrontmatter(DRAFT, [{ op: 'set', path: ['claims', 0, 'rating'], value: 'supported' }]);
    expect(change(DRAFT, after)).toEqual({ removed: ['    rating:'], added: ['    rating: supported'] });
    expect(dataOf(after)['claims']).toMatchObject([{ rating: 'supported' }]);
  });

  test('writes an assessment as a literal block with the analyst’s lines as typed, however long', () => {
    const assessment = `${'The defence ministers signed a memorandum in Tehran on 20 July 2023, as Iranian state media reported. '.repeat(2)}\n\nA second paragraph.`;
    const after = editFrontmatter(DRAFT, [{ op: 'set', path: ['claims', 0, 'assessment'], value: assessment }]);
    const { removed, added } = change(DRAFT, after);
    expect(removed).toEqual(['    assessment:']);
    expect(added).toEqual(['    assessment: |-', `      ${assessment.split('\n')[0]}`, '', '      A second paragraph.']);
    expect((dataOf(after)['claims'] as { assessment: string }[])[0]!.assessment).toBe(assessment);
  });

  test('keeps Markdown that a wrap would break: a long heading, code, a table, a hard break', () => {
    const assessment = [
      `# ${'A heading longer than any line of the house style '.repeat(3).trim()}`,
      '',
      '```',
      `const line = "${'x'.repeat(120)}";`,
      '```',
      '',
      '| source | says |',
      '|---|---|',
      `| ${'a very long cell '.repeat(8)}| yes |`,
      '',
      'A line with a hard break  ',
      'and the next line.',
      '',
    ].join('\n');
    const after = editFrontmatter(DRAFT, [{ op: 'set', path: ['claims', 0, 'assessment'], value: assessment }]);
    expect((dataOf(after)['claims'] as { assessment: string }[])[0]!.assessment).toBe(assessment);
    expect(change(DRAFT, after).added[0]).toBe('    assessment: |');
  });

  test('writes what a block cannot hold double-quoted, escaped: line separators, C1 controls, a line of spaces', () => {
    for (const assessment of ['One\u2028two', 'Next line\u0085here', 'a\n   \nb', 'trailing\n\n\n', ' leading space', 'DEL\u007F', 'tab\tand\nline']) {
      const after = editFrontmatter(DRAFT, [{ op: 'set', path: ['claims', 0, 'assessment'], value: assessment }]);
      expect((dataOf(after)['claims'] as { assessment: string }[])[0]!.assessment).toBe(assessment);
    }
    const separator = editFrontmatter(DRAFT, [{ op: 'set', path: ['claims', 0, 'assessment'], value: 'One\u2028two' }]);
    expect(change(DRAFT, separator).added).toEqual(['    assessment: "One\\u2028two"']);
    const controls = editFrontmatter(DRAFT, [{ op: 'set', path: ['title'], value: 'A\u0085B\u007F' }]);
    expect(change(DRAFT, controls).added).toEqual(['title: "A\\u0085B\\u007f"']);
  });

  test('replaces an empty flow list with a block list of sources', () => {
    const source = { title: 'Iran, Bolivia ink MoU on defense cooperation', url: 'https://en.mehrnews.com/news/203508/', publisher: 'Mehr News Agency', date: '2023-07-20' };
    const after = editFrontmatter(DRAFT, [{ op: 'append', path: ['claims', 0, 'sources'], value: source }]);
    expect(change(DRAFT, after)).toEqual({
      removed: ['    sources: []'],
      added: [
        '    sources:',
        '      - title: Iran, Bolivia ink MoU on defense cooperation',
        '        url: https://en.mehrnews.com/news/203508/',
        '        publisher: Mehr News Agency',
        '        date: 2023-07-20',
      ],
    });
  });

  test('sets sources where the list was empty, `[]`, as a block list: an empty list says nothing of its style', () => {
    const after = editFrontmatter(DRAFT, [{ op: 'set', path: ['claims', 0, 'sources'], value: [{ title: 'A', url: 'https://example.org/a' }] }]);
    expect(change(DRAFT, after)).toEqual({
      removed: ['    sources: []'],
      added: ['    sources:', '      - title: A', '        url: https://example.org/a'],
    });
  });

  test('writes a year as the content does, `published: 2023`, and a full date unquoted', () => {
    const after = editFrontmatter(DRAFT, [
      { op: 'set', path: ['source', 'published'], value: '2023' },
      { op: 'set', path: ['analysed'], value: '2026-12-06' },
    ]);
    expect(change(DRAFT, after)).toEqual({ removed: ['analysed: 2026-12-05'], added: ['  published: 2023', 'analysed: 2026-12-06'] });
    expect((dataOf(after)['source'] as Record<string, unknown>)['published']).toBe(2023);
  });

  test('folds a summary too long for one line, `summary: >-`, at 100 columns', () => {
    const summary = 'A Tehran Times opinion piece that relays a World Politics Review report on Argentina’s alarm at the defence memorandum between Iran and Bolivia.';
    const after = editFrontmatter(DRAFT, [{ op: 'set', path: ['summary'], value: summary }]);
    const { added } = change(DRAFT, after);
    expect(added[0]).toBe('summary: >-');
    expect(added.slice(1).every((line) => line.startsWith('  ') && line.length <= 100)).toBe(true);
    expect(dataOf(after)['summary']).toBe(summary);
  });

  test('appends to a block list after its last item, before the comment that follows it', () => {
    const after = editFrontmatter(DRAFT, [{ op: 'append', path: ['actors'], value: 'argentina' }]);
    expect(change(DRAFT, after)).toEqual({ removed: [], added: ['  - argentina'] });
    expect(after.indexOf('  - argentina')).toBeLessThan(after.indexOf('# Names no actor'));
  });

  test('appends a claim with its fields in the house style: ids on one line, text quoted only where YAML needs it', () => {
    const claim = { id: 'amia-1994', quote: 'the 1994 bombing', about: ['amia', 'iran'], kind: 'factual', rating: 'false', summary: 'AMIA: a claim', assessment: 'Short.', sources: [{ title: 'A', url: 'https://example.org/a' }] };
    const after = editFrontmatter(DRAFT, [{ op: 'append', path: ['claims'], value: claim }]);
    expect(change(DRAFT, after).added).toEqual([
      '  - id: amia-1994',
      '    quote: the 1994 bombing',
      '    about: [amia, iran]',
      '    kind: factual',
      '    rating: "false"',
      '    summary: "AMIA: a claim"',
      '    assessment: |-',
      '      Short.',
      '    sources:',
      '      - title: A',
      '        url: https://example.org/a',
    ]);
    expect((dataOf(after)['claims'] as unknown[])[1]).toEqual(claim);
  });

  test('writes a new item as its neighbours are written: a { … } map after { … } maps, with their padding', () => {
    const after = editFrontmatter(seedArticle, [{ op: 'append', path: ['dates'], value: { quote: 'In July', event: 'iran-bolivia-mou' } }]);
    const { removed, added } = change(seedArticle, after);
    expect(removed).toEqual([]);
    expect(added).toEqual(['  - { quote: In July, event: iran-bolivia-mou }']);
  });

  test('adds to a flow list in place, keeping it on one line', () => {
    const after = editFrontmatter(seedActor, [{ op: 'append', path: ['aliases'], value: 'Minister Novillo' }]);
    expect(change(seedActor, after)).toEqual({
      removed: ['aliases: [Novillo, Edmundo Novillo Aguilar]'],
      added: ['aliases: [Novillo, Edmundo Novillo Aguilar, Minister Novillo]'],
    });
  });

  test('sets, adds and removes a field of a { … } map inside it', () => {
    const withPrefix = editFrontmatter(seedArticle, [{ op: 'set', path: ['dates', 0, 'prefix'], value: 'the' }]);
    expect(change(seedArticle, withPrefix).added[0]).toMatch(/^ {2}- \{ quote: .+, event: [a-z-]+, prefix: the \}$/);
    expect(editFrontmatter(withPrefix, [{ op: 'remove', path: ['dates', 0, 'prefix'] }])).toBe(seedArticle);
  });

  test('removes a list item with the comment lines above it, and the last one leaves an empty list', () => {
    const after = editFrontmatter(DRAFT, [{ op: 'remove', path: ['claims', 0] }]);
    expect(change(DRAFT, after).removed[0]).toBe('claims:');
    expect(change(DRAFT, after).added).toEqual(['claims: []']);
    expect(after).not.toContain('Picked because');
    const dates = editFrontmatter(DRAFT, [{ op: 'append', path: ['dates'], value: { quote: 'the report', event: 'x' } }, { op: 'remove', path: ['dates', 0] }]);
    expect(change(DRAFT, dates)).toEqual({
      removed: ['  # “1994” is 1994', '  - quote: "1994"', '    event: amia-bombing'],
      added: ['  - quote: the report', '    event: x'],
    });
  });

  test('removes a suggestion line, and the comment block with it when none is left', () => {
    const one = editFrontmatter(DRAFT, [{ op: 'remove-comment', line: '  Space Technology (person, id space-technology): “Advanced Countries in Space Technology”' }]);
    expect(change(DRAFT, one)).toEqual({ removed: ['  #   Space Technology (person, id space-technology): “Advanced Countries in Space Technology”'], added: [] });
    const both = editFrontmatter(one, [{ op: 'remove-comment', line: '  Buenos Aires (region, id buenos-aires): “The report points to the 1994 bombing of AMIA in Buenos Aires.”' }]);
    expect(both).not.toContain('# Names no actor');
    expect(both).not.toContain('# To add one');
    expect(change(one, both).added).toEqual([]);
  });

  test('removes the draft note with the blank line below it, so the frontmatter opens with its first field', () => {
    const after = editFrontmatter(DRAFT, [{ op: 'remove-comment', line: 'Drafted by `npm run new`: fill in what is empty, check what was guessed, then set draft: false.' }]);
    expect(after.startsWith('---\n# The original headline.\ntitle:\n')).toBe(true);
    expect(change(DRAFT, after).added).toEqual([]);
  });

  test('strips the guiding comments of an entry, but never a line of its text', () => {
    const filled = editFrontmatter(DRAFT, [
      { op: 'set', path: ['claims', 0, 'assessment'], value: '# Not a comment\n\nText.' },
      { op: 'strip-comments', path: ['claims', 0] },
    ]);
    expect(filled).not.toContain('# Picked because');
    expect(filled).not.toContain('# One of:');
    expect(filled).toContain('      # Not a comment');
    const title = editFrontmatter(DRAFT, [{ op: 'strip-comments', path: ['title'] }, { op: 'set', path: ['title'], value: 'Iran-Bolivia military ties' }]);
    expect(change(DRAFT, title)).toEqual({ removed: ['# The original headline.', 'title:'], added: ['title: Iran-Bolivia military ties'] });
  });

  test('leaves the body and every other byte alone across many edits', () => {
    const body = seedArticle.slice(seedArticle.indexOf('\n---\n', 4));
    const after = editFrontmatter(seedArticle, [
      { op: 'set', path: ['claims', 0, 'rating'], value: 'disputed' },
      { op: 'append', path: ['actors'], value: 'interpol' },
    ]);
    expect(after.endsWith(body)).toBe(true);
    // Undo the two changes by hand: what is left is the file, byte for byte.
    expect(after.replace('  - interpol\n', '').replace('rating: disputed', 'rating: partly-supported')).toBe(seedArticle);
  });

  test('sets an item of a block list of maps in place, the last one too, keeping the lines after it', () => {
    const after = editFrontmatter(seedActor, [{ op: 'set', path: ['sources', 2], value: { title: 'Changed', url: 'https://example.org/changed' } }]);
    expect(change(seedActor, after).added).toEqual(['  - title: Changed', '    url: https://example.org/changed']);
    expect(after.slice(after.indexOf('corrections:'))).toBe(seedActor.slice(seedActor.indexOf('corrections:')));
    const last = '---\nsources:\n  - title: A\n    url: https://example.org/a\n---\n';
    expect(editFrontmatter(last, [{ op: 'set', path: ['sources', 0], value: { title: 'B', url: 'https://example.org/b' } }])).toBe(last.replace(/A\n.*\/a/, 'B\n    url: https://example.org/b'));
  });

  test('refuses what it cannot do, and says which field', () => {
    expect(() => editFrontmatter(DRAFT, [{ op: 'remove', path: ['claims', 5] }])).toThrow(new EditError('claims[5] does not exist'));
    expect(() => editFrontmatter('no frontmatter', [])).toThrow(EditError);
    expect(() => editFrontmatter(DRAFT.replace(/\n/g, '\r\n'), [])).toThrow(/line endings/);
  });
});

describe('newEntryText', () => {
  test('writes a new actor as the content writes actors', () => {
    const text = newEntryText({ name: 'Buenos Aires', kind: 'region', aliases: ['CABA'], summary: 'Capital of Argentina.', sources: [{ title: 'Buenos Aires', url: 'https://en.wikipedia.org/wiki/Buenos_Aires' }] });
    expect(text).toBe(`---
name: Buenos Aires
kind: region
aliases: [CABA]
summary: Capital of Argentina.
sources:
  - title: Buenos Aires
    url: https://en.wikipedia.org/wiki/Buenos_Aires
---
`);
  });
});

describe('editFrontmatter, for any text', () => {
  // Every kind of character an analyst can type or paste: Markdown's own, spaces and tabs at the ends
  // of lines, every Unicode line separator, the control characters a field may hold, and any other.
  const piece = fc.oneof(
    fc.constantFrom('# Heading', '```', '    code', '| a | b |', '|---|---|', '  ', '\t', '\n', '\n\n', ' \n', '\r', '\u0085', '\u2028', '\u2029', '\u000B', '\u000C', '\u007F', '\u00A0', '\uFEFF', '"', "'", ':', '- ', '#', '&a', '*b', '!', '%', '@', '`', '{', '}', '[', ']', ',', '>', '|', '---', '...', 'null', 'true', '2023', '0x7E7', '~'),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
  const TEXT_FIELDS: readonly (readonly (string | number)[])[] = [
    ['title'],
    ['summary'],
    ['source', 'dateline'],
    ['claims', 0, 'summary'],
    ['claims', 0, 'assessment'],
    ['claims', 0, 'quote'],
    ['dates', 0, 'quote'],
  ];

  test('a text field set to any string reads back as exactly that string, and nothing else changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXT_FIELDS), text, (path, value) => {
        const after = editFrontmatter(DRAFT, [{ op: 'set', path, value }]);
        const expected = structuredClone(dataOf(DRAFT)) as Record<string, unknown>;
        let parent: Record<string | number, unknown> = expected;
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
        parent[path.at(-1)!] = value;
        expect(sameData(dataOf(after), expected)).toBe(true);
        expect(after.slice(after.indexOf('\n---\n', 4))).toBe(DRAFT.slice(DRAFT.indexOf('\n---\n', 4)));
      }),
      { numRuns: 400 },
    );
  });

  test('a correction note or a source appended with any text reads back as given', () => {
    fc.assert(
      fc.property(text, text, (note, title) => {
        const after = editFrontmatter(DRAFT, [
          { op: 'append', path: ['claims', 0, 'corrections'], value: { date: '2026-12-06', note } },
          { op: 'append', path: ['claims', 0, 'sources'], value: { title, url: 'https://example.org/a' } },
        ]);
        const claim = (dataOf(after)['claims'] as Record<string, unknown>[])[0]!;
        expect(claim['corrections']).toEqual([{ date: '2026-12-06', note }]);
        expect(claim['sources']).toEqual([{ title, url: 'https://example.org/a' }]);
      }),
      { numRuns: 200 },
    );
  });

  test('a new entry’s file holds any text exactly', () => {
    fc.assert(
      fc.property(text, text, (name, summary) => {
        const data = { name, kind: 'person', summary, aliases: [name] };
        expect(sameData(dataOf(newEntryText(data)), data)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dismissing and publishing', () => {
  const WITH_HEADING = DRAFT.replace('    assessment:\n', '    assessment: |\n      # Evidence\n\n      The text.\n');

  test('removes comments only, never a line of a block of text that reads like one', () => {
    expect(() => editFrontmatter(WITH_HEADING, [{ op: 'remove-comment', line: 'Evidence' }])).toThrow(new EditError('no comment "Evidence" in the frontmatter'));
    const stripped = editFrontmatter(WITH_HEADING, [{ op: 'strip-comments', path: ['claims', 0] }]);
    expect((dataOf(stripped)['claims'] as { assessment: string }[])[0]!.assessment).toBe('# Evidence\n\nThe text.\n');
  });
});
