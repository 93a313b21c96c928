import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { shareOpenData, writeOpenData, writeOpenDataFiles } from '#adapter/open-data-output.ts';
import { OPEN_DATA_FILES, openDataFile } from '#lib/publish/open-data.ts';
import { site, url } from '../../support/open-data-site.ts';

const folders: string[] = [];
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-open-data-'));
  folders.push(dir);
  return dir;
};
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('writeOpenDataFiles', () => {
  test('writes every open-data file, byte for byte what the dev server serves', async () => {
    const dir = await folder();
    expect(await writeOpenDataFiles(site, dir, url)).toEqual(OPEN_DATA_FILES.map((name) => `data/${name}`));
    for (const name of OPEN_DATA_FILES) expect(await readFile(join(dir, 'data', name), 'utf8'), name).toBe(openDataFile(site, name, url));
  });
});

describe('writeOpenData', () => {
  test('writes the open data of the site the pages shared', async () => {
    const dir = await folder();
    shareOpenData(site, url);
    await writeOpenData(dir);
    expect(JSON.parse(await readFile(join(dir, 'data', 'claims.json'), 'utf8')).count).toBe(site.claims.length);
  });
});
