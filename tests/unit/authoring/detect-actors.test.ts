import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { aliasesOf, buildAliasIndex } from '#lib/text/alias-index.ts';
import { bodyBlocks } from '#authoring/body-blocks.ts';
import { detectKnownActors } from '#authoring/detect-actors.ts';
import { detectCandidateActors, findDateline } from '#authoring/detect-candidates.ts';
import { CAST } from '../../support/actors.ts';
import { loadSeed } from '../../support/seed.ts';

let seed: Awaited<ReturnType<typeof loadSeed>>;
let short: string[];
beforeAll(async () => {
  seed = await loadSeed();
  short = bodyBlocks(await readFile('tests/fixtures/authoring/short.txt', 'utf8'));
});

describe('detectKnownActors', () => {
  test('returns each actor the text names once, with its aliases and count, in order of first mention', () => {
    const { index } = buildAliasIndex(CAST);
    const found = detectKnownActors(['The Tehran Times said Iran and Bolivia met.', 'Iranian drones, Bolivian borders, in La Paz.'], index);
    expect(found).toEqual([
      { actor: 'tehran-times', aliases: ['Tehran Times'], count: 1 },
      { actor: 'iran', aliases: ['Iran', 'Iranian'], count: 2 },
      { actor: 'bolivia', aliases: ['Bolivia', 'Bolivian', 'La Paz'], count: 3 },
    ]);
  });

  test('returns every actor the seed article lists, given the real cast', () => {
    const { index } = buildAliasIndex(seed.actors);
    const found = detectKnownActors(bodyBlocks(seed.text), index).map(({ actor }) => actor);
    expect(found.toSorted()).toEqual([...seed.article.data.actors].sort());
  });
});

describe('detectCandidateActors', () => {
  test('returns people, places, organisations and groups the cast lacks, with kind, id and sentence', () => {
    const { index } = buildAliasIndex(CAST);
    const found = detectCandidateActors(short, index, new Set(CAST.map((actor) => actor.id)));
    expect(found.map(({ name, kind, id }) => `${name} (${kind}, ${id})`)).toEqual([
      'Edmundo Novillo (person, edmundo-novillo)',
      'Kaja Kallas (person, kaja-kallas)',
      'Estonia (country, estonia)',
      'Organization of American States (organization, organization-of-american-states)',
      'Estonian opposition (group, estonian-opposition)',
    ]);
    expect(found[0]?.sentence).toMatch(/^LA PAZ, Bolivia- .* on 3 March 2024\.$/);
  });

  test('returns nothing the alias index already matches, even with a word for the government after it', () => {
    const { index } = buildAliasIndex(CAST);
    const found = detectCandidateActors(['The Bolivian government and the United States met the Tehran Times.'], index, new Set());
    expect(found).toEqual([]);
  });

  test('notes a suggested id that an actor already has', () => {
    const { index } = buildAliasIndex(CAST);
    const found = detectCandidateActors(['Yesterday the Bolivian Navy met.'], index, new Set(['bolivian-navy']));
    expect(found.map(({ id, note }) => [id, note])).toEqual([
      ['bolivian-navy', 'the id "bolivian-navy" is taken: perhaps an alias of actors/bolivian-navy.md'],
    ]);
  });

  test('folds the adjective of a place into its name, as an alias', () => {
    const { index } = buildAliasIndex([]);
    const found = detectCandidateActors(['Latin America is large.', 'Latin American governments met.'], index, new Set());
    expect(found.map(({ name, count, aliases }) => [name, count, aliases])).toEqual([['Latin America', 2, ['Latin American']]]);
  });

  test('returns a name or alias of every actor of the seed article, with an empty cast', () => {
    const { index } = buildAliasIndex([]);
    const found = detectCandidateActors(bodyBlocks(seed.text), index, new Set());
    const names = new Set(found.flatMap((candidate) => [candidate.name, ...candidate.aliases]));
    const missed = seed.article.data.actors.filter((id) => {
      const actor = seed.actors.find((entry) => entry.id === id)!;
      return !aliasesOf(actor.data).some((alias) => names.has(alias));
    });
    expect(missed).toEqual([]);
  });
});

describe('findDateline', () => {
  test('returns the place in capitals that opens the text, in title case', () => {
    expect(findDateline('TEHRAN- The growing relations')).toEqual({ place: 'Tehran', end: 6 });
    expect(findDateline('LA PAZ, Bolivia- Bolivia met')).toEqual({ place: 'La Paz', end: 6 });
    expect(findDateline('NATO, the alliance, met')).toBeUndefined();
    expect(findDateline('The growing relations')).toBeUndefined();
  });
});
