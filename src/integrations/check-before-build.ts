/**
 * Runs the content check before Astro loads any collection, so that a build
 * with bad content stops early, lists every problem with its file, line,
 * field and value, and never touches the output folder.
 */
import type { AstroIntegration } from 'astro';
import { checkedContent } from '#adapter/checked-content.ts';
import { claimCardsOption } from '#adapter/build-options.ts';
import { CONTENT_ROOT } from '#adapter/content-root.ts';
import { releaseMemory } from '#adapter/release-memory.ts';
import type { Entry } from '#lib/content/entry.ts';
import type { Article } from '#lib/content/schema/index.ts';
import { CLAIM_CARDS_PER_CLAIM_UP_TO, claimCardsFor, countClaims } from '#lib/model/claim-cards.ts';
import { ContentError, errorsIn, formatProblem } from '#lib/content/problems.ts';

/** The Astro integration: checks `content/` (or `DOSSIER_CONTENT_DIR`) on build, sync and dev. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'dossier:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const started = performance.now();
        const dev = command === 'dev';
        // The loader and the pages take their entries, and the model its bodies' renderings, from this check (src/adapter/checked-content.ts).
        const { files, problems, drafts, content } = await checkedContent(CONTENT_ROOT, { drafts: dev ? 'include' : 'exclude', base: config.base, fresh: true });
        logger.info(`checked ${files} files in ${Math.round(performance.now() - started)} ms`);
        if (!dev) logger.info(describeClaimCards(content.articles));
        if (drafts.length > 0) {
          const count = `${drafts.length} ${drafts.length === 1 ? 'draft' : 'drafts'}`;
          logger.info(dev ? `showing ${count}: ${drafts.join(', ')}` : `skipped ${count}: ${drafts.join(', ')}`);
        }
        const errors = errorsIn(problems);
        for (const problem of problems) {
          if (problem.severity === 'warning') logger.warn(formatProblem(problem));
          if (problem.severity === 'suggestion') logger.info(`suggestion: ${formatProblem(problem)}`);
        }
        if (errors.length === 0) return;
        // The dev server keeps running, so the analyst can fix and reload;
        // its pages show the same errors until then (src/adapter/site.ts, getSite).
        if (dev) for (const error of errors) logger.error(formatProblem(error));
        else throw new ContentError(errors);
      },
      // The check's garbage goes before Vite builds the pages' modules.
      'astro:config:done': () => releaseMemory(),
    },
  };
}

/** Which preview cards the claim pages get, and why: the size of the archive decides unless the build says. */
function describeClaimCards(articles: readonly Entry<Article>[]): string {
  const claims = countClaims(articles);
  const option = claimCardsOption();
  const chosen = claimCardsFor(option, claims);
  const count = `${claims.toLocaleString('en')} ${claims === 1 ? 'claim' : 'claims'}`;
  const what = chosen === 'per-claim' ? 'a preview card for each claim' : 'one preview card per verdict, shared by claim pages';
  if (option !== 'auto') return `${what} (--claim-cards ${option}; ${count})`;
  const limit = CLAIM_CARDS_PER_CLAIM_UP_TO.toLocaleString('en');
  return chosen === 'per-claim'
    ? `${what} (${count}; up to ${limit}, --claim-cards auto draws one each)`
    : `${what} (${count}, more than ${limit}; --claim-cards per-claim draws one each)`;
}
