/**
 * The annotator's changes, run against a copy of a fixture site: what each
 * writes, and each refusal (a file changed on disk, content that would not
 * pass the check, an id that exists, a path outside the content folder),
 * with nothing written when it refuses.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { newProblems, runAction } from '#annotator/actions.ts';
import { readActionRequest } from '#annotator/requests.ts';
import { ContentFiles, Refusal, versionOf } from '#annotator/content-files.ts';
import { DRAFT_NOTE, FIELD_NOTES } from '#authoring/draft-frontmatter.ts';

let root: string;
let files: ContentFiles;
const articleFile = () => join(root, 'articles', 'fixture-article.md');
const read = (path: string) => readFile(path, 'utf8');

beforeEach(async () => {
  root = join(await mkdtemp(join(tmpdir(), 'dossier-annotate-')), 'content');
  await cp('tests/fixtures/sites/minimal', root, { recursive: true });
  // A second paragraph, so that there is something to claim.
  await writeFile(articleFile(), `${await read(articleFile())}\nBolivia signed a memorandum with Iran. Bolivia signed a memorandum in Tehran.\n`);
  files = new ContentFiles(root);
});

afterEach(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

/** Runs a request against the article as it is on disk now, read as the server reads one. */
async function run(request: Record<string, unknown>, article = 'fixture-article') {
  const opened = await files.open('articles', article);
  return runAction(files, readActionRequest({ article, version: opened.version, ...request }));
}

