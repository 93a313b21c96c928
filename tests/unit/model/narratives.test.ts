import { describe, expect, test } from 'vitest';
import { DEFAULT_LANGUAGE, languageName, languageOf } from '#lib/content/languages.ts';
import { contentOf } from '#lib/content/entry.ts';
import { NarrativeSchema } from '#lib/content/schema/index.ts';
import { chartAppearances, chartBars } from '#lib/model/appearance-chart.ts';
import { buildSite } from '#lib/model/build-site.ts';
import { narrativesByActor } from '#lib/model/narratives.ts';
import type { ClaimView } from '#lib/model/views.ts';
import { CAST, actorEntry, articleEntry, claimFields } from '../../support/actors.ts';

const narrative = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  file: `content/narratives/${id}.md`,
  body: '',
  data: NarrativeSchema.parse({ title: `Narrative ${id}`, summary: 'S.', firstSeen: '2022', ...fields }),
});

/** An article by `outlet`, published on `published`, in `lang` when given (a field articles may gain). */
function article(id: string, outlet: string, published: string, claims: ReturnType<typeof claimFields>[], lang?: string) {
  const entry = articleEntry(id, '2026', 'Iran spoke. Iran answered. Iran waited.', {
    source: { outlet, url: 'https://example.org/a', published },
    claims,
  });
  return lang === undefined ? entry : { ...entry, data: { ...entry.data, lang } };
}

const outlet = actorEntry('el-diario', { name: 'El Diario', kind: 'media' });
const content = contentOf({
  actors: [...CAST, outlet],
  narratives: [narrative('threat', { actors: ['argentina'] }), narrative('unused')],
  articles: [
    article('spanish', 'el-diario', '2023-09-02', [claimFields('answered', 'Iran answered', 'false', { narratives: ['threat'], about: ['bolivia'] })], 'es'),
    article('second', 'tehran-times', '2023-07-30', [
      claimFields('waited', 'Iran waited', 'supported', { narratives: ['threat'] }),
      claimFields('spoke', 'Iran spoke', 'disputed', { narratives: ['threat'], claimant: 'iran' }),
    ]),
    article('first', 'tehran-times', '2023-07-21', [claimFields('spoke', 'Iran spoke', 'disputed', { narratives: ['threat'] })]),
    article('elsewhere', 'tehran-times', '2025', [claimFields('spoke', 'Iran spoke', 'disputed')]),
  ],
});
const site = buildSite(content, { host: 'dossier.example' });
const threat = site.narratives.find((view) => view.narrative.id === 'threat')!;
const ids = (claims: readonly ClaimView[]) => claims.map((view) => `${view.article.id}/${view.claim.id}`);

