/**
 * An article in another language and an article of excerpts, as the built
 * site shows them: the seed's fixture site holds a report in Spanish of the
 * seed's story (its text decomposed, NFD) and excerpts of another.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { readTitlesFile } from '#lib/publish/search-titles.ts';
import { all, one, readPage, text } from '../support/html.ts';
import { findDoubledPunctuation, findRunTogether } from '../support/run-together.ts';

const distDir = inject('verdictCardsDistDir');
const SPANISH = '/articles/iran-bolivia-memorando/';
const EXCERPTS = '/articles/bolivia-drones-iranies/';
const CLAIM = `${SPANISH}claims/equipos-fronteras/`;
const ARCHIVED = 'https://web.archive.org/web/20230726000000/https://example.com/noticias/bolivia-drones-iranies';

/** Text in NFC, to compare with what the test writes, whichever form the page has it in. */
const nfc = (value: string) => value.normalize('NFC');
const readData = (name: string) => readFile(join(distDir, 'data', name), 'utf8');

describe('an article in Spanish', () => {
  test('marks its headline and text as Spanish, and the site’s own words in it as English, in an English page', async () => {
    const page = await readPage(distDir, SPANISH);
    expect(one(page, 'html').properties['lang']).toBe('en');
    expect(one(page, 'h1').properties['lang']).toBe('es');
    const body = one(page, '#article-text');
    expect(body.properties['lang']).toBe('es');
    // The text is as the file has it, decomposed; the site changed none of it.
    expect(text(body)).toContain('Irán'.normalize('NFD'));
    // Four claims' verdicts and three dates' tips.
    const added = [...all(body, 'a.verdict'), ...all(body, '.date-tip')];
    expect(added.length).toBe(7);
    expect(added.map((element) => element.properties['lang'])).toEqual(added.map(() => 'en'));
    expect(text(one(page, '.article-text > p.small'))).toBe('The text as published by El Diario de Ejemplo, in Spanish, unchanged: 116 words, about 1 min.');
    // Search shows its title and snippet as Spanish.
    expect(all(page, '[data-pagefind-meta="lang:es"]')).toHaveLength(1);
  });

  test('shows each claim’s words in Spanish on its card, and Dossier’s translation beside them, labelled', async () => {
    const page = await readPage(distDir, SPANISH);
    const cards = all(page, '.claim-card');
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect(one(card, '.claim-card-quote blockquote').properties['lang']).toBe('es');
      expect(text(one(card, '.claim-translation .translation-label'))).toBe("Dossier's translation:");
    }
    const card = one(page, '#claim-card-noticia-cayo-mal');
    expect(nfc(text(one(card, 'blockquote')))).toBe('¡La noticia cayó mal en Buenos Aires!');
    expect(text(one(card, '.claim-translation'))).toBe("Dossier's translation: The news went down badly in Buenos Aires!");
  });

  test('shows the quote on the claim’s page in Spanish, in its sentence, with Dossier’s translation', async () => {
    const page = await readPage(distDir, CLAIM);
    const quote = one(page, '.claim-quote blockquote');
    expect(quote.properties['lang']).toBe('es');
    expect(nfc(text(one(quote, 'mark')))).toBe('Irán aportaría «equipos» para la defensa de las fronteras bolivianas y la lucha contra el narcotráfico');
    expect(text(one(page, '.claim-quote .claim-translation'))).toBe(
      "Dossier's translation: Iran would provide “equipment” for the defence of Bolivia's borders and the fight against drug trafficking",
    );
    expect(one(page, '.claim-quote figcaption a[href="/articles/iran-bolivia-memorando/"]').properties['lang']).toBe('es');
    expect(one(page, 'h1').properties['lang']).toBeUndefined();
  });

  test('marks the sentences that name an actor as Spanish on the actor’s page, and the English ones not', async () => {
    const page = await readPage(distDir, '/actors/iran/');
    const groups = all(page, '.backlink');
    const spanish = groups.find((group) => text(one(group, 'h3')).startsWith('Irán y Bolivia'))!;
    expect(one(spanish, 'ol.mentions').properties['lang']).toBe('es');
    expect(nfc(text(one(spanish, 'ol.mentions li')))).toContain('Teherán');
    const english = groups.find((group) => text(one(group, 'h3')).startsWith('Iran-Bolivia military ties'))!;
    expect(one(english, 'ol.mentions').properties['lang']).toBeUndefined();
  });

  test('is in the titles file with its language, for the header box', async () => {
    const titles = readTitlesFile(JSON.parse(await readFile(join(distDir, 'search/titles.json'), 'utf8')));
    expect(titles.find((entry) => entry.url === SPANISH)).toMatchObject({ lang: 'es' });
    expect(titles.find((entry) => entry.url === '/articles/iran-bolivia-military-ties/')).not.toHaveProperty('lang');
  });
});

