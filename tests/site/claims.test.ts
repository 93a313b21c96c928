import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { ArticleSchema } from '#lib/content/schema/index.ts';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('distDir');
const slug = 'iran-bolivia-military-ties';
const articleUrl = `/articles/${slug}/`;
const claimUrl = `${articleUrl}claims/amia-blame/`;

async function claimsOf(article: string) {
  const file = `content/articles/${article}.md`;
  const parsed = parseMarkdownFile(await readFile(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return ArticleSchema.parse(parsed.value.data).claims;
}

const seedClaims = () => claimsOf(slug);

/** Every claim of every article in `content/articles/`. */
async function allClaims() {
  const files = (await readdir('content/articles')).filter((file) => file.endsWith('.md'));
  return (await Promise.all(files.map((file) => claimsOf(file.replace(/\.md$/, ''))))).flat();
}

async function jsonLd(url: string): Promise<Record<string, any>> {
  return JSON.parse(text(one(await readPage(distDir, url), 'script[type="application/ld+json"]')));
}

const meta = async (url: string, key: string) => {
  const page = await readPage(distDir, url);
  const element = one(page, `meta[property="${key}"], meta[name="${key}"]`);
  return String(element.properties['content']);
};

describe('the seed claims', () => {
  test('number at least fifteen, each with sources unless not checkable, and summaries of 75 characters at most', async () => {
    const claims = await seedClaims();
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const claim of claims) {
      if (claim.rating !== 'not-checkable') expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      expect(claim.summary.length, claim.id).toBeLessThanOrEqual(75);
    }
  });

  test('are each marked in the article with their verdict, and have a card in the claims panel', async () => {
    const claims = await seedClaims();
    const page = await readPage(distDir, articleUrl);
    for (const claim of claims) {
      const mark = one(page, `mark#claim-${claim.id}`);
      expect(mark.properties['dataRating'], claim.id).toBe(claim.rating);
      const card = one(page, `#claim-card-${claim.id}`);
      expect(text(one(card, 'h3'))).toBe(claim.summary);
      expect(all(card, 'a').map((a) => a.properties['href'])).toEqual(
        expect.arrayContaining([`#claim-${claim.id}`, `${articleUrl}claims/${claim.id}/`]),
      );
    }
    const verdicts = all(page, '.article-body a.verdict');
    expect(verdicts).toHaveLength(claims.length);
    expect(verdicts.map((v) => v.properties['href'])).toEqual(
      all(page, '.article-body mark.claim').map((m) => `#claim-card-${String(m.properties['dataClaim'])}`),
    );
  });
});

describe('a claim page', () => {
  test('returns the quote in its sentence, the claimant, kind, verdict, subjects, assessment and sources', async () => {
    const page = await readPage(distDir, claimUrl);
    expect(text(one(page, 'h1'))).toBe("Argentina's blame of Iran for the AMIA bombing is baseless");
    expect(text(one(page, '.claim-verdict .verdict'))).toBe('False');
    expect(text(one(page, '.claim-quote mark'))).toBe('in which Argentina baselessly blamed Iran');
    expect(text(one(page, '.claim-quote blockquote'))).toMatch(/^The report, written by Frida Ghitis, .* blamed Iran\.$/);
    const facts = Object.fromEntries(
      all(page, '.claim-facts dt').map((dt, i) => [text(dt), text(all(page, '.claim-facts dd')[i]!)]),
    );
    expect(facts).toMatchObject({
      Claimant: 'Tehran Times',
      Kind: 'Factual claim',
      Verdict: 'False',
    });
    expect(all(page, '.claim-facts dd li').map(text)).toEqual(['Argentina', 'Iran', 'Asociación Mutual Israelita Argentina']);
    expect(all(page, 'a').map((a) => a.properties['href'])).toContain(`${articleUrl}#claim-amia-blame`);
    expect(all(page, 'section:has(#sources) li').length).toBe(8);
  });

  test('returns link-preview tags that state the claim and the verdict, and a canonical URL', async () => {
    const canonical = `http://localhost:4321${claimUrl}`;
    expect(await meta(claimUrl, 'og:title')).toBe("Checked: Argentina's blame of Iran for the AMIA bombing is baseless — False");
    expect(await meta(claimUrl, 'og:description')).toMatch(/^Verdict: False\. Argentina's accusation has a basis/);
    expect(await meta(claimUrl, 'og:url')).toBe(canonical);
    expect(await meta(claimUrl, 'og:type')).toBe('article');
    expect(await meta(claimUrl, 'twitter:card')).toBe('summary_large_image');
    const page = await readPage(distDir, claimUrl);
    // X falls back to og:title, og:description and og:image; the page does not repeat them.
    expect(all(page, 'meta[name^="twitter:"]').map((element) => element.properties['name'])).toEqual(['twitter:card', 'twitter:image:alt']);
    expect(await meta(claimUrl, 'twitter:image:alt')).toBe(await meta(claimUrl, 'og:image:alt'));
    expect(one(page, 'link[rel=canonical]').properties['href']).toBe(canonical);
  });

  test('returns ClaimReview JSON-LD', async () => {
    expect(await jsonLd(claimUrl)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `http://localhost:4321${claimUrl}`,
      datePublished: '2026-11-28',
      dateModified: '2026-12-04',
      author: { '@type': 'Organization', '@id': 'http://localhost:4321/#site', name: 'Dossier', url: 'http://localhost:4321/' },
      claimReviewed: "Argentina's blame of Iran for the AMIA bombing is baseless",
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: {
          '@type': 'NewsMediaOrganization',
          '@id': 'http://localhost:4321/actors/tehran-times/#actor',
          name: 'Tehran Times',
        },
        datePublished: '2023',
        appearance: {
          '@type': 'NewsArticle',
          url: 'https://www.tehrantimes.com/news/487824/Iran-Bolivia-military-ties-Concerns-about-the-rise-of-Iran-s',
          headline: "Iran-Bolivia military ties: Concerns about the rise of Iran's …",
          datePublished: '2023',
          publisher: { '@type': 'Organization', name: 'Tehran Times' },
        },
      },
    });
  });
});

