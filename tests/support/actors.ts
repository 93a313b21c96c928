/** A small cast of actors for unit and Markdown tests. */
import { ActorSchema, EventSchema } from '#lib/content/schema/index.ts';
import type { Entry } from '#lib/content/entry.ts';

/** An actor entry from its frontmatter fields. */
export function actorEntry(id: string, fields: Record<string, unknown>): Entry<ReturnType<typeof ActorSchema.parse>> {
  return { id, file: `content/actors/${id}.md`, body: '', data: ActorSchema.parse({ summary: `${id}.`, ...fields }) };
}

/** Iran, the United States, Bolivia, Argentina, the Tehran Times and a few more, with the aliases the seed needs. */
export const CAST = [
  actorEntry('iran', { name: 'Iran', kind: 'country', aliases: ['Iranian', 'Tehran'] }),
  actorEntry('united-states', { name: 'United States', kind: 'country', aliases: ['U.S.', 'Washington', 'Americans'] }),
  actorEntry('bolivia', { name: 'Bolivia', kind: 'country', aliases: ['Bolivian', 'La Paz'] }),
  actorEntry('argentina', { name: 'Argentina', kind: 'country', aliases: ['Argentine', 'Argentinian'] }),
  actorEntry('latin-america', { name: 'Latin America', kind: 'region', aliases: ['Latin American'] }),
  actorEntry('tehran-times', { name: 'Tehran Times', kind: 'media' }),
  actorEntry('movement-toward-socialism', { name: 'Movement Toward Socialism', kind: 'organization', aliases: ['MAS'] }),
];

/** Two events for date mentions. */
export const EVENTS = [
  {
    id: 'mou',
    file: 'content/events/mou.md',
    body: '',
    data: EventSchema.parse({
      title: 'Iran and Bolivia sign a memorandum',
      date: '2023-07-20',
      actors: ['iran', 'bolivia'],
      sources: [{ title: 'S', url: 'https://example.org/s' }],
    }),
  },
  {
    id: 'crisis',
    file: 'content/events/crisis.md',
    body: '',
    data: EventSchema.parse({
      title: 'A crisis in Bolivia',
      date: '2019-10',
      end: '2019-11',
      sources: [{ title: 'S', url: 'https://example.org/s' }],
    }),
  },
];
