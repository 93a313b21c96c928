import { describe, expect, test } from 'vitest';
import { contentOf } from '#lib/content/entry.ts';
import { EventSchema } from '#lib/content/schema/index.ts';
import { buildSite, tallyRatings } from '#lib/model/build-site.ts';
import { CLAIM_CARDS_PER_CLAIM_UP_TO, claimCardsFor, countClaims, parseClaimCards } from '#lib/model/claim-cards.ts';
import { CAST, SOURCES as sources, actorEntry, articleEntry as article, claimFields as claim } from '../../support/actors.ts';

const event = (id: string, date: string, actors: string[]) => ({
  id,
  file: `content/events/${id}.md`,
  body: '',
  data: EventSchema.parse({ title: `Event ${id}`, date, actors, sources }),
});

const content = contentOf({
  actors: [...CAST].reverse(),
  events: [event('later', '2024', ['bolivia']), event('mou', '2023-07-20', ['iran', 'bolivia'])],
  articles: [
    article('old', '2025', 'Iran spoke. In July it signed with Bolivia.', {
      actors: ['iran', 'bolivia'],
      dates: [{ quote: 'In July', event: 'mou' }],
      claims: [claim('signed', 'it signed with Bolivia', 'supported', { about: ['bolivia'] }), claim('spoke', 'Iran spoke', 'disputed')],
    }),
    article('new', '2026-01', 'Iran answered.', { claims: [claim('answered', 'Iran answered', 'disputed', { claimant: 'iran' })] }),
  ],
});
const site = buildSite(content, { host: 'dossier.example', base: '/sub/' });

