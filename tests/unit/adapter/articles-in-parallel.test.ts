import { describe, expect, test, vi } from 'vitest';
import { checkFilesOnEveryCore, packedEntry } from '#adapter/articles-in-parallel.ts';
import { type ContentFile, checkBodies } from '#lib/check/content-check.ts';
import { formatProblem } from '#lib/content/problems.ts';
import { unpackBody } from '#lib/render/article-body.ts';
import { packText } from '#lib/text/packed-text.ts';

/** How many worker threads were started; with `stop`, each is stopped as it starts. */
const started = vi.hoisted(() => ({ workers: 0, stop: false }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      started.workers += 1;
      if (started.stop) void this.terminate();
    }
  }
  return { ...threads, Worker: CountedWorker };
});

const file = (collection: ContentFile['collection'], id: string, text: string): ContentFile => ({ collection, file: `content/${collection}/${id}.md`, text });
const SOURCES = 'sources:\n  - title: S\n    url: https://example.org/s\n';

const ACTORS = [
  file('actors', 'iran', '---\nname: Iran\nkind: country\naliases: [Tehran, Irán]\nsummary: A country.\n---\n'),
  file('actors', 'bolivia', '---\nname: Bolivia\nkind: country\nsummary: A country.\n---\n'),
  file('actors', 'daily', '---\nname: The Daily\nkind: media\nsummary: A newspaper.\n---\n'),
];
const EVENT = file('events', 'mou', `---\ntitle: Iran and Bolivia sign a memorandum\ndate: 2023-07-20\nactors: [iran, bolivia]\n${SOURCES}---\n`);

/** An article of the Daily with a claim and a date, its body `body`. */
function article(id: string, body: string, quote = 'Bolivia wants drones', lang = 'en'): ContentFile {
  return file(
    'articles',
    id,
    `\uFEFF---\ntitle: Article ${id}\nsummary: S\ngenre: news\nlang: ${lang}\nsource:\n  outlet: daily\n  url: https://example.org/${id}\n  published: 2023-08-01\nanalysed: 2024-01-01\nactors: [iran, bolivia]\n` +
      `claims:\n  - id: drones\n    quote: ${quote}\n    kind: factual\n    rating: supported\n    summary: Bolivia wants drones.\n    assessment: A.\n    ${SOURCES.replace(/\n  /g, '\n      ').replace('sources:', 'sources:')}` +
      `dates:\n  - quote: 20 July 2023\n    event: mou\n---\n${body}`,
  );
}

const BODY = 'On 20 July 2023, Iran and Bolivia signed a memorandum in Tehran.\n\n## What it says\n\nBolivia wants drones. Iran said so.';
const FILES = [
  ...ACTORS,
  EVENT,
  ...Array.from({ length: 7 }, (_, i) => article(`a-${i}`, BODY.repeat(i + 1))),
  article('missing-quote', BODY, 'a quote that is not in the text'),
  article('empty', '\n'),
  file('articles', 'bad-yaml', '---\ntitle: [unclosed\n---\nText.'),
  file('articles', 'bad-field', '---\ntitle: T\nsummary: S\ngenre: rumour\n---\nText.'),
];

/** A check's outcome as data that can be compared: problems as printed, entries with their lines, bodies inflated. */
async function comparable(options: { threads: number; from: number }) {
  const { checked, outcomes } = await checkFilesOnEveryCore(FILES, '/sub/', options);
  return {
    // The body's problems too: those the renderings say.
    problems: checkBodies(checked, outcomes).problems.map((problem) => formatProblem(problem)),
    articles: checked.content.articles.map(({ lineOf, ...entry }) => ({ ...entry, quoteLine: lineOf?.(['claims', 0, 'quote']) })),
    drafts: checked.drafts.map((draft) => draft.file),
    outcomes: [...outcomes].map(([id, outcome]) => [id, outcome.ok ? { ...outcome.rendering, html: unpackBody(outcome.rendering).html } : outcome]),
  };
}

