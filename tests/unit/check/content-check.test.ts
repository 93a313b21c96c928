import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type ContentFile, checkContent } from '#lib/check/content-check.ts';
import { COLLECTIONS } from '#lib/content/registry.ts';
import { errorsIn, formatProblem, formatProblems } from '#lib/content/problems.ts';

async function readSite(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    for (const name of (await readdir(join(root, collection)).catch(() => [])).sort()) {
      const file = join(root, collection, name);
      files.push({ collection, file, text: await readFile(file, 'utf8') });
    }
  }
  return files;
}

/** Sources for an actor, which the check otherwise warns about. */
const SOURCES = 'sources: [{ title: S, url: "https://example.org" }]\n';

const file = (collection: ContentFile['collection'], name: string, text: string): ContentFile => ({
  collection,
  file: `content/${collection}/${name}`,
  text,
});

describe('checkContent', () => {
  test('returns no problems and every entry for a valid site', async () => {
    const { problems, content } = checkContent(await readSite('tests/fixtures/sites/minimal'));
    expect(problems).toEqual([]);
    expect(content.articles.map((entry) => entry.id)).toEqual(['fixture-article']);
    expect(content.articles[0]?.body.trim()).toBe('In July, Bolivia did something.');
    expect(content.actors.map((entry) => entry.id)).toEqual(['bolivia', 'daily-example']);
  });

  test('returns one message per problem, naming file, line, field and value', async () => {
    const { problems } = checkContent(await readSite('tests/fixtures/sites/broken'));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "6 content errors:
        tests/fixtures/sites/broken/articles/bad-fields.md:2: title: missing: expected a string
        tests/fixtures/sites/broken/articles/bad-fields.md:3: genre: expected one of "news", "opinion", "analysis", "explainer", got "rumour"
        tests/fixtures/sites/broken/articles/bad-fields.md:7: source.published: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"
        tests/fixtures/sites/broken/articles/unknown-ids.md:6: source.outlet: unknown actor "daily-exampel"
          Did you mean "daily-example"? Otherwise create actors/daily-exampel.md.
        tests/fixtures/sites/broken/articles/unknown-ids.md:10: actors[1]: unknown actor "bolivai"
          Did you mean "bolivia"? Otherwise create actors/bolivai.md.
        tests/fixtures/sites/broken/articles/unknown-ids.md:12: dates[0].event: unknown event "no-such-event"
          Create events/no-such-event.md.
      2 content warnings:
        tests/fixtures/sites/broken/actors/bolivia.md:4: sources: missing: no source backs the summary "A country in South America."
          Add sources: [{ title: …, url: https://… }] with a public source for the summary.
        tests/fixtures/sites/broken/actors/daily-example.md:4: sources: missing: no source backs the summary "A newspaper that exists only in the test fixtures."
          Add sources: [{ title: …, url: https://… }] with a public source for the summary."
    `);
  });

  test('returns a problem for a file without frontmatter and for invalid YAML', () => {
    const { problems } = checkContent([
      file('actors', 'plain.md', 'Just text.\n'),
      file('actors', 'broken-yaml.md', '---\nname: [unclosed\nkind: person\n---\n'),
    ]);
    expect(problems.map((problem) => [problem.file, problem.line, problem.message.split(':')[0]])).toEqual([
      ['content/actors/plain.md', 1, 'no frontmatter found'],
      ['content/actors/broken-yaml.md', 3, 'invalid YAML'],
    ]);
  });

  test('returns a problem for a file name that cannot be an id', () => {
    const { problems } = checkContent([file('actors', 'Edmundo_Novillo.md', '---\nname: X\n---\n')]);
    expect(problems[0]?.message).toBe('"Edmundo_Novillo" cannot be an id: expected a kebab-case id such as "iran" or "edmundo-novillo"');
  });

  test('returns a hint with the nearest field name for a misspelt field', () => {
    const { problems } = checkContent([
      file('actors', 'iran.md', '---\nname: Iran\nkind: country\nsumary: A country.\n---\n'),
    ]);
    expect(problems.map(({ line, field, message, hint }) => ({ line, field, message, hint }))).toEqual([
      { line: 2, field: 'summary', message: 'missing: expected a string', hint: undefined },
      { line: 4, field: 'sumary', message: 'unknown field "sumary"', hint: 'Did you mean "summary"?' },
    ]);
  });

  test('does not report references to a file that exists but failed its own validation', () => {
    const { problems } = checkContent([
      file('actors', 'iran.md', '---\nname: Iran\nkind: nation\nsummary: A country.\n---\n'),
      file('events', 'mou.md', '---\ntitle: T\ndate: 2023-07\nactors: [iran]\nsources: [{ title: S, url: "https://example.org" }]\n---\n'),
    ]);
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/actors/iran.md kind']);
  });

  test('returns an unknown narrative of a claim and a narrative first seen after an article that carries it, each with its line', () => {
    const daily = file('actors', 'daily.md', `---\nname: The Daily\nkind: media\nsummary: An outlet.\n${SOURCES}---\n`);
    const narrative = file('narratives', 'threat.md', '---\ntitle: A threat\nsummary: It is a threat.\nfirstSeen: 2024\n---\n');
    const article = file(
      'articles',
      'a.md',
      '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: daily, url: "https://example.org", published: 2023-07 }\n' +
        'analysed: 2026\nactors: [daily]\nclaims:\n  - id: c\n    quote: The Daily says it is a threat\n    narratives: [threat, treat]\n' +
        '    kind: opinion\n    rating: not-checkable\n    summary: S\n    assessment: A.\n---\n\nThe Daily says it is a threat.\n',
    );
    expect(formatProblems(errorsIn(checkContent([daily, narrative, article]).problems))).toMatchInlineSnapshot(`
      "2 content errors:
        content/articles/a.md:11: claims[0].narratives[1]: unknown narrative "treat"
          Did you mean "threat"? Otherwise create narratives/treat.md.
        content/narratives/threat.md:4: firstSeen: 2024 is after content/articles/a.md was published (2023-07), and a claim there carries the narrative
          Set firstSeen to 2023-07 (July 2023) or earlier, and say in the body where it was first seen."
    `);
  });

  test('returns a warning for a listed actor the text never names and a suggestion for a named one it does not list', () => {
    const actor = (id: string, name: string, kind = 'country', aliases = '[]') =>
      file('actors', `${id}.md`, `---\nname: ${name}\nkind: ${kind}\naliases: ${aliases}\nsummary: ${name}.\n${SOURCES}---\n`);
    const { problems } = checkContent([
      actor('iran', 'Iran', 'country', '[Tehran]'),
      actor('argentina', 'Argentina'),
      actor('united-states', 'United States', 'country', '[Washington]'),
      actor('daily', 'The Daily', 'media'),
      file(
        'articles',
        'a.md',
        '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: daily, url: "https://example.org", published: 2023 }\n' +
          'analysed: 2026\nactors: [iran, argentina]\n---\n\nTehran worries Washington. Washington again.\n',
      ),
    ]);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "1 content warning:
        content/articles/a.md:7: actors[1]: "argentina" is listed, but the text never names it as "Argentina"
          Add the spelling the text uses to aliases in content/actors/argentina.md, or remove "argentina" from actors.
      1 suggestion:
        content/articles/a.md:7: actors: the text names "Washington" (united-states), which the article does not list: “Tehran worries Washington.”
          Add united-states to actors if the article is about it."
    `);
  });

  test('returns a warning for an alias that is also a word and links more than 25 times in one article, and none for a name', () => {
    const text = `${'May spoke. '.repeat(26)}${'Bolivia spoke. '.repeat(30)}`;
    const { problems } = checkContent([
      file('actors', 'theresa-may.md', `---\nname: Theresa May\nkind: person\naliases: [May]\nsummary: A politician.\n${SOURCES}---\n`),
      file('actors', 'bolivia.md', `---\nname: Bolivia\nkind: country\nsummary: A country.\n${SOURCES}---\n`),
      file('actors', 'daily.md', `---\nname: The Daily\nkind: media\nsummary: An outlet.\n${SOURCES}---\n`),
      file(
        'articles',
        'a.md',
        '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: daily, url: "https://example.org", published: 2023 }\n' +
          `analysed: 2026\nactors: [bolivia, theresa-may]\n---\n\n${text}\n`,
      ),
    ]);
    expect(problems.map((problem) => formatProblem(problem).split('\n')[0])).toEqual([
      'content/articles/a.md:7: actors[1]: "May" (theresa-may) links 26 times in this text, and it is also a word of English: is each of them the actor?',
    ]);
  });

  test('returns an error for hidden characters in names and titles however the YAML writes them, and a warning in text', () => {
    const { problems } = checkContent([
      file('actors', 'bolivia.md', `---\nname: "Bol\\u200Bivia"\nkind: country\nsummary: "A country\\x01."\n${SOURCES}---\n`),
      file('events', 'e.md', `---\ntitle: "An\\u2066 event"\ndate: 2023\n${SOURCES}corrections:\n  - { date: 2026-12-01, note: "Fixed\\u202E." }\n---\n\nA body\u200B.\n`),
    ]);
    expect(problems.map((problem) => `${problem.severity} ${formatProblem(problem).split('\n')[0]}`)).toEqual([
      'error content/actors/bolivia.md:2: name: expected one line of plain text, without U+200B (zero-width space) at character 4, got "Bol\\u200bivia"',
      'error content/actors/bolivia.md:4: summary: expected one line of plain text, without U+0001 (control character) at character 10, got "A country\\u0001."',
      'error content/events/e.md:2: title: expected one line of plain text, without U+2066 (left-to-right isolate) at character 3, got "An\\u2066 event"',
    ]);
    const text = checkContent([file('events', 'e.md', `---\ntitle: An event\ndate: 2023\n${SOURCES}corrections:\n  - { date: 2026-12-01, note: "Fixed\\u202E." }\n---\n\nA body\u200B.\n`)]);
    expect(text.problems.map((problem) => `${problem.severity} ${formatProblem(problem).split('\n')[0]}`)).toEqual([
      'warning content/events/e.md:9: (body): a hidden character in the text, U+200B (zero-width space) at column 7',
      'warning content/events/e.md:6: corrections[0].note: a hidden character, U+202E (right-to-left override) at character 6',
    ]);
  });

  test('returns an error naming both files when two actors claim one alias', () => {
    const { problems } = checkContent([
      file('actors', 'iran.md', `---\nname: Iran\nkind: country\naliases: [Tehran]\nsummary: A country.\n${SOURCES}---\n`),
      file('actors', 'tehran.md', `---\nname: Tehran\nkind: region\nsummary: A city.\n${SOURCES}---\n`),
    ]);
    expect(problems.map((problem) => formatProblem(problem).split('\n')[0])).toEqual([
      'content/actors/tehran.md:2: name: "Tehran" is also an alias of content/actors/iran.md',
    ]);
  });

  describe('quotes', () => {
    const outlet = file('actors', 'daily.md', `---\nname: The Daily\nkind: media\nsummary: An outlet.\n${SOURCES}---\n`);
    const articleWith = (claims: string) =>
      file(
        'articles',
        'a.md',
        '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: daily, url: "https://example.org", published: 2023 }\n' +
          `analysed: 2026\nactors: [daily]\nclaims:\n${claims}---\n\n` +
          'The report, written by Frida Ghitis, refers to the 1994 bombing of AMIA in Buenos Aires, ' +
          'in which Argentina baselessly blamed Iran. Then the coup came. Later the coup went.\n\nThe Daily reported it.\n',
      );
    const claim = (id: string, quote: string, extra = '') =>
      `  - { id: ${id}, quote: "${quote}", kind: opinion, rating: not-checkable, summary: s, assessment: a${extra} }\n`;

    test('returns the closest passage and where it differs for a quote with a typo', () => {
      const { problems } = checkContent([outlet, articleWith(claim('amia', 'in which Argentina baslessly blamed Iran'))]);
      expect(formatProblems(problems)).toMatchInlineSnapshot(`
        "1 content error:
          content/articles/a.md:9: claims[0].quote: claim "amia": the quote is not in the text: "in which Argentina baslessly blamed Iran"
            The closest passage of the text differs at character 23:
              quote: "in which Argentina baslessly blamed Iran"
              text:  "in which Argentina baselessly blamed Iran"
                                            ^"
      `);
    });

    test('returns every occurrence of a repeated quote, and accepts a prefix that settles it', () => {
      const { problems } = checkContent([outlet, articleWith(claim('coup', 'the coup'))]);
      expect(formatProblems(problems)).toMatchInlineSnapshot(`
        "1 content error:
          content/articles/a.md:9: claims[0].quote: claim "coup": the quote occurs 2 times in the text: "the coup"
            Add a prefix (the text just before) or a suffix (just after) to say which:
              1. …ina baselessly blamed Iran. Then [the coup] came. Later the coup went.…
              2. …Iran. Then the coup came. Later [the coup] went.…
        1 content warning:
          content/articles/a.md:9: claims[0].quote: a claim quoted in 2 words: "the coup"
            Quote the words that make the claim, at least 3; a word or two rarely says what is claimed."
      `);
      expect(checkContent([outlet, articleWith(claim('coup', 'the coup', ', prefix: Later'))]).problems.filter((p) => p.severity === 'error')).toEqual([]);
    });

    test('returns an error naming both claims when two claims overlap', () => {
      const { problems } = checkContent([
        outlet,
        articleWith(claim('one', 'in which Argentina baselessly') + claim('two', 'Argentina baselessly blamed Iran')),
      ]);
      expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
        'claims[1].quote: claim "two" overlaps claim "one" (claims[0])',
      ]);
    });

    test('returns an error when a date crosses the edge of a claim, and none when it lies inside', () => {
      const event = file(
        'events',
        'crisis.md',
        '---\ntitle: A crisis\ndate: 1994\nsources: [{ title: S, url: "https://example.org" }]\n---\n',
      );
      const withDate = (quote: string) =>
        file(
          'articles',
          'a.md',
          '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: daily, url: "https://example.org", published: 2023 }\n' +
            `analysed: 2026\nactors: [daily]\ndates: [{ quote: "${quote}", event: crisis }]\nclaims:\n` +
            claim('amia', 'the 1994 bombing of AMIA') +
            '---\n\nThe Daily report refers to the 1994 bombing of AMIA in Buenos Aires.\n',
        );
      expect(checkContent([outlet, event, withDate('1994')]).problems).toEqual([]);
      expect(checkContent([outlet, event, withDate('refers to the 1994')]).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
        'dates[0].quote: date "refers to the 1994" overlaps claim "amia" (claims[0])',
      ]);
    });
  });

  test('returns a warning for an actor whose summary cites no source', () => {
    const { problems } = checkContent([file('actors', 'iran.md', '---\nname: Iran\nkind: country\nsummary: A country.\n---\n')]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'content/actors/iran.md',
        line: 4,
        field: 'sources',
        message: 'missing: no source backs the summary "A country."',
        hint: 'Add sources: [{ title: …, url: https://… }] with a public source for the summary.',
      },
    ]);
  });

  describe('drafts', () => {
    test('returns every problem of a draft as an error, and the finished draft among the entries, when drafts are included', async () => {
      const { problems, content, drafts } = checkContent(await readSite('tests/fixtures/sites/drafts'));
      expect(formatProblems(problems)).toMatchInlineSnapshot(`
        "2 content errors:
          tests/fixtures/sites/drafts/articles/draft-unfinished.md:2: summary: missing: expected a string
          tests/fixtures/sites/drafts/articles/draft-unfinished.md:11: claims[0].rating: expected one of "supported", "partly-supported", "disputed", "unsupported", "false", "not-checkable", got nothing"
      `);
      expect(content.articles.map((entry) => [entry.id, entry.data.draft])).toEqual([
        ['draft-finished', true],
        ['fixture-article', false],
      ]);
      expect(drafts).toEqual([
        'tests/fixtures/sites/drafts/articles/draft-finished.md',
        'tests/fixtures/sites/drafts/articles/draft-unfinished.md',
      ]);
    });

    test('returns one warning per unfinished draft and leaves every draft out when drafts are excluded', async () => {
      const { problems, content, drafts } = checkContent(await readSite('tests/fixtures/sites/drafts'), { drafts: 'exclude' });
      expect(formatProblems(problems)).toMatchInlineSnapshot(`
        "1 content warning:
          tests/fixtures/sites/drafts/articles/draft-unfinished.md:16: draft: a draft with 2 errors, left out of the build
            Run npm run check to see them; fix them before you remove draft: true."
      `);
      expect(content.articles.map((entry) => entry.id)).toEqual(['fixture-article']);
      expect(drafts).toHaveLength(2);
    });

    test('checks a file whose draft flag is not the boolean true as a published article', () => {
      const article = file(
        'articles',
        'a.md',
        '---\ntitle: T\nsummary: S\ngenre: news\nsource: { outlet: daily, url: "https://example.org", published: 2023 }\n' +
          'analysed: 2026\ndraft: "yes"\n---\n\nText.\n',
      );
      const { problems, content } = checkContent([article], { drafts: 'exclude' });
      expect(problems.map((problem) => formatProblem(problem))).toEqual(['content/articles/a.md:7: draft: expected a boolean, got "yes"']);
      expect(content.articles).toEqual([]);
    });
  });
});
