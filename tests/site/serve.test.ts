/**
 * `npm start` and `npm run preview` serve the built site as a host would:
 * `scripts/serve.ts`, run as npm runs it, sends every response (a page, an
 * asset, a missing page) the headers of the site's `_headers`, the security
 * headers among them, so that what is tried locally is what is published.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

let server: ChildProcess;
let url: string;

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.ts', '--dist', inject('distDir'), '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /at (http:\/\/\S+)/.exec(output)?.[1];
      if (found) resolve(found);
    });
    server.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}: ${output}`)));
  });
});

afterAll(() => {
  server?.kill();
});

/** The headers `_headers` sets for every path, by lower-case name. */
async function expectedHeaders(): Promise<Map<string, string>> {
  const text = await readFile(join(inject('distDir'), '_headers'), 'utf8');
  const lines = text.split('\n').filter((line) => /^\s+\S+:/.test(line));
  return new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}

describe('npm start', () => {
  test('sends the headers of _headers with every response: a page, an asset, a missing page', async () => {
    const expected = await expectedHeaders();
    expect([...expected.keys()]).toEqual(expect.arrayContaining(['content-security-policy', 'x-frame-options', 'cross-origin-opener-policy', 'strict-transport-security']));
    for (const path of ['', 'favicon.svg', 'no-such-page/']) {
      const response = await fetch(new URL(path, url));
      expect(response.status, path).toBe(path === 'no-such-page/' ? 404 : 200);
      for (const [name, value] of expected) expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    }
  });

  test('serves the pages of the build', async () => {
    const page = await (await fetch(url)).text();
    expect(page).toContain('<html lang="en"');
  });
});
