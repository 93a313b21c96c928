/**
 * Runs the content check before Astro loads any collection, so that a build
 * with bad content stops early, lists every problem with its file, line,
 * field and value, and never touches the output folder.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { CONTENT_ROOT, displayPath } from '../data/content-root.ts';
import { COLLECTIONS, type ContentFile, checkContent } from '../lib/content-check.ts';
import { ContentError, formatProblem } from '../lib/problems.ts';

/** Reads every `*.md` file of every collection under `root`, in a stable order. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, collection);
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
      const path = join(dir, name);
      files.push({ collection, file: displayPath(path), text: await readFile(path, 'utf8') });
    }
  }
  return files;
}

/** The Astro integration: checks `content/` (or `DOSSIER_CONTENT_DIR`) on build, sync and dev. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'dossier:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        const started = performance.now();
        const files = await readContentFiles(CONTENT_ROOT);
        const { problems } = checkContent(files);
        logger.info(`checked ${files.length} files in ${Math.round(performance.now() - started)} ms`);
        const errors = problems.filter((problem) => problem.severity === 'error');
        for (const problem of problems) {
          if (problem.severity === 'warning') logger.warn(formatProblem(problem));
          if (problem.severity === 'suggestion') logger.info(`suggestion: ${formatProblem(problem)}`);
        }
        if (errors.length === 0) return;
        // In dev the server keeps running, so the analyst can fix and reload.
        if (command === 'dev') for (const error of errors) logger.error(formatProblem(error));
        else throw new ContentError(errors);
      },
    },
  };
}
