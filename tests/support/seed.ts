/**
 * The seed article and its cast, read as the content check reads them, for the
 * authoring tests: a frozen copy in `tests/fixtures/sites/seed/`, so that editing
 * the site's content never changes what these code tests expect.
 */
import { readFile } from 'node:fs/promises';
import { readContentFiles } from '#adapter/content-folder.ts';
import { checkContent } from '#lib/check/content-check.ts';

/** The fixture's actors, events and seed article, validated, and the seed's text. */
export async function loadSeed() {
  const { content } = checkContent(await readContentFiles('tests/fixtures/sites/seed'));
  const article = content.articles.find((entry) => entry.id === 'iran-bolivia-military-ties');
  if (!article) throw new Error('the seed article is missing from tests/fixtures/sites/seed/articles');
  const text = await readFile('tests/fixtures/seed/iran-bolivia-military-ties.txt', 'utf8');
  return { actors: content.actors, events: content.events, article, text };
}
