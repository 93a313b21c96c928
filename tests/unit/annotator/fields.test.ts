/**
 * Every optional field of every collection can be filled in from the
 * annotator, on a file that does not have it yet: one case per field, found
 * by walking the content model's schemas, so that a field added to a schema
 * fails here until the annotator can write it. Each case runs the request the
 * annotator's page sends, then reads the file back; a field the content
 * model allows but the check refuses (a previous rating on an article's own
 * correction) is refused with the reason, and nothing is written.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runAction } from '#annotator/actions.ts';
import { ContentFiles, Refusal } from '#annotator/content-files.ts';
import { readActionRequest } from '#annotator/requests.ts';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { REGISTRY } from '#lib/content/registry.ts';

let root: string;
let files: ContentFiles;
const path = (collection: string, id: string) => join(root, collection, `${id}.md`);
const read = (collection: string, id: string) => readFile(path(collection, id), 'utf8');
const dataOf = async (collection: string, id: string) => {
  const parsed = parseMarkdownFile(await read(collection, id), 'test.md');
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.value.data as Record<string, unknown>;
};

beforeEach(async () => {
  root = join(await mkdtemp(join(tmpdir(), 'dossier-fields-')), 'content');
  await cp('tests/fixtures/sites/minimal', root, { recursive: true });
  const article = await read('articles', 'fixture-article');
  await writeFile(path('articles', 'fixture-article'), `${article}\nBolivia signed a memorandum with Iran. Bolivia signed a memorandum in Tehran.\n`);
  // The minimal site has no narrative: one to edit, and for a claim to carry.
  await mkdir(join(root, 'narratives'));
  await writeFile(path('narratives', 'example-narrative'), '---\ntitle: Bolivia did something\nsummary: Bolivia is said to have done something.\nfirstSeen: 2023-08\n---\n');
  files = new ContentFiles(root);
});

afterEach(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

/** Runs a request from the article's page, as the server reads it. */
async function run(request: Record<string, unknown>) {
  const opened = await files.open('articles', 'fixture-article');
  return runAction(files, readActionRequest({ article: 'fixture-article', version: opened.version, ...request }));
}

/** Edits an actor's, event's or narrative's whole record, as its form sends it: the file's fields with `change` made. */
async function editEntry(collection: 'actors' | 'events' | 'narratives', id: string, change: (fields: Record<string, unknown>) => Record<string, unknown>) {
  const opened = await files.open(collection, id);
  const { body: _, ...fields } = { ...(await dataOf(collection, id)), body: undefined };
  return run({ action: 'entry', collection, id, entryVersion: opened.version, fields: change(fields) });
}

const SOURCE = { title: 'A fixture source', url: 'https://example.org/source' };
const CLAIM = { id: 'signed', kind: 'factual', rating: 'supported', summary: 'Bolivia signed a memorandum', assessment: 'The fixture says so.', sources: [SOURCE] };
const REPEATED = { quote: 'Bolivia signed a memorandum', before: 'with Iran. ', after: ' in Tehran.' };
const claim = (extra: Record<string, unknown> = {}, select: Record<string, unknown> = { quote: 'Bolivia did something' }) => run({ action: 'claim', select, claim: { ...CLAIM, ...extra } });
const details = (fields: Record<string, unknown>) =>
  run({
    action: 'article',
    fields: {
      title: 'A fixture article',
      summary: 'An article that only the tests read.',
      genre: 'news',
      analysed: '2026-11-28',
      draft: false,
      source: { outlet: 'daily-example', url: 'https://example.org/article', published: '2023-08' },
      ...fields,
    },
  });
const ARCHIVED = 'https://web.archive.org/web/20240101000000/https://example.org/source';
const CORRECTION = { date: '2026-12-01', note: 'A *corrected* note.' };

/** How each optional field is filled in, and where its value is then read. */
interface Case {
  readonly collection: 'articles' | 'actors' | 'events' | 'narratives';
  readonly id: string;
  readonly fill: () => Promise<unknown>;
  /** The value read back at the field. */
  readonly read: (data: Record<string, any>) => unknown;
  readonly expected: unknown;
  /** For a field the check refuses to fill in: its reason. */
  readonly refused?: RegExp;
}

