/**
 * The open data of a build, written to disk once every page is, a few records
 * at a time. Astro's build holds an endpoint's response whole, and while it
 * read the claims' files (42 MB and 21 MB at 4,000 articles) it held them
 * twice over: the highest point of the build's memory. Written here, no file
 * is ever in memory whole. The dev server serves the same files from
 * `src/pages/data/[name].json.ts` and `[name].csv.ts`.
 *
 * The pages build the site model through Vite, and the integration that
 * writes the files (`src/integrations/open-data.ts`) is loaded with Astro's
 * configuration, each in its own module graph; what they share is the
 * process, so the pages leave the writer in a slot of `globalThis`.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Site } from '#lib/model/build-site.ts';
import { type Absolute, OPEN_DATA_FILES, openDataChunks } from '#lib/publish/open-data.ts';

/** Writes the open data into a site folder and returns the files written, relative to it. */
type Writer = (dir: string) => Promise<readonly string[]>;

const SLOT = Symbol.for('dossier.open-data');
const shared = globalThis as { [SLOT]?: Writer };

/** About how many characters go into each write. */
const BATCH = 65_536;

/** Leaves in the process the writer of `site`'s open data, with absolute URLs made by `url`, for {@link writeOpenData}. */
export function shareOpenData(site: Site, url: Absolute): void {
  shared[SLOT] = (dir) => writeOpenDataFiles(site, dir, url);
}

/** Writes the open data of the site the pages built into `<dir>/data/`; returns the files written. */
export async function writeOpenData(dir: string): Promise<readonly string[]> {
  const write = shared[SLOT];
  if (!write) throw new Error('No page built the site model in this process, so there is no open data to write.');
  return write(dir);
}

/** Every open-data file of `site`, written into `<dir>/data/` a batch of records at a time. */
export async function writeOpenDataFiles(site: Site, dir: string, url: Absolute): Promise<readonly string[]> {
  await mkdir(join(dir, 'data'), { recursive: true });
  for (const name of OPEN_DATA_FILES) {
    await pipeline(Readable.from(batches(openDataChunks(site, name, url))), createWriteStream(join(dir, 'data', name)));
  }
  return OPEN_DATA_FILES.map((name) => `data/${name}`);
}

/** The pieces joined into batches of about {@link BATCH} characters. */
function* batches(pieces: Iterable<string>): Generator<string> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}
