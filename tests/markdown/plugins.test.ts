/**
 * Each plugin in `src/lib/render/plugins/`, alone, by fixture folders:
 * `tests/markdown/<plugin>/<case>/` holds `input.md` (a remark plugin) or
 * `input.html` (a rehype plugin), an optional `config.json`, the pinned
 * `output.html`, and, where the plugin reports what it found on the file,
 * the pinned `data.json`. A new case is a new folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Plugin, unified } from 'unified';
import { type Data, VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { ArticleSchema } from '#lib/content/schema/index.ts';
import { claimAnchorRequests } from '#lib/render/claim-anchors.ts';
import { dateAnchorRequests } from '#lib/render/date-anchors.ts';
import rehypeClaimVerdicts from '#lib/render/plugins/rehype-claim-verdicts.ts';
import rehypeCollectHeadings from '#lib/render/plugins/rehype-collect-headings.ts';
import rehypeDateTips from '#lib/render/plugins/rehype-date-tips.ts';
import rehypeScopeFootnotes from '#lib/render/plugins/rehype-scope-footnotes.ts';
import rehypeSiteWords from '#lib/render/plugins/rehype-site-words.ts';
import remarkActorMentions from '#lib/render/plugins/remark-actor-mentions.ts';
import remarkAnchors from '#lib/render/plugins/remark-anchors.ts';
import remarkDemoteHeadings from '#lib/render/plugins/remark-demote-headings.ts';
import remarkPassageGaps from '#lib/render/plugins/remark-passage-gaps.ts';
import { buildAliasIndex } from '#lib/text/alias-index.ts';
import { CAST, EVENTS } from '../support/actors.ts';

/** A case's `config.json`: what its plugin's setup reads. */
interface Config {
  /** remark-anchors: claims ({ id, quote, prefix?, suffix?, rating?, sources? }) and dates ({ quote, event }). */
  readonly claims?: object[];
  readonly dates?: object[];
  /** remark-actor-mentions: the actor ids the article lists. */
  readonly actors?: string[];
  /** remark-demote-headings, rehype-scope-footnotes: the plugin's options. */
  readonly options?: object;
  /** rehype-site-words: the language of the text. */
  readonly lang?: string;
  /** remark-passage-gaps: whether the body is an article's excerpts. */
  readonly excerpts?: boolean;
}

/** How to run one plugin: on Markdown or on HTML, and with what options and file data. */
type PluginFixture = (
  // Each plugin has its own options; the table only needs to call it.
  | { readonly kind: 'remark'; readonly plugin: Plugin<any[], MdastRoot> }
  | { readonly kind: 'rehype'; readonly plugin: Plugin<any[], HastRoot> }
) & { readonly setup: (config: Config) => { options?: unknown; data?: Data } };

const events = new Map(EVENTS.map((event) => [event.id, event]));

/** An article's frontmatter around `claims` and `dates`, claims filled in as the renderer's fixtures do. */
function articleData({ claims = [], dates = [] }: Config) {
  return ArticleSchema.parse({
    title: 'T',
    summary: 'S',
    genre: 'news',
    source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023' },
    analysed: '2026-11-28',
    claims: claims.map((claim) => ({ kind: 'factual', summary: 's', assessment: 'a', rating: 'not-checkable', ...claim })),
    dates,
  });
}

const PLUGINS: Record<string, PluginFixture> = {
  'remark-anchors': {
    kind: 'remark',
    plugin: remarkAnchors,
    setup: (config) => {
      const article = articleData(config);
      const eventHref = (id: string) => `/events/${id}/`;
      return { data: { anchorRequests: [...claimAnchorRequests(article), ...dateAnchorRequests(article, events, eventHref)] } };
    },
  },
  'remark-actor-mentions': {
    kind: 'remark',
    plugin: remarkActorMentions,
    setup: (config) => ({
      options: { index: buildAliasIndex(CAST).index, actorHref: (id: string) => `/actors/${id}/` },
      data: { listedActors: new Set(config.actors) },
    }),
  },
  'remark-demote-headings': { kind: 'remark', plugin: remarkDemoteHeadings, setup: (config) => ({ options: config.options }) },
  'remark-passage-gaps': { kind: 'remark', plugin: remarkPassageGaps, setup: (config) => ({ data: { excerpts: config.excerpts ?? false } }) },
  'rehype-claim-verdicts': { kind: 'rehype', plugin: rehypeClaimVerdicts, setup: () => ({}) },
  'rehype-date-tips': { kind: 'rehype', plugin: rehypeDateTips, setup: () => ({ options: { events } }) },
  'rehype-collect-headings': { kind: 'rehype', plugin: rehypeCollectHeadings, setup: () => ({}) },
  'rehype-scope-footnotes': { kind: 'rehype', plugin: rehypeScopeFootnotes, setup: (config) => ({ options: config.options }) },
  'rehype-site-words': { kind: 'rehype', plugin: rehypeSiteWords, setup: (config) => ({ data: config.lang ? { lang: config.lang } : {} }) },
};

const here = import.meta.dirname;
const pluginNames = readdirSync(join(here, '../../src/lib/render/plugins'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length));
const subfolders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/** Runs one case through a processor around its one plugin: the HTML, and the file data the plugin added. */
async function runCase({ kind, plugin, setup }: PluginFixture, dir: string) {
  const configFile = join(dir, 'config.json');
  const config: Config = existsSync(configFile) ? JSON.parse(await readFile(configFile, 'utf8')) : {};
  const { options, data = {} } = setup(config);
  const file = new VFile({ path: join(dir, kind === 'remark' ? 'input.md' : 'input.html'), data: { ...data } });
  const input = await readFile(file.path, 'utf8');
  let html: string;
  if (kind === 'remark') {
    file.value = input;
    html = String(await unified().use(remarkParse).use(plugin, options).use(remarkRehype).use(rehypeStringify).process(file));
  } else {
    const tree = fromHtml(input.replace(/\n$/, ''), { fragment: true });
    unified().use(plugin, options).runSync(tree, file);
    html = unified().use(rehypeStringify).stringify(tree);
  }
  const reported = Object.entries(file.data).filter(([key]) => !(key in data));
  return { html, reported: reported.length > 0 ? Object.fromEntries(reported) : undefined };
}

/** JSON of plain data: Maps become objects, Sets arrays, functions are left out. */
const toJson = (value: unknown) =>
  JSON.stringify(
    value,
    (_, v) => (v instanceof Map ? Object.fromEntries(v) : v instanceof Set ? [...v] : v),
    2,
  );

test('every plugin has a runner entry and a fixture folder', () => {
  expect(Object.keys(PLUGINS).sort()).toEqual([...pluginNames].sort());
  expect(subfolders(here).filter((name) => pluginNames.includes(name)).sort()).toEqual([...pluginNames].sort());
});

for (const name of subfolders(here).filter((folder) => pluginNames.includes(folder))) {
  describe(name, () => {
    const fixture = PLUGINS[name]!;
    const cases = subfolders(join(here, name));
    test.each(cases)('returns the pinned output for %s', async (caseName) => {
      const dir = join(here, name, caseName);
      const { html, reported } = await runCase(fixture, dir);
      await expect(`${html}\n`).toMatchFileSnapshot(join(dir, 'output.html'));
      if (reported) await expect(`${toJson(reported)}\n`).toMatchFileSnapshot(join(dir, 'data.json'));
      else expect(existsSync(join(dir, 'data.json'))).toBe(false);
    });
  });
}