const article = (fill: Case['fill'], read: Case['read'], expected: unknown): Case => ({ collection: 'articles', id: 'fixture-article', fill, read, expected });
const actor = (fill: Case['fill'], read: Case['read'], expected: unknown): Case => ({ collection: 'actors', id: 'bolivia', fill, read, expected });
const event = (fill: Case['fill'], read: Case['read'], expected: unknown): Case => ({ collection: 'events', id: 'example-event', fill, read, expected });
const narrative = (change: (fields: Record<string, unknown>) => Record<string, unknown>, read: Case['read'], expected: unknown): Case => ({
  collection: 'narratives',
  id: 'example-narrative',
  fill: () => editEntry('narratives', 'example-narrative', change),
  read,
  expected,
});

const CASES: Record<string, Case> = {
  'articles: source.url': article(
    async () => {
      const text = await read('articles', 'fixture-article');
      await writeFile(path('articles', 'fixture-article'), text.replace('  url: https://example.org/article\n', ''));
      // Without its address the article is no longer valid; filling it in is what makes it so again.
      return details({ source: { outlet: 'daily-example', url: 'https://example.org/again', published: '2023-08' } });
    },
    (data) => data.source.url,
    'https://example.org/again',
  ),
  'articles: lang': article(() => details({ lang: 'es-AR' }), (data) => data.lang, 'es-AR'),
  'articles: text': article(
    () => details({ text: 'excerpts', source: { outlet: 'daily-example', url: 'https://example.org/article', archived: 'https://web.archive.org/web/2023/https://example.org/article', published: '2023-08' } }),
    (data) => data.text,
    'excerpts',
  ),
  'articles: source.archived': article(
    () => details({ source: { outlet: 'daily-example', url: 'https://example.org/article', archived: 'https://web.archive.org/web/2023/https://example.org/article', published: '2023-08' } }),
    (data) => data.source.archived,
    'https://web.archive.org/web/2023/https://example.org/article',
  ),
  'articles: claims[].translation': article(
    async () => {
      await details({ lang: 'es' });
      return claim({ translation: '  Bolivia signed a memorandum ' });
    },
    (data) => data.claims[0].translation,
    '  Bolivia signed a memorandum ',
  ),
  'articles: source.dateline': article(() => details({ source: { outlet: 'daily-example', url: 'https://example.org/article', published: '2023-08', dateline: '  La Paz ' } }), (data) => data.source.dateline, '  La Paz '),
  'articles: source.author': article(() => details({ source: { outlet: 'daily-example', url: 'https://example.org/article', published: '2023-08', author: 'bolivia' } }), (data) => data.source.author, 'bolivia'),
  'articles: actors': article(() => run({ action: 'alias', actor: 'daily-example', alias: 'Tehran' }), (data) => data.actors, ['bolivia', 'daily-example']),
  'articles: dates': article(() => run({ action: 'date', select: { quote: 'memorandum with Iran' }, event: 'example-event' }), (data) => data.dates.at(-1), { quote: 'memorandum with Iran', event: 'example-event' }),
  'articles: dates[].prefix': article(() => run({ action: 'date', select: REPEATED, event: 'example-event' }), (data) => data.dates.at(-1).prefix, 'Iran.'),
  'articles: dates[].suffix': article(
    () => run({ action: 'date', select: { quote: 'Bolivia signed a memorandum', before: '', after: ' with Iran.' }, event: 'example-event' }),
    (data) => data.dates.at(-1).suffix,
    'with',
  ),
  'articles: claims': article(() => claim(), (data) => data.claims[0].id, 'signed'),
  'articles: claims[].prefix': article(() => claim({}, REPEATED), (data) => data.claims[0].prefix, 'Iran.'),
  'articles: claims[].suffix': article(() => claim({}, { quote: 'Bolivia signed a memorandum', before: '', after: ' with Iran.' }), (data) => data.claims[0].suffix, 'with'),
  'articles: claims[].claimant': article(() => claim({ claimant: 'bolivia' }), (data) => data.claims[0].claimant, 'bolivia'),
  'articles: claims[].about': article(() => claim({ about: ['bolivia'] }), (data) => data.claims[0].about, ['bolivia']),
  'articles: claims[].narratives': article(() => claim({ narratives: ['example-narrative'] }), (data) => data.claims[0].narratives, ['example-narrative']),
  'articles: claims[].sources': article(() => claim(), (data) => data.claims[0].sources, [SOURCE]),
  'articles: claims[].sources[].archived': article(() => claim({ sources: [{ ...SOURCE, archived: ARCHIVED }] }), (data) => data.claims[0].sources[0].archived, ARCHIVED),
  'articles: claims[].sources[].publisher': article(() => claim({ sources: [{ ...SOURCE, publisher: 'Example' }] }), (data) => data.claims[0].sources[0].publisher, 'Example'),
  'articles: claims[].sources[].date': article(() => claim({ sources: [{ ...SOURCE, date: '2023-07-20' }] }), (data) => data.claims[0].sources[0].date, '2023-07-20'),
  'articles: claims[].corrections': article(
    async () => {
      await claim();
      return run({ action: 'claim', index: 0, claim: { ...CLAIM, corrections: [CORRECTION] } });
    },
    (data) => data.claims[0].corrections,
    [CORRECTION],
  ),
  'articles: claims[].corrections[].previousRating': article(
    async () => {
      await claim();
      return run({ action: 'claim', index: 0, claim: { ...CLAIM, corrections: [{ ...CORRECTION, note: 'The claim was rated disputed.', previousRating: 'disputed' }] } });
    },
    (data) => data.claims[0].corrections[0].previousRating,
    'disputed',
  ),
  'articles: sources': article(() => details({ sources: [SOURCE] }), (data) => data.sources, [SOURCE]),
  'articles: sources[].archived': article(() => details({ sources: [{ ...SOURCE, archived: ARCHIVED }] }), (data) => data.sources[0].archived, ARCHIVED),
  'articles: sources[].publisher': article(() => details({ sources: [{ ...SOURCE, publisher: 'Example' }] }), (data) => data.sources[0].publisher, 'Example'),
  'articles: sources[].date': article(() => details({ sources: [{ ...SOURCE, date: '2023' }] }), (data) => data.sources[0].date, 2023),
  'articles: draft': article(() => details({ draft: true }), (data) => data.draft, true),
  'articles: corrections': article(() => details({ corrections: [CORRECTION] }), (data) => data.corrections, [CORRECTION]),
  'articles: corrections[].previousRating': {
    ...article(() => details({ corrections: [{ ...CORRECTION, previousRating: 'disputed' }] }), (data) => data.corrections, undefined),
    refused: /corrections\[0\]\.previousRating: "\w+" is given, but an? \w+ has no rating/,
  },
  'actors: aliases': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, aliases: ['Plurinational State'] })), (data) => data.aliases, ['Plurinational State']),
  'actors: wikidata': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, wikidata: 'Q750' })), (data) => data.wikidata, 'Q750'),
  'actors: roles': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, roles: [{ title: 'Member' }] })), (data) => data.roles, [{ title: 'Member' }]),
  'actors: roles[].of': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, roles: [{ title: 'Member', of: 'daily-example' }] })), (data) => data.roles[0].of, 'daily-example'),
  'actors: roles[].from': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, roles: [{ title: 'Member', from: '2021-08' }] })), (data) => data.roles[0].from, '2021-08'),
  'actors: roles[].to': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, roles: [{ title: 'Member', to: '2024' }] })), (data) => data.roles[0].to, 2024),
  'actors: sources': actor(
    async () => {
      await writeFile(path('actors', 'bolivia'), (await read('actors', 'bolivia')).replace(/sources:\n(?: {2,}.*\n)+/, ''));
      return editEntry('actors', 'bolivia', (fields) => ({ ...fields, sources: [SOURCE] }));
    },
    (data) => data.sources,
    [SOURCE],
  ),
  'actors: sources[].archived': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, sources: [{ ...SOURCE, archived: ARCHIVED }] })), (data) => data.sources[0].archived, ARCHIVED),
  'actors: sources[].publisher': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, sources: [{ ...SOURCE, publisher: 'Example' }] })), (data) => data.sources[0].publisher, 'Example'),
  'actors: sources[].date': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, sources: [{ ...SOURCE, date: '2020-01' }] })), (data) => data.sources[0].date, '2020-01'),
  'actors: website': {
    ...actor(() => editEntry('actors', 'daily-example', (fields) => ({ ...fields, website: ['example.org'] })), (data) => data.website, ['example.org']),
    id: 'daily-example',
  },
  'actors: corrections': actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, corrections: [CORRECTION] })), (data) => data.corrections, [CORRECTION]),
  'actors: corrections[].previousRating': {
    ...actor(() => editEntry('actors', 'bolivia', (fields) => ({ ...fields, corrections: [{ ...CORRECTION, previousRating: 'false' }] })), (data) => data.corrections, undefined),
    refused: /corrections\[0\]\.previousRating: "\w+" is given, but an? \w+ has no rating/,
  },
  'events: end': event(() => editEntry('events', 'example-event', (fields) => ({ ...fields, end: '2023-08' })), (data) => data.end, '2023-08'),
  'events: actors': event(
    async () => {
      await writeFile(path('events', 'example-event'), (await read('events', 'example-event')).replace('actors: [bolivia]\n', ''));
      return editEntry('events', 'example-event', (fields) => ({ ...fields, actors: ['bolivia', 'daily-example'] }));
    },
    (data) => data.actors,
    ['bolivia', 'daily-example'],
  ),
  'events: sources[].archived': event(() => editEntry('events', 'example-event', (fields) => ({ ...fields, sources: [{ ...SOURCE, archived: ARCHIVED }] })), (data) => data.sources[0].archived, ARCHIVED),
  'events: sources[].publisher': event(() => editEntry('events', 'example-event', (fields) => ({ ...fields, sources: [{ ...SOURCE, publisher: 'Example' }] })), (data) => data.sources[0].publisher, 'Example'),
  'events: sources[].date': event(() => editEntry('events', 'example-event', (fields) => ({ ...fields, sources: [{ ...SOURCE, date: '2023-07-20' }] })), (data) => data.sources[0].date, '2023-07-20'),
  'events: corrections': event(() => editEntry('events', 'example-event', (fields) => ({ ...fields, corrections: [CORRECTION] })), (data) => data.corrections, [CORRECTION]),
  'events: corrections[].previousRating': {
    ...event(() => editEntry('events', 'example-event', (fields) => ({ ...fields, corrections: [{ ...CORRECTION, previousRating: 'false' }] })), (data) => data.corrections, undefined),
    refused: /corrections\[0\]\.previousRating: "\w+" is given, but an? \w+ has no rating/,
  },
  'narratives: actors': narrative((fields) => ({ ...fields, actors: ['bolivia'] }), (data) => data.actors, ['bolivia']),
  'narratives: sources': narrative((fields) => ({ ...fields, sources: [SOURCE] }), (data) => data.sources, [SOURCE]),
  'narratives: sources[].archived': narrative((fields) => ({ ...fields, sources: [{ ...SOURCE, archived: ARCHIVED }] }), (data) => data.sources[0].archived, ARCHIVED),
  'narratives: sources[].publisher': narrative((fields) => ({ ...fields, sources: [{ ...SOURCE, publisher: 'Example' }] }), (data) => data.sources[0].publisher, 'Example'),
  'narratives: sources[].date': narrative((fields) => ({ ...fields, sources: [{ ...SOURCE, date: '2023-08' }] }), (data) => data.sources[0].date, '2023-08'),
  'narratives: corrections': narrative((fields) => ({ ...fields, corrections: [CORRECTION] }), (data) => data.corrections, [CORRECTION]),
  'narratives: corrections[].previousRating': {
    ...narrative((fields) => ({ ...fields, corrections: [{ ...CORRECTION, previousRating: 'false' }] }), (data) => data.corrections, undefined),
    refused: /corrections\[0\]\.previousRating: "\w+" is given, but an? \w+ has no rating/,
  },
};

