/**
 * Content checks on article bodies, run on the same plugins as the renderer:
 * quotes that cannot be anchored, listed actors the text never names, and
 * actors the text names that the article does not list.
 */
import type { Entry } from '#lib/content/entry.ts';
import { type ContentProblem, problemAt } from '#lib/content/problems.ts';
import type { Actor, Article, Event } from '#lib/content/schema/index.ts';
import { describeAnchorFailure } from '#lib/render/anchor-problems.ts';
import { createArticleScanner } from '#lib/render/article-renderer.ts';
import { type AliasIndex, aliasesOf } from '#lib/text/alias-index.ts';

/** Every problem of every article's body; see the module comment. */
export function checkArticles(
  articles: readonly Entry<Article>[],
  actors: ReadonlyMap<string, Entry<Actor>>,
  events: ReadonlyMap<string, Entry<Event>>,
  index: AliasIndex,
): ContentProblem[] {
  const scan = createArticleScanner({ aliasIndex: index, events });
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const data = scan(article);
    for (const failure of data.anchorFailures ?? []) {
      problems.push(describeAnchorFailure(failure, article.file, article.lineOf));
    }
    const named = new Set((data.mentions ?? []).map((mention) => mention.actor));

    article.data.actors.forEach((id, i) => {
      const actor = actors.get(id);
      if (!actor || named.has(id)) return;
      const names = aliasesOf(actor.data).map((a) => `"${a}"`).join(' or ');
      problems.push(
        problemAt(article, ['actors', i], `"${id}" is listed, but the text never names it as ${names}`, {
          severity: 'warning',
          hint: `Add the spelling the text uses to aliases in ${actor.file}, or remove "${id}" from actors.`,
        }),
      );
    });

    const suggested = new Set<string>();
    for (const mention of data.unlistedMentions ?? []) {
      if (suggested.has(mention.actor)) continue;
      suggested.add(mention.actor);
      problems.push(
        problemAt(
          article,
          ['actors'],
          `the text names "${mention.alias}" (${mention.actor}), which the article does not list: “${mention.sentence}”`,
          { severity: 'suggestion', hint: `Add ${mention.actor} to actors if the article is about it.` },
        ),
      );
    }
  }
  return problems;
}