describe('an article of excerpts', () => {
  test('says so above its text, with the original and its archived copy, and counts "Excerpts"', async () => {
    const page = await readPage(distDir, EXCERPTS);
    expect(text(one(page, '#text'))).toBe('Excerpts of the article');
    expect(text(one(page, '.article-text > p.small'))).toMatch(/^Excerpts of the text as published by El Diario de Ejemplo, in Spanish, verbatim: \d+ words, about 1 min\.$/);
    const notice = one(page, '.excerpt-notice');
    expect(text(notice)).toBe('Excerpts: the passages analysed, verbatim and in order; the full text is at example.com (archived copy).');
    expect(all(notice, 'a').map((link) => link.properties['href'])).toEqual(['https://example.com/noticias/bolivia-drones-iranies', ARCHIVED]);
  });

  test('shows a gap between its passages, outside every claim and date', async () => {
    const page = await readPage(distDir, EXCERPTS);
    const body = one(page, '#article-text');
    const gaps = all(body, '.passage-gap');
    expect(gaps.map((gap) => text(gap))).toEqual(['[…]', '[…]']);
    expect(body.children.filter((node) => node.type === 'element').map((node) => (node.properties['className'] as string[] | undefined)?.[0] ?? 'text')).toEqual([
      'text',
      'passage-gap',
      'text',
      'passage-gap',
      'text',
    ]);
    for (const mark of all(body, 'mark')) expect(text(mark)).not.toContain('[…]');
  });
});

describe('the open data', () => {
  test('gives each article its language and text, an excerpt’s archived copy, and each claim its translation', async () => {
    const articles = JSON.parse(await readData('articles.json')).items as Record<string, any>[];
    const byId = new Map(articles.map((article) => [article['id'], article]));
    expect(byId.get('iran-bolivia-memorando')).toMatchObject({ lang: 'es', text: 'full' });
    expect(byId.get('bolivia-drones-iranies')).toMatchObject({ lang: 'es', text: 'excerpts', source: { archived: ARCHIVED } });
    expect(byId.get('iran-bolivia-military-ties')).toMatchObject({ lang: 'en', text: 'full', source: { archived: null } });
    const claims = JSON.parse(await readData('claims.json')).items as Record<string, any>[];
    expect(claims.find((claim) => claim['id'] === 'noticia-cayo-mal')).toMatchObject({
      quote: '¡La noticia cayó mal en Buenos Aires!',
      translation: 'The news went down badly in Buenos Aires!',
    });
    expect(claims.find((claim) => claim['id'] === 'mou-drones')).toMatchObject({ translation: null });
    const rows = parseCsv(await readData('claims.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row['id'] === 'noticia-cayo-mal')?.['translation']).toBe('The news went down badly in Buenos Aires!');
    expect(rows.find((row) => row['id'] === 'mou-drones')?.['translation']).toBe('');
  });
});

describe('the pages in two languages', () => {
  const PAGES = [SPANISH, EXCERPTS, CLAIM, '/actors/iran/', '/events/iran-bolivia-mou/'];

  test('validate with html-validate:recommended', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off', 'valid-id': ['error', { relaxed: true }] } });
    for (const url of PAGES) {
      const file = join(distDir, url, 'index.html');
      const report = await validator.validateString(await readFile(file, 'utf8'), file);
      expect(report.results.flatMap((result) => result.messages.map((message) => `${url} ${message.ruleId}: ${message.message}`))).toEqual([]);
    }
  });

  test('run no words together and double no punctuation, the quotes and translations included', async () => {
    const found: string[] = [];
    for (const url of PAGES) {
      const page = await readPage(distDir, url);
      for (const { before, tags, after } of findRunTogether(page)) found.push(`${url}: “…${before}${tags}${after}…”`);
      const meta = all(page, 'meta[name="description"], meta[property^="og:"]').map((element) => String(element.properties['content']));
      for (const doubled of meta.flatMap(findDoubledPunctuation)) found.push(`${url}: “${doubled}”`);
    }
    expect(found).toEqual([]);
  });
});
