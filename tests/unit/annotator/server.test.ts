/**
 * The annotator's HTTP handler on a real loopback server: no other origin
 * can read what it serves (the token with it), any body the API cannot use
 * is a 400 with a message and never a 500, and files outside the content
 * folder are not shown.
 */
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { versionOf } from '#annotator/content-files.ts';
import { createAnnotator } from '#annotator/server.ts';

const TOKEN = 'a-token-for-the-tests';
let work: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-server-'));
  await cp('tests/fixtures/sites/minimal', join(work, 'content'), { recursive: true });
  await writeFile(join(work, 'secret.md'), '---\ntitle: secret\n---\nroot:x:0:0\n');
  await symlink(join(work, 'secret.md'), join(work, 'content', 'articles', 'leak.md'));
  const annotator = createAnnotator(join(work, 'content'), TOKEN);
  server = createServer((request, response) => annotator(request, response, () => response.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

/**
 * A request with exactly `headers` (fetch would add its own `Sec-Fetch-Mode` and drop others), and
 * its status, headers and text.
 */
function send(path: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const call = request(`${origin}${path}`, { method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    call.on('error', reject).end();
  });
}

/** A POST to the action endpoint as the annotator's page sends it, with `body` as its text. */
const post = (body: string, path = 'api/action/') =>
  fetch(`${origin}/annotate/${path}`, { method: 'POST', headers: { origin, 'content-type': 'application/json', 'x-annotator-token': TOKEN, 'sec-fetch-site': 'same-origin' }, body });

describe('other origins', () => {
  test('get no page of the annotator, and no header that would let them read one', async () => {
    for (const headers of [
      { origin: 'http://localhost:3000' },
      { origin: 'http://evil.localhost:8080', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' },
      { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' },
      { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' },
    ]) {
      const response = await send('/annotate/', headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.text).not.toContain(TOKEN);
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
    const preflight = await send('/annotate/api/action/', { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' }, 'OPTIONS');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('may open it from a link (a page of its own, which no other page can read), as the address bar can', async () => {
    expect((await send('/annotate/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' })).status).toBe(200);
    const page = await send('/annotate/', { 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' });
    expect(page.text).toContain(`content="${TOKEN}"`);
  });

  test('cannot make a change, even with the token', async () => {
    const response = await fetch(`${origin}/annotate/api/action/`, { method: 'POST', headers: { origin: 'http://localhost:3000', 'content-type': 'application/json', 'x-annotator-token': TOKEN }, body: '{}' });
    expect(response.status).toBe(403);
  });
});

describe('the API', () => {
  test('answers any JSON it cannot use with a 400 and a message, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const response = await post(JSON.stringify(value));
        expect(response.status).toBe(400);
        expect((await response.json()).error).toMatch(/^The annotator cannot use this request: /);
      }),
      { numRuns: 150 },
    );
  });

  test('answers the worst of bodies with a 400: deep nesting, an object for an id, a string that is not JSON', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const version = versionOf('x');
    for (const body of [
      deep,
      JSON.stringify({ action: 'claim', article: { toString: 1 }, version, claim: {} }),
      JSON.stringify({ action: 'claim', article: 'fixture-article', version, claim: { sources: [{ title: JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`) }] } }),
      JSON.stringify({ action: 'delete', article: 'fixture-article', version, list: 'claims', index: -1 }),
      '{"action": "claim"',
      '',
    ]) {
      const response = await post(body);
      expect(response.status, body.slice(0, 60)).toBe(400);
      expect((await response.json()).error).toMatch(/cannot use this request|not JSON/);
    }
    const preview = await post(JSON.stringify({ markdown: { nested: true } }), 'api/preview/');
    expect(preview.status).toBe(400);
  });

  test('answers an address that is not valid percent-encoding with a 400', async () => {
    expect((await fetch(`${origin}/annotate/articles/%E0%A4%A/`)).status).toBe(400);
    expect((await fetch(`${origin}/annotate/api/entry/actors/%E0%A4%A/`)).status).toBe(400);
  });

  test('gives an actor’s or event’s fields and version, and no article or other file', async () => {
    const actor = await fetch(`${origin}/annotate/api/entry/actors/bolivia/`);
    expect(await actor.json()).toEqual({ fields: expect.objectContaining({ name: 'Bolivia', kind: 'country' }), version: expect.any(String) });
    expect((await fetch(`${origin}/annotate/api/entry/articles/fixture-article/`)).status).toBe(400);
    expect((await fetch(`${origin}/annotate/api/entry/secrets/x/`)).status).toBe(400);
  });
});

describe('files outside the content folder', () => {
  test('are not shown, even through a link inside it', async () => {
    const response = await fetch(`${origin}/annotate/articles/leak/`);
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).not.toContain('root:x');
    expect(page).toMatch(/leak\.md is a symbolic link to .*secret\.md, outside the content folder/);
  });
});
