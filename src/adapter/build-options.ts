/**
 * The options a build passes to the site through the environment: `npm run
 * build -- --claim-cards …` sets `DOSSIER_CLAIM_CARDS` (scripts/build.ts).
 */
import { type ClaimCardsOption, parseClaimCards } from '#lib/model/claim-cards.ts';

/** `DOSSIER_CLAIM_CARDS`: how claim pages get their preview cards (`auto` when unset). */
export function claimCardsOption(): ClaimCardsOption {
  return parseClaimCards(process.env['DOSSIER_CLAIM_CARDS'], 'DOSSIER_CLAIM_CARDS');
}
