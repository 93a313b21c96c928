import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countWords, createArticleRenderer } from '#lib/render/article-renderer.ts';
import { ArticleSchema } from '#lib/content/schema/index.ts';
import { buildAliasIndex } from '#lib/text/alias-index.ts';
import { CAST, EVENTS } from '../support/actors.ts';

const fixtures = join(import.meta.dirname, 'article-renderer');
const site = { aliasIndex: buildAliasIndex(CAST).index, events: new Map(EVENTS.map((event) => [event.id, event])) };
const render = createArticleRenderer(site);

/** An article entry around `body`, listing `actors` and making `claims`, in `lang` and with the `text` given. */
function article(body: string, actors: string[] = [], claims: object[] = [], dates: object[] = [], more: { lang?: string; text?: string } = {}) {
  const archived = more.text === 'excerpts' ? { archived: 'https://web.archive.org/web/20230801000000/https://example.org/a' } : {};
  const data = ArticleSchema.parse({
    title: 'T',
    summary: 'S',
    genre: 'news',
    source: { outlet: 'tehran-times', url: 'https://example.org/a', published: '2023', ...archived },
    analysed: '2026-11-28',
    actors,
    claims: claims.map((claim) => ({ kind: 'factual', summary: 's', assessment: 'a', rating: 'not-checkable', ...claim })),
    dates,
    ...more,
  });
  return { id: 'fixture', file: 'fixture.md', body, data };
}

/**
 * A fixture case: `input.md`, an optional `config.json` ({ "actors": [ids],
 * "claims": [{ id, quote, prefix?, rating?, translation? }], "dates": [{ quote, event }],
 * "lang"?: tag, "text"?: "excerpts" }), and the pinned `output.html`.
 */
async function renderFixture(name: string) {
  const input = await readFile(join(fixtures, name, 'input.md'), 'utf8');
  const configFile = join(fixtures, name, 'config.json');
  const config = existsSync(configFile) ? JSON.parse(await readFile(configFile, 'utf8')) : {};
  const more = { ...(config.lang ? { lang: config.lang } : {}), ...(config.text ? { text: config.text } : {}) };
  return render(article(input, config.actors, config.claims, config.dates, more));
}

describe('renderArticle', () => {
  test.each(readdirSync(fixtures))('returns the pinned HTML for %s', async (name) => {
    const { body: { html } } = await renderFixture(name);
    await expect(`${html}\n`).toMatchFileSnapshot(join(fixtures, name, 'output.html'));
  });

  test('returns every heading with its id, body headings below the page title', async () => {
    expect((await renderFixture('headings')).body.headings).toEqual([
      { depth: 2, id: 'a-top-level-heading-in-the-body', text: 'A top-level heading in the body' },
      { depth: 2, id: 'irans-push-diplomatic--military', text: 'Iran’s push: diplomatic & military' },
      { depth: 2, id: 'irans-push-diplomatic--military-1', text: 'Iran’s push: diplomatic & military' },
      { depth: 3, id: 'a-deeper-heading', text: 'A deeper heading' },
    ]);
  });

  test('returns HTML without scripts, event handlers or unsafe URLs', async () => {
    const { body: { html } } = await renderFixture('unsafe-html');
    expect(html).not.toMatch(/<script|<iframe|<img|onerror|onclick|javascript:|style=/i);
    expect(html).not.toContain('id="claim-forged"');
  });

  test('returns the word count of the text, not of the Markdown syntax', () => {
    expect(render(article('Read [the report](https://example.org/a/long/url) **now**.')).body.wordCount).toBe(4);
  });

  test('returns each mention with its sentence, the first one linked', async () => {
    const { mentions } = await renderFixture('actor-mentions');
    expect(mentions.map(({ alias, linked, anchor }) => `${anchor} ${alias} ${linked ? 'link' : 'mark'}`)).toEqual([
      'mention-iran-1 Iran link',
      'mention-bolivia-1 Bolivian link',
      'mention-united-states-1 U.S. link',
      'mention-iran-2 Tehran mark',
      'mention-bolivia-2 La Paz mark',
      'mention-united-states-2 Washington mark',
      'mention-iran-3 Iranian mark',
      'mention-iran-4 Iran mark',
      'mention-united-states-3 Washington mark',
      'mention-iran-5 Iran mark',
    ]);
    const first = mentions[0]!;
    expect(first.sentence).toBe("In July, Iran's defence minister met his Bolivian counterpart.");
    expect(first.sentence.slice(first.offset, first.offset + first.alias.length)).toBe('Iran');
  });

  test('returns no mention of an actor the article does not list', () => {
    const { mentions, body: { html } } = render(article('Iran and Bolivia met.', ['bolivia']));
    expect(mentions.map((mention) => mention.actor)).toEqual(['bolivia']);
    expect(html).toBe('<p>Iran and <a href="/actors/bolivia/" id="mention-bolivia-1" class="mention" data-actor="bolivia">Bolivia</a> met.</p>');
  });

  test('links actors under the configured base', () => {
    const { body: { html } } = createArticleRenderer({ ...site, base: '/dossier/' })(article('Iran.', ['iran']));
    expect(html).toContain('href="/dossier/actors/iran/"');
  });
});

