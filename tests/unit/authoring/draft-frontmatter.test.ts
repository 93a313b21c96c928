import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { bodyBlocks } from '#authoring/body-blocks.ts';
import { type Draft, draftArticle, normalizeBody } from '#authoring/draft-frontmatter.ts';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { toPartialDate } from '#lib/content/partial-date.ts';
import { QuoteIndex } from '#lib/text/quote-anchor.ts';
import { CAST, EVENTS } from '../../support/actors.ts';
import { loadSeed } from '../../support/seed.ts';

const today = new Date(Date.UTC(2026, 0, 15));

/** The frontmatter and body of a drafted file. */
function parseDraft(draft: Draft) {
  const parsed = parseMarkdownFile(draft.text, 'draft.md');
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return { data: parsed.value.data as Record<string, unknown>, body: parsed.value.body };
}

describe('normalizeBody', () => {
  test('returns paragraphs separated by one blank line, CRLF normalised, line breaks inside kept', async () => {
    const text = await readFile('tests/fixtures/authoring/crlf.txt', 'utf8');
    expect(normalizeBody(text)).toBe('First line.\n\nSecond paragraph,\nsame paragraph.\n\nThird.');
  });

  test('returns one paragraph a line for a text without blank lines', () => {
    expect(normalizeBody('One.\nTwo.\n')).toBe('One.\n\nTwo.');
  });
});

describe('draftArticle', () => {
  let seed: Awaited<ReturnType<typeof loadSeed>>;
  let draft: Draft;
  beforeAll(async () => {
    seed = await loadSeed();
    draft = draftArticle({
      body: seed.text,
      outlet: 'tehran-times',
      published: toPartialDate(seed.article.data.source.published),
      today,
      actors: seed.actors,
      events: seed.events,
    });
  });

  test('returns the body verbatim after the frontmatter', () => {
    expect(parseDraft(draft).body.trim()).toBe(seed.text.trim());
  });

  test('returns frontmatter that parses and round-trips, with the draft flag and the found actors', () => {
    const yaml = draft.text.split('---\n')[1]!;
    const doc = parseDocument(yaml);
    expect(doc.errors).toEqual([]);
    expect(parseDocument(doc.toString()).toJS()).toEqual(doc.toJS());
    const { data } = parseDraft(draft);
    // A year alone is a number, as the content writes it (`published: 2023`); the schema reads either.
    expect(data).toMatchObject({ draft: true, title: null, source: { outlet: 'tehran-times', published: 2023, dateline: 'Tehran' }, analysed: '2026-01-15' });
    expect(data['actors']).toEqual(draft.knownActors.map(({ actor }) => actor));
  });

  test('returns claim and date quotes that each anchor uniquely in the body', () => {
    const { data, body } = parseDraft(draft);
    const index = new QuoteIndex(bodyBlocks(body));
    const selectors = [...(data['claims'] as { quote: string }[]), ...(data['dates'] as { quote: string }[])];
    expect(selectors.length).toBeGreaterThan(10);
    for (const selector of selectors) expect(index.anchor(selector).ok, selector.quote).toBe(true);
    expect(draft.unanchored).toEqual([]);
  });

  test('returns claims with empty verdicts, a guessed kind and the actors they name', () => {
    const claims = parseDraft(draft).data['claims'] as Record<string, unknown>[];
    const coup = claims.find((claim) => String(claim['quote']).startsWith('Bolivia faced a U.S.-backed coup in 2019'));
    expect(coup).toEqual({
      id: 'bolivia-faced-us-backed-coup',
      quote: 'Bolivia faced a U.S.-backed coup in 2019; Shortly after the coup, with the Movement Toward Socialism political party (MAS), Bolivia again tried to cement its relations with Iran.',
      about: ['bolivia', 'united-states', 'movement-toward-socialism', 'iran'],
      kind: 'factual',
      rating: null,
      summary: null,
      assessment: null,
      sources: [],
    });
    expect(draft.text).toContain('# One of: supported, partly-supported, disputed, unsupported, false, not-checkable.');
  });

  test('adds a prefix or suffix where a quote occurs more than once, and comments on dates without an event', () => {
    const text = 'In 2021, Iran signed. In 2021, Bolivia signed.\n\nThey met in July 2023.';
    const small = draftArticle({ body: text, today, actors: CAST, events: EVENTS });
    const { data, body } = parseDraft(small);
    const index = new QuoteIndex(bodyBlocks(body));
    const claims = data['claims'] as { quote: string; prefix?: string; suffix?: string }[];
    expect(claims.map(({ quote }) => quote)).toEqual(['In 2021, Iran signed.', 'In 2021, Bolivia signed.', 'They met in July 2023.']);
    expect(data['dates']).toEqual([{ quote: 'in July 2023', event: 'mou' }]);
    expect(small.dates.map(({ quote, date }) => `${quote} ${date}`)).toEqual(['In 2021 2021', 'In 2021 2021', 'in July 2023 2023-07']);
    expect(small.dates[1]?.selector).toEqual({ quote: 'In 2021', prefix: 'signed.' });
    for (const claim of claims) expect(index.anchor(claim).ok).toBe(true);
    expect(small.text).toContain('#   “In 2021” is 2021: create an event for it');
  });

  test('lists candidate actors as comments under actors, with kind, id and sentence', () => {
    const small = draftArticle({ body: 'Iran met Kaja Kallas in Tallinn.', today, actors: CAST, events: EVENTS });
    expect(parseDraft(small).data['actors']).toEqual(['iran']);
    expect(small.text).toMatch(/^ {2}# {3}Kaja Kallas \(person, id kaja-kallas\): “Iran met Kaja Kallas in Tallinn\.”$/m);
  });
});

describe('draftArticle in Spanish', () => {
  const body = 'Irán firmó el 20 de julio de 2023 un memorando con Bolivia. El ministro dijo que el acuerdo “es legítimo y no amenaza a nadie”.';
  const draft = draftArticle({ body, lang: 'es', published: toPartialDate('2023-07'), today, actors: CAST, events: EVENTS });
  const { data } = parseDraft(draft);

  test('returns the language, and the dates read in Spanish', () => {
    expect(data['lang']).toBe('es');
    expect(data['dates']).toEqual([{ quote: 'el 20 de julio de 2023', event: 'mou' }]);
    expect(data['actors']).toEqual(['iran', 'bolivia']);
  });

  test('returns each claim with a translation to write, and a comment saying so', () => {
    const claims = data['claims'] as Record<string, unknown>[];
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(Object.hasOwn(claim, 'translation') && claim['translation'] === null).toBe(true);
    expect(draft.text).toContain("# Dossier's English translation of the quote, which readers see beside it.");
  });

  test('returns no language and no translation for a text in English', () => {
    const english = parseDraft(draftArticle({ body: 'Iran said it "is legitimate and threatens no one".', today, actors: CAST, events: EVENTS })).data;
    expect(english).not.toHaveProperty('lang');
    for (const claim of english['claims'] as Record<string, unknown>[]) expect(claim).not.toHaveProperty('translation');
  });
});
