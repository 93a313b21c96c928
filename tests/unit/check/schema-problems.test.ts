import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { validateFrontmatter } from '#lib/check/schema-problems.ts';
import type { FieldPath } from '#lib/content/problems.ts';
import { ActorSchema, ArticleSchema, EventSchema } from '#lib/content/schema/index.ts';

const FILE = 'content/articles/deal.md';
const sources = [{ title: 'S', url: 'https://example.org' }];
const article = {
  title: 'Iran and Bolivia sign a memorandum',
  summary: 'S.',
  genre: 'news',
  source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023' },
  analysed: '2025',
};
const claim = {
  id: 'signed',
  quote: 'Iran signed',
  kind: 'factual',
  rating: 'supported',
  summary: 'Iran signed',
  assessment: 'A.',
  sources,
};
const actor = { name: 'Iran', kind: 'country', summary: 'A country.' };

/** The problems of invalid data, without the file name (always FILE) or severity (always error). */
function problemsOf(schema: z.ZodType, data: unknown, lineOf?: (path: FieldPath) => number | undefined) {
  const result = validateFrontmatter(schema, data, FILE, lineOf);
  if (result.ok) throw new Error('expected problems');
  for (const problem of result.problems) expect(problem).toMatchObject({ file: FILE, severity: 'error' });
  return result.problems.map(({ file: _file, severity: _severity, ...rest }) => rest);
}

