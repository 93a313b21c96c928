import { describe, expect, test } from 'vitest';
import { currentRole, previewsFile } from '#lib/publish/previews-file.ts';
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
  const file = previewsFile({ actors: [...CAST, minister], events: EVENTS });

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

  test('holds nothing but what previews show', () => {
    const json = JSON.stringify(file);
    expect(json).not.toContain('sources');
    expect(json).not.toContain('aliases');
  });
});
