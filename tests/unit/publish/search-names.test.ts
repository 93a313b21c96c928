import { describe, expect, test } from 'vitest';
import { type ActorName, createNameMatcher, foldName, namesFile, readNamesFile } from '#lib/publish/search-names.ts';

const actors: ActorName[] = [
  { name: 'Edmundo Novillo', kind: 'Person', url: '/actors/edmundo-novillo/', aliases: ['Novillo'] },
  { name: 'Cristina Fernández de Kirchner', kind: 'Person', url: '/actors/cfk/', aliases: ['Fernández de Kirchner', 'Kirchner'] },
  { name: 'Asociación Mutual Israelita Argentina', kind: 'Organisation', url: '/actors/amia/', aliases: ['AMIA'] },
  { name: 'Argentina', kind: 'Country', url: '/actors/argentina/', aliases: ['Argentine', 'Argentinian'] },
  { name: 'Iran', kind: 'Country', url: '/actors/iran/', aliases: ['Iranian', 'Tehran'] },
  { name: 'Tehran Times', kind: 'Outlet', url: '/actors/tehran-times/', aliases: [] },
  { name: 'Néstor Kirchner', kind: 'Person', url: '/actors/nk/', aliases: [] },
];
const match = createNameMatcher(actors);
const names = (query: string, limit?: number) => match(query, limit).map((m) => m.actor.name);

describe('foldName', () => {
  test('drops accents and case and turns punctuation into single spaces', () => {
    expect(foldName('  Fernández de Kirchner ')).toBe('fernandez de kirchner');
    expect(foldName("Iran–Bolivia's MOU")).toBe('iran bolivia s mou');
    expect(foldName('ÅNGSTRÖM')).toBe('angstrom');
  });
});

describe('createNameMatcher', () => {
  test('matches the start of a name or of any word in it', () => {
    expect(names('novil')).toEqual(['Edmundo Novillo']);
    expect(names('edmu')).toEqual(['Edmundo Novillo']);
    expect(names('mutual isr')).toEqual(['Asociación Mutual Israelita Argentina']);
  });

  test('ignores accents and case, in the query and in the names', () => {
    expect(names('fernandez de kirchner')).toEqual(['Cristina Fernández de Kirchner']);
    expect(names('FERNÁNDEZ')).toEqual(['Cristina Fernández de Kirchner']);
    expect(names('asociacion')).toEqual(['Asociación Mutual Israelita Argentina']);
  });

  test('finds an actor by an alias, and says which alias matched', () => {
    expect(match('AMIA')).toEqual([{ actor: actors[2], alias: 'AMIA' }]);
    expect(match('Tehran')[0]).toEqual({ actor: actors[4], alias: 'Tehran' });
  });

  test('ranks an exact name first, then names that start with the query, then names with a word that does', () => {
    // "Tehran" is exactly an alias of Iran, and only the start of "Tehran Times".
    expect(names('tehran')).toEqual(['Iran', 'Tehran Times']);
    // "Argentina" is a name; the AMIA's name has the word later on.
    expect(names('argentin')).toEqual(['Argentina', 'Asociación Mutual Israelita Argentina']);
    // A name at the same rank beats an alias; shorter names first.
    expect(names('kirchner')).toEqual(['Cristina Fernández de Kirchner', 'Néstor Kirchner']);
  });

  test('does not match inside a word, nor a query of one character, and keeps to the limit', () => {
    expect(names('villo')).toEqual([]);
    expect(names('a')).toEqual([]);
    expect(names('  ')).toEqual([]);
    expect(names('ar', 1)).toEqual(['Argentina']);
  });
});

describe('the names file', () => {
  test('round-trips, without repeating the name among the aliases', () => {
    const file = namesFile([{ ...actors[0]!, aliases: ['Edmundo Novillo', 'Novillo'] }]);
    expect(file).toEqual({ actors: [['Edmundo Novillo', 'Person', '/actors/edmundo-novillo/', 'Novillo']] });
    expect(readNamesFile(JSON.parse(JSON.stringify(file)))).toEqual([actors[0]]);
  });

  test('refuses what is not a names file', () => {
    expect(() => readNamesFile({})).toThrow(/not a names file/);
    expect(() => readNamesFile({ actors: [['only a name']] })).toThrow(/not a names file entry/);
    expect(() => readNamesFile({ actors: [['a', 'b', 3]] })).toThrow(/not a names file entry/);
  });
});
