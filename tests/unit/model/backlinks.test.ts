import { describe, expect, test } from 'vitest';
import { buildBacklinks } from '../../src/lib/backlinks.ts';
import { ArticleSchema, EventSchema } from '../../src/lib/schema/index.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import type { ActorMention } from '../../src/markdown/remark-actor-mentions.ts';
import { CAST } from '../support/actors.ts';

const article = (id: string, actors: string[], claims: object[] = []) => ({
  id,
  file: `content/articles/${id}.md`,
  body: '',
  data: ArticleSchema.parse({
    title: id,
    summary: 'S',
    genre: 'news',
    source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023' },
    analysed: '2026',
    actors,
    claims,
  }),
});

const mention = (actor: string, n: number): ActorMention => ({
  actor,
  alias: actor,
  sentence: `${actor} here.`,
  offset: 0,
  anchor: `mention-${actor}-${n}`,
  linked: n === 1,
});

const claim = { id: 'c', quote: 'q', kind: 'factual', rating: 'disputed', summary: 's', assessment: 'a', sources: [{ title: 'S', url: 'https://example.org' }] };

const model = buildSiteModel({
  actors: CAST,
  events: [
    {
      id: 'mou',
      file: 'content/events/mou.md',
      body: '',
      data: EventSchema.parse({ title: 'MOU', date: '2023-07', actors: ['iran', 'bolivia'], sources: [{ title: 'S', url: 'https://example.org' }] }),
    },
  ],
  articles: [
    article('one', ['iran', 'bolivia'], [{ ...claim, about: ['bolivia'] }]),
    article('two', ['iran', 'argentina'], [{ ...claim, claimant: 'iran', about: ['iran'] }]),
  ],
});

const backlinks = buildBacklinks(
  model,
  new Map([
    ['one', [mention('iran', 1), mention('bolivia', 1), mention('iran', 2)]],
    ['two', [mention('iran', 1), mention('argentina', 1)]],
  ]),
);

describe('buildBacklinks', () => {
  test('returns the mentions of an actor grouped by article', () => {
    const iran = backlinks.get('iran')!;
    expect(iran.mentions.map(({ article, mentions }) => [article.id, mentions.map((m) => m.anchor)])).toEqual([
      ['one', ['mention-iran-1', 'mention-iran-2']],
      ['two', ['mention-iran-1']],
    ]);
  });

  test('returns the claims an actor makes or is the subject of, with its roles', () => {
    expect(backlinks.get('iran')!.claims.map(({ article, roles }) => [article.id, roles])).toEqual([['two', ['claimant', 'about']]]);
    expect(backlinks.get('bolivia')!.claims.map(({ article, roles }) => [article.id, roles])).toEqual([['one', ['about']]]);
    // The outlet is the claimant of every claim that names no other.
    expect(backlinks.get('tehran-times')!.claims.map(({ article }) => article.id)).toEqual(['one']);
  });

  test('returns the events, the involved articles and the companions, most shared first', () => {
    const iran = backlinks.get('iran')!;
    expect(iran.events.map((event) => event.id)).toEqual(['mou']);
    expect(iran.articles.map((a) => a.id).sort()).toEqual(['one', 'two']);
    expect(iran.companions).toEqual([
      { actor: 'argentina', articles: 1 },
      { actor: 'bolivia', articles: 1 },
    ]);
    expect(backlinks.get('tehran-times')!.articles).toHaveLength(2);
    expect(backlinks.get('latin-america')!.articles).toEqual([]);
  });
});
