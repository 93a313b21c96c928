/**
 * Word lists for telling names apart: titles that precede a name, the head
 * nouns of groups and organisations, and words that suggest an actor's kind.
 */
import nlp from 'compromise';
import type { ActorKind } from '#lib/content/schema/index.ts';

/** Where a candidate span came from. */
export type SpanSource = 'person' | 'group' | 'organization' | 'place' | 'acronym' | 'capitalised';

/** Which source's kind to trust where two find the same span, most trusted first. */
export const KIND_PRIORITY: readonly SpanSource[] = ['person', 'group', 'organization', 'place', 'acronym', 'capitalised'];

/** Titles and ranks written before a name ("Brigadier General …"); they are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'President', 'Vice', 'Prime', 'Minister',
  'Ministers', 'Defense', 'Defence', 'Foreign', 'Interior', 'Finance', 'Secretary', 'General', 'Brigadier', 'Colonel',
  'Major', 'Captain', 'Lieutenant', 'Admiral', 'Commander', 'Chief', 'Deputy', 'Ambassador', 'Senator', 'Governor',
  'Judge', 'Justice', 'King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Ayatollah', 'Pope', 'Director', 'Chairman',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Leader',
]);

/** Head nouns of groups and bodies named after a people ("the Bolivian government", "Jewish community"). */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'government', 'opposition', 'oppositions', 'community', 'communities', 'ministry', 'army', 'navy', 'military',
  'party', 'parliament', 'congress', 'senate', 'police', 'forces', 'authorities', 'officials', 'media', 'press',
  'embassy', 'diaspora', 'rebels', 'militia', 'coalition', 'court', 'regime', 'administration', 'lobby',
]);

/** Group nouns that name a body, not a loose group. */
const BODY_WORDS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'army', 'navy', 'military', 'party', 'parliament', 'congress', 'senate', 'police',
  'embassy', 'court', 'regime', 'administration',
]);

/**
 * Words that, after a country's name, still mean the country as the site
 * models it ("the Argentinian government" is Argentina).
 */
export const STANDS_FOR_COUNTRY: ReadonlySet<string> = new Set([
  'government', 'governments', 'administration', 'authorities', 'officials', 'regime', 'state', 'people', 'leadership',
]);

const MEDIA = /\b(?:Times|Post|Review|News|Journal|Herald|Tribune|Gazette|Guardian|Telegraph|Daily|Magazine|Chronicle|Observer|Press|Agency|TV|Radio|Network|Broadcasting)\b/u;
const ORGANIZATION = /\b(?:Ministry|Party|Movement|Council|Committee|Union|Association|Asociación|Organization|Organisation|Bank|Court|Army|Navy|Forces|Institute|University|Company|Corporation|Group|Front|Alliance|League|Foundation|Fund|Office|Department|Commission|Parliament|Congress|Assembly|Senate|Club|Agency|Guard|Corps|Delegación)\b/u;

/** A kind for a name the heuristics found, from the words it is made of. */
export function guessKind(name: string, source: SpanSource): ActorKind {
  if (MEDIA.test(name)) return 'media';
  if (ORGANIZATION.test(name)) return 'organization';
  if (source === 'group') {
    // "Oppositions of the Bolivian government" is a kind of opposition, not of government.
    const words = name.toLowerCase().split(/\s+/);
    const head = (words[1] === 'of' ? words[0] : words.at(-1)) ?? '';
    return BODY_WORDS.has(head) ? 'organization' : 'group';
  }
  if (source === 'acronym') return 'organization';
  // Two or three capitalised words with no connecting "of" or "the" are most often a person's name…
  const words = name.split(/\s+/);
  // …unless one of them is an ordinary adjective or verb ("Advanced Countries").
  return words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word) && !isCommonWord(word)) ? 'person' : 'organization';
}

/**
 * Whether a capitalised word at the start of a sentence is an ordinary word
 * ("Shortly", "With", "Other") rather than the first word of a name.
 */
export function isCommonWord(word: string): boolean {
  return nlp(word.toLowerCase()).has('(#Adverb|#Preposition|#Determiner|#Conjunction|#Pronoun|#Verb|#Adjective|#Value|#Date)');
}
