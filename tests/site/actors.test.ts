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
    expect(all(outlets, 'h3').map(text)).toEqual(['Dossier', 'Tehran Times', 'World Politics Review']);
    const tehranTimes = all(outlets, '.card').find((card) => text(one(card, 'h3')) === 'Tehran Times')!;
    expect(text(one(tehranTimes, 'p'))).toMatch(/^English-language daily newspaper published in Tehran/);
    // The outlet is the claimant of every claim of its article that names no other.
    expect(text(one(tehranTimes, '.small'))).toBe('1 article · 23 claims');
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
    const sentence = one(page, `.mentions a[href^="${articleUrl}"]`);
    expect(sentence.properties['href']).toBe(`${articleUrl}#mention-edmundo-novillo-1`);
    expect(text(sentence)).toMatch(/^In July, Iran's Defense Minister, .* counterpart Edmundo Novillo to deploy Iranian drones/);
    expect(text(one(sentence, 'strong'))).toBe('Edmundo Novillo');
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

  test('every actor mentioned links back to each sentence that mentions it, once, from its first mention there', async () => {
    const article = await readPage(distDir, articleUrl);
    const mentions = all(article, '.prose .mention');
    const actors = new Set(mentions.map((m) => String(m.properties['dataActor'])));
    let linked = 0;
    for (const actor of actors) {
      const anchors = mentions.filter((m) => m.properties['dataActor'] === actor).map((m) => `${articleUrl}#${String(m.properties['id'])}`);
      const page = await readPage(distDir, `/actors/${actor}/`);
      const backlinks = all(page, `.mentions a[href^="${articleUrl}"]`);
      const hrefs = backlinks.map((a) => String(a.properties['href']));
      // Each leads to one of the actor's mentions, in the text's order, the first among them.
      expect(hrefs.every((href) => anchors.includes(href)), actor).toBe(true);
      expect(hrefs.map((href) => anchors.indexOf(href)), actor).toEqual([...hrefs.map((href) => anchors.indexOf(href))].sort((a, b) => a - b));
      expect(hrefs[0], actor).toBe(anchors[0]);
      // No sentence twice.
      const sentences = backlinks.map(text);
      expect(new Set(sentences).size, actor).toBe(sentences.length);
      linked += hrefs.length;
    }
    // The seed names some actors twice in a sentence ("Iran … Iranian"): fewer backlinks than mentions.
    expect(linked).toBeLessThan(mentions.length);
    expect(linked).toBeGreaterThan(mentions.length / 2);
  });
});
