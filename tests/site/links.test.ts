import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { SUB_PATH } from '../support/build-once.ts';
import { findBrokenLinks } from '../support/check-links.ts';

describe('findBrokenLinks', () => {
  test('returns every internal link and fragment that does not resolve', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-links-'));
    try {
      await cp(inject('distDir'), dir, { recursive: true });
      await writeFile(
        join(dir, 'broken.html'),
        '<!doctype html><title>x</title><p id="here"><a href="/nowhere/">a</a> <a href="/about/#no-such-id">b</a> ' +
          '<a href="#here">c</a> <a href="https://example.org/">d</a>',
      );
      expect(await findBrokenLinks(dir)).toEqual([
        '/broken.html → /nowhere/: no file nowhere/index.html',
        '/broken.html → /about/#no-such-id: no element with id "no-such-id" in about/index.html',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('every internal link', () => {
  test('resolves in the site built at the root', async () => {
    expect(await findBrokenLinks(inject('distDir'))).toEqual([]);
  });

  test(`resolves in the site built under ${SUB_PATH}, all inside the base`, async () => {
    expect(await findBrokenLinks(inject('baseDistDir'), SUB_PATH)).toEqual([]);
  });

  test('a root build served under a sub-path would be caught', async () => {
    const broken = await findBrokenLinks(inject('distDir'), SUB_PATH);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0]).toMatch(/outside the base path \/dossier\//);
  });
});
