/**
 * The annotator, in Chromium against `astro dev` on a copy of the seed
 * fixture site with a draft that `npm run new` wrote from the seed text: an
 * analyst selects text and makes claims, dates and aliases, edits and deletes
 * them, accepts and dismisses the draft's suggestions, is refused with a
 * message where saving would lose or break something, and publishes the
 * draft. The files are checked after each step, and so is the page.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { type StaticServer, startStaticServer } from '../../scripts/support/static-server.ts';
import { type DevServer, startDevServer, waitFor } from '../support/dev-server.ts';

const work = await mkdtemp(join(tmpdir(), 'dossier-annotator-'));
const content = join(work, 'content');
const draftFile = join(content, 'articles', 'seed-draft.md');
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await cp('tests/fixtures/sites/seed', content, { recursive: true });
  const drafted = spawnSync(process.execPath, ['scripts/new-article.ts', 'tests/fixtures/seed/iran-bolivia-military-ties.txt', '--slug', 'seed-draft'], {
    env: { ...process.env, DOSSIER_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  if (drafted.status !== 0) throw new Error(`npm run new failed:\n${drafted.stderr}`);
  server = await startDevServer(content);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

const draft = () => readFile(draftFile, 'utf8');
const dialog = () => page.locator('#annotator-dialog');

/** Opens the draft in the annotator and waits for its script. */
async function openDraft(): Promise<void> {
  await page.goto(`${server.url}/annotate/articles/seed-draft/`);
  await page.locator('body[data-annotator="ready"]').waitFor();
}

