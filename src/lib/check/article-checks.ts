/**
 * Content checks on article bodies, read from the renderer's own rendering
 * of each (the site model then takes the renderings, so each body is parsed
 * once per build): quotes that cannot be anchored, listed actors the text
 * never names, actors the text names that the article does not list; and,
 * before rendering, an empty text and the passages of excerpts
 * (`excerpt-checks.ts`).
 */
import type { Entry } from '#lib/content/entry.ts';
import { type ContentProblem, problemAt, unexpectedProblem } from '#lib/content/problems.ts';
import type { Actor, Article, Event } from '#lib/content/schema/index.ts';
import { describeAnchorFailure } from '#lib/render/anchor-problems.ts';
import { type BodyRendering, createBodyRenderer } from '#lib/render/article-renderer.ts';
import { type AliasIndex, aliasesOf, buildAliasIndex } from '#lib/text/alias-index.ts';
import { isAlsoAWord } from '#lib/text/common-words.ts';
import { checkExcerpts } from './excerpt-checks.ts';

/** What rendering one article's body made, or the exception it threw. */
export type BodyOutcome = { readonly ok: true; readonly rendering: BodyRendering } | { readonly ok: false; readonly error: unknown };

/** What the renderer needs to know of the site: its actors (or their alias index, compiled), its events and Astro's `base`. */
export interface BodyContext {
  readonly actors: readonly Entry<Actor>[];
  readonly events: readonly Entry<Event>[];
  readonly base: string;
  /** The actors' alias index, when the caller has compiled it; compiled from `actors` otherwise. */
  readonly aliasIndex?: AliasIndex;
}

/**
 * A renderer of articles in this thread, built once for the site's actors and
 * events: it renders each article of a list, by id, and keeps an exception
 * as the article's outcome, for the check to report against its file. The
 * content folder's check runs one on every core for a large archive
 * (`src/adapter/articles-in-parallel.ts`).
 */
export function createBodiesRenderer(context: BodyContext): (articles: readonly Entry<Article>[]) => Map<string, BodyOutcome> {
  const renderBody = createBodyRenderer({
    aliasIndex: context.aliasIndex ?? buildAliasIndex(context.actors).index,
    events: new Map(context.events.map((event) => [event.id, event])),
    base: context.base,
  });
  return (articles) => {
    const outcomes = new Map<string, BodyOutcome>();
    for (const article of articles) {
      try {
        outcomes.set(article.id, { ok: true, rendering: renderBody(article) });
      } catch (error) {
        outcomes.set(article.id, { ok: false, error });
      }
    }
    return outcomes;
  };
}

/** Renders each of `articles` in this thread, by id: see {@link createBodiesRenderer}. */
export function renderBodies(articles: readonly Entry<Article>[], context: BodyContext): Map<string, BodyOutcome> {
  return createBodiesRenderer(context)(articles);
}

/**
 * The problems of one article's text on its own, which need no rendering: a
 * published article with no text, and the passages of excerpts. The check
 * finds them with each file's own (`checkEachFile()`), on another core for a
 * large archive, where the text is at hand.
 */
export function articleTextProblems(article: Entry<Article>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!article.data.draft && article.body.trim() === '') {
    problems.push({
      ...problemAt(article, [], 'a published article with no text: the body after the frontmatter is empty', {
        hint: 'Paste the article’s text below the closing "---", or set draft: true until it is there.',
      }),
      field: '(body)',
    });
  }
  problems.push(...checkExcerpts(article));
  return problems;
}

/** The fewest words a claim's quote should have: fewer rarely state a claim. */
const MIN_CLAIM_WORDS = 3;

/** How often an alias that is also a word of English may link in one article before the check asks whether each is the actor. */
export const MAX_WORD_ALIAS_LINKS = 25;

/**
 * A warning for each alias that is also a word of English ("May", "Bush") and links more than
 * {@link MAX_WORD_ALIAS_LINKS} times in the article: past that, some of them are likely the word.
 */
function wordAliasProblems(article: Entry<Article>, mentions: readonly { readonly alias: string; readonly actor: string }[], actors: ReadonlyMap<string, Entry<Actor>>): ContentProblem[] {
  const counts = new Map<string, { actor: string; count: number }>();
  for (const { alias, actor } of mentions) counts.set(alias, { actor, count: (counts.get(alias)?.count ?? 0) + 1 });
  return [...counts].flatMap(([alias, { actor, count }]) => {
    if (count <= MAX_WORD_ALIAS_LINKS || !isAlsoAWord(alias)) return [];
    const at = article.data.actors.indexOf(actor);
    return [
      problemAt(article, at === -1 ? ['actors'] : ['actors', at], `"${alias}" (${actor}) links ${count} times in this text, and it is also a word of English: is each of them the actor?`, {
        severity: 'warning',
        hint: `Where the text uses the word in another sense, replace the alias in ${actors.get(actor)?.file ?? `actors/${actor}.md`} by a longer name ("Theresa May").`,
      }),
    ];
  });
}

/** Every article's problems beyond its text's own (`articleTextProblems()`): its actors and quotes, and what its rendering shows (`outcomes`, by id). */
export function checkArticles(
  articles: readonly Entry<Article>[],
  actors: ReadonlyMap<string, Entry<Actor>>,
  outcomes: ReadonlyMap<string, BodyOutcome>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    if (!article.data.draft && article.data.actors.length === 0) {
      problems.push(
        problemAt(article, ['actors'], 'a published article with no actors: expected at least one (a draft may have none yet)', {
          hint: 'List the ids of the people, organisations and countries the article is about.',
        }),
      );
    }
    article.data.claims.forEach((claim, i) => {
      const words = claim.quote.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      if (words >= MIN_CLAIM_WORDS) return;
      problems.push(
        problemAt(article, ['claims', i, 'quote'], `a claim quoted in ${words} ${words === 1 ? 'word' : 'words'}: "${claim.quote.trim()}"`, {
          severity: 'warning',
          hint: `Quote the words that make the claim, at least ${MIN_CLAIM_WORDS}; a word or two rarely says what is claimed.`,
        }),
      );
    });
    const outcome = outcomes.get(article.id);
    if (!outcome?.ok) {
      problems.push(unexpectedProblem(article.file, outcome ? outcome.error : new Error('its body was not rendered'), 'rendered'));
      continue;
    }
    const data = outcome.rendering;
    for (const failure of data.failures) {
      problems.push(describeAnchorFailure(failure, article.file, article.lineOf));
    }
    const named = new Set(data.mentions.map((mention) => mention.actor));
    problems.push(...wordAliasProblems(article, data.mentions, actors));

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
    for (const mention of data.unlistedMentions) {
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