describe('buildSite: narratives', () => {
  test('returns every narrative by title, each with its related actors resolved', () => {
    expect(site.narratives.map((view) => view.narrative.id)).toEqual(['threat', 'unused']);
    expect(threat.actors.map((actor) => actor.id)).toEqual(['argentina']);
  });

  test('returns the claims that carry a narrative in the order their articles were published, each article in text order', () => {
    expect(ids(threat.claims)).toEqual(['first/spoke', 'second/spoke', 'second/waited', 'spanish/answered']);
    expect(threat.articles.map((entry) => entry.id)).toEqual(['first', 'second', 'spanish']);
  });

  test('returns the claims grouped by outlet and by language, in the order each first carried it', () => {
    expect(threat.outlets.map(({ outlet: { id }, claims, articles, first, latest, languages }) => ({ id, claims: ids(claims), articles, first, latest, languages }))).toEqual([
      { id: 'tehran-times', claims: ['first/spoke', 'second/spoke', 'second/waited'], articles: 2, first: '2023-07-21', latest: '2023-07-30', languages: ['en'] },
      { id: 'el-diario', claims: ['spanish/answered'], articles: 1, first: '2023-09-02', latest: '2023-09-02', languages: ['es'] },
    ]);
    expect(threat.languages.map(({ language, name, claims, outlets }) => ({ language, name, claims: claims.length, outlets: outlets.map((o) => o.id) }))).toEqual([
      { language: 'en', name: 'English', claims: 3, outlets: ['tehran-times'] },
      { language: 'es', name: 'Spanish', claims: 1, outlets: ['el-diario'] },
    ]);
  });

  test('returns the chart of appearances by month, empty months included, and the tally of its claims', () => {
    expect(threat.chart).toEqual({
      unit: 'month',
      periods: [
        { period: '2023-07', claims: 3, articles: 2 },
        { period: '2023-08', claims: 0, articles: 0 },
        { period: '2023-09', claims: 1, articles: 1 },
      ],
      max: 3,
    });
    expect(threat.tally).toEqual([
      { rating: 'supported', count: 1 },
      { rating: 'disputed', count: 2 },
      { rating: 'false', count: 1 },
    ]);
  });

  test('returns a narrative that no claim carries with no claims and an empty chart', () => {
    const unused = site.narratives.find((view) => view.narrative.id === 'unused')!;
    expect(unused.claims).toEqual([]);
    expect(unused.chart).toEqual({ unit: 'year', periods: [], max: 0 });
  });

  test('returns on each article the narratives its claims carry, and on each actor those it takes part in', () => {
    const narrativesOf = (id: string) => site.articles.find((view) => view.article.id === id)!.narratives.map((entry) => entry.id);
    expect(narrativesOf('second')).toEqual(['threat']);
    expect(narrativesOf('elsewhere')).toEqual([]);
    const takesPart = (id: string) => site.actors.find((view) => view.actor.id === id)!.narratives.map((entry) => entry.id);
    // A related actor, a claimant (the outlet by default, or its own), a subject; not an actor merely named.
    expect(takesPart('argentina')).toEqual(['threat']);
    expect(takesPart('tehran-times')).toEqual(['threat']);
    expect(takesPart('el-diario')).toEqual(['threat']);
    expect(takesPart('bolivia')).toEqual(['threat']);
    expect(takesPart('united-states')).toEqual([]);
  });

  test('returns a preview card for every narrative page', () => {
    expect(threat.og).toMatchObject({ path: 'narratives/threat', alt: 'Narrative: Narrative threat. First seen 2022.' });
    expect(site.ogImages.map((og) => og.path)).toEqual(expect.arrayContaining(['narratives/threat', 'narratives/unused']));
  });
});

describe('narrativesByActor', () => {
  test('returns each actor once per narrative, however many of its claims it takes part in', () => {
    expect(narrativesByActor(site.narratives).get('iran')?.map((entry) => entry.id)).toEqual(['threat']);
  });
});

describe('chartAppearances', () => {
  const claimsPublished = (...dates: string[]) => dates.map((published, i) => ({ article: { id: `a${i}`, data: { source: { published } } } }) as unknown as ClaimView);

  test('returns years when a date gives no month, every year between the first and the latest included', () => {
    expect(chartAppearances(claimsPublished('2019-11', '2021', '2021-05'))).toEqual({
      unit: 'year',
      periods: [
        { period: '2019', claims: 1, articles: 1 },
        { period: '2020', claims: 0, articles: 0 },
        { period: '2021', claims: 2, articles: 2 },
      ],
      max: 2,
    });
  });

  test('returns years when the months would span three years or more', () => {
    expect(chartAppearances(claimsPublished('2020-01', '2023-01')).unit).toBe('year');
    expect(chartAppearances(claimsPublished('2020-12', '2021-01')).periods.map((period) => period.period)).toEqual(['2020-12', '2021-01']);
  });
});

describe('chartBars', () => {
  test('returns one bar per period across the width, each as tall as its share of the tallest, labelled in words', () => {
    const bars = chartBars({ unit: 'month', max: 4, periods: [{ period: '2023-07', claims: 4, articles: 2 }, { period: '2023-08', claims: 1, articles: 1 }] });
    expect(bars).toEqual([
      { period: '2023-07', label: 'July 2023', claims: 4, articles: 2, x: 0.05, width: 0.4, height: 1 },
      { period: '2023-08', label: 'August 2023', claims: 1, articles: 1, x: 0.55, width: 0.4, height: 0.25 },
    ]);
  });
});

describe('languageOf', () => {
  test('returns an article\'s lang, or English when it gives none', () => {
    expect(languageOf({ data: { lang: 'es' } })).toBe('es');
    expect(languageOf({ data: {} })).toBe(DEFAULT_LANGUAGE);
    expect(languageOf({ data: { lang: ' ' } })).toBe('en');
  });

  test('returns a language\'s English name, or its tag when it names no language known', () => {
    expect([languageName('en'), languageName('es'), languageName('fa'), languageName('not a tag')]).toEqual(['English', 'Spanish', 'Persian', 'not a tag']);
  });
});
