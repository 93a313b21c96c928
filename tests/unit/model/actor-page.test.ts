import { describe, expect, test } from 'vitest';
import { contentOf } from '#lib/content/entry.ts';
import { actorScorecards, latestMentions, markNames, sameClaims } from '#lib/model/actor-page.ts';
import { buildSite } from '#lib/model/build-site.ts';
import type { SentenceMention } from '#lib/model/views.ts';
import { CAST, allMentionsOf, articleEntry, claimFields } from '../../support/actors.ts';

const claim = (id: string, quote: string, rating: string, extra: object = {}) => claimFields(id, quote, rating, { summary: id, ...extra });
const article = (id: string, analysed: string, body: string, claims: object[] = []) =>
  articleEntry(id, analysed, body, { title: id, actors: ['iran', 'bolivia'], claims });

const site = buildSite(
  contentOf({
    actors: CAST,
    articles: [
      article('long', '2026-02', 'Iran met Bolivia. Tehran said Iran would sign. Iran waited. Iran signed. Then Iran left.', [
        claim('met', 'Iran met Bolivia', 'supported', { claimant: 'iran' }),
        claim('left', 'Then Iran left', 'disputed'),
      ]),
      article('short', '2026-01', 'Bolivia asked Iran.', [claim('asked', 'Bolivia asked Iran', 'false', { claimant: 'bolivia' })]),
      article('old', '2025', 'Iran spoke.'),
    ],
  }),
  { host: 'example.org' },
);
const iran = allMentionsOf(site, CAST, 'iran');
const claimsOf = (...ids: string[]) => ids.map((id) => site.claims.find((view) => view.claim.id === id)!);

describe('latestMentions', () => {
  test('returns the first sentences of each article, in text order, with the count and first of the rest', () => {
    const [long] = latestMentions(iran, { articles: 10, sentences: 3 }).groups;
    expect(long!.article.article.id).toBe('long');
    expect(long!.mentions.map((mention) => mention.sentence)).toEqual(['Iran met Bolivia.', 'Tehran said Iran would sign.', 'Iran waited.']);
    expect(long!.more?.count).toBe(2);
    expect(long!.more?.first).toMatchObject({ sentence: 'Iran signed.', anchor: 'mention-iran-5' });
  });

  test('returns every sentence and no more when an article has no more than the limit', () => {
    const groups = latestMentions(iran, { articles: 10, sentences: 5 }).groups;
    expect(groups.map((group) => [group.mentions.length, group.more])).toEqual([
      [5, undefined],
      [1, undefined],
      [1, undefined],
    ]);
  });

  test('returns the first articles of the list, newest first, and how many there are in all', () => {
    const latest = latestMentions(iran, { articles: 2, sentences: 3 });
    expect(latest.groups.map((group) => group.article.article.id)).toEqual(['long', 'short']);
    expect(latest.articles).toBe(3);
  });

  test('shows three sentences of ten articles by default', () => {
    const many = Array.from({ length: 12 }, () => iran[0]!);
    const latest = latestMentions(many);
    expect(latest.groups).toHaveLength(10);
    expect(latest.groups.every((group) => group.mentions.length === 3 && group.more?.count === 2)).toBe(true);
    expect(latest.articles).toBe(12);
  });
});