describe('countWords', () => {
  test('returns one word for contractions, abbreviations and hyphenated words', () => {
    expect(countWords("Iran's U.S.-backed Tehran-La Paz MOU, in 2019.")).toBe(7);
    expect(countWords('')).toBe(0);
  });
});

describe('renderArticle with claims', () => {
  test('returns each claim wrapped in a mark with its rating, followed by its verdict', async () => {
    const { body: { html }, claims } = await renderFixture('claim-marks');
    expect(html).toContain('<mark id="claim-coup" class="claim" data-claim="coup" data-rating="disputed">');
    expect(html).toContain(
      '<a class="verdict" data-rating="disputed" href="#claim-card-coup" data-pagefind-ignore=""><span class="visually-hidden"> Verdict on this claim: </span>Disputed</a>',
    );
    expect(claims.get('coup')?.context).toEqual({
      before: '',
      text: 'Bolivia faced a U.S.-backed coup in 2019',
      after: '; Shortly after the coup, Bolivia again tried to cement its relations with Iran.',
    });
  });

  test('throws a content error naming the claim when a quote is not in the text', () => {
    expect(() => render(article('Some text.', [], [{ id: 'x', quote: 'Other text' }]))).toThrow(
      'fixture.md: claims[0].quote: claim "x": the quote is not in the text: "Other text"',
    );
  });
});

describe('renderArticle in Spanish', () => {
  test('returns the text as written, its accents in NFD, with claims, dates and actors found in it', async () => {
    const input = await readFile(join(fixtures, 'spanish', 'input.md'), 'utf8');
    expect(input.normalize('NFC')).not.toBe(input);
    const { body: { html }, claims, dates, mentions } = await renderFixture('spanish');
    // Nothing of the text is changed: the accents stay decomposed.
    expect(html).toContain('Ira\u0301n');
    expect(html).not.toContain('Irán'.normalize('NFC'));
    expect(claims.get('cooperacion')?.context.text).toBe('«La cooperación militar con Irán es legítima»'.normalize('NFD'));
    expect(claims.get('quien-paga')?.context.text).toBe('¿Quién pagará los drones?'.normalize('NFD'));
    expect(dates.map(({ id, anchor }) => [id, anchor.context.text])).toEqual([
      ['date-mou-1', 'el 20 de julio de 2023'],
      ['date-mou-2', 'julio de 2023'],
    ]);
    expect(html).toContain('<time datetime="2023-07-20">el 20 de julio de 2023</time>');
    expect(html).toContain('<time datetime="2023-07">julio de 2023</time>');
    expect(mentions.map(({ anchor, alias }) => `${anchor} ${alias.normalize('NFC')}`)).toEqual([
      'mention-iran-1 Irán',
      'mention-bolivia-1 Bolivia',
      'mention-iran-2 Irán',
      'mention-bolivia-2 Bolivia',
    ]);
  });
});

describe('renderArticle of excerpts', () => {
  test('returns a marker for each gap between passages, never inside a claim', async () => {
    const { body: { html }, claims } = await renderFixture('excerpts');
    expect(html.match(/<p class="passage-gap">/g)).toHaveLength(2);
    expect(claims.get('drones')?.context.text).toBe('Bolivia quiere drones iraníes');
  });

  test('throws a content error for a quote that runs across a gap', () => {
    const body = 'Bolivia quiere drones.\n\n[…]\n\nIrán los fabrica.\n';
    const claim = { id: 'x', quote: 'drones. […] Irán', translation: 't' };
    expect(() => render(article(body, [], [claim], [], { lang: 'es', text: 'excerpts' }))).toThrow('claims[0].quote: claim "x": the quote is not in the text');
  });

  test('leaves a paragraph of […] alone in a whole text', () => {
    expect(render(article('Before.\n\n[…]\n\nAfter.')).body.html).toBe('<p>Before.</p>\n<p>[…]</p>\n<p>After.</p>');
  });
});

describe('renderArticle with date mentions', () => {
  test('returns each date wrapped in a link to its event around a time of the date the phrase says', async () => {
    const { body: { html }, dates } = await renderFixture('date-mentions');
    expect(html).toContain(
      '<a href="/events/mou/" id="date-mou-1" class="date-mention" data-event="mou"><time datetime="2023-07">In July</time>' +
        '<span class="date-tip" data-pagefind-ignore=""><span class="visually-hidden"> (</span>20 July 2023: Iran and Bolivia sign a memorandum<span class="visually-hidden">)</span></span></a>',
    );
    expect(html).toContain('<time datetime="2019">in 2019</time>');
    expect(html).toContain('October–November 2019: A crisis in Bolivia');
    expect(dates.map(({ event, id, anchor }) => [event, id, anchor.context.text])).toEqual([
      ['mou', 'date-mou-1', 'In July'],
      ['crisis', 'date-crisis-1', 'in 2019'],
      ['mou', 'date-mou-2', 'that month'],
    ]);
  });
});
