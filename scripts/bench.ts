/**
 * The benchmark: builds synthetic sites of each size cold, then warm after
 * changing one article, beside a bare Astro build of the same Markdown, with
 * the peak memory of each build's process tree, the size and file count of
 * `dist/` and the pages indexed; draws a sample of preview images; measures
 * page weight, search (typed key by key, as readers type) and the header's
 * actor suggestions in Chromium on the largest site; and runs Lighthouse
 * over the real site's main pages. Prints the tables; writes the same
 * figures as JSON.
 *
 *   npm run bench -- [--sizes 1000,4000] [--json bench.json] [--work /tmp/dossier-bench] [--lighthouse-runs 5] [--cold-only]
 *
 * `--cold-only` runs the cold builds and nothing else: the figures two commits are compared by.
 *
 * Figures vary with the machine and its load: compare runs on one machine.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readContentFiles } from '#adapter/content-folder.ts';
import { checkContent } from '#lib/check/content-check.ts';
import { buildSite } from '#lib/model/build-site.ts';
import { badInputLines, measureBadInput } from './bench-bad-input.ts';
import { pageWeight, searchSpeed, suggestionSpeed } from './bench-browser.ts';
import { measureImages } from './bench-images.ts';
import { generateCorpus } from './gen-corpus.ts';
import { runLighthouse } from './lighthouse.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface Run {
  readonly seconds: number;
  /** When each of {@link MARKS} first appeared in the output, in seconds from the start. */
  readonly marks: Partial<Record<Mark, number>>;
  readonly peakRssMb: number;
  /** The largest resident memory of each program of the tree (Node, Pagefind), in MB. */
  readonly peakRssMbByProgram: Record<string, number>;
  readonly output: string;
}

/** The resident memory of a process and all its descendants, from /proc: in all, and by program. */
async function treeRss(pid: number): Promise<{ total: number; byProgram: Map<string, number> }> {
  const parents = new Map<number, number[]>();
  const processes = new Map<number, { program: string; kb: number }>();
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => '');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    // Node renames its main thread; "pagefind_extended" is Pagefind's indexer.
    const program = /^Name:\s+(.+)$/m.exec(status)?.[1]?.replace('MainThread', 'node') ?? '?';
    processes.set(Number(name), { program, kb });
    parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
  }
  let total = 0;
  const byProgram = new Map<string, number>();
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const entry = processes.get(current);
    if (entry) {
      total += entry.kb / 1024;
      byProgram.set(entry.program, (byProgram.get(entry.program) ?? 0) + entry.kb / 1024);
    }
    stack.push(...(parents.get(current) ?? []));
  }
  return { total, byProgram };
}

/**
 * Lines of the build's output whose time is a figure, in the order they come:
 * the content check's report, Astro's content sync, and the first page Astro
 * writes (a line of its route tree, "├─ /articles/…").
 */
const MARKS = {
  checked: /checked \d+ files in \d+ ms/,
  syncing: /Syncing content/,
  synced: /Synced content/,
  generating: /generating static routes/,
  firstPage: /[├└]─ \//,
} as const;

type Mark = keyof typeof MARKS;

/** Runs a command, timing it, noting when each of {@link MARKS} appears and sampling the memory of its process tree. */
async function run(command: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  let output = '';
  const marks: Partial<Record<Mark, number>> = {};
  const pending = Object.keys(MARKS) as Mark[];
  const read = (chunk: Buffer) => {
    // Only the new text (and a line's worth before it, for a mark split between chunks) is searched.
    const from = Math.max(0, output.length - 200);
    output += chunk;
    const seconds = +((performance.now() - started) / 1000).toFixed(2);
    while (pending.length > 0 && MARKS[pending[0]!].test(output.slice(from))) marks[pending.shift()!] = seconds;
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  let peak = 0;
  const peaks: Record<string, number> = {};
  const sampler = setInterval(async () => {
    if (!child.pid) return;
    const { total, byProgram } = await treeRss(child.pid);
    peak = Math.max(peak, total);
    for (const [program, mb] of byProgram) peaks[program] = Math.max(peaks[program] ?? 0, Math.round(mb));
  }, 200);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, marks, peakRssMb: Math.round(peak), peakRssMbByProgram: peaks, output };
}

