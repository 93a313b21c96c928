/** The seed article and the real cast, read as the content check reads them, for the authoring tests. */
import { readFile } from 'node:fs/promises';
import { readContentFiles } from '../../../src/data/content-files.ts';
import { checkContent } from '../../../src/lib/content-check.ts';

/** The project's content: actors, events and the seed article, validated. */
export async function loadSeed() {
  const { content } = checkContent(await readContentFiles('content'));
  const article = content.articles.find((entry) => entry.id === 'iran-bolivia-military-ties');
  if (!article) throw new Error('the seed article is missing from content/articles');
  const text = await readFile('tests/fixtures/seed/iran-bolivia-military-ties.txt', 'utf8');
  return { actors: content.actors, events: content.events, article, text };
}
