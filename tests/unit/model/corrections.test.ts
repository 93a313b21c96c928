import { describe, expect, test } from 'vitest';
import { contentOf } from '#lib/content/entry.ts';
import { buildSite } from '#lib/model/build-site.ts';
import { noteIdPrefix } from '#lib/model/corrections.ts';
import { CAST, actorEntry, articleEntry, claimFields } from '../../support/actors.ts';

const NOTE = 'The date was wrong.[^1]\n\n[^1]: The ministry’s statement.';

const site = buildSite(
  contentOf({
    actors: [
      ...CAST.filter((actor) => actor.id !== 'bolivia'),
      actorEntry('bolivia', { name: 'Bolivia', kind: 'country', corrections: [{ date: '2026-12-02', note: NOTE }] }),
    ],
    articles: [
      articleEntry('one', '2026', 'Iran met Bolivia. Then Iran signed the memorandum.', {
        actors: ['iran', 'bolivia'],
        corrections: [{ date: '2026-12-03', note: NOTE }],
        claims: [
          claimFields('c', 'Then Iran signed the memorandum', 'disputed', {
            corrections: [
              { date: '2026-12-01', note: NOTE, previousRating: 'supported' },
              { date: '2026-12-04', note: 'A second look.' },
            ],
          }),
        ],
      }),
    ],
  }),
  { host: 'example.org' },
);
const [article] = site.articles;
const [claim] = site.claims;
const bolivia = site.actors.find((view) => view.actor.id === 'bolivia')!;

describe('the corrections of the site model', () => {
  test('lists an article’s own corrections and its claims’, oldest first, with their ids on its page and what they corrected', () => {
    expect(article!.corrections.map(({ dated, id, subject }) => [dated.correction.date, id, subject?.path])).toEqual([
      ['2026-12-01', 'correction-c-1', '/articles/one/claims/c/'],
      ['2026-12-03', 'correction-1', undefined],
      ['2026-12-04', 'correction-c-2', '/articles/one/claims/c/'],
    ]);
    expect(article!.corrections[0]!.dated.change).toEqual({ from: 'supported', to: 'disputed' });
    expect(claim!.corrections.map(({ id }) => id)).toEqual(['correction-1', 'correction-2']);
    expect(bolivia.corrections.map(({ id }) => id)).toEqual(['correction-1']);
  });

  test('renders each note once, for the page of what it corrected and for the log', () => {
    const claimNote = claim!.corrections[0]!.note;
    expect(article!.corrections[0]!.note).toBe(claimNote);
    const logged = site.corrections.find((view) => view.path === '/articles/one/claims/c/#correction-1');
    expect(logged?.note).toBe(claimNote);
    expect(site.corrections.map((view) => view.path)).toEqual([
      '/articles/one/claims/c/#correction-2',
      '/articles/one/#correction-1',
      '/actors/bolivia/#correction-1',
      '/articles/one/claims/c/#correction-1',
    ]);
  });

  test('gives the footnotes of each note ids of their own, unique on the log and on every page that shows it', () => {
    const ids = site.corrections.flatMap((view) => [...view.note.html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(claim!.corrections[0]!.note.html).toContain('id="articles-one-claims-c-correction-1-note-fn-1"');
    expect(bolivia.corrections[0]!.note.html).toContain('href="#actors-bolivia-correction-1-note-fn-1"');
  });
});

describe('noteIdPrefix', () => {
  test('makes one word of a correction’s place on the site', () => {
    expect(noteIdPrefix('/articles/a-b/claims/c/#correction-2')).toBe('articles-a-b-claims-c-correction-2-note-');
  });
});