describe('buildSite', () => {
  test('returns articles newest analysis first, actors by name and events in date order', () => {
    expect(site.articles.map((view) => view.article.id)).toEqual(['new', 'old']);
    expect(site.actors.map((view) => view.actor.data.name).slice(0, 3)).toEqual(['Argentina', 'Bolivia', 'Iran']);
    expect(site.events.map((view) => view.event.id)).toEqual(['mou', 'later']);
  });

  test('returns each article with its outlet, actors, mentions and claims in text order resolved', () => {
    const old = site.articles[1]!;
    expect(old.outlet.data.name).toBe('Tehran Times');
    expect(old.author).toBeUndefined();
    expect(old.actors.map((actor) => actor.id)).toEqual(['iran', 'bolivia']);
    expect(old.mentioned.map((actor) => actor.id)).toEqual(['iran', 'bolivia']);
    expect(old.claims.map((view) => view.claim.id)).toEqual(['spoke', 'signed']);
    expect(old.claims[1]!.about.map((actor) => actor.id)).toEqual(['bolivia']);
    expect(old.tally).toEqual([
      { rating: 'supported', count: 1 },
      { rating: 'disputed', count: 1 },
    ]);
    // Links in the text go under the base.
    expect(old.rendered.html).toContain('href="/sub/actors/iran/"');
  });

  test('returns every claim, articles newest first, with its claimant resolved', () => {
    expect(site.claims.map((view) => [view.article.id, view.claim.id, view.claimant.id])).toEqual([
      ['new', 'answered', 'iran'],
      ['old', 'spoke', 'tehran-times'],
      ['old', 'signed', 'tehran-times'],
    ]);
    expect(site.tally).toEqual([
      { rating: 'supported', count: 1 },
      { rating: 'disputed', count: 2 },
    ]);
  });

  test('returns each assessment and description rendered, footnotes under the claim card\'s ids', () => {
    const noted = claim('noted', 'Iran answered', 'disputed', { assessment: 'The *record*[^1] says:\n\n- one\n- two\n\n[^1]: A source.' });
    const withNotes = buildSite(
      contentOf({
        actors: CAST.map((actor) => (actor.id === 'iran' ? { ...actor, body: 'A *country*.' } : actor)),
        articles: [article('noted', '2026', 'Iran answered.', { claims: [noted] })],
        events: [{ ...event('mou', '2023', ['iran']), body: '\nSigned in *La Paz*.\n' }],
      }),
      { host: 'dossier.example' },
    );
    const { assessment } = withNotes.claims[0]!;
    expect(assessment.html).toContain('<li id="claim-card-noted-note-fn-1">');
    expect(assessment.html).toContain('href="#claim-card-noted-note-fn-1"');
    expect(assessment.text).toBe('The record says: one two A source.');
    expect(withNotes.events[0]!.description).toEqual({ html: '<p>Signed in <em>La Paz</em>.</p>', text: 'Signed in La Paz.' });
    expect(withNotes.actors.find((view) => view.actor.id === 'iran')!.description.html).toBe('<p>A <em>country</em>.</p>');
    expect(withNotes.actors.find((view) => view.actor.id === 'bolivia')!.description).toEqual({ html: '', text: '' });
  });

  test('returns the claim filters with their labels and claims', () => {
    const facet = (name: string, value: string) => site.claimFacets.find((f) => f.facet === name && f.value === value)!;
    expect(facet('rating', 'disputed').claims.map((view) => view.claim.id)).toEqual(['answered', 'spoke']);
    expect(facet('rating', 'false').claims).toEqual([]);
    expect(facet('kind', 'factual').label).toBe('Factual claim');
    expect(facet('actor', 'bolivia')).toMatchObject({ label: 'Bolivia' });
    expect(facet('actor', 'bolivia').pages[0]!.items.map((view) => view.claim.id)).toEqual(['signed']);
    expect(site.claimFacets.filter((f) => f.facet === 'actor').map((f) => f.value)).toEqual(['bolivia', 'iran', 'tehran-times']);
  });

  test('returns the scorecards\' records: the claims each actor made and each outlet published, by rating', () => {
    const records = site.claimRecords.map((r) => [r.record, r.id, r.rating, r.claims.map((view) => view.claim.id)]);
    expect(records).toEqual([
      ['by', 'iran', 'disputed', ['answered']],
      ['by', 'tehran-times', 'supported', ['signed']],
      ['by', 'tehran-times', 'disputed', ['spoke']],
      ['outlet', 'tehran-times', 'supported', ['signed']],
      ['outlet', 'tehran-times', 'disputed', ['answered', 'spoke']],
    ]);
    expect(site.claimRecords[0]).toMatchObject({ name: 'Iran', pages: [{ number: 1, count: 1, total: 1 }] });
    const scorecards = (id: string) => site.actors.find((view) => view.actor.id === id)!.scorecards;
    expect(scorecards('tehran-times')).toEqual([
      {
        counts: 'by',
        tally: [
          { rating: 'supported', count: 1 },
          { rating: 'disputed', count: 1 },
        ],
        total: 2,
      },
      {
        counts: 'outlet',
        tally: [
          { rating: 'supported', count: 1 },
          { rating: 'disputed', count: 2 },
        ],
        total: 3,
      },
    ]);
    expect(scorecards('iran')).toEqual([{ counts: 'by', tally: [{ rating: 'disputed', count: 1 }], total: 1 }]);
    expect(scorecards('bolivia')).toEqual([]);
  });

  test('returns one scorecard for an outlet that made exactly the claims it published', () => {
    const own = buildSite({ ...content, articles: content.articles.slice(0, 1) }, { host: 'dossier.example' });
    expect(own.actors.find((view) => view.actor.id === 'tehran-times')!.scorecards).toEqual([
      {
        counts: 'both',
        tally: [
          { rating: 'supported', count: 1 },
          { rating: 'disputed', count: 1 },
        ],
        total: 2,
      },
    ]);
  });

  test("returns each actor's latest mentions newest first, however the content is ordered", () => {
    const latest = site.actors.find((view) => view.actor.id === 'iran')!.latestMentions;
    // `content` lists the older article first.
    expect(latest.groups.map((group) => [group.article.article.id, group.mentions.map((m) => m.sentence)])).toEqual([
      ['new', ['Iran answered.']],
      ['old', ['Iran spoke.']],
    ]);
    expect(latest.articles).toBe(2);
  });

  test('returns event mentions, the claims around them and the timeline filters', () => {
    const mou = site.events[0]!;
    expect(mou.actors.map((actor) => actor.id)).toEqual(['iran', 'bolivia']);
    expect(mou.mentions.map((m) => [m.article.id, m.phrase, m.id, m.claims.map((c) => c.id)])).toEqual([
      ['old', 'In July', 'date-mou-1', []],
    ]);
    expect(site.timelineFilters.map((f) => [f.actor.id, f.events.map((e) => e.event.id)])).toEqual([
      ['bolivia', ['mou', 'later']],
      ['iran', ['mou']],
    ]);
  });

  test('returns the roles of an actor with the actor they are held in', () => {
    const minister = actorEntry('minister', {
      name: 'A Minister',
      kind: 'person',
      roles: [{ title: 'Minister', of: 'iran', from: '2021' }],
    });
    const withRole = buildSite({ ...content, actors: [...CAST, minister] }, { host: 'h' });
    const view = withRole.actors.find((a) => a.actor.id === 'minister')!;
    expect(view.roles.map((role) => [role.title, role.of?.data.name, role.from])).toEqual([['Minister', 'Iran', '2021']]);
  });

  test('returns the pages of long lists and a preview image for every page that has one', () => {
    expect(site.articlePages).toHaveLength(1);
    expect(site.claimPages[0]!.total).toBe(3);
    expect(site.siteImage.path).toBe('site');
    expect(site.ogImages.map((og) => og.path)).toEqual([
      'site',
      'articles/new',
      'articles/old',
      'claims/new/answered',
      'claims/old/spoke',
      'claims/old/signed',
      ...site.actors.map((view) => `actors/${view.actor.id}`),
      'events/mou',
      'events/later',
    ]);
    // The summary is Dossier's: "Checked:", never in the quotation marks of the claimant's own words.
    expect(site.claims[0]!.og.alt).toBe('Checked: summary answered. Claimed by Iran. Verdict: Disputed.');
    expect(site.claims[0]!.og.card).toMatchObject({ lead: 'Checked:', title: 'summary answered' });
    expect(site.claims[0]!.og.card.host).toBe('dossier.example');
  });

  test('returns a claim in another language with its quote and Dossier’s translation on its card and in its alt text', () => {
    const spanish = article('es', '2026-02', 'Irán respondió a la prensa.'.normalize('NFD'), {
      lang: 'es',
      claims: [claim('respondio', 'Irán respondió', 'disputed', { claimant: 'iran', translation: 'Iran answered' })],
    });
    const [view] = buildSite({ ...content, articles: [spanish] }, { host: 'dossier.example' }).claims;
    expect(view!.og.card.quote).toEqual({ text: '“Irán respondió”', translation: 'Iran answered' });
    expect(view!.og.alt).toBe("Checked: summary respondio. Claimed by Iran. Quoted: “Irán respondió”. Dossier's translation: Iran answered. Verdict: Disputed.");
    // The text of the article keeps its own form; the card draws the quote composed.
    expect(view!.anchor.context.text).toBe('Irán respondió'.normalize('NFD'));
  });

  test('returns one preview card per verdict, shared by claim pages, with claimCards per-verdict', () => {
    const shared = buildSite(content, { host: 'dossier.example', claimCards: 'per-verdict' });
    expect(shared.claims.map((view) => view.og.path)).toEqual(['verdicts/disputed', 'verdicts/disputed', 'verdicts/supported']);
    expect(shared.claims[0]!.og.alt).toBe(
      'Claim: A claim rated disputed. Credible sources disagree, or the claim is a contested characterisation. Verdict: Disputed.',
    );
    const paths = shared.ogImages.map((og) => og.path);
    expect(paths.filter((path) => path.startsWith('verdicts/'))).toEqual(['verdicts/disputed', 'verdicts/supported']);
    expect(paths.some((path) => path.startsWith('claims/'))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
    // Articles, actors and events keep their own cards.
    expect(paths).toContain('articles/old');
  });

  test('throws naming the id when content that was not checked refers to nothing', () => {
    const broken = { ...content, articles: [article('x', '2026', 'Text.', { actors: ['atlantis'] })] };
    expect(() => buildSite(broken, { host: 'h' })).toThrow('buildSite: unknown actor "atlantis" (run the content check first)');
  });
});

describe('tallyRatings', () => {
  test('returns the ratings that occur, in the order of the scale', () => {
    const views = ['false', 'supported', 'false'].map((rating) => ({ claim: { rating } }));
    expect(tallyRatings(views)).toEqual([
      { rating: 'supported', count: 1 },
      { rating: 'false', count: 2 },
    ]);
  });
});

describe('parseClaimCards', () => {
  test('returns auto by default and the option given', () => {
    expect(parseClaimCards(undefined, 'x')).toBe('auto');
    expect(parseClaimCards('per-verdict', 'x')).toBe('per-verdict');
    expect(parseClaimCards('per-claim', 'x')).toBe('per-claim');
    expect(parseClaimCards('auto', 'x')).toBe('auto');
  });

  test('throws naming the flag and the value for anything else', () => {
    expect(() => parseClaimCards('verdict', '--claim-cards')).toThrow(
      '--claim-cards: expected "per-claim", "per-verdict", or "auto", got "verdict"',
    );
  });
});

describe('countClaims', () => {
  test('returns how many claims the articles make', () => {
    expect(countClaims(content.articles)).toBe(3);
    expect(countClaims([])).toBe(0);
  });
});

describe('claimCardsFor', () => {
  test('draws a card per claim up to the limit and one per verdict above it, unless told', () => {
    expect(claimCardsFor(undefined, 10)).toBe('per-claim');
    expect(claimCardsFor('auto', CLAIM_CARDS_PER_CLAIM_UP_TO)).toBe('per-claim');
    expect(claimCardsFor('auto', CLAIM_CARDS_PER_CLAIM_UP_TO + 1)).toBe('per-verdict');
    expect(claimCardsFor('per-claim', CLAIM_CARDS_PER_CLAIM_UP_TO * 4)).toBe('per-claim');
    expect(claimCardsFor('per-verdict', 1)).toBe('per-verdict');
  });
});
