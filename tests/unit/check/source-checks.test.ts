import { describe, expect, test } from 'vitest';
import { type ContentFile, checkContent } from '#lib/check/content-check.ts';
import { formatProblem } from '#lib/content/problems.ts';

const file = (collection: ContentFile['collection'], name: string, text: string): ContentFile => ({
  collection,
  file: `content/${collection}/${name}`,
  text,
});

/** An outlet with a website, and a country to write about. */
const OUTLETS = [
  file(
    'actors',
    'daily-example.md',
    '---\nname: The Daily Example\nkind: media\naliases: [Example Daily]\nsummary: A newspaper.\nwebsite: [example.org, example.com]\nsources: [{ title: About, url: "https://example.org/about", publisher: The Daily Example }]\n---\n',
  ),
  file('actors', 'bolivia.md', '---\nname: Bolivia\nkind: country\nsummary: A country.\nsources: [{ title: S, url: "https://en.wikipedia.org/wiki/Bolivia" }]\n---\n'),
];

/** The report for a site of the outlets and one event citing `sources` (YAML flow items). */
function report(sources: string, extra: ContentFile[] = []): string[] {
  const event = file('events', 'thing.md', `---\ntitle: A thing\ndate: 2023\nsources:\n${sources}---\n`);
  return checkContent([...OUTLETS, event, ...extra]).problems.map((problem) => formatProblem(problem));
}

describe('the source check', () => {
  test('passes a source on the outlet’s own domain that names it', () => {
    expect(report('  - { title: T, url: "https://www.example.org/story", publisher: The Daily Example }\n')).toEqual([]);
    expect(report('  - { title: T, url: "https://news.example.com/story", publisher: "Example Daily (print edition)" }\n')).toEqual([]);
  });

  test('reports each address problem at its line, with the host and a hint', () => {
    expect(report('  - title: T\n    url: https://wikimili.com/en/Bolivia\n')).toEqual([
      'content/events/thing.md:6: sources[0].url: wikimili.com is a copy of a Wikipedia article\n' +
        '    Cite the article itself on wikipedia.org (https://en.wikipedia.org/wiki/…), or the sources it cites.',
    ]);
  });

  test('an outlet named as publisher must be on its website', () => {
    expect(report('  - { title: T, url: "https://syndicator.example.net/story", publisher: The Daily Example }\n')).toEqual([
      'content/events/thing.md:5: sources[0].url: syndicator.example.net is not a site of The Daily Example, the publisher named (example.org, example.com)\n' +
        "    Cite The Daily Example's own page, or name as publisher whoever published this copy.",
    ]);
  });

  test('a source on an outlet’s website must name it', () => {
    expect(report('  - { title: T, url: "https://example.org/story", publisher: Someone Else }\n')).toEqual([
      `content/events/thing.md:5: sources[0].publisher: "Someone Else" is named as publisher of a page on example.org, The Daily Example's site\n` +
        '    Name The Daily Example as publisher, or cite the page where Someone Else published it.',
    ]);
    expect(report('  - { title: T, url: "https://example.org/story" }\n')).toEqual([
      "content/events/thing.md:5: sources[0].publisher: missing: example.org is The Daily Example's site, and the source does not name it\n" +
        '    Add publisher: The Daily Example.',
    ]);
  });

  test('an archived copy is an archive’s copy of the same page, and an archived page cited as the page itself is its original', () => {
    expect(
      report(
        '  - title: T\n    url: https://example.org/story\n    archived: https://web.archive.org/web/2023/https://example.org/story\n    publisher: The Daily Example\n',
      ),
    ).toEqual([]);
    expect(
      report(
        '  - title: T\n    url: https://example.org/story\n    archived: https://web.archive.org/web/2023/https://elsewhere.example.net/story\n    publisher: The Daily Example\n',
      ),
    ).toEqual([
      'content/events/thing.md:7: sources[0].archived: the archived copy is of a page on elsewhere.example.net, but `url` is on example.org\n' +
        '    Archive the page that `url` gives, or correct `url`.',
    ]);
    expect(report('  - { title: T, url: "https://web.archive.org/web/2023/https://example.org/story", publisher: The Daily Example }\n')).toEqual([
      "content/events/thing.md:5: sources[0].url: web.archive.org holds an archived copy, not the publisher's page\n" +
        '    Put the original address (https://example.org/story) in `url` and this copy in `archived`.',
    ]);
  });

  test('an article’s own address must be on its outlet’s website', () => {
    const article = file(
      'articles',
      'story.md',
      '---\ntitle: A story\nsummary: S.\ngenre: news\nsource:\n  outlet: daily-example\n  url: https://copies.example.net/story\n  published: 2023\nanalysed: 2026-11-28\nactors: [daily-example]\n---\n\nThe Daily Example reported it.\n',
    );
    const problems = checkContent([...OUTLETS, article]).problems.map((problem) => formatProblem(problem));
    expect(problems).toEqual([
      'content/articles/story.md:7: source.url: copies.example.net is not a site of The Daily Example, the outlet (example.org, example.com)\n' +
        "    Give the address of the article on The Daily Example's site, or correct source.outlet.",
    ]);
  });

  test('an article’s archived copy is an archive’s copy of the original', () => {
    const article = (archived: string) =>
      file(
        'articles',
        'story.md',
        `---\ntitle: A story\nsummary: S.\ngenre: news\nsource:\n  outlet: daily-example\n  url: https://example.org/story\n  archived: ${archived}\n  published: 2023\nanalysed: 2026-11-28\nactors: [daily-example]\n---\n\nThe Daily Example reported it.\n`,
      );
    const problems = (archived: string) => checkContent([...OUTLETS, article(archived)]).problems.map((problem) => formatProblem(problem));
    expect(problems('https://web.archive.org/web/2023/https://example.org/story')).toEqual([]);
    expect(problems('https://web.archive.org/web/2023/https://elsewhere.example.net/story')).toEqual([
      'content/articles/story.md:8: source.archived: the archived copy is of a page on elsewhere.example.net, but `url` is on example.org\n' +
        '    Archive the page that `url` gives, or correct `url`.',
    ]);
    expect(problems('https://example.org/story-copy')[0]).toMatch(/^content\/articles\/story\.md:8: source\.archived: example\.org is not an archive/);
  });

  test('only an outlet has a website, written as a domain', () => {
    const country = file('actors', 'chile.md', '---\nname: Chile\nkind: country\nsummary: A country.\nwebsite: [gob.cl]\nsources: [{ title: S, url: "https://www.gob.cl/" }]\n---\n');
    const outlet = file('actors', 'paper.md', '---\nname: Paper\nkind: media\nsummary: A paper.\nwebsite: ["https://www.paper.example/"]\nsources: [{ title: S, url: "https://paper.example/" }]\n---\n');
    expect(checkContent([country, outlet]).problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'website: expected `website` only on an outlet (kind: media), not on a country, got ["gob.cl"]',
      'website[0]: expected a domain name such as "tehrantimes.com", without https:// or www., got "https://www.paper.example/"',
    ]);
  });
});
