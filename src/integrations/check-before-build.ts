/**
 * Runs the content check before Astro loads any collection, so that a build
 * with bad content stops early, lists every problem with its file, line,
 * field and value, and never touches the output folder.
 */
import type { AstroIntegration } from 'astro';
import { checkContentFolder } from '#adapter/content-folder.ts';
import { CONTENT_ROOT } from '#adapter/content-root.ts';
import { ContentError, formatProblem } from '#lib/content/problems.ts';

/** The Astro integration: checks `content/` (or `DOSSIER_CONTENT_DIR`) on build, sync and dev. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'dossier:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        const started = performance.now();
        const dev = command === 'dev';
        const { files, problems, drafts } = await checkContentFolder(CONTENT_ROOT, { drafts: dev ? 'include' : 'exclude' });
        logger.info(`checked ${files} files in ${Math.round(performance.now() - started)} ms`);
        if (drafts.length > 0) {
          const count = `${drafts.length} ${drafts.length === 1 ? 'draft' : 'drafts'}`;
          logger.info(dev ? `showing ${count}: ${drafts.join(', ')}` : `skipped ${count}: ${drafts.join(', ')}`);
        }
        const errors = problems.filter((problem) => problem.severity === 'error');
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
    },
  };
}
