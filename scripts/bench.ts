/**
 * The benchmark: builds synthetic sites of each size cold, then warm after
 * changing one article, beside a bare Astro build of the same Markdown, and
 * measures page weight and search in Chromium. Prints one table; writes the
 * same figures as JSON.
 *
 *   npm run bench -- [--sizes 1000,4000] [--json bench.json] [--work /tmp/dossier-bench]
 *
 * Figures vary with the machine and its load: compare runs on one machine.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './gen-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface Run {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly output: string;
}

/** Sums the resident memory of a process and all its descendants, from /proc. */
async function treeRss(pid: number): Promise<number> {
  const parents = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => '');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    rss.set(Number(name), kb);
    parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(parents.get(current) ?? []));
  }
  return total / 1024;
}

/** Runs a command, timing it and sampling the memory of its process tree. */
async function run(command: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(async () => {
    if (child.pid) peak = Math.max(peak, await treeRss(child.pid));
  }, 200);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak), output };
}

/** Total size of the files under `dir`, in bytes. */
async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function countHtml(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((name) => String(name).endsWith('.html')).length;
}

/** Phase times, from what the build prints. */
function phases(output: string) {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  // Astro writes "Completed in 5.42s.", "Completed in 850ms." or "Completed in 1m 5s.".
  const pages = /generating static routes[\s\S]*?✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(output);
  const pagesSeconds = pages
    ? Number(pages[1] ?? 0) * 60 + Number(pages[2]) / (pages[3] === 'ms' ? 1000 : 1)
    : Number.NaN;
  return {
    contentCheckMs: number(/checked \d+ files in (\d+) ms/),
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

/** Bytes of a page as a browser loads it: each response, raw and gzipped, by kind. */
async function pageWeight(browser: import('playwright-core').Browser, url: string) {
  const page = await browser.newPage();
  const bodies: { type: string; raw: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.request().resourceType();
    bodies.push({ type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  const of = (type: string) => bodies.filter((b) => b.type === type);
  const sum = (list: typeof bodies, key: 'raw' | 'gzip') => list.reduce((total, b) => total + b[key], 0);
  return {
    requests: bodies.length,
    htmlGzip: sum(of('document'), 'gzip'),
    cssGzip: sum(of('stylesheet'), 'gzip'),
    jsRaw: sum(of('script'), 'raw'),
    jsGzip: sum(of('script'), 'gzip'),
    htmlPlusCssGzip: sum(of('document'), 'gzip') + sum(of('stylesheet'), 'gzip'),
  };
}

/** Time from the last keystroke to the first result, and bytes of index fetched: median of the queries. */
async function searchSpeed(browser: import('playwright-core').Browser, url: string, queries: string[]) {
  const times: number[] = [];
  const bytes: number[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let transferred = 0;
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) transferred += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const input = page.locator('.pagefind-ui__search-input');
    await input.click();
    await input.pressSequentially(query.slice(0, -1));
    const started = await page.evaluate(() => performance.now());
    await input.press(query.at(-1)!);
    await page.locator('.pagefind-ui__result').first().waitFor();
    times.push((await page.evaluate(() => performance.now())) - started);
    bytes.push(transferred);
    await context.close();
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return { firstResultMs: Math.round(median(times)), transferredBytes: median(bytes) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,4000' },
      json: { type: 'string', default: 'bench.json' },
      work: { type: 'string', default: '/tmp/dossier-bench' },
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

    // Change one article, then build again with the caches warm.
    const changed = join(corpus, 'articles', 'article-1.md');
    await writeFile(changed, (await readFile(changed, 'utf8')).replace('A generated article', 'A changed generated article'));
    console.error(`${size} articles: warm build after changing one article…`);
    const warm = await run(node, ['scripts/build.ts', '--out-dir', dist], env);

    console.error(`${size} articles: bare Astro baseline…`);
    const baselineDir = join(work, `baseline-${size}`);
    await writeBaseline(baselineDir, join(corpus, 'articles'));
    const baseline = await run(node, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', baselineDir], {});

    const pages = await countHtml(dist);
    results.push({
      articles: size,
      pages,
      coldSeconds: +cold.seconds.toFixed(1),
      ...phases(cold.output),
      msPerArticle: Math.round((cold.seconds * 1000) / size),
      peakRssMb: cold.peakRssMb,
      warmSeconds: +warm.seconds.toFixed(1),
      warmToCold: +(warm.seconds / cold.seconds).toFixed(2),
      baselineSeconds: +baseline.seconds.toFixed(1),
      toBaseline: +(cold.seconds / baseline.seconds).toFixed(2),
      distMb: +((await sizeOf(dist)) / 2 ** 20).toFixed(1),
      pagefindMb: +((await sizeOf(join(dist, 'pagefind'))) / 2 ** 20).toFixed(1),
    });
  }

  // Page weight and search, in Chromium, on the real site and on the largest corpus.
  const { launchChromium } = await import('../tests/support/chromium.ts');
  const { startStaticServer } = await import('../tests/support/static-server.ts');
  const realDist = join(work, 'dist-seed');
  await run(node, ['scripts/build.ts', '--out-dir', realDist], { DOSSIER_CACHE_DIR: join(work, 'cache-seed') });
  const browser = await launchChromium();
  const real = await startStaticServer(realDist);
  const largest = await startStaticServer(join(work, `dist-${sizes.at(-1)}`));
  const weight = {
    seedArticle: await pageWeight(browser, `${real.url}articles/iran-bolivia-military-ties/`),
    generatedArticle: await pageWeight(browser, `${largest.url}articles/article-2/`),
  };
  const search = await searchSpeed(browser, `${largest.url}search/`, ['delegation', 'harbour', 'uranium', 'Council', 'treaty']);
  await Promise.all([real.close(), largest.close(), browser.close()]);

  const [small, large] = [results[0], results.at(-1)] as Record<string, number>[];
  const report = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    builds: results,
    growth: small && large && large !== small ? +(large['coldSeconds']! / small['coldSeconds']!).toFixed(2) : null,
    weight,
    search: { site: `${sizes.at(-1)} articles`, ...search },
  };
  await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.table(results);
  console.table(weight);
  console.log(`search on ${sizes.at(-1)} articles: first result ${search.firstResultMs} ms after the last keystroke, ${search.transferredBytes} bytes (median of 5)`);
  if (report.growth !== null) console.log(`t(${sizes.at(-1)}) / t(${sizes[0]}) = ${report.growth}`);
  console.log(`machine: ${report.machine.cpus} × ${report.machine.cpu}, ${report.machine.memoryGb} GB, Node ${report.machine.node}`);
  console.log(`figures written to ${values.json}`);
}

await main();