/** The optional fields of a schema, as paths (`claims[].sources[].archived`), found by walking it. */
function optionalFields(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType; in?: z.core.$ZodType };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return optionalFields(def.innerType!, prefix);
    case 'pipe':
      return optionalFields(def.in!, prefix);
    case 'array':
      return optionalFields(def.element!, `${prefix}[]`);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, field]) => {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        const optional = (field as unknown as { isOptional?: () => boolean }).isOptional?.() ?? false;
        return [...(optional ? [path] : []), ...optionalFields(field, path)];
      });
    default:
      return [];
  }
}

describe('the annotator fills in every optional field', () => {
  test('the table has a case for every optional field of every collection, and only those', () => {
    const fields = Object.entries(REGISTRY).flatMap(([collection, entry]) => optionalFields(entry.schema).map((field) => `${collection}: ${field}`));
    expect(Object.keys(CASES).sort()).toEqual(fields.sort());
  });

  test.each(Object.entries(CASES))('%s', async (_name, { collection, id, fill, read: readValue, expected, refused }) => {
    if (refused) {
      const before = await read(collection, id);
      const error = await fill().then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(Refusal);
      expect((error as Refusal).problems.join('\n')).toMatch(refused);
      expect(await read(collection, id)).toBe(before);
      return;
    }
    await fill();
    expect(readValue(await dataOf(collection, id))).toEqual(expected);
  });
});
