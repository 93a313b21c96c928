/**
 * Global setup of the site tests: builds the real site once into a temporary
 * folder, shared by every site test through `inject('distDir')`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'dossier-site-'));
  const distDir = join(root, 'dist');
  const result = runBuild({ outDir: distDir });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.output}`);
  project.provide('distDir', distDir);
  return () => rm(root, { recursive: true, force: true });
}
