import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { type DevServer, startDevServer, waitFor } from '../support/dev-server.ts';

const work = await mkdtemp(join(tmpdir(), 'dossier-dev-'));
const content = join(work, 'content');
const actorFile = join(content, 'actors', 'bolivia.md');
const eventFile = join(content, 'events', 'example-event.md');
let server: DevServer;

beforeAll(async () => {
  await cp('tests/fixtures/sites/drafts', content, { recursive: true });
  // An unfinished draft is an error the dev server shows on every page; the tests below start without one.
  await rm(join(content, 'articles', 'draft-unfinished.md'));
  server = await startDevServer(content);
});

afterAll(async () => {
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

/** The status and text of a page of the dev server. */
async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, text: await response.text() };
}

/** Waits until `path` answers with `status` and a text that contains `needle`. */
async function waitForPage(path: string, status: number, needle: string): Promise<string> {
  let last = '';
  try {
    return await waitFor(`${path} to answer ${status} with "${needle}"`, async () => {
      const page = await get(path);
      last = `${page.status} ${page.text.slice(0, 500)}`;
      return page.status === status && page.text.includes(needle) ? page.text : undefined;
    });
  } catch (error) {
    throw new Error(`${String(error)}\nLast answer: ${last}\nServer output:\n${server.output()}`);
  }
}

/** Waits until the server has printed `needle`. */
async function waitForOutput(needle: string): Promise<void> {
  try {
    await waitFor(`the server to print "${needle}"`, async () => (server.output().includes(needle) ? true : undefined));
  } catch (error) {
    throw new Error(`${String(error)}\nServer output:\n${server.output()}`);
  }
}

/** The text of the error overlay that a browser shows for `path`. */
async function overlayText(path: string): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}`);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 30_000 });
    return await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
  } finally {
    await browser.close();
  }
}

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const edited = text.replace(from, to);
  expect(edited, `${file} contains ${String(from)}`).not.toBe(text);
  await writeFile(file, edited);
}

describe('npm run dev', () => {
  test('shows a draft, labelled as one', async () => {
    const page = await waitForPage('/articles/draft-finished/', 200, 'A finished draft about Bolivia');
    expect(page).toContain('<p class="draft-label" data-pagefind-ignore><strong>Draft</strong>');
    expect((await get('/articles/fixture-article/')).text).not.toContain('class="draft-label"');
  });

  test('serves the open data under its file names, as a build writes it', async () => {
    const claims = await get('/data/claims.json');
    expect(claims.status).toBe(200);
    expect(JSON.parse(claims.text).count).toBeGreaterThan(0);
    const csv = await get('/data/claims.csv');
    expect(csv.status).toBe(200);
    expect(csv.text.split('\n')[0]).toMatch(/^article,id,url,/);
    expect((await get('/data/no-such-file.json')).status).toBe(404);
  });

  test('shows an edited actor and an edited event on the article page without a restart', async () => {
    const before = await waitForPage('/articles/fixture-article/', 200, 'A fixture article');
    expect(before).not.toContain('Estado Plurinacional de Bolivia');
    expect(before).toContain('Something happens in the fixtures');

    await edit(actorFile, 'name: Bolivia\n', 'name: Estado Plurinacional de Bolivia\naliases: [Bolivia]\n');
    await waitForPage('/articles/fixture-article/', 200, 'Estado Plurinacional de Bolivia');

    await edit(eventFile, 'title: Something happens in the fixtures', 'title: Something else happens in the fixtures');
    const after = await waitForPage('/articles/fixture-article/', 200, 'Something else happens in the fixtures');
    expect(after).not.toContain('Something happens in the fixtures');
  });

  test('keeps running with a broken actor file, reports it, and recovers once it is fixed', async () => {
    const good = await readFile(actorFile, 'utf8');

    await writeFile(actorFile, good.replace('kind: country', 'kind: nation'));
    const problem = `${actorFile}:4: kind: expected one of "person", "organization", "country", "region", "group", "media", got "nation"`;
    const error = await waitForPage('/articles/fixture-article/', 500, 'ContentError');
    expect(error).toContain('<title>ContentError</title>');
    // The file's own problem, not the references to an actor that has gone missing.
    await waitForOutput(`1 content error:\n  ${problem}`);
    expect(server.output()).not.toContain('unknown actor "bolivia"');
    expect(await overlayText('/articles/fixture-article/')).toContain(problem);

    await writeFile(actorFile, '---\nname: [Bolivia\nkind: country\n---\n');
    await waitForOutput(`${actorFile}:3: (frontmatter): invalid YAML`);
    expect((await get('/articles/fixture-article/')).status).toBe(500);
    expect(server.running()).toBe(true);

    await writeFile(actorFile, good);
    await waitForPage('/articles/fixture-article/', 200, 'Estado Plurinacional de Bolivia');
    expect(server.running()).toBe(true);
  });
});