describe('checkFilesOnEveryCore', () => {
  test('checks and renders articles in worker threads exactly as in the calling thread: entries, lines, problems and renderings', async () => {
    started.workers = 0;
    const here = await comparable({ threads: 1, from: 0 });
    expect(started.workers).toBe(0);
    const workers = await comparable({ threads: 3, from: 0 });
    expect(started.workers).toBe(1);
    expect(workers).toEqual(here);
    // Each part of the comparison holds something, so that equal cannot mean empty.
    expect(here.articles.map((entry) => entry.id)).toContain('a-6');
    expect(here.articles[0]).toMatchObject({ quoteLine: 14, body: expect.stringContaining('signed a memorandum') });
    expect(here.problems.join('\n')).toMatch(/missing-quote\.md:\d+: claims\[0\]\.quote/);
    expect(here.problems.join('\n')).toMatch(/bad-yaml\.md:2: \(frontmatter\): invalid YAML/);
    expect(here.problems.join('\n')).toMatch(/bad-field\.md:\d+: genre/);
    expect(here.problems.join('\n')).toMatch(/empty\.md:\d+: \(body\): a published article with no text/);
    expect(JSON.stringify(here.outcomes)).toContain('href=\\"/sub/actors/bolivia/\\"');
  });

  test('shares a large archive out between the threads it is given', async () => {
    started.workers = 0;
    const many = [...ACTORS, EVENT, ...Array.from({ length: 60 }, (_, i) => article(`many-${i}`, BODY))];
    const { checked, outcomes } = await checkFilesOnEveryCore(many, '/', { threads: 2, from: 50 });
    expect(started.workers).toBe(2);
    expect(checked.content.articles).toHaveLength(60);
    expect([...outcomes.values()].every((outcome) => outcome.ok && outcome.rendering.failures.length === 0)).toBe(true);
  });

  test('checks every file in the calling thread when a worker stops before it is done', async () => {
    started.stop = true;
    try {
      const stopped = await comparable({ threads: 2, from: 0 });
      expect(started.workers).toBeGreaterThan(0);
      expect(stopped).toEqual(await comparable({ threads: 1, from: 0 }));
    } finally {
      started.stop = false;
    }
  });

  test('checks fewer articles than it takes to start workers in the calling thread', async () => {
    started.workers = 0;
    const { checked } = await checkFilesOnEveryCore(FILES, '/', { threads: 2 });
    expect(checked.content.articles.length).toBeGreaterThan(0);
    expect(started.workers).toBe(0);
  });
});

describe('packedEntry', () => {
  const text = '---\ntitle: «Irán» y Bolivia\nactors: [iran]\n---\nIrán y “Bolivia” firmaron.\n';
  const body = 'Irán y “Bolivia” firmaron.\n';
  const entry = packedEntry({ id: 'a', file: 'content/articles/a.md', data: { title: 'T' }, body: '' }, packText(text), body.length, true);

  test('reads its body and the lines of its fields from the deflated text, every time', () => {
    expect(entry.body).toBe(body);
    expect(entry.body).toBe(body);
    expect(entry.lineOf?.(['actors', 0])).toBe(3);
    expect(entry.lineOf?.(['title'])).toBe(2);
  });

  test('holds no string of the text: the body is read through a getter, and a copy of the entry keeps it', () => {
    expect(Object.getOwnPropertyDescriptor(entry, 'body')?.get).toBeTypeOf('function');
    expect({ ...entry }.body).toBe(body);
    expect(Object.keys(entry).sort()).toEqual(['body', 'data', 'file', 'id', 'lineOf']);
  });

  test('has no lineOf when the worker had none', () => {
    expect(packedEntry({ id: 'a', file: 'a.md', data: {}, body: '' }, packText(text), body.length, false)).not.toHaveProperty('lineOf');
  });
});
