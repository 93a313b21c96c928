import { describe, expect, test } from 'vitest';
import { currentRole, previewsFile } from '#lib/publish/previews-file.ts';
import { NarrativeSchema } from '#lib/content/schema/index.ts';
import { CAST, EVENTS, actorEntry } from '../../support/actors.ts';

describe('currentRole', () => {
  test('is the role without an end that began last, or none when every role has ended', () => {
    expect(currentRole([])).toBeUndefined();
    expect(currentRole([{ title: 'Governor', from: '2010', to: '2015' }])).toBeUndefined();
    expect(
      currentRole([
        { title: 'Senator', from: '2015-03' },
        { title: 'Minister', from: '2020-11' },
        { title: 'Adviser' },
        { title: 'Governor', from: '2021', to: '2022' },
      ]),
    ).toEqual({ title: 'Minister', from: '2020-11' });
    expect(currentRole([{ title: 'Adviser' }])).toEqual({ title: 'Adviser' });
  });
});

describe('previewsFile', () => {
  const minister = actorEntry('minister', {
    name: 'A Minister',
    kind: 'person',
    summary: 'A minister of Iran.',
    roles: [
      { title: 'Governor', from: '2010', to: '2015' },
      { title: 'Minister of Defence', of: 'iran', from: '2021-08' },
    ],
  });
  const file = previewsFile({
    actors: [...CAST, minister],
    events: EVENTS,
    narratives: [{ id: 'threat', data: NarrativeSchema.parse({ title: 'The deal threatens Argentina', summary: 'The deal puts Argentina at risk.', firstSeen: '2023-07', sources: [{ title: 'S', url: 'https://example.org/s' }] }) }],
  });

  test('gives each actor its name, kind in words and summary, and its current role with the body it is held in', () => {
    expect(file.actors['iran']).toEqual({ name: 'Iran', kind: 'Country', summary: 'iran.' });
    expect(file.actors['tehran-times']).toMatchObject({ kind: 'Outlet' });
    expect(file.actors['minister']).toEqual({
      name: 'A Minister',
      kind: 'Person',
      summary: 'A minister of Iran.',
      role: 'Minister of Defence, Iran',
    });
    expect(Object.keys(file.actors)).toHaveLength(CAST.length + 1);
  });

  test('gives each event its date in words and its title', () => {
    expect(file.events['mou']).toEqual({ date: '20 July 2023', title: 'Iran and Bolivia sign a memorandum' });
    expect(Object.keys(file.events)).toEqual(EVENTS.map((event) => event.id));
  });

  test('gives each narrative its title, when it was first seen in words, and its summary', () => {
    expect(file.narratives).toEqual({ threat: { title: 'The deal threatens Argentina', firstSeen: 'July 2023', summary: 'The deal puts Argentina at risk.' } });
  });

  test('holds nothing but what previews show', () => {
    const json = JSON.stringify(file);
    expect(json).not.toContain('sources');
    expect(json).not.toContain('aliases');
  });
});
