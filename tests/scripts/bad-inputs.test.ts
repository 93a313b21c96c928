/**
 * Bad input, one mistake at a time: each case changes one thing in a copy of
 * the minimal fixture site and runs `npm run check` on it, in a child process
 * as npm runs it. Each must end with the exit code and the message given,
 * naming the file, the line where there is one, the field and the value; no
 * case may crash, hang or pass silently, and none may change a file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = await mkdtemp(join(tmpdir(), 'dossier-bad-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const ARTICLE = 'articles/fixture-article.md';
const nextYear = new Date().getUTCFullYear() + 1;

/** One bad input: what to do to a fresh copy of the fixture, and what the check must say. */
interface Case {
  readonly name: string;
  readonly change: (site: string) => Promise<void>;
  readonly status: 0 | 1;
  /** Every line that must be in the output. */
  readonly says: readonly (string | RegExp)[];
}

const edit = (file: string, from: string | RegExp, to: string) => async (site: string) => {
  const path = join(site, file);
  const text = await readFile(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the case changes nothing in ${file}`);
  await writeFile(path, changed);
};
const add = (file: string, text: string | Uint8Array) => async (site: string) => {
  await writeFile(join(site, file), text);
};
const articleFile = (site: string) => `${site}/articles/fixture-article.md`;

const CASES: readonly Case[] = [
  {
    name: 'Markdown emphasis typed into YAML (an alias)',
    change: edit(ARTICLE, 'genre: news', 'genre: news\nsummary2: *Tehran*'),
    status: 1,
    says: [/fixture-article\.md:5: summary2: a YAML alias \(\*Tehran\*\) refers to another value/],
  },
  {
    name: 'a billion laughs',
    change: add('actors/laughs.md', '---\na: &a ["lol","lol","lol"]\nb: &b [*a,*a,*a]\nc: &c [*b,*b,*b]\nd: [*c,*c,*c]\n---\n'),
    status: 1,
    says: [/laughs\.md:2: a: a YAML anchor \(&a\)/],
  },
  {
    name: 'a merge key',
    change: edit(ARTICLE, 'genre: news', 'genre: news\nextra:\n  <<: { a: 1 }'),
    status: 1,
    says: [/fixture-article\.md:6: extra: a YAML merge key \(<<\)/],
  },
  {
    name: 'a custom tag',
    change: edit(ARTICLE, 'genre: news', 'genre: !js/function news'),
    status: 1,
    says: [/fixture-article\.md:4: genre: a YAML tag \(!js\/function\)/],
  },
  {
    name: 'a folder named like a Markdown file',
    change: async (site) => mkdir(join(site, 'actors/x.md')),
    status: 1,
    says: [/actors\/x\.md: \(file\): a folder, not a Markdown file/],
  },
  {
    name: 'a symbolic link to nothing',
    change: async (site) => symlink(join(site, 'nowhere.md'), join(site, 'actors/dangling.md')),
    status: 1,
    says: [/actors\/dangling\.md: \(file\): a symbolic link to a file that does not exist/],
  },
  {
    name: 'a symbolic link out of the content folder',
    change: async (site) => {
      await writeFile(join(work, 'outside.md'), '---\nname: Outside\nkind: person\nsummary: S.\n---\n');
      await symlink(join(work, 'outside.md'), join(site, 'actors/outside.md'));
    },
    status: 1,
    says: [/actors\/outside\.md: \(file\): a symbolic link to .*outside\.md, outside the content folder/],
  },
  {
    name: 'a collection folder that is a link out of the content folder',
    change: async (site) => {
      const outside = await mkdtemp(join(work, 'events-'));
      await cp(join(site, 'events'), outside, { recursive: true });
      await rm(join(site, 'events'), { recursive: true });
      await symlink(outside, join(site, 'events'));
    },
    status: 1,
    says: [/events: \(file\): the events\/ folder is a symbolic link to .*events-\w+, outside the content folder/],
  },
  {
    name: 'a file in a subfolder',
    change: async (site) => {
      await mkdir(join(site, 'actors/more'));
      await writeFile(join(site, 'actors/more/peru.md'), '---\nname: Peru\nkind: country\nsummary: S.\n---\n');
    },
    status: 0,
    says: [/actors\/more: \(file\): not read: the files in a subfolder of actors\/ are not part of the site/],
  },
  {
    name: 'an upper-case extension',
    change: add('actors/peru.MD', '---\nname: Peru\nkind: country\nsummary: S.\n---\n'),
    status: 0,
    says: [/actors\/peru\.MD: \(file\): not read: content files end in "\.md", in lower case/, /Rename it to peru\.md\./],
  },
  {
    name: 'a Latin-1 file',
    change: add('actors/peru.md', Buffer.from('---\nname: Per\xfa\nkind: country\nsummary: S.\n---\n', 'latin1')),
    status: 1,
    says: [/actors\/peru\.md:2: \(file\): not UTF-8: byte 13 \(line 2, column 10\) starts an invalid sequence: fa 0a/],
  },
  {
    name: 'a byte-order mark',
    change: async (site) => writeFile(articleFile(site), `\uFEFF${await readFile(articleFile(site), 'utf8')}`),
    status: 0,
    says: [/Checked 4 files in .*: 0 errors, 0 warnings/],
  },
  {
    name: 'a NUL in a title',
    change: edit(ARTICLE, 'title: A fixture article', 'title: A fixture\u0000 article'),
    status: 1,
    says: [/fixture-article\.md:2: \(file\): a control character U\+0000 \(NUL\) at line 2, column 17/],
  },
  {
    name: 'a control character written as a YAML escape',
    change: edit(ARTICLE, 'title: A fixture article', 'title: "A fixture\\x01 article"'),
    status: 1,
    says: [/fixture-article\.md:2: title: expected one line of plain text, without U\+0001 \(control character\) at character 10, got "A fixture\\u0001 article"/],
  },
  {
    name: 'a right-to-left override and a zero-width space in an alias',
    change: edit('actors/bolivia.md', 'kind: country', 'kind: country\naliases: ["Bolivia\\u202E\\u200B"]'),
    status: 1,
    says: [/bolivia\.md:4: aliases\[0\]: expected one line of plain text, without U\+202E \(right-to-left override\) at character 8 \(and 1 more\), got "Bolivia\\u202e\\u200b"/],
  },
  {
    name: 'a zero-width space in a dateline',
    change: edit(ARTICLE, '  published: 2023-08', '  published: 2023-08\n  dateline: "La\\u200B Paz"'),
    status: 1,
    says: [/fixture-article\.md:9: source\.dateline: expected one line of plain text, without U\+200B \(zero-width space\) at character 3/],
  },
  {
    name: 'a bidirectional override in the body',
    change: edit(ARTICLE, 'Bolivia did something.', 'Bolivia did \u202Esomething.'),
    status: 0,
    says: [/fixture-article\.md:15: \(body\): a hidden character in the text, U\+202E \(right-to-left override\) at column 22/],
  },
  {
    name: 'an alias that is a function word',
    change: edit('actors/bolivia.md', 'kind: country', 'kind: country\naliases: [the]'),
    status: 1,
    says: [/bolivia\.md:4: aliases\[0\]: "the" is a function word of English: it would link ordinary text everywhere/],
  },
  {
    name: 'an alias that is a common word in lower case',
    change: edit('actors/bolivia.md', 'kind: country', 'kind: country\naliases: [state]'),
    status: 1,
    says: [/bolivia\.md:4: aliases\[0\]: "state" is a common English word in lower case/],
  },
  {
    name: 'tabs for indentation',
    change: edit(ARTICLE, '  outlet: daily-example', '\toutlet: daily-example'),
    status: 1,
    says: [/fixture-article\.md:6: \(frontmatter\): a tab indents this line: YAML indents with spaces only/],
  },
  {
    name: 'a hexadecimal year',
    change: edit(ARTICLE, 'published: 2023-08', 'published: 0x7E7'),
    status: 1,
    says: [/fixture-article\.md:8: source\.published: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "0x7E7"/],
  },
  {
    name: 'an event in the year 0000',
    change: edit('events/example-event.md', 'date: 2023-07', 'date: "0000"'),
    status: 1,
    says: [new RegExp(`example-event\\.md:3: date: expected a year from 1000 to ${nextYear}, got "0000"`)],
  },
  {
    name: 'an analysis dated in the future',
    change: edit(ARTICLE, 'analysed: 2026-11-28', `analysed: ${nextYear}-12-31`),
    status: 1,
    says: [/fixture-article\.md:9: analysed: expected a date not after today \(\d{4}-\d{2}-\d{2}\), got "\d{4}-12-31"/],
  },
  {
    name: 'an original published after it was analysed',
    change: edit(ARTICLE, 'published: 2023-08', 'published: 2026-12'),
    status: 1,
    says: [/fixture-article\.md:8: source\.published: expected a date on or before `analysed` \(2026-11-28\).*, got "2026-12"/],
  },
  {
    name: 'an event that ends before it begins',
    change: edit('events/example-event.md', 'date: 2023-07', 'date: 2023-07\nend: 2022-01'),
    status: 1,
    says: [/example-event\.md:4: end: expected `end` on or after `date`, got "2022-01"/],
  },
  {
    name: 'a 10,000-character address',
    change: edit(ARTICLE, 'url: https://example.org/article', `url: https://example.org/${'a'.repeat(10_000)}`),
    status: 1,
    says: [/fixture-article\.md:7: source\.url: expected an address of at most 2048 characters/],
  },
  {
    name: 'an address with a user name and password',
    change: edit(ARTICLE, 'url: https://example.org/article', 'url: https://user:pass@example.org/article'),
    status: 1,
    says: [/fixture-article\.md:7: source\.url: expected a public address, without a user name or password, got "https:\/\/user:pass@example\.org\/article"/],
  },
  {
    name: 'a published article with no text',
    change: edit(ARTICLE, /\n---\n[\s\S]*$/, '\n---\n'),
    status: 1,
    says: [/fixture-article\.md:\d+: \(body\): a published article with no text: the body after the frontmatter is empty/],
  },
  {
    name: 'a published article with no actors',
    change: edit(ARTICLE, 'actors: [bolivia]', 'actors: []'),
    status: 1,
    says: [/fixture-article\.md:10: actors: a published article with no actors/],
  },
  {
    name: 'an alias of "."',
    change: edit('actors/bolivia.md', 'kind: country', 'kind: country\naliases: ["."]'),
    status: 1,
    says: [/bolivia\.md:4: aliases\[0\]: expected an alias of at least 2 characters \(it has 1\), got "\."/, /aliases\[0\]: expected an alias with a letter or digit in it/],
  },
  {
    name: 'a date quote that starts inside a word',
    change: edit(ARTICLE, '{ quote: In July,', '{ quote: n July,'),
    status: 1,
    says: [/fixture-article\.md:12: dates\[0\]\.quote: date "n July": the quote starts or ends inside a word: "n July" occurs only as part of "…In July…"/],
  },
  {
    name: 'a one-letter date quote inside a word',
    change: edit(ARTICLE, '{ quote: In July,', '{ quote: "J",'),
    status: 1,
    says: [/dates\[0\]\.quote: date "J": the quote starts or ends inside a word/],
  },
  {
    name: 'a prefix that is not in the text',
    change: edit(ARTICLE, '{ quote: In July,', '{ quote: In July, prefix: Early,'),
    status: 1,
    says: [/fixture-article\.md:12: dates\[0\]\.prefix: date "In July": the prefix "Early" is not the text just before the quote "In July"/],
  },
  {
    name: 'a claim of two words',
    change: edit(
      ARTICLE,
      'dates:',
      'claims:\n  - { id: c, quote: "Bolivia did", kind: factual, rating: not-checkable, summary: s, assessment: a }\ndates:',
    ),
    status: 0,
    says: [/fixture-article\.md:12: claims\[0\]\.quote: a claim quoted in 2 words: "Bolivia did"/],
  },
  {
    name: 'seventy thousand actor mentions in one paragraph',
    change: edit(ARTICLE, 'In July, Bolivia did something.', `In July, ${'Bolivia '.repeat(70_000)}did something.`),
    status: 0,
    says: [/Checked 4 files in .*: 0 errors, 0 warnings/],
  },
];