async function countHtml(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((name) => String(name).endsWith('.html')).length;
}

/** Phase times, from what the build prints and when it printed it. */
function phases({ output, marks }: Run) {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  // Astro writes "Completed in 5.42s.", "Completed in 850ms." or "Completed in 1m 5s.".
  const pages = /generating static routes[\s\S]*?✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(output);
  const pagesSeconds = pages
    ? Number(pages[1] ?? 0) * 60 + Number(pages[2]) / (pages[3] === 'ms' ? 1000 : 1)
    : Number.NaN;
  return {
    contentCheckMs: number(/checked \d+ files in (\d+) ms/),
    contentSyncSeconds: marks.synced !== undefined && marks.syncing !== undefined ? +(marks.synced - marks.syncing).toFixed(2) : Number.NaN,
    firstPageSeconds: marks.firstPage ?? Number.NaN,
    pagesSeconds: +pagesSeconds.toFixed(1),
    pagefindMs: number(/indexed \d+ pages in (\d+) ms/),
  };
}

/** A bare Astro site that renders the same Markdown bodies with Astro's own pipeline, and nothing else. */
async function writeBaseline(dir: string, articles: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(dir, 'astro.config.mjs'), "export default { output: 'static' };\n");
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    `import { glob } from 'astro/loaders';\nimport { defineCollection } from 'astro:content';\n` +
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(articles)} }) }) };\n`,
  );
  await writeFile(
    join(dir, 'src', 'pages', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n` +
      `export async function getStaticPaths() { return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\n` +
      `const { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>\n`,
  );
}

/** The names of `count` actors of a generated corpus, spread through it. */
async function actorNames(corpus: string, count: number): Promise<string[]> {
  const files = (await readdir(join(corpus, 'actors'))).sort();
  const step = Math.max(1, Math.floor(files.length / count));
  const names: string[] = [];
  for (let index = 0; index < files.length && names.length < count; index += step) {
    const name = /^name: (.+)$/m.exec(await readFile(join(corpus, 'actors', files[index]!), 'utf8'))?.[1];
    if (name) names.push(name);
  }
  return names;
}

/**
 * Articles of a generated corpus, spread through it, as a reader would look
 * for them in the header box: the article's number and the two words of its
 * title ("17 harbour treaty" for "Synthetic article 17: the harbour and the
 * treaty"), which only that title holds, so that every title is read.
 */