describe('markNames', () => {
  const mention = (fields: Partial<SentenceMention>): SentenceMention => ({
    actor: 'iran',
    alias: 'Iran',
    sentence: 'Tehran said Iran would sign.',
    offset: 12,
    anchor: 'mention-iran-2',
    linked: false,
    names: [
      { offset: 0, alias: 'Tehran' },
      { offset: 12, alias: 'Iran' },
    ],
    ...fields,
  });

  test("returns the sentence cut at the actor's names, the mention's own name the link", () => {
    expect(markNames(mention({}))).toEqual([
      { kind: 'name', text: 'Tehran' },
      { kind: 'text', text: ' said ' },
      { kind: 'link', text: 'Iran' },
      { kind: 'text', text: ' would sign.' },
    ]);
  });

  test('returns the names of the sentences the model builds, each at its place', () => {
    const [sentence] = iran[0]!.mentions.filter((m) => m.sentence.startsWith('Tehran'));
    expect(markNames(sentence!).map((part) => `${part.kind}:${part.text}`)).toEqual([
      'link:Tehran',
      'text: said ',
      'name:Iran',
      'text: would sign.',
    ]);
  });

  test("adds the mention's own name when the names leave it out", () => {
    expect(markNames(mention({ names: [] })).map((part) => part.kind)).toEqual(['text', 'link', 'text']);
  });

  test('leaves as text a name that is not at its offset or overlaps the one before', () => {
    const parts = markNames(
      mention({
        names: [
          { offset: 0, alias: 'Tehran' },
          { offset: 3, alias: 'ran' },
          { offset: 5, alias: 'Iran' },
          { offset: 12, alias: 'Iran' },
        ],
      }),
    );
    expect(parts.filter((part) => part.kind !== 'text').map((part) => part.text)).toEqual(['Tehran', 'Iran']);
    expect(parts.map((part) => part.text).join('')).toBe('Tehran said Iran would sign.');
  });

  test('returns the whole sentence as the link when the sentence is the name', () => {
    expect(markNames(mention({ sentence: 'Iran', offset: 0, names: [{ offset: 0, alias: 'Iran' }] }))).toEqual([{ kind: 'link', text: 'Iran' }]);
  });
});

describe('sameClaims', () => {
  test('returns true when two records hold the same claims, whatever their order', () => {
    const [met, left] = claimsOf('met', 'left');
    expect(
      sameClaims(
        [
          { rating: 'supported', claims: [met!] },
          { rating: 'disputed', claims: [left!] },
        ],
        [
          { rating: 'disputed', claims: [left!] },
          { rating: 'supported', claims: [met!] },
        ],
      ),
    ).toBe(true);
  });

  test('returns false when the claims differ, even with the same counts', () => {
    const [met, left, asked] = claimsOf('met', 'left', 'asked');
    expect(sameClaims([{ rating: 'supported', claims: [met!] }], [{ rating: 'supported', claims: [left!] }])).toBe(false);
    expect(sameClaims([{ rating: 'supported', claims: [met!] }], [{ rating: 'supported', claims: [met!, asked!] }])).toBe(false);
    expect(sameClaims([], [{ rating: 'false', claims: [asked!] }])).toBe(false);
  });
});

describe('actorScorecards', () => {
  const [met, left, asked] = claimsOf('met', 'left', 'asked');

  test('returns one scorecard counting both when the claims it made are those it published', () => {
    const record = [{ rating: 'disputed' as const, claims: [left!] }];
    expect(actorScorecards(record, record)).toEqual([{ counts: 'both', tally: [{ rating: 'disputed', count: 1 }], total: 1 }]);
  });

  test('returns the claims it made, then those it published, when they differ', () => {
    expect(
      actorScorecards(
        [{ rating: 'supported', claims: [met!] }],
        [
          { rating: 'supported', claims: [met!] },
          { rating: 'disputed', claims: [left!] },
        ],
      ).map(({ counts, total }) => [counts, total]),
    ).toEqual([
      ['by', 1],
      ['outlet', 2],
    ]);
  });

  test('returns only the scorecards that have claims', () => {
    expect(actorScorecards([{ rating: 'false', claims: [asked!] }], []).map((card) => card.counts)).toEqual(['by']);
    expect(actorScorecards([], [{ rating: 'false', claims: [asked!] }]).map((card) => card.counts)).toEqual(['outlet']);
    expect(actorScorecards([], [])).toEqual([]);
  });

  test('returns what buildSite gives an outlet that is also quoted: two scorecards', () => {
    // Tehran Times made `left` and published all three claims.
    expect(site.actors.find((view) => view.actor.id === 'tehran-times')!.scorecards.map(({ counts, total }) => [counts, total])).toEqual([
      ['by', 1],
      ['outlet', 3],
    ]);
  });
});