/** Every file of `dir` and its hash, to show that nothing was written. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return files;
}

describe('npm run check on bad input', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, { change, status, says }) => {
    const site = await mkdtemp(join(work, 'site-'));
    await cp(join(root, 'tests/fixtures/sites/minimal'), site, { recursive: true });
    await change(site);
    const before = await snapshot(site);
    const result = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', DOSSIER_CONTENT_DIR: site },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/); // no stack trace
    for (const line of says) expect(output).toMatch(line);
    expect(result.status, output).toBe(status);
    expect(await snapshot(site)).toEqual(before);
  });
});

/** One bad input to `npm run new`: the text file (or folder) given, its options, and what it must say. */
interface DraftCase {
  readonly name: string;
  readonly input: string | Uint8Array | 'folder';
  readonly options?: readonly string[];
  readonly says: RegExp;
}

const DRAFT_CASES: readonly DraftCase[] = [
  { name: 'an empty file', input: '', says: /is empty: there is no text to draft an article from/ },
  { name: 'only blank lines', input: '\n\n  \n', says: /is empty: there is no text to draft an article from/ },
  { name: 'a binary file', input: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), says: /is not a text file: it has a NUL byte at offset 4/ },
  { name: 'a Latin-1 file', input: Buffer.from('Per\xfa y Bolivia.\n', 'latin1'), says: /not UTF-8: byte 3 \(line 1, column 4\)/ },
  { name: 'a control character', input: 'Bolivia\u0007 and Peru.\n', says: /is not plain text: a control character U\+0007/ },
  { name: 'a folder', input: 'folder', says: /cannot read .*: it is a folder/ },
  { name: 'a javascript: address', input: 'Bolivia and Peru.\n', options: ['--url', 'javascript:alert(1)'], says: /--url: expected an http\(s\) URL, got "javascript:alert\(1\)"/ },
  { name: 'a hexadecimal date', input: 'Bolivia and Peru.\n', options: ['--published', '0x7E7'], says: /--published: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "0x7E7"/ },
  { name: 'a title with a NUL', input: 'Bolivia and Peru.\n', options: ['--title', 'A\u0001B'], says: /--title: expected text without control characters/ },
];

