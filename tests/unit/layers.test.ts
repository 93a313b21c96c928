/**
 * The architecture, enforced: the folder tree is the pipeline (content →
 * text → render → check → model → publish, then the Astro shell, then the
 * command-line scripts), a file imports only from its own layer or the layers
 * before it, and no files import each other in a circle. docs/design.md
 * draws the same picture.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The layers, lowest first; a file may import from its own layer and those before it. */
const LAYERS = [
  'src/lib/content',
  'src/lib/text',
  'src/lib/render',
  'src/lib/check',
  'src/lib/model',
  'src/lib/publish',
  // The shell around the pure core: each may use `src/lib`, none the others' Astro-bound code.
  'src/client',
  'src/authoring',
  'src/adapter',
  'src/annotator',
  'src/integrations',
  'src/components',
  'src/layouts',
  'src/content.config.ts',
  'src/pages',
  // The command-line tools, and the tooling they share with the tests (which may import anything).
  'scripts/support',
  'scripts',
] as const;

/** What each shell folder may import besides `src/lib` and itself. */
const SHELL_ALLOWS: Partial<Record<(typeof LAYERS)[number], readonly string[]>> = {
  'src/client': [],
  'src/authoring': [],
  'src/adapter': [],
  'src/annotator': ['src/adapter', 'src/authoring', 'src/client'],
  'src/integrations': ['src/adapter', 'src/annotator'],
  'src/components': ['src/adapter', 'src/client'],
  'src/layouts': ['src/adapter', 'src/components', 'src/client', 'src/styles'],
  'src/content.config.ts': ['src/adapter'],
  'src/pages': ['src/adapter', 'src/components', 'src/layouts', 'src/client'],
  'scripts/support': [],
  'scripts': ['src/adapter', 'src/authoring'],
};

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const imports: Record<string, string> = manifest.imports;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports, statically or dynamically, in its frontmatter and its scripts. */
function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g);
  return [...found].map((match) => match[1]!);
}

/** The packages a file needs at run time: its imports less `import type`, Node's own modules and project paths. */
function packagesOf(text: string): string[] {
  const found = text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm);
  return [...found]
    .map((match) => (match[1] ?? match[2])!)
    .filter((specifier) => !/^(?:node:|astro:|#|\.)/.test(specifier))
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
}

/** The repository path a specifier names, or undefined for a package. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return normalize(join(dirname(from), specifier));
  if (!specifier.startsWith('#')) return undefined;
  for (const [pattern, target] of Object.entries(imports)) {
    const prefix = pattern.replace('*', '');
    if (specifier.startsWith(prefix)) return normalize(target.replace('*', specifier.slice(prefix.length)));
  }
  throw new Error(`${from}: "${specifier}" matches no entry of package.json "imports"`);
}

const layerOf = (file: string) => LAYERS.findIndex((layer) => file === layer || file.startsWith(`${layer}/`));

const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
const graph = new Map(
  files.map((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = importsOf(text).map((specifier) => ({ specifier, target: resolveSpecifier(file, specifier) }));
    return [file, targets] as const;
  }),
);

describe('the import graph of src/ and scripts/', () => {
  test('reads the layers of every source file', () => {
    const unplaced = files.filter((file) => layerOf(file) === -1 && !file.startsWith('src/styles/'));
    expect(unplaced).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => file.startsWith('scripts/')).length).toBeGreaterThan(10);
  });

  test('has no import from a lower layer up to a higher one', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const own = LAYERS[layerOf(file)]!;
      for (const { specifier, target } of targets) {
        if (target === undefined) continue;
        const layer = layerOf(target);
        const inLib = own.startsWith('src/lib/');
        const allowed = inLib
          ? layer !== -1 && layer <= layerOf(file) && target.startsWith('src/lib/')
          : target.startsWith('src/lib/') ||
            target.startsWith(`${own}/`) ||
            target === own ||
            (SHELL_ALLOWS[own] ?? []).some((other) => target.startsWith(`${other}/`));
        if (!allowed) upward.push(`${file} imports ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });

  test('keeps src/lib free of Astro at run time', () => {
    const bound = [...graph]
      .filter(([file]) => file.startsWith('src/lib/'))
      .flatMap(([file, targets]) =>
        targets.filter(({ specifier }) => specifier.startsWith('astro:')).map(({ specifier }) => `${file}: ${specifier}`),
      );
    expect(bound).toEqual([]);
  });

  test('gives the core only packages it depends on directly (its schemas use zod, not astro/zod)', () => {
    const dependencies = new Set(Object.keys(manifest.dependencies));
    const borrowed = files
      .filter((file) => file.startsWith('src/lib/'))
      .flatMap((file) => packagesOf(readFileSync(join(ROOT, file), 'utf8')).filter((name) => !dependencies.has(name)).map((name) => `${file}: ${name}`));
    expect(borrowed).toEqual([]);
  });

  test('keeps configuration out of the core: no file of src/lib reads the environment', () => {
    const reading = files.filter((file) => file.startsWith('src/lib/') && /\bprocess\.env\b|\bimport\.meta\.env\b/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(reading).toEqual([]);
  });

  test('has no circle', () => {
    // Tarjan's strongly connected components: any component of more than one file is a circle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    let next = 0;
    const visit = (file: string) => {
      index.set(file, next);
      low.set(file, next);
      next++;
      stack.push(file);
      onStack.add(file);
      for (const { target } of graph.get(file) ?? []) {
        if (target === undefined || !graph.has(target)) continue;
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
      if (low.get(file) !== index.get(file)) return;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) circles.push(component.sort());
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  test('resolves every import of a project file to a file that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets
        .filter(({ target }) => target !== undefined && !target.startsWith('src/styles/') && !graph.has(target))
        .map(({ specifier }) => `${file}: ${specifier}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('packagesOf', () => {
  test('returns the packages of value imports, not of type imports, Node modules or project files', () => {
    const text = `import type { Root } from 'hast';\nimport { z } from 'zod';\nimport { visit } from 'unist-util-visit';\nimport { a, type B } from '@scope/pkg/sub';\nimport 'side-effect';\nexport { x } from 're-export';\nexport type { Y } from 'types-only';\nimport { readFile } from 'node:fs';\nimport { c } from '#lib/c.ts';\nconst d = await import('lazy');`;
    expect(packagesOf(text)).toEqual(['zod', 'unist-util-visit', '@scope/pkg', 'side-effect', 're-export', 'lazy']);
  });
});

describe('importsOf', () => {
  test('returns static, side-effect and dynamic imports and re-exports', () => {
    const text = `import a from '#lib/a.ts';\nimport '#styles/x.css';\nexport * from './b.ts';\nconst c = await import('../c.ts');`;
    expect(importsOf(text)).toEqual(['#lib/a.ts', '#styles/x.css', './b.ts', '../c.ts']);
  });
});
