import { describe, expect, test } from 'vitest';
import { buildAliasIndex } from '#lib/text/alias-index.ts';
import { actorEntry, CAST } from '../../support/actors.ts';

const { index } = buildAliasIndex(CAST);
const found = (text: string) => index.find(text).map(({ alias, actor }) => `${alias}→${actor}`);

describe('buildAliasIndex', () => {
  test('returns the longest alias where aliases overlap', () => {
    expect(found('The Tehran Times reported from Tehran.')).toEqual(['Tehran Times→tehran-times', 'Tehran→iran']);
    expect(found('Latin American governments in Latin America')).toEqual([
      'Latin American→latin-america',
      'Latin America→latin-america',
    ]);
  });

  test('returns possessives and hyphenated compounds as whole words', () => {
    expect(found("Iran's and Iran’s, Iran-Bolivia, anti-Iran, a U.S.-backed coup")).toEqual([
      'Iran→iran',
      'Iran→iran',
      'Iran→iran',
      'Bolivia→bolivia',
      'Iran→iran',
      'U.S.→united-states',
    ]);
    expect(found("Tehran-La Paz's cooperation")).toEqual(['Tehran→iran', 'La Paz→bolivia']);
  });

  test('returns nothing for a word that contains an alias', () => {
    expect(found('Iranians, Bolivians, Washingtonian, MASS, Argentinas, Tehranis')).toEqual([]);
    expect(found('Argentinian and Argentine')).toEqual(['Argentinian→argentina', 'Argentine→argentina']);
  });

  test('returns a name with an accent whichever Unicode form the alias and the text write it in, as the text writes it', () => {
    const { index: accented } = buildAliasIndex([
      actorEntry('iran', { name: 'Iran', kind: 'country', aliases: ['Irán'] }),
      actorEntry('jose-galeano', { name: 'Juan Jose\u0301 Galeano', kind: 'person' }),
    ]);
    const text = 'Irán y Juan José Galeano; Irán, Juan José Galeano.';
    const nfd = text.normalize('NFD');
    const matches = accented.find(nfd);
    expect(matches.map(({ alias, actor }) => `${alias}→${actor}`)).toEqual(['Irán→iran', 'Juan José Galeano→jose-galeano', 'Irán→iran', 'Juan José Galeano→jose-galeano'].map((m) => m.normalize('NFD')));
    // The offsets are those of the text as written: each alias is the text's own slice.
    expect(matches.every(({ start, end, alias }) => nfd.slice(start, end) === alias)).toBe(true);
    expect(accented.find(text.normalize('NFC')).map(({ alias }) => alias)).toEqual(['Irán', 'Juan José Galeano', 'Irán', 'Juan José Galeano']);
  });

  test('returns an error for one alias claimed twice in two Unicode forms', () => {
    const { problems } = buildAliasIndex([
      actorEntry('iran', { name: 'Iran', kind: 'country', aliases: ['Irán'] }),
      actorEntry('other', { name: 'Ira\u0301n', kind: 'country' }),
    ]);
    expect(problems.map((problem) => problem.message)).toEqual(['"Irán" is also an alias of content/actors/iran.md'.replace('Irán', 'Ira\u0301n')]);
  });

  test('matches case-sensitively', () => {
    expect(found('TEHRAN- iran, mas and Mas, but MAS')).toEqual(['MAS→movement-toward-socialism']);
  });

  test('matches a name that is also a word only as written: "May" is not "may", "Bush" is not "bush"', () => {
    const { index: words, problems } = buildAliasIndex([
      actorEntry('theresa-may', { name: 'Theresa May', kind: 'person', aliases: ['May'] }),
      actorEntry('george-w-bush', { name: 'George W. Bush', kind: 'person', aliases: ['Bush'] }),
      actorEntry('united-states', { name: 'United States', kind: 'country', aliases: ['US'] }),
    ]);
    expect(problems).toEqual([]);
    const text = 'May said it may rain; Bush saw a bush; the US told us.';
    expect(words.find(text).map(({ alias }) => alias)).toEqual(['May', 'Bush', 'US']);
  });

  test('refuses, and leaves out of the index, an alias that is a function word or a common word in lower case', () => {
    const { index: words, problems } = buildAliasIndex([
      actorEntry('bolivia', { name: 'Bolivia', kind: 'country', aliases: ['the', 'The', 'state', 'And'] }),
    ]);
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'aliases[0]: "the" is a function word of English: it would link ordinary text everywhere',
      'aliases[1]: "The" is a function word of English: it would link ordinary text everywhere',
      'aliases[2]: "state" is a common English word in lower case: it would link ordinary text everywhere',
      'aliases[3]: "And" is a function word of English: it would link ordinary text everywhere',
    ]);
    expect(words.find('The state and the Bolivia of the state')).toEqual([{ start: 18, end: 25, alias: 'Bolivia', actor: 'bolivia' }]);
  });

  test('returns offsets into the text, Unicode letters counting as word characters', () => {
    expect(index.find('In Irané, Iran.')).toEqual([{ start: 10, end: 14, alias: 'Iran', actor: 'iran' }]);
  });

  test('returns an error naming both files when two actors claim an alias', () => {
    const { problems } = buildAliasIndex([
      ...CAST,
      actorEntry('iran-government', { name: 'Government of Iran', kind: 'organization', aliases: ['Tehran'] }),
      actorEntry('bolivia-2', { name: 'Bolivia', kind: 'country' }),
    ]);
    expect(problems.map((problem) => `${problem.file} ${problem.field}: ${problem.message}`)).toEqual([
      'content/actors/bolivia-2.md name: "Bolivia" is also the name of content/actors/bolivia.md',
      'content/actors/iran-government.md aliases[0]: "Tehran" is also an alias of content/actors/iran.md',
    ]);
  });
});