/** Selects the `nth` occurrence of `words` in the text, across links and marks, as a reader's drag would. */
async function select(words: string, nth = 0): Promise<void> {
  const found = await page.evaluate(
    ({ words, nth }) => {
      const body = document.getElementById('annotator-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.verdict, .date-tip, .heading-anchor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: [Text, number][] = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push([node as Text, text.length]);
        text += (node as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
      if (at === -1) return false;
      const point = (offset: number, start: boolean) => nodes.find(([node, from]) => (start ? offset < from + node.length : offset <= from + node.length) && offset >= from)!;
      const [startNode, startFrom] = point(at, true);
      const [endNode, endFrom] = point(at + words.length, false);
      const range = document.createRange();
      range.setStart(startNode, at - startFrom);
      range.setEnd(endNode, at + words.length - endFrom);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return true;
    },
    { words, nth },
  );
  expect(found, `"${words}" is in the text`).toBe(true);
  await expect.poll(() => page.locator('#selection-text').textContent()).toContain(words);
}

/** Saves the dialog's form and waits for the page to come back with the status line. */
async function saveAndReload(button: string, status: string | RegExp): Promise<void> {
  await dialog().getByRole('button', { name: button }).click();
  await page.locator('body[data-annotator="ready"] #annotator-status').filter({ hasText: status }).waitFor();
}

async function addSource(title: string, url: string): Promise<void> {
  const form = dialog();
  if ((await form.getByLabel('Source title').count()) === 0) await form.getByRole('button', { name: 'Add a source' }).last().click();
  await form.getByLabel('Source title').last().fill(title);
  await form.getByLabel('Source address (URL)').last().fill(url);
}

describe('the annotator', () => {
  test('lists the articles, the draft first, with the check’s problems and the suggestions of npm run new', async () => {
    await page.goto(`${server.url}/annotate/`);
    const titles = await page.locator('.annotate-article h2 a').allTextContents();
    expect(titles[0]).toBe('seed-draft');
    const first = page.locator('.annotate-article').first();
    await expect.poll(() => first.textContent()).toMatch(/\d+ errors/);
    await first.locator('summary', { hasText: 'Suggestions from npm run new' }).click();
    expect(await first.textContent()).toContain('A name no actor carries: Buenos Aires (region');
    expect(await first.textContent()).toContain('A date with no event: “August 3”');
    expect(await runAxe(page)).toEqual([]);
  });

  test('turns a selection that crosses actor links into a claim, written as a person would type it', async () => {
    await openDraft();
    await select('the military cooperation between Iran and certain countries in Latin America');
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const form = dialog();
    await expect.poll(() => form.getByLabel('Id').inputValue()).toBe('the-military-cooperation-between-iran');
    await form.getByLabel('Id').fill('military-cooperation');
    await form.getByLabel('Kind').selectOption('framing');
    await form.getByLabel('Rating').selectOption('not-checkable');
    await form.getByLabel('Summary').fill('Iran’s military cooperation in Latin America is seen as a threat');
    await expect.poll(() => form.locator('.counter').textContent()).toBe('64 of 75 characters');
    await form.getByLabel('Assessment (Markdown)').fill('A *characterisation* of how others see it.');
    await expect.poll(() => form.locator('.assessment-preview').innerHTML()).toContain('<em>characterisation</em>');
    await saveAndReload('Save the claim', 'Saved the claim “military-cooperation”.');
    const text = await draft();
    expect(text).toContain(`  - id: military-cooperation
    quote: the military cooperation between Iran and certain countries in Latin America
    about: [iran, latin-america]
    kind: framing
    rating: not-checkable
    summary: Iran’s military cooperation in Latin America is seen as a threat
    assessment: |-
      A *characterisation* of how others see it.
---`);
    await expect.poll(() => page.locator('#annotator-body mark#claim-military-cooperation').textContent()).toBe('the military cooperation between Iran and certain countries in Latin America');
  });

  test('gives a repeated phrase the prefix that settles it', async () => {
    await openDraft();
    // "the United States" is in several paragraphs; the one after "traditional spheres of" is meant.
    const nth = await page.locator('#annotator-body').evaluate((body) => {
      const text = body.textContent ?? '';
      const at = text.indexOf('spheres of the United States');
      return text.slice(0, at).split('the United States').length - 1;
    });
    await select('the United States', nth);
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const form = dialog();
    await form.getByLabel('Id').fill('united-states-spheres');
    await form.getByLabel('Kind').selectOption('framing');
    await form.getByLabel('Rating').selectOption('not-checkable');
    await form.getByLabel('Summary').fill('Latin America is a traditional sphere of the United States');
    await form.getByLabel('Assessment (Markdown)').fill('A characterisation.');
    await saveAndReload('Save the claim', 'Saved the claim “united-states-spheres”.');
    expect(await draft()).toMatch(/ {4}quote: the United States\n {4}(prefix: of|suffix: [^\n]+)\n/);
    const mark = page.locator('#annotator-body mark#claim-united-states-spheres');
    expect(await mark.evaluate((element) => element.closest('p')?.textContent)).toContain('traditional spheres of the United States');
  });

  test('ties a date to an event of the site, the paragraph’s events first', async () => {
    await openDraft();
    await select('In July');
    await page.getByRole('button', { name: 'Date', exact: true }).click();
    const form = dialog();
    // Iran, Bolivia and their ministers are named in the paragraph: their memorandum comes first.
    await expect.poll(() => form.locator('.event-choices label').first().textContent()).toBe('2023-07-20: Iran and Bolivia sign a defence and security memorandum in Tehran');
    await form.getByRole('searchbox', { name: 'Search events' }).fill('memorandum');
    await form.getByLabel('2023-07-20: Iran and Bolivia sign a defence and security memorandum in Tehran').check();
    await saveAndReload('Save the date with this event', 'Saved the date “In July”.');
    expect(await draft()).toMatch(/\n {2}- quote: In July\n {4}event: iran-bolivia-mou\n/);
    await expect.poll(() => page.locator('#annotator-body a.date-mention#date-iran-bolivia-mou-1').textContent()).toContain('In July');
  });

  test('accepts a date suggestion by creating its event, and the suggestion goes', async () => {
    await openDraft();
    const suggestion = page.locator('.candidate').filter({ hasText: '“August 3”' });
    await suggestion.getByRole('button', { name: 'Create the event' }).click();
    const form = dialog();
    await expect.poll(() => form.getByLabel('Date', { exact: true }).inputValue()).toMatch(/^\d{4}-08-03$/);
    await form.getByLabel('Title', { exact: true }).fill('World Politics Review reports Argentina’s alarm at the Iran–Bolivia pact');
    await expect.poll(() => form.getByLabel('Id', { exact: true }).inputValue()).toBe('world-politics-review-reports-argentinas-alarm');
    await form.getByLabel('Id', { exact: true }).fill('wpr-report-on-the-pact');
    await form.getByLabel('Date', { exact: true }).fill('2023-08-03');
    await addSource('Bolivia and Iran’s Defense Pact Sets Off Alarm Bells in Argentina', 'https://www.worldpoliticsreview.com/bolivia-iran-defense-pact/');
    await form.getByRole('button', { name: 'Create the event and save the date' }).click();
    await page.locator('body[data-annotator="ready"] #annotator-status').filter({ hasText: 'Created the event “wpr-report-on-the-pact”' }).waitFor();
    expect(await readFile(join(content, 'events', 'wpr-report-on-the-pact.md'), 'utf8')).toBe(`---
title: World Politics Review reports Argentina’s alarm at the Iran–Bolivia pact
date: 2023-08-03
actors: [iran, argentina, bolivia, world-politics-review]
sources:
  - title: Bolivia and Iran’s Defense Pact Sets Off Alarm Bells in Argentina
    url: https://www.worldpoliticsreview.com/bolivia-iran-defense-pact/
---
`);
    const text = await draft();
    expect(text).toMatch(/\n {2}- quote: August 3\n {4}event: wpr-report-on-the-pact\n/);
    expect(text).not.toContain('“August 3” is');
    await expect.poll(() => page.locator('#annotator-body #date-wpr-report-on-the-pact-1').count()).toBe(1);
  });

  test('adds a name the text uses as an alias of its actor', async () => {
    await openDraft();
    await select('Brigadier General Mohammad Reza Ashtiani');
    await page.getByRole('button', { name: 'Actor’s name' }).click();
    const form = dialog();
    await form.getByRole('searchbox', { name: 'Search actors for an alias of' }).fill('ashti');
    await form.getByRole('button', { name: 'Choose Mohammad Reza Ashtiani (person)' }).click();
    await saveAndReload('Add the alias', 'Added “Brigadier General Mohammad Reza Ashtiani” as an alias.');
    expect(await readFile(join(content, 'actors', 'mohammad-reza-ashtiani.md'), 'utf8')).toMatch(/\naliases: \[.*, Brigadier General Mohammad Reza Ashtiani\]\n/);
    await expect.poll(() => page.locator('#annotator-body #mention-mohammad-reza-ashtiani-1').textContent()).toBe('Brigadier General Mohammad Reza Ashtiani');
  });

  test('accepts an actor suggestion by creating the actor, and dismisses another', async () => {
    await openDraft();
    await page.locator('.candidate').filter({ hasText: 'Buenos Aires' }).getByRole('button', { name: 'Create the actor' }).click();
    const form = dialog();
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Buenos Aires');
    expect(await form.getByLabel('Id', { exact: true }).inputValue()).toBe('buenos-aires');
    expect(await form.getByLabel('Kind').inputValue()).toBe('region');
    await form.getByLabel('Summary').fill('Capital and largest city of Argentina.');
    await addSource('Buenos Aires', 'https://en.wikipedia.org/wiki/Buenos_Aires');
    await form.getByRole('button', { name: 'Create the actor' }).click();
    await page.locator('body[data-annotator="ready"] #annotator-status').filter({ hasText: 'Created the actor “buenos-aires”.' }).waitFor();
    expect(await readFile(join(content, 'actors', 'buenos-aires.md'), 'utf8')).toBe(`---
name: Buenos Aires
kind: region
summary: Capital and largest city of Argentina.
sources:
  - title: Buenos Aires
    url: https://en.wikipedia.org/wiki/Buenos_Aires
---
`);
    const text = await draft();
    expect(text).toMatch(/\n {2}- buenos-aires\n/);
    expect(text).not.toContain('Buenos Aires (region');
    expect(await page.locator('#annotator-body a[data-actor="buenos-aires"]').textContent()).toBe('Buenos Aires');

    const before = await draft();
    const space = page.locator('.candidate').filter({ hasText: 'Space Technology' });
    await space.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('body[data-annotator="ready"] #annotator-status').filter({ hasText: 'Dismissed the suggestion.' }).waitFor();
    const after = await draft();
    expect(before.split('\n').filter((line) => !after.split('\n').includes(line))).toEqual([expect.stringMatching(/^ {2}# {3}Space Technology \(person, id space-technology\)/)]);
  });

  test('edits a claim from its mark, touching only what changed, and deletes one', async () => {
    await openDraft();
    const before = await draft();
    await page.locator('#annotator-body mark#claim-military-cooperation').click();
    const form = dialog();
    await expect.poll(() => form.getByLabel('Rating').inputValue()).toBe('not-checkable');
    await form.getByLabel('Rating').selectOption('disputed');
    await addSource('A source for the test', 'https://example.org/source');
    await saveAndReload('Save the claim', 'Saved the claim “military-cooperation”.');
    expect(await draft()).toBe(
      before.replace(
        '    rating: not-checkable\n    summary: Iran’s military cooperation in Latin America is seen as a threat\n    assessment: |-\n      A *characterisation* of how others see it.\n',
        '    rating: disputed\n    summary: Iran’s military cooperation in Latin America is seen as a threat\n    assessment: |-\n      A *characterisation* of how others see it.\n    sources:\n      - title: A source for the test\n        url: https://example.org/source\n',
      ),
    );
    expect(await page.locator('#annotator-body mark#claim-military-cooperation').getAttribute('data-rating')).toBe('disputed');

    const entry = page.locator('.annotation[data-list="claims"]').filter({ hasText: 'united-states-spheres' });
    await entry.getByRole('button', { name: 'Delete' }).click();
    await saveAndReload('Delete', 'Deleted the claim “united-states-spheres”.');
    const text = await draft();
    expect(text).not.toContain('united-states-spheres');
    expect(text).toContain('id: military-cooperation');
    expect(await page.locator('#annotator-body mark#claim-united-states-spheres').count()).toBe(0);
  });

  test('refuses to save over a file changed on disk, and keeps the form', async () => {
    await openDraft();
    await page.locator('#annotator-body mark#claim-military-cooperation').click();
    await dialog().getByLabel('Summary').fill('A summary typed while the file changed');
    await appendFile(draftFile, '\nA paragraph added in a text editor.\n');
    const onDisk = await draft();
    await dialog().getByRole('button', { name: 'Save the claim' }).click();
    await expect.poll(() => dialog().locator('.form-report').textContent()).toContain('Conflict. articles/seed-draft.md changed on disk since you opened it');
    expect(await dialog().getByLabel('Summary').inputValue()).toBe('A summary typed while the file changed');
    expect(await draft()).toBe(onDisk);
  });

  test('refuses a claim that would not pass the check, saying why, and writes nothing', async () => {
    await openDraft();
    const before = await draft();
    await select('Iran can now sign defense MOUs and export weapons');
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const form = dialog();
    await form.getByLabel('Kind').selectOption('factual');
    await form.getByLabel('Rating').selectOption('supported');
    await form.getByLabel('Summary').fill('Iran can now sign defence memorandums and export weapons, as its many agreements show');
    await expect.poll(() => form.locator('.counter').textContent()).toBe('85 of 75 characters: 10 too many');
    await form.getByLabel('Assessment (Markdown)').fill('It can.');
    // The live check already says so, before saving.
    await expect.poll(() => form.locator('.form-check').textContent(), { timeout: 15_000 }).toContain('summary');
    await form.getByRole('button', { name: 'Save the claim' }).click();
    await expect.poll(() => form.locator('.form-report').textContent()).toMatch(/Not saved\. .*would not pass the content check/);
    expect(await form.locator('.form-report').textContent()).toMatch(/claims\[\d+\]\.summary/);
    // And a rating that needs a source, without one.
    expect(await form.locator('.form-report').textContent()).toMatch(/claims\[\d+\]\.sources: expected at least one source/);
    expect(await draft()).toBe(before);
  });

  test('accepts changes only from its own pages, with their token, and only under the content folder', async () => {
    await openDraft();
    const token = await page.locator('meta[name="annotator-token"]').getAttribute('content');
    const version = JSON.parse((await page.locator('#annotator-state').textContent())!).article.version as string;
    const post = (body: object, headers: Record<string, string>) =>
      fetch(`${server.url}/annotate/api/action/`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const own = { origin: server.url, 'x-annotator-token': token! };
    const claim = { action: 'dismiss', article: 'seed-draft', version, candidate: 'x' };
    expect((await post(claim, { origin: server.url })).status).toBe(403);
    expect((await post(claim, { ...own, 'x-annotator-token': 'guess' })).status).toBe(403);
    expect((await post(claim, { ...own, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(claim, { ...own, 'content-type': 'text/plain' })).status).toBe(403);
    const before = await readdir(work, { recursive: true });
    for (const article of ['../../../../etc/passwd', '../actors/iran', '/tmp/x', 'seed-draft/../../x']) {
      const answer = await post({ ...claim, article }, own);
      expect(answer.status, article).toBe(400);
    }
    const escape = await post(
      { action: 'actor', article: 'seed-draft', version, actor: { id: '../../../escape', name: 'Escape', kind: 'group', summary: 'x' } },
      own,
    );
    expect(escape.status).toBe(400);
    expect(((await escape.json()) as { error: string }).error).toContain('cannot be an id');
    expect(await readdir(work, { recursive: true })).toEqual(before);
  });

  test('of six saves sent at once from the page with one version, one lands and five are told the file changed; the file holds exactly the one', async () => {
    await openDraft();
    const before = await draft();
    const answers = await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="annotator-token"]')!.content;
      const state = JSON.parse(document.getElementById('annotator-state')!.textContent!);
      const save = (n: number) =>
        fetch('/annotate/api/action/', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-annotator-token': token },
          body: JSON.stringify({
            action: 'claim',
            article: state.article.id,
            version: state.article.version,
            select: { quote: 'Iran can now sign defense MOUs and export weapons' },
            claim: { id: `race-${n}`, kind: 'factual', rating: 'not-checkable', summary: `Race ${n}`, assessment: `Saved by request ${n}.` },
          }),
        }).then(async (answer) => ({ n, status: answer.status, body: (await answer.json()) as { version?: string } }));
      return Promise.all([1, 2, 3, 4, 5, 6].map(save));
    });
    const won = answers.filter((answer) => answer.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(5);
    const text = await draft();
    expect(text.match(/id: race-\d/g)).toEqual([`id: race-${won[0]!.n}`]);
    expect(answers.filter((answer) => answer.status === 409).map((answer) => answer.body.version)).toEqual(Array(5).fill(won[0]!.body.version));
    // What was there before is all still there.
    for (const line of before.split('\n')) expect(text.split('\n')).toContain(line);
    // The race's claim goes again, through the page.
    await openDraft();
    await page.locator('.annotation[data-list="claims"]').filter({ hasText: `race-${won[0]!.n}` }).getByRole('button', { name: 'Delete' }).click();
    await saveAndReload('Delete', /Deleted the claim/);
    expect(await draft()).toBe(before);
  });

  test('cannot be read by a page of another origin, another port of localhost or a name under it', async () => {
    const elsewhere: StaticServer = await startStaticServer(join(content, '..'));
    try {
      const port = new URL(server.url).port;
      for (const origin of [elsewhere.url, elsewhere.url.replace('127.0.0.1', 'localhost'), elsewhere.url.replace('127.0.0.1', 'evil.localhost')]) {
        const other = await browser.newPage();
        await other.goto(new URL('no-such-page/', origin).href).catch(() => undefined);
        const attempts = await other.evaluate(async (port) => {
          const read = async (url: string) => {
            try {
              const answer = await fetch(url, { credentials: 'include' });
              return `read ${answer.status}: ${(await answer.text()).slice(0, 40)}`;
            } catch (error) {
              return `refused: ${(error as Error).name}`;
            }
          };
          return Promise.all([read(`http://localhost:${port}/annotate/`), read(`http://127.0.0.1:${port}/annotate/articles/seed-draft/`), read(`http://localhost:${port}/articles/seed-draft/`)]);
        }, port);
        expect(attempts, origin).toEqual(['refused: TypeError', 'refused: TypeError', 'refused: TypeError']);
        await other.close();
      }
    } finally {
      await elsewhere.close();
    }
  });

  test('edits an actor and an event of the article in full: a role added, a correction with lines and trailing spaces', async () => {
    await openDraft();
    const actorFile = join(content, 'actors', 'edmundo-novillo.md');
    const actorBefore = await readFile(actorFile, 'utf8');
    await page.locator('#entry-actors').getByRole('button', { name: 'Edit Edmundo Novillo' }).click();
    const form = dialog();
    await expect.poll(() => form.getByLabel('Name', { exact: true }).inputValue()).toBe('Edmundo Novillo');
    await form.getByRole('button', { name: 'Add a role' }).click();
    await form.getByLabel('Role title').last().fill('Minister of Defence');
    await form.getByLabel('Role of (the id of the body it belongs to)').last().fill('bolivia');
    await form.getByLabel('Role from').last().fill('2020-11');
    await saveAndReload('Save the actor', 'Saved the actor “edmundo-novillo”.');
    const actorAfter = await readFile(actorFile, 'utf8');
    // The new role is written as the ones before it are, and nothing else of the file changed.
    const added = '  - { title: Minister of Defence, of: bolivia, from: 2020-11 }\n';
    expect(actorAfter).toBe(actorBefore.replace('to: 2025-11 }\n', `to: 2025-11 }\n${added}`));

    const eventFile = join(content, 'events', 'iran-bolivia-mou.md');
    const eventBefore = await readFile(eventFile, 'utf8');
    await page.locator('.annotation[data-list="dates"]').filter({ hasText: 'In July' }).getByRole('button', { name: 'Edit the event' }).click();
    await dialog().getByRole('button', { name: 'Add a correction' }).click();
    await dialog().getByLabel('Correction day (YYYY-MM-DD)').last().fill('2026-12-01');
    await dialog().getByLabel('Correction note (Markdown)').last().fill('The title said “signed”;\nit was signed in Tehran.  ');
    await saveAndReload('Save the event', 'Saved the event “iran-bolivia-mou”.');
    const eventAfter = await readFile(eventFile, 'utf8');
    expect(eventAfter.startsWith(eventBefore.slice(0, eventBefore.lastIndexOf('---')))).toBe(true);
    expect(eventAfter).toContain('corrections:\n  - date: 2026-12-01\n    note: |-\n      The title said “signed”;\n      it was signed in Tehran.  \n');
  });

  test('publishes the draft: its details filled in, the site shows its claims, dates and names', async () => {
    await openDraft();
    // The claims `npm run new` proposed and no one rated are deleted through the same endpoint the page uses.
    await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="annotator-token"]')!.content;
      const state = JSON.parse(document.getElementById('annotator-state')!.textContent!);
      let version: string = state.article.version;
      const unrated = (state.article.claims as { index: number; fields: { rating?: unknown } }[]).filter((claim) => claim.fields.rating == null).map((claim) => claim.index);
      for (const index of unrated.reverse()) {
        const answer = await fetch('/annotate/api/action/', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-annotator-token': token },
          body: JSON.stringify({ action: 'delete', list: 'claims', index, article: state.article.id, version }),
        });
        version = ((await answer.json()) as { version: string }).version;
      }
    });
    await openDraft();
    await page.getByRole('button', { name: 'Edit the article’s details' }).click();
    const form = dialog();
    await form.getByLabel('Headline').fill('Iran-Bolivia military ties: Concerns about the rise of Iran’s …');
    await form.getByLabel('Summary').fill('A Tehran Times opinion piece on Iran’s military ties in Latin America.');
    await form.getByLabel('Genre').selectOption('opinion');
    await form.getByRole('searchbox', { name: 'Search actors for outlet' }).fill('tehran');
    await form.getByRole('button', { name: 'Choose Tehran Times (media)' }).click();
    await form.getByLabel('Address of the original').fill('https://www.tehrantimes.com/news/487824/Iran-Bolivia-military-ties-Concerns-about-the-rise-of-Iran-s');
    await form.getByLabel('Published', { exact: true }).fill('2023');
    await form.getByLabel('Draft: keep it out of the published site').uncheck();
    await saveAndReload('Save the details', 'it is no longer a draft');
    const text = await draft();
    expect(text).not.toContain('Drafted by `npm run new`');
    expect(text.startsWith('---\ntitle: ')).toBe(true);
    expect(text).not.toContain('# The original headline.');
    expect(text).not.toContain('# The date of this analysis.');
    expect(text).toContain('\ndraft: false\n');
    expect(text).toMatch(/\nsource:\n {2}outlet: tehran-times\n {2}url: https:\/\/www\.tehrantimes\.com\/news\/487824\/[^\n]+\n {2}published: 2023\n {2}dateline: Tehran\n/);
    expect(await page.locator('#check-title').textContent()).toBe('Check: no errors');

    // The site itself, as the dev server renders it.
    const html = await waitFor('the article page', async () => {
      const answer = await fetch(`${server.url}/articles/seed-draft/`);
      const body = await answer.text();
      return answer.status === 200 && body.includes('id="claim-military-cooperation"') ? body : undefined;
    }, 60_000);
    expect(html).not.toContain('class="draft-label"');
    expect(html).toContain('id="date-wpr-report-on-the-pact-1"');
    expect(html).toContain('id="date-iran-bolivia-mou-1"');
    expect(html).toMatch(/id="mention-mohammad-reza-ashtiani-1"[^>]*>Brigadier General Mohammad Reza Ashtiani</);
    expect(html).toMatch(/<a href="\/annotate\/">Annotate<\/a>/);
  });

  test('passes axe: the article, a form open, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openDraft();
      expect(await runAxe(page), scheme).toEqual([]);
      await select('Iran can now sign defense MOUs and export weapons');
      await page.getByRole('button', { name: 'Claim', exact: true }).click();
      await dialog().getByRole('button', { name: 'Add a source' }).click();
      expect(await runAxe(page), `${scheme}, claim form`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog().evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
      // Focus goes back to where it was.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Claim');
    }
  });
});
