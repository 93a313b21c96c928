import { describe, expect, test } from 'vitest';
import { contentOf } from '#lib/content/entry.ts';
import { COLLECTIONS, REGISTRY, byCollection, oneOf } from '#lib/content/registry.ts';
import { NarrativeSchema } from '#lib/content/schema/index.ts';
import { articleEntry, claimFields } from '../../support/actors.ts';

describe('REGISTRY', () => {
  test('defines every collection, each with a folder, a data file and a search type of its own', () => {
    expect(Object.keys(REGISTRY).sort()).toEqual([...COLLECTIONS].sort());
    for (const key of ['folder', 'dataFile', 'searchType'] as const) {
      const values = COLLECTIONS.map((name) => REGISTRY[name][key]);
      expect(new Set(values).size, key).toBe(COLLECTIONS.length);
    }
  });

  test('returns every id an article refers to, with the field that holds it, in the order of its fields', () => {
    const { data } = articleEntry('a', '2026', 'Iran spoke.', {
      source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023' },
      actors: ['iran'],
      claims: [claimFields('spoke', 'Iran spoke', 'disputed', { claimant: 'iran', about: ['bolivia'], narratives: ['threat'] })],
    });
    expect(REGISTRY.articles.references(data).map(({ path, to, id }) => `${path.join('.')} → ${to}/${String(id)}`)).toEqual([
      'source.outlet → actors/tehran-times',
      'source.author → actors/undefined',
      'actors.0 → actors/iran',
      'claims.0.claimant → actors/iran',
      'claims.0.about.0 → actors/bolivia',
      'claims.0.narratives.0 → narratives/threat',
    ]);
    expect(REGISTRY.articles.sources(data).map(({ path }) => path.join('.'))).toEqual(['sources', 'claims.0.sources']);
  });

  test('returns what a narrative is called, what it refers to and the sources it cites', () => {
    const narrative = NarrativeSchema.parse({ title: 'T', summary: 'S.', firstSeen: '2023', actors: ['iran'], sources: [{ title: 'S', url: 'https://example.org' }] });
    expect(REGISTRY.narratives.title(narrative)).toBe('T');
    expect(REGISTRY.narratives.references(narrative)).toEqual([{ path: ['actors', 0], to: 'actors', id: 'iran' }]);
    expect(REGISTRY.narratives.sources(narrative)).toEqual([{ path: ['sources'], sources: narrative.sources }]);
  });
});

describe('oneOf', () => {
  test('returns one entry of a collection with its article, as a message says it', () => {
    expect([oneOf('actors'), oneOf('narratives')]).toEqual(['an actor', 'a narrative']);
  });
});

describe('byCollection and contentOf', () => {
  test('return a value for every collection, and content with every collection not given empty', () => {
    expect(byCollection((name) => name)).toEqual(Object.fromEntries(COLLECTIONS.map((name) => [name, name])));
    const article = articleEntry('a', '2026', 'Iran spoke.');
    const content = contentOf({ articles: [article] });
    expect(Object.keys(content).sort()).toEqual([...COLLECTIONS].sort());
    expect(Object.entries(content).filter(([, entries]) => entries.length > 0)).toEqual([['articles', [article]]]);
  });
});
