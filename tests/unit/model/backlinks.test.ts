import { describe, expect, test } from 'vitest';
import { contentOf } from '#lib/content/entry.ts';
import { EventSchema } from '#lib/content/schema/index.ts';
import { buildSite } from '#lib/model/build-site.ts';
import { CAST, SOURCES, allMentionsOf, articleEntry } from '../../support/actors.ts';

const claim = { kind: 'factual', rating: 'disputed', summary: 's', assessment: 'a', sources: SOURCES };

const article = (id: string, body: string, actors: string[], claims: object[] = []) => articleEntry(id, '2026', body, { title: id, actors, claims });

const site = buildSite(
  contentOf({
    actors: CAST,
    events: [
      {
        id: 'mou',
        file: 'content/events/mou.md',
        body: '',
        data: EventSchema.parse({ title: 'MOU', date: '2023-07', actors: ['iran', 'bolivia'], sources: SOURCES }),
      },
    ],
    articles: [
      article('one', 'Iran met Bolivia. Then Iran signed.', ['iran', 'bolivia'], [{ ...claim, id: 'c', quote: 'Then Iran signed', about: ['bolivia'] }]),
      article('two', 'Iran and Argentina disagree.', ['iran', 'argentina'], [{ ...claim, id: 'c', quote: 'Argentina disagree', claimant: 'iran', about: ['iran'] }]),
    ],
  }),
  { host: 'example.org' },
);
const backlinksOf = (id: string) => site.actors.find((view) => view.actor.id === id)!.backlinks;

describe('buildBacklinks', () => {
  test('returns the mentions of an actor grouped by article', () => {
    expect(allMentionsOf(site, CAST, 'iran').map(({ article, mentions }) => [article.article.id, mentions.map((m) => m.anchor)])).toEqual([
      ['one', ['mention-iran-1', 'mention-iran-2']],
      ['two', ['mention-iran-1']],
    ]);
  });

  test('lists a sentence that names an actor twice once, at its first mention', () => {
    const built = buildSite(contentOf({ actors: CAST, articles: [article('three', 'Tehran said that Iran would sign. Iran waited.', ['iran'])] }), { host: 'example.org' });
    const [three] = allMentionsOf(built, CAST, 'iran');
    expect(three!.mentions.map((m) => [m.alias, m.sentence])).toEqual([
      ['Tehran', 'Tehran said that Iran would sign.'],
      ['Iran', 'Iran waited.'],
    ]);
  });

  test("returns every name of the actor in each sentence, in order, once", () => {
    const built = buildSite(contentOf({ actors: CAST, articles: [article('four', 'Iran said that Tehran would sign. Iran waited.\n\nIran said that Tehran would sign.', ['iran'])] }), { host: 'example.org' });
    const [four] = allMentionsOf(built, CAST, 'iran');
    // The same sentence twice is listed once, from its first place, with its names once.
    expect(four!.mentions.map((m) => [m.anchor, m.names])).toEqual([
      [
        'mention-iran-1',
        [
          { offset: 0, alias: 'Iran' },
          { offset: 15, alias: 'Tehran' },
        ],
      ],
      ['mention-iran-3', [{ offset: 0, alias: 'Iran' }]],
    ]);
  });

  test('returns the claims an actor makes or is the subject of, with its roles', () => {
    const claims = (id: string) => backlinksOf(id).claims.map(({ view, roles }) => [view.article.id, roles]);
    expect(claims('iran')).toEqual([['two', ['claimant', 'about']]]);
    expect(claims('bolivia')).toEqual([['one', ['about']]]);
    // The outlet is the claimant of every claim that names no other.
    expect(claims('tehran-times')).toEqual([['one', ['claimant']]]);
  });

  test('returns the events, the involved articles and the companions, most shared first', () => {
    const iran = backlinksOf('iran');
    expect(iran.events.map((event) => event.id)).toEqual(['mou']);
    expect(iran.articles.map((a) => a.id).sort()).toEqual(['one', 'two']);
    expect(iran.companions.map(({ actor, articles }) => [actor.id, articles])).toEqual([
      ['argentina', 1],
      ['bolivia', 1],
    ]);
    expect(backlinksOf('tehran-times').articles).toHaveLength(2);
    expect(backlinksOf('latin-america').articles).toEqual([]);
  });
});