describe('validateFrontmatter', () => {
  test('returns the parsed data, defaults filled in, when the frontmatter is valid', () => {
    const result = validateFrontmatter(ActorSchema, { ...actor, summary: '  A country.  ' }, FILE);
    expect(result).toEqual({
      ok: true,
      data: { ...actor, summary: 'A country.', aliases: [], roles: [], sources: [], corrections: [] },
    });
  });

  test('returns the allowed values and the value found when an enum value is wrong', () => {
    expect(problemsOf(ActorSchema, { ...actor, kind: 'nation' })).toEqual([
      {
        field: 'kind',
        message: 'expected one of "person", "organization", "country", "region", "group", "media", got "nation"',
      },
    ]);
  });

  test('returns "missing" naming the expected type when a required field is absent', () => {
    expect(problemsOf(ActorSchema, { kind: 'country', summary: 'A country.' })).toEqual([
      { field: 'name', message: 'missing: expected a string' },
    ]);
  });

  test('returns a "did you mean" hint for an unknown field close to a known one', () => {
    expect(problemsOf(ActorSchema, { ...actor, aliasses: ['Tehran'] })).toEqual([
      { field: 'aliasses', message: 'unknown field "aliasses"', hint: 'Did you mean "aliases"?' },
    ]);
  });

  test('returns the known fields as the hint for an unknown field close to none', () => {
    expect(problemsOf(ActorSchema, { ...actor, colour: 'green' })).toEqual([
      {
        field: 'colour',
        message: 'unknown field "colour"',
        hint: 'Known fields: name, kind, aliases, summary, wikidata, roles, sources, website, corrections.',
      },
    ]);
  });

  test('returns hints from the fields of the nested object an unknown field is in', () => {
    const problems = problemsOf(ArticleSchema, {
      ...article,
      source: { ...article.source, outlt: 'x' },
      dates: [{ quote: 'In July', event: 'mou', evnt: 'mou' }],
      claims: [{ ...claim, sourcs: [] }],
    });
    expect(problems).toEqual([
      { field: 'source.outlt', message: 'unknown field "outlt"', hint: 'Did you mean "outlet"?' },
      { field: 'dates[0].evnt', message: 'unknown field "evnt"', hint: 'Did you mean "event"?' },
      { field: 'claims[0].sourcs', message: 'unknown field "sourcs"', hint: 'Did you mean "sources"?' },
    ]);
  });

  test('returns hints from the fields of an object inside a defaulted list', () => {
    expect(problemsOf(ActorSchema, { ...actor, roles: [{ title: 'Minister', frm: '2020' }] })).toEqual([
      { field: 'roles[0].frm', message: 'unknown field "frm"', hint: 'Did you mean "from"?' },
    ]);
  });

  test('returns the expected and the found type when a value has the wrong type', () => {
    expect(problemsOf(ActorSchema, { ...actor, name: 42, aliases: 'Tehran' })).toEqual([
      { field: 'name', message: 'expected a string, got 42' },
      { field: 'aliases', message: 'expected an array, got "Tehran"' },
    ]);
    expect(problemsOf(ArticleSchema, { ...article, source: 'Tehran Times' })).toEqual([
      { field: 'source', message: 'expected an object, got "Tehran Times"' },
    ]);
  });

  test('returns the field "(frontmatter)" when the frontmatter is not an object', () => {
    expect(problemsOf(ActorSchema, null)).toEqual([{ field: '(frontmatter)', message: 'expected an object, got null' }]);
  });

  test('returns a nested field path such as claims[0].rating', () => {
    expect(problemsOf(ArticleSchema, { ...article, claims: [claim, { ...claim, id: 'other', rating: 'mostly-true' }] })).toEqual([
      {
        field: 'claims[1].rating',
        message:
          'expected one of "supported", "partly-supported", "disputed", "unsupported", "false", "not-checkable", got "mostly-true"',
      },
    ]);
  });

  test('returns the line the lineOf function gives for the field path', () => {
    const asked: FieldPath[] = [];
    const lineOf = (path: FieldPath) => {
      asked.push(path);
      return path[0] === 'claims' ? 14 : undefined;
    };
    const problems = problemsOf(ArticleSchema, { ...article, genre: 'rumour', claims: [{ ...claim, rating: 'nope' }] }, lineOf);
    expect(asked).toEqual([['genre'], ['claims', 0, 'rating']]);
    expect(problems.map(({ field, line }) => ({ field, line }))).toEqual([
      { field: 'genre', line: undefined },
      { field: 'claims[0].rating', line: 14 },
    ]);
    expect(problems[0]).not.toHaveProperty('line');
  });

  test('returns the length limit, the length found and a shortened value for a string too long', () => {
    expect(problemsOf(ArticleSchema, { ...article, claims: [{ ...claim, summary: 'x'.repeat(80) }] })).toEqual([
      {
        field: 'claims[0].summary',
        message: `expected at most 75 characters (it has 80), got "${'x'.repeat(76)}…`,
      },
    ]);
  });

  test('returns the lower bound for an empty string and the schema\'s own message for an empty list', () => {
    expect(problemsOf(EventSchema, { title: '', date: '2023', sources })).toEqual([
      { field: 'title', message: 'expected at least 1 characters (it has 0), got ""' },
    ]);
    expect(problemsOf(EventSchema, { title: 'E', date: '2023', sources: [] })).toEqual([
      { field: 'sources', message: 'expected at least one source for the event (it has 0), got []' },
    ]);
  });

  test('returns the schema\'s own message for format and custom checks', () => {
    expect(
      problemsOf(EventSchema, {
        title: 'E',
        date: '2023-13',
        sources: [{ title: 'S', url: 'ftp://example.org' }],
        actors: ['Evo Morales'],
      }),
    ).toEqual([
      { field: 'date', message: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"' },
      { field: 'actors[0]', message: 'expected a kebab-case id such as "iran" or "edmundo-novillo", got "Evo Morales"' },
      { field: 'sources[0].url', message: 'expected an http(s) URL, got "ftp://example.org"' },
    ]);
  });

  test('returns every problem of a refinement at the field it names', () => {
    const problems = problemsOf(ArticleSchema, { ...article, claims: [{ ...claim, rating: 'disputed', sources: [] }] });
    expect(problems.map(({ field }) => field)).toEqual(['claims[0].sources']);
    expect(problems[0]!.message).toMatch(/^expected at least one source for a claim rated "disputed", got /);
    const events = problemsOf(EventSchema, { title: 'E', date: '2024', end: '2023', sources });
    expect(events.map(({ field }) => field)).toEqual(['end']);
    expect(events[0]!.message).toMatch(/^expected `end` on or after `date`, got /);
  });

  test('returns numeric bounds without a unit or a length for a schema of numbers', () => {
    const schema = z.strictObject({ count: z.number().min(1).max(9) });
    expect(problemsOf(schema, { count: 0 })).toEqual([{ field: 'count', message: 'expected at least 1, got 0' }]);
    expect(problemsOf(schema, { count: 10 })).toEqual([{ field: 'count', message: 'expected at most 9, got 10' }]);
  });

  test('returns hints for an unknown field of an object schema behind a transform', () => {
    const schema = z.strictObject({ title: z.string() }).transform((data) => data.title);
    expect(problemsOf(schema, { title: 'T', titel: 'U' })).toEqual([
      { field: 'titel', message: 'unknown field "titel"', hint: 'Did you mean "title"?' },
    ]);
  });

  test('returns the unknown field at its path when it is in an object inside a union', () => {
    const schema = z.strictObject({ item: z.union([z.strictObject({ a: z.string() }), z.number()]) });
    const problems = problemsOf(schema, { item: { a: 'x', b: 'y' } });
    expect(problems.map(({ field, message }) => ({ field, message }))).toEqual([
      { field: 'item.b', message: 'unknown field "b"' },
    ]);
    // The walk for hints does not look into unions, so it offers no field name.
    expect(problems[0]!.hint).not.toMatch(/Did you mean/);
  });
});