/** The refusal a request gets, or a failure if it is accepted. */
async function refusal(request: Promise<unknown>): Promise<Refusal> {
  const error = await request.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof Refusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const claim = {
  id: 'signed-in-tehran',
  kind: 'factual',
  rating: 'supported',
  summary: 'Bolivia signed the memorandum in Tehran',
  assessment: 'The fixture says so.',
  sources: [{ title: 'A fixture source', url: 'https://example.org/source' }],
  about: ['bolivia'],
};

describe('runAction', () => {
  test('adds a claim from a selection, with the prefix that settles a repeated quote', async () => {
    const before = await read(articleFile());
    const result = await run({ action: 'claim', select: { quote: 'Bolivia signed a memorandum', before: 'with Iran. ', after: ' in Tehran.' }, claim });
    const after = await read(articleFile());
    expect(after.startsWith(before.slice(0, before.indexOf('---\n\nIn July')))).toBe(true);
    expect(after).toContain(`claims:
  - id: signed-in-tehran
    quote: Bolivia signed a memorandum
    prefix: Iran.
    about: [bolivia]
    kind: factual
    rating: supported
    summary: Bolivia signed the memorandum in Tehran
    assessment: |-
      The fixture says so.
    sources:
      - title: A fixture source
        url: https://example.org/source
---`);
    expect(result.version).toBe(versionOf(after));
    expect(result.problems).toEqual([]);
  });

  test('a dry run reports what the change would bring and writes nothing', async () => {
    const before = await read(articleFile());
    const result = await run({ action: 'claim', dryRun: true, select: { quote: 'Bolivia did something' }, claim: { ...claim, sources: [{ title: 'A copy', url: 'http://example.org/x' }] } });
    expect(result.problems.map((problem) => `${problem.severity} ${problem.field}`)).toEqual(['warning claims[0].sources[0].url']);
    expect(await read(articleFile())).toBe(before);
  });

  test('refuses a file that changed on disk since it was opened, and keeps the other change', async () => {
    const opened = await files.open('articles', 'fixture-article');
    await writeFile(articleFile(), `${opened.text}\nAn edit made in a text editor.\n`);
    const edited = await read(articleFile());
    const error = await refusal(runAction(files, { action: 'claim', article: 'fixture-article', version: opened.version, select: { quote: 'Bolivia did something' }, claim }));
    expect(error.status).toBe(409);
    expect(error.message).toContain('changed on disk since you opened it');
    expect(await read(articleFile())).toBe(edited);
  });

  test('refuses content that would not pass the check, naming the problem, and writes nothing', async () => {
    const before = await read(articleFile());
    const long = { ...claim, summary: 'A summary far longer than the seventy-five characters a claim summary may have' };
    const error = await refusal(run({ action: 'claim', select: { quote: 'Bolivia did something' }, claim: long }));
    expect(error.status).toBe(422);
    expect(error.problems.join('\n')).toMatch(/claims\[0\]\.summary: .*75/);
    const overlapping = await refusal(run({ action: 'date', select: { quote: 'memorandum with Iran' }, event: 'no-such-event' }));
    expect(overlapping.message).toBe('there is no event "no-such-event"');
    expect(await read(articleFile())).toBe(before);
  });

  test('refuses an id that is taken: a claim’s in the article, an actor’s or an event’s file', async () => {
    await run({ action: 'claim', select: { quote: 'Bolivia did something' }, claim });
    const before = await read(articleFile());
    const again = await refusal(run({ action: 'claim', select: { quote: 'memorandum with Iran' }, claim }));
    expect([again.status, again.message]).toEqual([409, 'the article already has a claim with the id "signed-in-tehran" (claims[0]): choose another id']);
    const actor = await refusal(run({ action: 'actor', actor: { id: 'bolivia', name: 'Plurinational State', kind: 'country', summary: 'x' } }));
    expect(actor.message).toContain('an actor with the id "bolivia" exists already');
    const event = await refusal(run({ action: 'event', select: { quote: 'In July' }, event: { id: 'example-event', title: 'x', date: '2023' } }));
    expect(event.message).toContain('an event with the id "example-event" exists already');
    const alias = await refusal(run({ action: 'alias', actor: 'daily-example', alias: 'Bolivia' }));
    expect(alias.message).toBe('“Bolivia” is already a name of another actor, bolivia: an alias belongs to one actor');
    expect(await read(articleFile())).toBe(before);
  });

  test('never names a file outside the content folder, whatever the input', async () => {
    for (const article of ['../../../etc/passwd', '..', 'articles/../x', '/etc/passwd', 'x.md', 'fixture-article\0']) {
      expect((await refusal(runAction(files, { action: 'dismiss', article, version: 'v', candidate: 'x' }))).status).toBe(400);
    }
    expect((await refusal(run({ action: 'event', select: { quote: 'In July' }, event: { id: '../../escape', title: 'x', date: '2023' } }))).status).toBe(400);
    expect((await refusal(files.pathOf('../actors', 'x'))).status).toBe(400);
    expect(await readdir(join(root, '..'))).toEqual(['content']);
  });

  test('creates an event and the date that refers to it, the new file first', async () => {
    await run({
      action: 'event',
      select: { quote: 'memorandum with Iran' },
      event: { id: 'bolivia-iran-memorandum', title: 'Bolivia and Iran sign a memorandum', date: '2023-07-20', actors: ['bolivia'], sources: [{ title: 'A fixture source', url: 'https://example.org/source' }] },
    });
    expect(await read(join(root, 'events', 'bolivia-iran-memorandum.md'))).toBe(`---
title: Bolivia and Iran sign a memorandum
date: 2023-07-20
actors: [bolivia]
sources:
  - title: A fixture source
    url: https://example.org/source
---
`);
    expect(await read(articleFile())).toContain(`dates:
  - { quote: In July, event: example-event }
  - { quote: memorandum with Iran, event: bolivia-iran-memorandum }
---`);
    // No temporary file is left behind.
    expect((await readdir(join(root, 'events'))).sort()).toEqual(['bolivia-iran-memorandum.md', 'example-event.md']);
  });

  test('adds an alias to an actor’s file and the actor to the article', async () => {
    await run({ action: 'alias', actor: 'daily-example', alias: 'Tehran' });
    expect(await read(join(root, 'actors', 'daily-example.md'))).toBe(`---
name: The Daily Example
kind: media
summary: A newspaper that exists only in the test fixtures.
sources:
  - title: A fixture source
    url: https://example.org/source
aliases: [Tehran]
---
`);
    expect(await read(articleFile())).toContain('actors: [bolivia, daily-example]');
  });

  test('edits, re-anchors and deletes a claim, touching only what changed', async () => {
    await run({ action: 'claim', select: { quote: 'Bolivia did something' }, claim });
    const added = await read(articleFile());
    await run({ action: 'claim', index: 0, claim: { ...claim, rating: 'partly-supported' } });
    const edited = await read(articleFile());
    expect(edited).toBe(added.replace('rating: supported', 'rating: partly-supported'));
    await run({ action: 'reanchor', list: 'claims', index: 0, select: { quote: 'memorandum with Iran' } });
    expect(await read(articleFile())).toBe(edited.replace('quote: Bolivia did something', 'quote: memorandum with Iran'));
    await run({ action: 'delete', list: 'claims', index: 0 });
    expect(await read(articleFile())).toBe(added.slice(0, added.indexOf('claims:')) + 'claims: []\n' + added.slice(added.indexOf('---\n\nIn July')));
  });

  test('publishes a draft: fills its details, and the notes that asked for them go', async () => {
    const notes = FIELD_NOTES;
    await writeFile(
      join(root, 'articles', 'a-draft.md'),
      `---\n# ${DRAFT_NOTE}\n\n# ${notes.title}\ntitle:\n# ${notes.summary}\nsummary:\n# ${notes.genre}\ngenre:\nsource:\n  # ${notes['source.outlet']}\n  outlet:\n  # ${notes['source.url']}\n  url:\n  # ${notes['source.published']}\n  published:\n  dateline: Tehran\n# ${notes.analysed}\nanalysed: 2026-11-29\ndraft: true\nactors:\n  - bolivia\n---\n\nBolivia signed a memorandum with Iran.\n`,
    );
    await run(
      {
        action: 'article',
        fields: { title: 'Bolivia and Iran', summary: 'A report of a memorandum.', genre: 'news', source: { outlet: 'daily-example', url: 'https://example.org/a', published: '2023', dateline: 'Tehran' }, draft: false },
      },
      'a-draft',
    );
    expect(await read(join(root, 'articles', 'a-draft.md'))).toBe(`---
title: Bolivia and Iran
summary: A report of a memorandum.
genre: news
source:
  outlet: daily-example
  url: https://example.org/a
  published: 2023
  dateline: Tehran
analysed: 2026-11-29
draft: false
actors:
  - bolivia
---

Bolivia signed a memorandum with Iran.
`);
  });
});

describe('newProblems', () => {
  test('counts problems by kind, so that a list that shifted does not make old problems new', () => {
    const problem = (field: string) => ({ severity: 'error' as const, file: 'a.md', field, message: 'expected a string, got null' });
    expect(newProblems([problem('claims[1].summary')], [problem('claims[0].summary')])).toEqual([]);
    expect(newProblems([problem('claims[1].summary')], [problem('claims[0].summary'), problem('claims[1].summary')])).toEqual([problem('claims[1].summary')]);
  });
});
