/**
 * Generates a synthetic Dossier site for benchmarks: N articles of about 900
 * words, a shared cast of actors with aliases, events, narratives, and in each
 * article about ten claims (about one in four carrying a narrative) and five
 * date mentions anchored to real spans of its text. One article in ten (every
 * tenth) is in Spanish (`lang: es`), its claims translated, and every other one
 * of those has its accents decomposed (NFD), as some editors paste them. A
 * Spanish article is made from the same random draws as the English one it
 * replaces, so the English articles are the same with or without it.
 * Deterministic: the same seed and sizes give the same files.
 *
 *   node scripts/gen-corpus.ts --articles 1000 --out /tmp/corpus-1000 [--seed 1] [--actors 300] [--events 300] [--narratives 20]
 *
 * Build it with `DOSSIER_CONTENT_DIR=/tmp/corpus-1000 npm run build`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { MESES, MONTHS, SPANISH, SYLLABLES, VERBS, WORDS } from './corpus-words.ts';

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['factual', 'opinion', 'attribution', 'prediction', 'framing'] as const;
const RATINGS = ['supported', 'partly-supported', 'disputed', 'unsupported', 'false', 'not-checkable'] as const;

interface Actor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

interface Generated {
  actors: Actor[];
  events: { id: string; title: string; date: string; actors: string[] }[];
}

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Generates the cast and the events. */
function generateWorld(rand: () => number, actorCount: number, eventCount: number): Generated {
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const word = (min: number, max: number) => {
    let out = '';
    const n = min + Math.floor(rand() * (max - min + 1));
    for (let i = 0; i < n; i++) out += pick(SYLLABLES);
    return capitalise(out);
  };
  const taken = new Set<string>();
  const fresh = (make: () => string) => {
    for (;;) {
      const candidate = make();
      if (!taken.has(candidate) && !WORDS.includes(candidate.toLowerCase())) {
        taken.add(candidate);
        return candidate;
      }
    }
  };
  const actors: Actor[] = [];
  for (let i = 0; i < actorCount; i++) {
    const kind = i < 10 ? 'media' : pick(['person', 'person', 'person', 'organization', 'country', 'group']);
    if (kind === 'person') {
      const last = fresh(() => word(2, 3));
      const name = fresh(() => `${word(2, 2)} ${last}`);
      actors.push({ id: slug(name), name, kind, aliases: [last] });
    } else if (kind === 'country') {
      const name = fresh(() => `${word(2, 3)}ia`);
      actors.push({ id: slug(name), name, kind, aliases: [fresh(() => `${name}n`)] });
    } else {
      const core = fresh(() => word(2, 3));
      const suffix = kind === 'media' ? 'Herald' : kind === 'group' ? 'Movement' : 'Council';
      const name = fresh(() => `${core} ${suffix}`);
      const acronym = fresh(() => `${core.slice(0, 2).toUpperCase()}${suffix[0]}${String(actors.length)}`);
      actors.push({ id: slug(name), name, kind, aliases: [acronym] });
    }
  }
  const events = [];
  for (let i = 0; i < eventCount; i++) {
    const year = 1990 + Math.floor(rand() * 35);
    const month = 1 + Math.floor(rand() * 12);
    const precision = rand();
    const date =
      precision < 0.2 ? `${year}` : precision < 0.6 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const who = [pick(actors), pick(actors)].filter((a) => a.kind !== 'media');
    const title = `${who[0]?.name ?? 'A delegation'} ${pick(VERBS)} the ${pick(WORDS)} ${pick(WORDS)} (${i + 1})`;
    events.push({ id: `event-${i + 1}`, title, date, actors: [...new Set(who.map((a) => a.id))] });
  }
  return { actors, events };
}

/** What the narratives' own generator is seeded with, beside the corpus's seed. */
const NARRATIVE_SEED = 0x6e617272;

/**
 * The narratives: each about two of the cast, first seen no later than the
 * earliest article (every article is published in 2024).
 */
function generateNarratives(rand: () => number, actors: readonly Actor[], count: number) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const named = actors.filter((actor) => actor.kind !== 'media');
  return Array.from({ length: count }, (_, i) => {
    const who = [...new Set([pick(named).id, pick(named).id])];
    const topic = `${pick(WORDS)} ${pick(WORDS)}`;
    return {
      id: `narrative-${i + 1}`,
      title: `Narrative ${i + 1}: the ${topic} is a plot`,
      summary: `A generated narrative (${i + 1}) for benchmarks: the ${topic} is said to be a plot.`,
      firstSeen: '2023',
      actors: who,
    };
  });
}

