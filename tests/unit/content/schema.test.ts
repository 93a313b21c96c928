import { describe, expect, test } from 'vitest';
import { ActorSchema, ArticleSchema, EventSchema, LanguageTagSchema, NarrativeSchema, PartialDateSchema } from '#lib/content/schema/index.ts';

const article = {
  title: 'A title',
  summary: 'A summary.',
  genre: 'opinion',
  source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023-08', dateline: 'Tehran' },
  analysed: '2026-11-28',
};

const claim = {
  id: 'amia-blame',
  quote: 'in which Argentina baselessly blamed Iran',
  kind: 'factual',
  rating: 'disputed',
  summary: "Argentina's blame of Iran for the AMIA bombing is baseless",
  assessment: 'What the evidence shows.',
  sources: [{ title: 'A source', url: 'https://example.org/s', publisher: 'Example', date: '2024-04' }],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('PartialDateSchema', () => {
  test('returns the canonical string for strings, numbers and Dates', () => {
    expect(PartialDateSchema.parse('2023-07')).toBe('2023-07');
    expect(PartialDateSchema.parse(1994)).toBe('1994');
    expect(PartialDateSchema.parse(new Date('2023-07-20'))).toBe('2023-07-20');
  });

  test('fails on an impossible date', () => {
    expect(messages(PartialDateSchema.safeParse('2023-02-30'))).toEqual([
      ': expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
});

describe('ArticleSchema', () => {
  test('returns defaults for the optional lists', () => {
    const parsed = ArticleSchema.parse(article);
    expect(parsed.actors).toEqual([]);
    expect(parsed.dates).toEqual([]);
    expect(parsed.claims).toEqual([]);
    expect(parsed.sources).toEqual([]);
    expect(parsed.source.published).toBe('2023-08');
  });

  test('accepts a claim with every field, and a null author', () => {
    const parsed = ArticleSchema.parse({
      ...article,
      source: { ...article.source, author: null },
      claims: [{ ...claim, prefix: 'Buenos Aires, ', claimant: 'tehran-times', about: ['argentina'], narratives: ['amia-baseless'] }],
      dates: [{ quote: 'In July', event: 'iran-bolivia-mou' }],
    });
    expect(parsed.claims[0]?.about).toEqual(['argentina']);
    expect(parsed.claims[0]?.narratives).toEqual(['amia-baseless']);
    expect(parsed.source.author).toBeNull();
  });

  test('fails on an unknown genre, a bad id and an unknown field', () => {
    expect(
      messages(ArticleSchema.safeParse({ ...article, genre: 'rumour', actors: ['Iran'], titel: 'x' })),
    ).toEqual([
      'genre: Invalid option: expected one of "news"|"opinion"|"analysis"|"explainer"',
      'actors.0: expected a kebab-case id such as "iran" or "edmundo-novillo"',
      ': Unrecognized key: "titel"',
    ]);
  });

  test('fails on a checkable claim without sources, a long summary and a repeated claim id', () => {
    const result = ArticleSchema.safeParse({
      ...article,
      claims: [
        { ...claim, sources: [] },
        { ...claim, summary: 'x'.repeat(76) },
      ],
    });
    expect(messages(result)).toEqual([
      'claims.0.sources: expected at least one source for a claim rated "disputed"',
      'claims.1.summary: Too big: expected string to have <=75 characters',
      'claims.1.id: expected a claim id unique within the article; "amia-blame" is used twice',
    ]);
  });

  test("lets only the site's own articles go without the original's address, and asks them for sources", () => {
    const own = { ...article, genre: 'explainer', source: { outlet: 'dossier', published: '2026-11' } };
    expect(messages(ArticleSchema.safeParse(own))).toEqual([
      `sources: expected the public sources of the text: the site's own articles (outlet "dossier") cite every fact`,
    ]);
    expect(ArticleSchema.safeParse({ ...own, sources: claim.sources }).success).toBe(true);
    expect(messages(ArticleSchema.safeParse({ ...article, source: { outlet: 'tehran-times', published: '2023' } }))).toEqual([
      `source.url: expected the original's address; only the site's own articles (outlet "dossier") have none`,
    ]);
  });

  test('accepts a not-checkable claim without sources', () => {
    const parsed = ArticleSchema.parse({ ...article, claims: [{ ...claim, rating: 'not-checkable', sources: [] }] });
    expect(parsed.claims[0]?.rating).toBe('not-checkable');
  });
});

describe('LanguageTagSchema', () => {
  test('returns a well-formed BCP 47 language tag in its canonical case', () => {
    expect(LanguageTagSchema.parse('es')).toBe('es');
    expect(LanguageTagSchema.parse('es-ar')).toBe('es-AR');
    expect(LanguageTagSchema.parse('es-419')).toBe('es-419');
    expect(LanguageTagSchema.parse('zh-Hant-TW')).toBe('zh-Hant-TW');
  });

  test('fails on a name, an underscore, a lone letter, a private or undetermined tag and locale extensions', () => {
    for (const tag of ['spanish', 'Spanish', 'es_AR', 'e', 'x-klingon', 'und', 'en-u-ca-gregory', 'es-', '']) {
      expect(messages(LanguageTagSchema.safeParse(tag)), tag).toEqual([': expected a language tag (BCP 47) such as "en", "es" or "es-AR"']);
    }
  });
});

describe('ArticleSchema in another language', () => {
  const spanish = { ...article, lang: 'es-AR' };
  const translated = { ...claim, translation: 'in which Argentina blamed Iran without grounds' };

  test('returns English and the whole text by default', () => {
    expect(ArticleSchema.parse(article)).toMatchObject({ lang: 'en', text: 'full' });
  });

  test('returns a claim with its translation in an article in Spanish', () => {
    const parsed = ArticleSchema.parse({ ...spanish, claims: [translated] });
    expect(parsed.lang).toBe('es-AR');
    expect(parsed.claims[0]?.translation).toBe('in which Argentina blamed Iran without grounds');
  });

  test('fails on a claim without a translation in an article in another language', () => {
    expect(messages(ArticleSchema.safeParse({ ...spanish, claims: [claim] }))).toEqual([
      "claims.0.translation: expected Dossier's English translation of the quote: the article is in Spanish (Argentina) (lang: es-AR)",
    ]);
  });

  test('fails on a translation in an article in English, whether it says so or not', () => {
    for (const lang of [undefined, 'en', 'en-GB']) {
      const result = ArticleSchema.safeParse({ ...article, ...(lang ? { lang } : {}), claims: [translated] });
      expect(messages(result), lang).toEqual([
        `claims.0.translation: expected no translation: the article is in English (lang: ${lang ?? 'en'}); a translation is for a quote in another language`,
      ]);
    }
  });

  test('fails on a language that is no language tag', () => {
    expect(messages(ArticleSchema.safeParse({ ...article, lang: 'Spanish' }))).toEqual(['lang: expected a language tag (BCP 47) such as "en", "es" or "es-AR"']);
  });
});

describe('ArticleSchema of excerpts', () => {
  const archived = 'https://web.archive.org/web/20230801000000/https://example.org/a';

  test('returns excerpts of an original with its archived copy', () => {
    const parsed = ArticleSchema.parse({ ...article, text: 'excerpts', source: { ...article.source, archived } });
    expect(parsed.text).toBe('excerpts');
    expect(parsed.source.archived).toBe(archived);
  });

  test('fails on excerpts without an archived copy, on the site’s own excerpts and on another kind of text', () => {
    expect(messages(ArticleSchema.safeParse({ ...article, text: 'excerpts' }))).toEqual([
      'source.archived: expected an archived copy of the original: the readers of excerpts find the whole text there, even once the original changes or goes',
    ]);
    const own = { ...article, text: 'excerpts', source: { outlet: 'dossier', published: '2023' }, sources: [claim.sources[0]] };
    expect(messages(ArticleSchema.safeParse(own))).toEqual([
      `text: expected "full": the site's own articles (outlet "dossier") are whole texts, not excerpts of an original`,
    ]);
    expect(messages(ArticleSchema.safeParse({ ...article, text: 'excerpt' }))).toEqual(['text: Invalid option: expected one of "full"|"excerpts"']);
  });
});

describe('ActorSchema', () => {
  test('returns an actor with defaults and roles', () => {
    const parsed = ActorSchema.parse({
      name: 'Mohammad Reza Ashtiani',
      kind: 'person',
      summary: "Iran's defence minister from 2021 to 2024.",
      roles: [{ title: 'Minister of Defence', of: 'iran', from: '2021-08', to: '2024-08' }],
    });
    expect(parsed.aliases).toEqual([]);
    expect(parsed.roles[0]?.from).toBe('2021-08');
  });

  test('fails on a multi-line summary, an unknown kind and a malformed Wikidata id', () => {
    const result = ActorSchema.safeParse({ name: 'X', kind: 'company', summary: 'one\ntwo', wikidata: 'Q0' });
    expect(messages(result)).toEqual([
      'kind: Invalid option: expected one of "person"|"organization"|"country"|"region"|"group"|"media"',
      'summary: expected one line of plain text, without U+000A (line feed) at character 4',
      'wikidata: expected a Wikidata id such as "Q794"',
    ]);
  });
});

describe('EventSchema', () => {
  const event = {
    title: 'Iran and Bolivia sign a defence memorandum',
    date: '2023-07-20',
    sources: [{ title: 'A source', url: 'https://example.org/e' }],
  };

  test('returns an event with its partial dates', () => {
    expect(EventSchema.parse({ ...event, end: '2023-07-21' }).end).toBe('2023-07-21');
  });

  test('fails on an end before the start and on a missing source', () => {
    expect(messages(EventSchema.safeParse({ ...event, end: '2023-07' }))).toEqual([
      'end: expected `end` on or after `date`',
    ]);
    expect(messages(EventSchema.safeParse({ ...event, sources: [] }))).toEqual([
      'sources: expected at least one source for the event',
    ]);
  });
});

describe('NarrativeSchema', () => {
  const narrative = {
    title: 'Argentina blames Iran without grounds',
    summary: "Argentina's accusation that Iran was behind the AMIA bombing has no basis.",
    firstSeen: 2006,
  };

  test('returns a narrative with its first sighting as a partial date and empty lists by default', () => {
    expect(NarrativeSchema.parse(narrative)).toEqual({ ...narrative, firstSeen: '2006', actors: [], sources: [], corrections: [] });
  });

  test('fails on a missing first sighting, a summary of two lines, a bad actor id and an unknown field', () => {
    const { firstSeen: _, ...undated } = narrative;
    expect(messages(NarrativeSchema.safeParse({ ...undated, summary: 'One.\nTwo.', actors: ['Iran'], claims: ['x'] }))).toEqual([
      'summary: expected one line of plain text, without U+000A (line feed) at character 5',
      expect.stringMatching(/^firstSeen: expected a date/),
      'actors.0: expected a kebab-case id such as "iran" or "edmundo-novillo"',
      ': Unrecognized key: "claims"',
    ]);
  });

  test('fails on a claim that names a narrative with an id that cannot be one', () => {
    expect(messages(ArticleSchema.safeParse({ ...article, claims: [{ ...claim, narratives: ['AMIA blame'] }] }))).toEqual([
      'claims.0.narratives.0: expected a kebab-case id such as "iran" or "edmundo-novillo"',
    ]);
  });
});