async function articleTitles(corpus: string, count: number): Promise<{ typed: string; expected: string }[]> {
  const files = (await readdir(join(corpus, 'articles'))).sort();
  const step = Math.max(1, Math.floor(files.length / count));
  const found: { typed: string; expected: string }[] = [];
  for (let index = 0; index < files.length && found.length < count; index += step) {
    const title = /^title: ['"]?(.+?)['"]?$/m.exec(await readFile(join(corpus, 'articles', files[index]!), 'utf8'))?.[1];
    const parts = title && /^Synthetic article (\d+): the (\S+) and the (\S+)$/.exec(title);
    if (parts) found.push({ typed: `${parts[1]} ${parts[2]} ${parts[3]}`, expected: title! });
  }
  return found;
}

/** Every file under `dir`: how many, and their bytes. */
async function filesOf(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** The machine the figures were measured on. */
function machine() {
  return { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,4000' },
      json: { type: 'string', default: 'bench.json' },
      work: { type: 'string', default: '/tmp/dossier-bench' },
      'lighthouse-runs': { type: 'string', default: '5' },
      'cold-only': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const work = resolve(values.work);
  await mkdir(work, { recursive: true });
  const node = process.execPath;
  const results: Record<string, unknown>[] = [];

  for (const size of sizes) {
    const corpus = join(work, `corpus-${size}`);
    const dist = join(work, `dist-${size}`);
    const cache = join(work, `cache-${size}`);
    console.error(`\n${size} articles: generating…`);
    await generateCorpus({ out: corpus, articles: size });
    await rm(cache, { recursive: true, force: true });
    console.error(`${size} articles: cold build…`);
    const env = { DOSSIER_CONTENT_DIR: corpus, DOSSIER_CACHE_DIR: cache };
    const cold = await run(node, ['scripts/build.ts', '--out-dir', dist], env);
    const { files, bytes } = await filesOf(dist);
    const coldFigures = {
      articles: size,
      pages: await countHtml(dist),
      indexedPages: Number(/indexed (\d+) pages/.exec(cold.output)?.[1] ?? Number.NaN),
      coldSeconds: +cold.seconds.toFixed(1),
      ...phases(cold),
      peakRssMb: cold.peakRssMb,
      peakRssMbNode: cold.peakRssMbByProgram['node'] ?? 0,
      peakRssMbPagefind: cold.peakRssMbByProgram['pagefind_extend'] ?? 0,
      distMb: +(bytes / 2 ** 20).toFixed(1),
      distFiles: files,
    };
    if (values['cold-only']) {
      results.push(coldFigures);
      continue;
    }

    // Change one article, then build again with the caches warm.
    const changed = join(corpus, 'articles', 'article-1.md');
    await writeFile(changed, (await readFile(changed, 'utf8')).replace('A generated article', 'A changed generated article'));
    console.error(`${size} articles: warm build after changing one article…`);
    const warm = await run(node, ['scripts/build.ts', '--out-dir', dist], env);

    console.error(`${size} articles: bare Astro baseline…`);
    const baselineDir = join(work, `baseline-${size}`);
    await writeBaseline(baselineDir, join(corpus, 'articles'));
    const baseline = await run(node, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', baselineDir], {});

    const { pages } = coldFigures;
    const og = await filesOf(join(dist, 'og'));
    const baselinePages = await countHtml(join(baselineDir, 'dist'));
    const msPerPage = (seconds: number, count: number) => +((seconds * 1000) / count).toFixed(2);
    results.push({
      ...coldFigures,
      warmSeconds: +warm.seconds.toFixed(1),
      warmPeakRssMb: warm.peakRssMb,
      baselineSeconds: +baseline.seconds.toFixed(1),
      coldToBaseline: +(cold.seconds / baseline.seconds).toFixed(1),
      coldMsPerPage: msPerPage(cold.seconds, pages),
      warmMsPerPage: msPerPage(warm.seconds, pages),
      baselineMsPerPage: msPerPage(baseline.seconds, baselinePages),
      warmPerPageToBaseline: +(warm.seconds / pages / (baseline.seconds / baselinePages)).toFixed(2),
      images: og.files,
      imageKb: +(og.bytes / og.files / 1000).toFixed(1),
      pagefindMb: +((await filesOf(join(dist, 'pagefind'))).bytes / 2 ** 20).toFixed(1),
    });
  }

  if (values['cold-only']) {
    // Cold builds alone: what two commits' builds are compared by (docs/performance.md).
    await writeFile(values.json, `${JSON.stringify({ machine: machine(), builds: results }, null, 2)}\n`);
    console.table(results);
    console.log(`figures written to ${values.json}`);
    return;
  }

  // Preview images: CPU time and bytes per image, drawn as the build draws them, for a sample site.
  console.error('preview images: drawing a sample…');
  const imageCorpus = join(work, 'corpus-images');
  await generateCorpus({ out: imageCorpus, articles: 100 });
  const { content } = checkContent(await readContentFiles(imageCorpus));
  const images = await measureImages(buildSite(content, { host: 'dossier.example' }).ogImages, 4);

  // Page weight and search, in Chromium, on the real site and on the largest corpus.
  const { launchChromium } = await import('./support/chromium.ts');
  const { startStaticServer } = await import('./support/static-server.ts');
  const realDist = join(work, 'dist-seed');
  await run(node, ['scripts/build.ts', '--out-dir', realDist], { DOSSIER_CACHE_DIR: join(work, 'cache-seed') });
  const browser = await launchChromium();
  const real = await startStaticServer(realDist);
  const largest = await startStaticServer(join(work, `dist-${sizes.at(-1)}`));
  const weight = {
    seedArticle: await pageWeight(browser, `${real.url}articles/iran-bolivia-military-ties/`),
    generatedArticle: await pageWeight(browser, `${largest.url}articles/article-2/`),
  };
  // Common words of the generated text, each on thousands of pages; actors' names, as readers search;
  // the common words again with a verdict picked first; and the header's suggestions.
  console.error('search in Chromium…');
  const words = ['delegation', 'harbour', 'uranium', 'Council', 'treaty'];
  const names = await actorNames(join(work, `corpus-${sizes.at(-1)}`), 5);
  const searchUrl = `${largest.url}search/`;
  const search = {
    commonWord: await searchSpeed(browser, searchUrl, words.map((text) => ({ text }))),
    actorName: await searchSpeed(browser, searchUrl, names.map((text) => ({ text }))),
    withFilter: await searchSpeed(browser, searchUrl, words.map((text) => ({ text, filter: 'rating=False' }))),
    suggestionMs: await suggestionSpeed(
      browser,
      `${largest.url}articles/article-2/`,
      names.map((name) => ({ typed: name.slice(0, Math.max(4, Math.ceil(name.length / 2))), expected: name })),
    ),
    titleSuggestionMs: await suggestionSpeed(browser, `${largest.url}articles/article-2/`, await articleTitles(join(work, `corpus-${sizes.at(-1)}`), 5)),
  };
  // What the header box loads on first use, besides the names file.
  const titlesFile = await readFile(join(work, `dist-${sizes.at(-1)}`, 'search', 'titles.json'));
  const suggestionFiles = { titlesRaw: titlesFile.length, titlesGzip: gzipSync(titlesFile, { level: 9 }).length };
  await Promise.all([real.close(), largest.close(), browser.close()]);
  console.error('bad input: 2,000 wrong quotes, and 3 MB into npm run new…');
  const badInput = await measureBadInput(work);
  const lighthouseRuns = Number(values['lighthouse-runs']);
  console.error(`Lighthouse, ${lighthouseRuns} runs a page…`);
  const lighthouse = lighthouseRuns > 0 ? await runLighthouse(realDist, lighthouseRuns) : [];

  const [small, large] = [results[0], results.at(-1)] as Record<string, number>[];
  const report = {
    machine: machine(),
    builds: results,
    growth: small && large && large !== small ? +(large['coldSeconds']! / small['coldSeconds']!).toFixed(2) : null,
    weight,
    search: { site: `${sizes.at(-1)} articles`, ...search, suggestionFiles },
    images: { sample: '100 generated articles, one card per claim, 4 at a time', ...images },
    lighthouse: { runs: lighthouseRuns, pages: lighthouse },
    badInput,
  };
  await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.table(results);
  console.table(weight);
  console.log(`search on ${sizes.at(-1)} articles, typed at 100 ms a key (medians of 5, fresh browser contexts):`);
  console.table({ commonWord: search.commonWord, actorName: search.actorName, withFilter: search.withFilter });
  console.log(`actor suggestion in the header box: ${search.suggestionMs} ms after the keystroke (median of 5)`);
  console.log(
    `article suggestion in the header box: ${search.titleSuggestionMs} ms after the keystroke (median of 5); ` +
      `the titles file is ${(suggestionFiles.titlesGzip / 1000).toFixed(1)} KB gzipped (${(suggestionFiles.titlesRaw / 1000).toFixed(1)} KB raw)`,
  );
  console.log(
    `preview images: ${images.cpuMsPerImage.toFixed(1)} ms of CPU and ${(images.bytesPerImage / 1000).toFixed(1)} KB per image ` +
      `(${images.images} images of 100 generated articles)`,
  );
  if (lighthouse.length > 0) {
    console.table(lighthouse.map(({ page, scores }) => ({ page, ...scores })));
  }
  for (const line of badInputLines(badInput)) console.log(line);
  if (report.growth !== null) console.log(`t(${sizes.at(-1)}) / t(${sizes[0]}) = ${report.growth}`);
  console.log(`machine: ${report.machine.cpus} × ${report.machine.cpu}, ${report.machine.memoryGb} GB, Node ${report.machine.node}`);
  console.log(`figures written to ${values.json}`);
}

await main();