/** The phrase an article uses for an event's date: "in March 2019", "in 2019", "on 3 March 2019"; in Spanish "en marzo de 2019", "el 3 de marzo de 2019". */
function datePhrase(date: string, spanish = false): string {
  const [year, month, day] = date.split('-');
  if (spanish) {
    if (!month) return `en ${year}`;
    if (!day) return `en ${MESES[Number(month) - 1]} de ${year}`;
    return `el ${Number(day)} de ${MESES[Number(month) - 1]} de ${year}`;
  }
  if (!month) return `in ${year}`;
  if (!day) return `in ${MONTHS[Number(month) - 1]} ${year}`;
  return `on ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** Whether the `n`-th article is in Spanish: every tenth. */
const inSpanish = (n: number) => n % 10 === 0;

/** Writes the corpus; returns how many files of each kind it wrote. */
export async function generateCorpus(options: {
  out: string;
  articles: number;
  seed?: number;
  actors?: number;
  events?: number;
  narratives?: number;
}): Promise<{ articles: number; actors: number; events: number; narratives: number }> {
  const rand = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const { actors, events } = generateWorld(rand, options.actors ?? 300, options.events ?? 300);
  // Narratives draw from a generator of their own, so that the rest of the corpus is what it was before they were added.
  const narrativeRand = random((options.seed ?? 1) ^ NARRATIVE_SEED);
  const narratives = generateNarratives(narrativeRand, actors, options.narratives ?? 20);
  const outlets = actors.filter((a) => a.kind === 'media');
  const named = actors.filter((a) => a.kind !== 'media');
  const source = (n: number) => [{ title: `Source ${n}`, url: `https://example.org/source/${n}`, publisher: 'Example' }];

  await rm(options.out, { recursive: true, force: true });
  for (const dir of ['actors', 'events', 'narratives', 'articles']) await mkdir(join(options.out, dir), { recursive: true });
  const frontmatter = (data: object, body = '') => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;

  for (const [i, actor] of actors.entries()) {
    await writeFile(
      join(options.out, 'actors', `${actor.id}.md`),
      frontmatter({
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        summary: `${actor.name}, a synthetic ${actor.kind}.`,
        sources: source(100_000 + i),
      }),
    );
  }
  for (const [i, event] of events.entries()) {
    await writeFile(join(options.out, 'events', `${event.id}.md`), frontmatter({ ...event, id: undefined, sources: source(i) }));
  }

  for (const narrative of narratives) {
    await writeFile(join(options.out, 'narratives', `${narrative.id}.md`), frontmatter({ ...narrative, id: undefined }));
  }

  for (let n = 1; n <= options.articles; n++) {
    const spanish = inSpanish(n);
    // Every other Spanish article is written decomposed (NFD); its quotes stay composed, as analysts type them.
    const written = (text: string) => (spanish && n % 20 === 0 ? text.normalize('NFD') : text);
    const cast = Array.from({ length: 8 }, () => pick(named));
    const chosenEvents = [...new Set(Array.from({ length: 5 }, () => pick(events)))];
    // Each sentence in English and, for an article in Spanish, in Spanish, from the same draws.
    const sentences: { text: string; english: string; actors: string[]; date?: (typeof events)[number] }[] = [];
    let words = 0;
    let eventIndex = 0;
    const es = (word: string) => SPANISH[word] ?? word;
    while (words < 900) {
      const actor = pick(cast);
      const other = pick(cast);
      const date = sentences.length % 9 === 4 ? chosenEvents[eventIndex++] : undefined;
      const [verb, w1, w2] = [pick(VERBS), pick(WORDS), pick(WORDS)];
      const days = date ? 0 : 1 + Math.floor(rand() * 90);
      const w3 = date ? '' : pick(WORDS);
      const [verb2, w4, w5, w6, w7] = [pick(VERBS), pick(WORDS), pick(WORDS), pick(WORDS), pick(WORDS)];
      const english = [
        `${actor.name} ${verb} the ${w1} ${w2}`,
        date ? datePhrase(date.date) : `after ${days} days of ${w3}`,
        `while ${other.aliases[0]} ${verb2} ${w4} ${w5} and ${w6} ${w7}`,
      ].join(' ');
      const text = spanish
        ? [
            `${actor.name} ${es(verb)} ${es(w1)} y ${es(w2)}`,
            date ? datePhrase(date.date, true) : `tras ${days} días de ${es(w3)}`,
            `mientras ${other.aliases[0]} ${es(verb2)} ${es(w4)}, ${es(w5)}, ${es(w6)} y ${es(w7)}`,
          ].join(' ')
        : english;
      sentences.push({ text: `${text}.`, english: `${english}.`, actors: [actor.id, other.id], ...(date ? { date } : {}) });
      // Counted in English, so that an article in Spanish takes as many sentences, and draws, as the English.
      words += `${english}.`.split(' ').length;
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).map((s) => s.text).join(' '));
    const body = `${paragraphs.join('\n\n')}\n`;
    const once = (quote: string) => body.indexOf(quote) !== -1 && body.indexOf(quote) === body.lastIndexOf(quote);

    const dates = sentences
      .filter((s) => s.date && once(datePhrase(s.date.date, spanish)))
      .map((s) => ({ quote: datePhrase(s.date!.date, spanish), event: s.date!.id }));
    const claimable = sentences.filter((s) => !s.date && once(s.text));
    // About one claim in four carries a narrative.
    const carried = () =>
      narratives.length > 0 && narrativeRand() < 0.25 ? { narratives: [narratives[Math.floor(narrativeRand() * narratives.length)]!.id] } : {};
    const claims = Array.from({ length: Math.min(10, claimable.length) }, (_, i) => {
      const sentence = claimable[Math.floor((i * claimable.length) / 10)]!;
      const rating = pick(RATINGS);
      return {
        id: `claim-${i + 1}`,
        quote: sentence.text,
        ...(spanish ? { translation: sentence.english } : {}),
        about: [...new Set(sentence.actors)],
        kind: rating === 'not-checkable' ? 'opinion' : pick(KINDS),
        rating,
        summary: `${sentence.english.slice(0, 60)}…`.replace(/\s+\S*…$/, '…'),
        assessment: `A synthetic assessment of claim ${i + 1} of article ${n}, citing its source.`,
        ...(rating === 'not-checkable' ? {} : { sources: source(n * 100 + i) }),
        ...carried(),
      };
    });
    const listed = [...new Set(sentences.flatMap((s) => s.actors))];
    await writeFile(
      join(options.out, 'articles', `article-${n}.md`),
      frontmatter(
        {
          title: spanish ? `Artículo sintético ${n}: ${es(pick(WORDS))} y ${es(pick(WORDS))}` : `Synthetic article ${n}: the ${pick(WORDS)} and the ${pick(WORDS)}`,
          summary: spanish
            ? `A generated article (${n}) for benchmarks, in Spanish, with about ${body.split(/\s+/).length} words.`
            : `A generated article (${n}) for benchmarks, with about ${words} words.`,
          genre: pick(['news', 'opinion', 'analysis', 'explainer']),
          ...(spanish ? { lang: 'es' } : {}),
          source: { outlet: pick(outlets).id, url: `https://example.org/article/${n}`, published: `2024-${String(1 + (n % 12)).padStart(2, '0')}` },
          analysed: '2026-11-28',
          actors: listed,
          dates,
          claims,
        },
        written(body),
      ),
    );
  }
  return { articles: options.articles, actors: actors.length, events: events.length, narratives: narratives.length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      actors: { type: 'string', default: '300' },
      events: { type: 'string', default: '300' },
      narratives: { type: 'string', default: '20' },
    },
  });
  if (!values.out) {
    console.error('Usage: node scripts/gen-corpus.ts --articles 1000 --out <folder> [--seed 1] [--actors 300] [--events 300] [--narratives 20]');
    process.exit(2);
  }
  const written = await generateCorpus({
    out: values.out,
    articles: Number(values.articles),
    seed: Number(values.seed),
    actors: Number(values.actors),
    events: Number(values.events),
    narratives: Number(values.narratives),
  });
  console.log(`Wrote ${written.articles} articles, ${written.actors} actors, ${written.events} events and ${written.narratives} narratives to ${values.out}`);
}
