/**
 * How claim pages get their preview cards: one per claim, or one per verdict
 * that claim pages share, for archives too large to draw a card per claim. A
 * module of its own, so that the build script reads the option without loading
 * the site model.
 */
import type { Entry } from '#lib/content/entry.ts';
import type { Article } from '#lib/content/schema/index.ts';

/** How claim pages may get their preview cards. */
export const CLAIM_CARDS = ['per-claim', 'per-verdict'] as const;

/** How claim pages get their preview cards. */
export type ClaimCards = (typeof CLAIM_CARDS)[number];

/** What the claim-cards option may say: a way, or `auto` to let the size of the archive decide. */
export type ClaimCardsOption = ClaimCards | 'auto';

/**
 * Up to how many claims `auto` draws a card for each. Each claim makes two
 * files, its page and its card: at ten claims an article, 20,000 claims are
 * about 2,000 articles and 51,000 files, while 4,000 articles with a card
 * per claim pass a static host's limit of 100,000 files. See docs/hosting.md.
 */
export const CLAIM_CARDS_PER_CLAIM_UP_TO = 20_000;

/** How many claims the articles make: what `auto` goes by. */
export function countClaims(articles: readonly Entry<Article>[]): number {
  return articles.reduce((sum, article) => sum + article.data.claims.length, 0);
}

/** How a site of `claims` claims draws its claim cards, for the option given. */
export function claimCardsFor(option: ClaimCardsOption | undefined, claims: number): ClaimCards {
  if (option === undefined || option === 'auto') return claims <= CLAIM_CARDS_PER_CLAIM_UP_TO ? 'per-claim' : 'per-verdict';
  return option;
}

/** Reads the claim-cards option from text (a flag or an environment variable); `what` names it in the error. */
export function parseClaimCards(value: string | undefined, what: string): ClaimCardsOption {
  if (value === undefined) return 'auto';
  const options: readonly ClaimCardsOption[] = [...CLAIM_CARDS, 'auto'];
  const found = options.find((option) => option === value);
  if (found) return found;
  const expected = new Intl.ListFormat('en', { type: 'disjunction' }).format(options.map((option) => `"${option}"`));
  throw new Error(`${what}: expected ${expected}, got "${value}"`);
}