describe('npm run new on bad input', () => {
  test.each(DRAFT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, { input, options = [], says }) => {
    const site = await mkdtemp(join(work, 'new-'));
    await cp(join(root, 'tests/fixtures/sites/minimal'), site, { recursive: true });
    const path = join(site, 'input.txt');
    if (input === 'folder') await mkdir(path);
    else await writeFile(path, input);
    const before = await snapshot(site);
    const result = spawnSync(process.execPath, ['scripts/new-article.ts', path, '--slug', 'drafted', ...options], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', DOSSIER_CONTENT_DIR: site },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toMatch(says);
    expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(result.status).toBe(1);
    expect(await snapshot(site)).toEqual(before);
  });
});

test('an article whose 2,000 claims all quote the text slightly wrong is checked to the end, each with the nearest passage', async () => {
  const site = await mkdtemp(join(work, 'quotes-'));
  await cp(join(root, 'tests/fixtures/sites/minimal'), site, { recursive: true });
  const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: Bolivia and its neighbours signed agreement number ${i} on border security.`);
  const claims = Array.from(
    { length: 2000 },
    (_, i) => `  - { id: c${i}, quote: "Bolivia and its neighbors signed agreemnt number ${i % 400} on border", kind: opinion, rating: not-checkable, summary: s, assessment: a }`,
  );
  const article = await readFile(articleFile(site), 'utf8');
  await writeFile(
    articleFile(site),
    article.replace('dates:', `claims:\n${claims.join('\n')}\ndates:`).replace('In July, Bolivia did something.', `In July, Bolivia did something.\n\n${paragraphs.join('\n\n')}`),
  );
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', DOSSIER_CONTENT_DIR: site },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 2 ** 20,
  });
  expect(result.stdout).toMatch(/^2000 content errors:/);
  expect(result.stdout).toMatch(/claims\[1999\]\.quote: claim "c1999": the quote is not in the text: "Bolivia and its neighbors signed agreemnt number 399 on border"\n\s+The closest passage of the text differs at character 24:/);
  expect(result.status).toBe(1);
});
