/**
 * The preview-card option for very large archives: with `--claim-cards
 * per-verdict`, claim pages share one card per verdict, and still say the
 * claim's own words in their title and description.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { all, one, readPage } from '../support/html.ts';
import { pngSize } from '../support/png.ts';

const distDir = inject('verdictCardsDistDir');
const meta = (page: Awaited<ReturnType<typeof readPage>>, property: string) =>
  String(one(page, `meta[property="${property}"]`).properties['content']);

describe('a site built with --claim-cards per-verdict', () => {
  test('gives each claim page the card of its verdict, and its own words in title and description', async () => {
    const page = await readPage(distDir, '/articles/iran-bolivia-military-ties/claims/anti-iran-record/');
    expect(meta(page, 'og:image')).toBe('http://localhost:4321/og/verdicts/disputed.png');
    expect(meta(page, 'og:image:alt')).toMatch(/^Claim: A claim rated disputed\. .* Verdict: Disputed\.$/);
    expect(meta(page, 'og:title')).toBe("Checked: Argentina's government has a long anti-Iran record — Disputed");
    expect(meta(page, 'og:description')).toMatch(/^Verdict: Disputed\. /);
  });

  test('draws one 1200×630 card per verdict in use and none per claim, and keeps the article its own', async () => {
    const verdicts = (await readdir(join(distDir, 'og', 'verdicts'))).sort();
    expect(verdicts.length).toBeGreaterThan(1);
    for (const file of verdicts) expect(await pngSize(join(distDir, 'og', 'verdicts', file))).toEqual({ width: 1200, height: 630 });
    expect(existsSync(join(distDir, 'og', 'claims'))).toBe(false);
    const article = await readPage(distDir, '/articles/iran-bolivia-military-ties/');
    expect(meta(article, 'og:image')).toBe('http://localhost:4321/og/articles/iran-bolivia-military-ties.png');
    // Every card a page names exists.
    const cards = all(article, 'meta[property="og:image"]').map((tag) => String(tag.properties['content']));
    for (const card of cards) expect(existsSync(join(distDir, new URL(card).pathname))).toBe(true);
  });
});