describe('the article page JSON-LD', () => {
  test('describes our analysis, based on the original, mentioning its actors', async () => {
    const data = await jsonLd(articleUrl);
    expect(data).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      url: `http://localhost:4321${articleUrl}`,
      isBasedOn: {
        '@type': 'OpinionNewsArticle',
        url: 'https://www.tehrantimes.com/news/487824/Iran-Bolivia-military-ties-Concerns-about-the-rise-of-Iran-s',
        publisher: { name: 'Tehran Times' },
      },
    });
    expect(data['mentions']).toHaveLength(14);
    expect(data['mentions']).toContainEqual({
      '@type': 'Person',
      '@id': 'http://localhost:4321/actors/edmundo-novillo/#actor',
      name: 'Edmundo Novillo',
    });
  });
});

describe('/claims/', () => {
  test('lists every claim with counts per rating', async () => {
    const claims = await allClaims();
    const page = await readPage(distDir, '/claims/');
    expect(all(page, '.claim-list > li')).toHaveLength(claims.length);
    const byRating = all(page, '.filter-links div:first-of-type li').map(text);
    const count = (rating: string) => claims.filter((claim) => claim.rating === rating).length;
    expect(byRating).toEqual([
      `Supported (${count('supported')})`,
      `Partly supported (${count('partly-supported')})`,
      `Disputed (${count('disputed')})`,
      `Unsupported (${count('unsupported')})`,
      `False (${count('false')})`,
      `Not checkable (${count('not-checkable')})`,
    ]);
  });

  test('filters by rating, kind and actor on static pages', async () => {
    const claims = await allClaims();
    const disputed = await readPage(distDir, '/claims/rating/disputed/');
    expect(all(disputed, '.claim-list h3').map(text).sort()).toEqual(
      claims.filter((c) => c.rating === 'disputed').map((c) => c.summary).sort(),
    );
    expect(text(one(disputed, '.filter-links a[aria-current=page]'))).toBe('Disputed');

    const framing = await readPage(distDir, '/claims/kind/framing/');
    expect(all(framing, '.claim-list > li')).toHaveLength(claims.filter((c) => c.kind === 'framing').length);

    const novillo = await readPage(distDir, '/claims/actor/edmundo-novillo/');
    expect(all(novillo, '.claim-list h3').map(text).sort()).toEqual(
      claims.filter((c) => c.about.includes('edmundo-novillo')).map((c) => c.summary).sort(),
    );
  });
});
