import { describe, expect, test } from 'vitest';
import { buildAliasIndex } from '#lib/text/alias-index.ts';
import { bodyBlocks } from '#authoring/body-blocks.ts';
import { detectDates, eventsOn } from '#authoring/detect-dates.ts';
import { toPartialDate } from '#lib/content/partial-date.ts';
import { EVENTS } from '../../support/actors.ts';
import { loadSeed } from '../../support/seed.ts';

const today = new Date(Date.UTC(2024, 5, 15));
const found = (text: string, published?: string) =>
  detectDates(text, { today, published: published === undefined ? undefined : toPartialDate(published) }, EVENTS).map(
    ({ quote, date, events }) => `${quote} → ${date}${events.length > 0 ? ` → ${events.join(', ')}` : ''}`,
  );

describe('detectDates', () => {
  test('returns each phrase at the precision it gives: a day, a month, a year', () => {
    expect(found('They met on 20 July 2023. In October 2019 it began. The 1994 bombing and the crisis since 2019.')).toEqual([
      'on 20 July 2023 → 2023-07-20 → mou',
      'In October 2019 → 2019-10 → crisis',
      '1994 → 1994',
      'since 2019 → 2019 → crisis',
    ]);
  });

  test('returns phrases without a year, or relative ones, counted from the publication date', () => {
    expect(found('In July they met. Last year they did not.', '2023')).toEqual(['In July → 2023-07 → mou', 'Last year → 2022']);
    expect(found('In July they met; on August 3 they talked.', '2023-08-10')).toEqual(['In July → 2023-07 → mou', 'August 3 → 2023-08-03']);
  });

  test('returns a date without a year before publication, never after it', () => {
    expect(found('In December they met.', '2023-08')).toEqual(['In December → 2022-12']);
  });

  test('returns no number that is not a year, and no "now"', () => {
    expect(found('They sent 2000 troops and 1,994 drones; Iran can now export weapons at 5 pm.')).toEqual([]);
  });

  test('returns Spanish dates in a text in Spanish: a day, a month, a year, with the words analysts keep', () => {
    const spanish = (text: string, published?: string) =>
      detectDates(text, { today, published: published === undefined ? undefined : toPartialDate(published) }, EVENTS, new Set(), 'es').map(
        ({ quote, date, events }) => `${quote} → ${date}${events.length > 0 ? ` → ${events.join(', ')}` : ''}`,
      );
    expect(spanish('Firmaron el 20 de julio de 2023. En octubre de 2019 empezó. El atentado de 1994 y la crisis desde 2019.')).toEqual([
      'el 20 de julio de 2023 → 2023-07-20 → mou',
      'En octubre de 2019 → 2019-10 → crisis',
      '1994 → 1994',
      'desde 2019 → 2019 → crisis',
    ]);
    expect(spanish('¿Qué pasó el 20 de julio? Nada.', '2023-08')).toEqual(['el 20 de julio → 2023-07-20 → mou']);
    // Decomposed accents read as composed ones.
    expect(spanish('Se reunieron en julio de 2023 y otra vez el sábado.'.normalize('NFD'), '2023-08-10').slice(0, 1)).toEqual(['en julio de 2023 → 2023-07 → mou']);
    // The same text read as English finds no Spanish month.
    expect(found('Firmaron el 20 de julio de 2023.')).not.toContain('el 20 de julio de 2023 → 2023-07-20 → mou');
  });

  test('returns every date the seed article anchors, at its event\'s date, save the one its text cannot date', async () => {
    const seed = await loadSeed();
    const published = toPartialDate(seed.article.data.source.published);
    const { index } = buildAliasIndex(seed.actors);
    // As the draft does: the actors of each paragraph tell events of the same year apart.
    const mentions = bodyBlocks(seed.text).flatMap((text) =>
      detectDates(text, { published, today }, seed.events, new Set(index.find(text).map((match) => match.actor))),
    );
    const missed: string[] = [];
    for (const { quote, event } of seed.article.data.dates) {
      const mention = mentions.find((candidate) => candidate.quote.includes(quote));
      if (!mention) {
        missed.push(quote);
        continue;
      }
      const eventDate = seed.events.find((entry) => entry.id === event)!.data.date;
      expect([quote, mention.events[0]]).toEqual([quote, event]);
      expect(eventDate.startsWith(mention.date) || mention.date.startsWith(eventDate), `${quote}: ${mention.date} vs ${eventDate}`).toBe(true);
    }
    // "Shortly after the coup" is dated only by another event, which no date parser can know.
    expect(missed).toEqual(['Shortly after the coup']);
  });
});

describe('eventsOn', () => {
  test('returns events on the day, in the month or the year, the same date first', () => {
    expect(eventsOn('2023-07-20', EVENTS)).toEqual(['mou']);
    expect(eventsOn('2023', EVENTS)).toEqual(['mou']);
    expect(eventsOn('2019-10-05', EVENTS)).toEqual(['crisis']);
    expect(eventsOn('2023-08', EVENTS)).toEqual([]);
  });

  test('puts first, among events of the same year, those involving the actors named nearby', () => {
    const events = [...EVENTS, { ...EVENTS[0]!, id: 'verdict', data: { ...EVENTS[0]!.data, date: '2023-02-28', actors: ['argentina'] } }];
    expect(eventsOn('2023', events)).toEqual(['mou', 'verdict']);
    expect(eventsOn('2023', events, new Set(['argentina']))).toEqual(['verdict', 'mou']);
    expect(eventsOn('2023', events, new Set(['iran', 'argentina']))).toEqual(['mou', 'verdict']);
  });
});
