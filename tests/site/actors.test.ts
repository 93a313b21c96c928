import { describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('distDir');
const articleUrl = '/articles/iran-bolivia-military-ties/';

/** The JSON-LD of a page, parsed. */
async function jsonLd(url: string): Promise<Record<string, unknown>> {
  const script = one(await readPage(distDir, url), 'script[type="application/ld+json"]');
  return JSON.parse(text(script));
}

describe('the seed article', () => {
  test('marks every actor mention, linking the first of each, with no false match', async () => {
    const page = await readPage(distDir, articleUrl);
    const mentions = all(page, '.prose .mention');
    const counts: Record<string, number> = {};
    for (const mention of mentions) {
      const key = `${String(mention.properties['dataActor'])}: ${text(mention)}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'amia: AMIA': 2,
      'argentina: Argentina': 8,
      'argentina: Argentine': 1,
      'argentina: Argentinian': 2,
      'argentine-jewish-community: Jewish community': 1,
      'bolivia: Bolivia': 16,
      'bolivia: Bolivian': 1,
      'bolivia: La Paz': 1,
      'bolivian-opposition: Oppositions of the Bolivian government': 1,
      'edmundo-novillo: Edmundo Novillo': 1,
      'frida-ghitis: Frida Ghitis': 2,
      'iran: Iran': 30,
      'iran: Iranian': 4,
      'iran: Tehran': 2,
      'israel: Israel': 2,
      'israel: Israeli': 2,
      'latin-america: Latin America': 7,
      'latin-america: Latin American': 3,
      'mohammad-reza-ashtiani: Mohammad Reza Ashtiani': 1,
      'movement-toward-socialism: MAS': 1,
      'movement-toward-socialism: Movement Toward Socialism': 1,
      'united-states: Americans': 1,
      'united-states: U.S.': 5,
      'united-states: United States': 6,
      'united-states: Washington': 1,
      'world-politics-review: World Politics Review': 1,
    });
    const links = all(page, '.prose a.mention');
    expect(links).toHaveLength(14);
    for (const link of links) {
      expect(link.properties['href']).toBe(`/actors/${String(link.properties['dataActor'])}/`);
    }
    // The dateline "TEHRAN-" is not a mention of Iran: matching is case-sensitive.
    expect(text(one(page, '.prose p')).startsWith('TEHRAN- The growing relations')).toBe(true);
    expect(all(page, '.prose p:first-child .mention').map(text)[0]).toBe('Iran');
  });
});

describe('/actors/', () => {
  test('returns every actor grouped by kind, with summaries and counts', async () => {
    const page = await readPage(distDir, '/actors/');
    expect(all(page, 'main h2').map(text)).toEqual(['Countries', 'Regions', 'People', 'Organisations', 'Groups', 'Outlets']);
    const outlets = one(page, 'section:has(h2#media)');
    expect(all(outlets, 'h3').map(text)).toEqual(['Dossier', 'Mehr News Agency', 'Tehran Times', 'World Politics Review']);
    const tehranTimes = all(outlets, '.card').find((card) => text(one(card, 'h3')) === 'Tehran Times')!;
    expect(text(one(tehranTimes, 'p'))).toMatch(/^English-language daily newspaper published in Tehran/);
    // The outlet is the claimant of every claim of its article that names no other.
    expect(text(one(tehranTimes, '.small'))).toBe('1 article · 29 claims');
  });
});

describe('/actors/<id>/', () => {
  test('returns who the actor is, their roles, and the sentences that mention them, linked to the text', async () => {
    const page = await readPage(distDir, '/actors/edmundo-novillo/');
    expect(text(one(page, 'h1'))).toBe('Edmundo Novillo');
    expect(text(one(page, '.kicker'))).toBe('Person');
    expect(all(page, 'section:has(#roles) li').map(text)).toEqual([
      'President of the Chamber of Deputies, Bolivia (January 2006 to January 2010)',
      'Governor of Cochabamba (May 2010 to May 2015)',
      'Minister of Defence, Bolivia (November 2020 to November 2025)',
    ]);
    const sentence = all(page, '.mentions li').find((li) => all(li, `a[href^="${articleUrl}"]`).length > 0)!;
    expect(text(sentence)).toMatch(/^In July, Iran's Defense Minister, .* counterpart Edmundo Novillo to deploy Iranian drones/);
    // The name is marked and leads to its place in the text; the rest of the sentence is text.
    const link = one(sentence, 'a');
    expect(link.properties['href']).toBe(`${articleUrl}#mention-edmundo-novillo-1`);
    expect(text(link)).toBe('Edmundo Novillo');
    expect(text(one(link, 'mark'))).toBe('Edmundo Novillo');
  });

  test("an outlet's page lists the articles it published, and only those", async () => {
    const tehranTimes = await readPage(distDir, '/actors/tehran-times/');
    expect(text(one(tehranTimes, '#published'))).toBe('Published by Tehran Times');
    expect(all(tehranTimes, 'section[aria-labelledby="published"] .card-title a').map((a) => a.properties['href'])).toEqual([articleUrl]);
    const dossier = await readPage(distDir, '/actors/dossier/');
    const own = all(dossier, 'section[aria-labelledby="published"] .card-title a').map((a) => String(a.properties['href']));
    expect(own.length).toBeGreaterThan(0);
    expect(own).not.toContain(articleUrl);
    expect(all(await readPage(distDir, '/actors/iran/'), '#published')).toEqual([]);
  });

  test('returns the actors it appears with and its sources', async () => {
    const page = await readPage(distDir, '/actors/edmundo-novillo/');
    expect(all(page, 'section:has(#companions) li a').length).toBe(5);
    expect(all(page, 'section:has(#sources) li a').map((a) => a.properties['href'])).toContain(
      'https://www.visor21.com/novillo-se-despide-del-ministerio-de-defensa-otorgando-ascenso-a-generales-de-ffaa',
    );
  });

  test('returns schema.org JSON-LD with id, name, alternate names and Wikidata', async () => {
    expect(await jsonLd('/actors/iran/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Country',
      '@id': 'http://localhost:4321/actors/iran/#actor',
      url: 'http://localhost:4321/actors/iran/',
      name: 'Iran',
      alternateName: ['Iranian', 'Tehran'],
      description: 'Country in West Asia, officially the Islamic Republic of Iran; Tehran is its capital.',
      sameAs: ['https://www.wikidata.org/wiki/Q794'],
    });
    expect(await jsonLd('/actors/edmundo-novillo/')).toMatchObject({ '@type': 'Person', name: 'Edmundo Novillo' });
    expect(await jsonLd('/actors/latin-america/')).toMatchObject({ '@type': 'Place' });
    expect(await jsonLd('/actors/tehran-times/')).toMatchObject({ '@type': 'NewsMediaOrganization' });
  });

  test('every actor mentioned links back to its first sentences there, once each, and counts the rest', async () => {
    const article = await readPage(distDir, articleUrl);
    const mentions = all(article, '.prose .mention');
    const actors = new Set(mentions.map((m) => String(m.properties['dataActor'])));
    let sentencesInAll = 0;
    for (const actor of actors) {
      // The first mention is the link and holds its id; a later one holds an empty target that does.
      const idOf = (mention: (typeof mentions)[number]) => String(mention.properties['id'] ?? one(mention, '[id]').properties['id']);
      const anchors = mentions.filter((m) => m.properties['dataActor'] === actor).map((m) => `${articleUrl}#${idOf(m)}`);
      const page = await readPage(distDir, `/actors/${actor}/`);
      const group = all(page, '.backlink').find((backlink) => one(backlink, 'h3 a').properties['href'] === articleUrl)!;
      const items = all(group, '.mentions li');
      const hrefs = items.map((li) => String(one(li, 'a').properties['href']));
      // Each leads to one of the actor's mentions, in the text's order, the first among them.
      expect(hrefs.every((href) => anchors.includes(href)), actor).toBe(true);
      expect(hrefs.map((href) => anchors.indexOf(href)), actor).toEqual([...hrefs.map((href) => anchors.indexOf(href))].sort((a, b) => a - b));
      expect(hrefs[0], actor).toBe(anchors[0]);
      // No sentence twice, and at most three.
      const sentences = items.map(text);
      expect(new Set(sentences).size, actor).toBe(sentences.length);
      expect(sentences.length, actor).toBeLessThanOrEqual(3);
      // The rest are counted, and the count leads to the first of them, after those shown.
      const more = all(group, '.mentions-more a')[0];
      if (more) {
        expect(sentences.length, actor).toBe(3);
        const href = String(more.properties['href']);
        expect(anchors.indexOf(href), actor).toBeGreaterThan(anchors.indexOf(hrefs.at(-1)!));
      }
      sentencesInAll += sentences.length + (more ? Number(/^(\d+) more in this article$/.exec(text(more))![1]) : 0);
    }
    // The seed names some actors twice in a sentence ("Iran … Iranian"): fewer sentences than mentions.
    expect(sentencesInAll).toBeLessThan(mentions.length);
    expect(sentencesInAll).toBeGreaterThan(mentions.length / 2);
  });
});

describe('the page of an actor named in many articles', () => {
  test('lists the claims by and about it before the articles that name it', async () => {
    const page = await readPage(distDir, '/actors/iran/');
    const headings = all(page, 'main h2').map((h2) => String(h2.properties['id']));
    expect(headings.indexOf('claims')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('claims')).toBeLessThan(headings.indexOf('mentions'));
  });

  test("shows at most three sentences of each article, the actor's names marked, and how many more there are", async () => {
    const page = await readPage(distDir, '/actors/iran/');
    const groups = all(page, 'section[aria-labelledby="mentions"] .backlink');
    expect(groups.length).toBeGreaterThanOrEqual(2);
    let withMore = 0;
    for (const group of groups) {
      const title = text(one(group, 'h3'));
      const items = all(group, '.mentions li');
      expect(items.length, title).toBeGreaterThan(0);
      expect(items.length, title).toBeLessThanOrEqual(3);
      for (const item of items) {
        // Only the name is marked and linked, not the sentence.
        const marks = all(item, 'mark').map(text);
        expect(marks.length, text(item)).toBeGreaterThan(0);
        for (const mark of marks) expect(['Iran', 'Iranian', 'Tehran'], text(item)).toContain(mark);
        const links = all(item, 'a');
        expect(links, text(item)).toHaveLength(1);
        expect(['Iran', 'Iranian', 'Tehran']).toContain(text(links[0]!));
        expect(text(item).length, text(item)).toBeGreaterThan(text(links[0]!).length + 20);
      }
      const more = all(group, '.mentions-more a');
      if (more.length > 0) {
        withMore++;
        expect(items.length, title).toBe(3);
        expect(text(more[0]!), title).toMatch(/^\d+ more in this article$/);
        expect(String(more[0]!.properties['href']), title).toMatch(new RegExp(`^${one(group, 'h3 a').properties['href']}#mention-iran-\\d+$`));
      }
    }
    expect(withMore).toBeGreaterThan(0);
  });
});

describe("an outlet's page", () => {
  test('shows one scorecard when the claims it made are those it published, and says so', async () => {
    const page = await readPage(distDir, '/actors/tehran-times/');
    const tables = all(page, '.record table.scorecard');
    expect(tables).toHaveLength(1);
    expect(text(one(tables[0]!, 'caption'))).toBe('How the 29 claims Tehran Times made and published were rated');
    expect(text(one(page, '.record p'))).toMatch(/^The claims Tehran Times made are the claims checked in the articles it published/);
  });

  test('never says that no article names it while it lists the articles it published', async () => {
    for (const id of ['tehran-times', 'dossier']) {
      const page = await readPage(distDir, `/actors/${id}/`);
      expect(all(page, 'section[aria-labelledby="published"] .card').length, id).toBeGreaterThan(0);
      expect(text(one(page, 'main')), id).not.toMatch(/No article names/);
    }
  });
});
