/**
 * Content checks on actor mentions: listed actors the text never names, and
 * actors the text names that the article does not list.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkActorMentions from '../markdown/remark-actor-mentions.ts';
import { type AliasIndex, aliasesOf } from './alias-index.ts';
import type { ContentProblem } from './problems.ts';
import type { Actor, Article } from './schema/index.ts';
import type { Entry } from './site-model.ts';

/**
 * Warns about each actor an article lists but never names, and suggests each
 * actor it names without listing. Mentions are found exactly as the renderer
 * finds them: by the same plugin, over the same tree.
 */
export function checkMentions(
  articles: readonly Entry<Article>[],
  actors: ReadonlyMap<string, Entry<Actor>>,
  index: AliasIndex,
): ContentProblem[] {
  const scanner = unified()
    .use(remarkParse)
    .use(remarkActorMentions, { index, actorHref: () => '' })
    .freeze();
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const file = new VFile({ value: article.body });
    file.data.listedActors = new Set(article.data.actors);
    scanner.runSync(scanner.parse(file), file);
    const named = new Set((file.data.mentions ?? []).map((mention) => mention.actor));

    article.data.actors.forEach((id, i) => {
      const actor = actors.get(id);
      if (!actor || named.has(id)) return;
      const line = article.lineOf?.(['actors', i]);
      problems.push({
        severity: 'warning',
        file: article.file,
        ...(line === undefined ? {} : { line }),
        field: `actors[${i}]`,
        message: `"${id}" is listed, but the text never names it as ${aliasesOf(actor.data).map((a) => `"${a}"`).join(' or ')}`,
        hint: `Add the spelling the text uses to aliases in ${actor.file}, or remove "${id}" from actors.`,
      });
    });

    const suggested = new Set<string>();
    for (const mention of file.data.unlistedMentions ?? []) {
      if (suggested.has(mention.actor)) continue;
      suggested.add(mention.actor);
      const line = article.lineOf?.(['actors']);
      problems.push({
        severity: 'suggestion',
        file: article.file,
        ...(line === undefined ? {} : { line }),
        field: 'actors',
        message: `the text names "${mention.alias}" (${mention.actor}), which the article does not list: “${mention.sentence}”`,
        hint: `Add ${mention.actor} to actors if the article is about it.`,
      });
    }
  }
  return problems;
}
