import { describe, expect, test } from 'vitest';
import { checkReferences } from '#lib/check/references.ts';
import { ActorSchema, ArticleSchema, EventSchema, NarrativeSchema } from '#lib/content/schema/index.ts';
import { type Entry, type SiteContent, contentOf } from '#lib/content/entry.ts';
import { formatProblem } from '#lib/content/problems.ts';

const entry = <T>(collection: string, id: string, data: T): Entry<T> => ({
  id,
  file: `content/${collection}/${id}.md`,
  data,
  body: '',
});

const actor = (id: string, name: string, kind = 'country') =>
  entry('actors', id, ActorSchema.parse({ name, kind, summary: `${name}.` }));

const source = { title: 'S', url: 'https://example.org/s' };
const CLAIM = { id: 'c', quote: 'q', kind: 'opinion', rating: 'not-checkable', summary: 's', assessment: 'a', about: ['iran'] };

function site(overrides: { article?: Record<string, unknown>; event?: Record<string, unknown>; narrative?: Record<string, unknown> } = {}): SiteContent {
  return contentOf({
    actors: [
      actor('iran', 'Iran'),
      actor('bolivia', 'Bolivia'),
      actor('tehran-times', 'Tehran Times', 'media'),
      entry(
        'actors',
        'mohammad-reza-ashtiani',
        ActorSchema.parse({
          name: 'Mohammad Reza Ashtiani',
          kind: 'person',
          summary: 'A minister.',
          roles: [{ title: 'Minister of Defence', of: 'irann' }],
        }),
      ),
    ],
    events: [
      entry(
        'events',
        'iran-bolivia-mou',
        EventSchema.parse({ title: 'MOU', date: '2023-07', actors: ['iran', 'bolivia'], sources: [source], ...overrides.event }),
      ),
    ],
    narratives: [
      entry(
        'narratives',
        'drones-threaten-argentina',
        NarrativeSchema.parse({ title: 'T', summary: 'S.', firstSeen: '2023', actors: ['iran'], ...overrides.narrative }),
      ),
    ],
    articles: [
      entry(
        'articles',
        'seed',
        ArticleSchema.parse({
          title: 'T',
          summary: 'S',
          genre: 'opinion',
          source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023' },
          analysed: '2026-11-28',
          actors: ['iran', 'bolivia'],
          dates: [{ quote: 'In July', event: 'iran-bolivia-mou' }],
          claims: [CLAIM],
          ...overrides.article,
        }),
      ),
    ],
  });
}

describe('checkReferences', () => {
  test('returns only the bad role reference when everything else resolves', () => {
    expect(checkReferences(site()).map((problem) => formatProblem(problem))).toMatchInlineSnapshot(`
      [
        "content/actors/mohammad-reza-ashtiani.md: roles[0].of: unknown actor "irann"
          Did you mean "iran"? Otherwise create actors/irann.md.",
      ]
    `);
  });

  test('returns one problem per bad id in every referencing field', () => {
    const problems = checkReferences(
      site({
        article: {
          source: { outlet: 'tehran-time', url: 'https://example.org/a', published: '2023', author: 'frida-ghitis' },
          actors: ['iran', 'bolivai', 'united-states'],
          dates: [{ quote: 'In July', event: 'iran-bolivia-mu' }],
          claims: [
            {
              id: 'c',
              quote: 'q',
              claimant: 'tehrantimes',
              about: ['iran', 'argentina'],
              narratives: ['drones-threaten-argentina', 'drones-threaten-argentine', 'amia'],
              kind: 'opinion',
              rating: 'not-checkable',
              summary: 's',
              assessment: 'a',
            },
          ],
        },
        event: { actors: ['bolivia', 'iram'] },
        narrative: { actors: ['bolivia', 'bolivya'] },
      }),
    );
    expect(problems.map((problem) => `${problem.field}: ${problem.message} — ${problem.hint}`)).toMatchInlineSnapshot(`
      [
        "roles[0].of: unknown actor "irann" — Did you mean "iran"? Otherwise create actors/irann.md.",
        "actors[1]: unknown actor "iram" — Did you mean "iran"? Otherwise create actors/iram.md.",
        "actors[1]: unknown actor "bolivya" — Did you mean "bolivia"? Otherwise create actors/bolivya.md.",
        "source.outlet: unknown actor "tehran-time" — Did you mean "tehran-times"? Otherwise create actors/tehran-time.md.",
        "source.author: unknown actor "frida-ghitis" — Create actors/frida-ghitis.md.",
        "actors[1]: unknown actor "bolivai" — Did you mean "bolivia"? Otherwise create actors/bolivai.md.",
        "actors[2]: unknown actor "united-states" — Create actors/united-states.md.",
        "dates[0].event: unknown event "iran-bolivia-mu" — Did you mean "iran-bolivia-mou"? Otherwise create events/iran-bolivia-mu.md.",
        "claims[0].claimant: unknown actor "tehrantimes" — Did you mean "tehran-times"? Otherwise create actors/tehrantimes.md.",
        "claims[0].about[1]: unknown actor "argentina" — Create actors/argentina.md.",
        "claims[0].narratives[1]: unknown narrative "drones-threaten-argentine" — Did you mean "drones-threaten-argentina"? Otherwise create narratives/drones-threaten-argentine.md.",
        "claims[0].narratives[2]: unknown narrative "amia" — Create narratives/amia.md.",
      ]
    `);
  });

  test('returns an unknown narrative of a claim with the file, the field and the value', () => {
    const problems = checkReferences(site({ article: { claims: [{ ...CLAIM, narratives: ['drones-threaten-argentine'] }] } }));
    expect(problems.map((problem) => formatProblem(problem)).at(-1)).toMatchInlineSnapshot(`
      "content/articles/seed.md: claims[0].narratives[0]: unknown narrative "drones-threaten-argentine"
          Did you mean "drones-threaten-argentina"? Otherwise create narratives/drones-threaten-argentine.md."
    `);
  });

  test('returns a problem when the outlet is not an actor of kind media', () => {
    const problems = checkReferences(
      site({ article: { source: { outlet: 'iran', url: 'https://example.org/a', published: '2023' } } }),
    );
    expect(problems.at(-1)?.message).toBe('"iran" is an actor of kind "country"; expected an outlet (kind "media")');
  });
});
