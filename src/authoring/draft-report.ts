/** What `npm run new` prints: what the draft found, and what the analyst still has to decide. */
import type { Draft } from './draft-frontmatter.ts';

/** What the draft was given, so that the report can say what is missing. */
export interface ReportContext {
  /** The new file, as messages name it. */
  readonly file: string;
  readonly hasTitle: boolean;
  readonly hasOutlet: boolean;
  readonly hasUrl: boolean;
  readonly hasPublished: boolean;
}

const QUOTE_MAX = 90;

function shorten(text: string): string {
  return text.length <= QUOTE_MAX ? text : `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The report, one line per finding and per decision left. */
export function formatDraftReport(draft: Draft, context: ReportContext): string {
  const withEvent = draft.dates.filter((mention) => mention.events.length > 0);
  const withoutEvent = draft.dates.filter((mention) => mention.events.length === 0);
  const lines = [`Created ${context.file} (draft: true).`, '', 'Found:'];

  lines.push(`  ${count(draft.knownActors.length, 'known actor')}${draft.knownActors.length > 0 ? ':' : ''}`);
  for (const { actor, aliases, count: n } of draft.knownActors) lines.push(`    ${actor} (${count(n, 'mention')}: ${aliases.join(', ')})`);
  lines.push(`  ${count(draft.candidates.length, 'candidate actor')}, not in the site (comments under actors:)${draft.candidates.length > 0 ? ':' : ''}`);
  for (const candidate of draft.candidates) lines.push(`    ${candidate.name} (${candidate.kind}, id ${candidate.id}, ${count(candidate.count, 'mention')})`);
  lines.push(`  ${count(draft.dates.length, 'date mention')}, ${withEvent.length} with an event, ${withoutEvent.length} without${draft.dates.length > 0 ? ':' : ''}`);
  for (const mention of draft.dates) {
    lines.push(`    “${mention.quote}” → ${mention.date} → ${mention.events[0] ?? 'no event'}`);
  }
  lines.push(`  ${count(draft.claims.length, 'candidate claim')}${draft.claims.length > 0 ? ':' : ''}`);
  for (const claim of draft.claims) lines.push(`    ${claim.id} (${claim.kind}): “${shorten(claim.selector.quote)}”`);
  if (draft.unanchored.length > 0) {
    lines.push(`  ${count(draft.unanchored.length, 'span')} left out, because no quote anchors it uniquely:`);
    for (const quote of draft.unanchored) lines.push(`    “${shorten(quote)}”`);
  }

  const todo: string[] = [];
  if (!context.hasTitle) todo.push('title: the original headline');
  todo.push('summary: one paragraph on what the piece argues and how it holds up', 'genre: news, opinion, analysis or explainer');
  if (!context.hasOutlet) todo.push('source.outlet: the actor id of the outlet');
  if (!context.hasUrl) todo.push('source.url: the address of the original');
  if (!context.hasPublished) todo.push('source.published: when it was published');
  if (draft.claims.length > 0) {
    todo.push(
      `claims: for each of the ${count(draft.claims.length, 'claim')}, rating, summary (at most 75 characters), assessment and, unless it is not-checkable, sources; check kind and about; remove those not worth checking`,
    );
  }
  if (draft.candidates.length > 0) todo.push(`actors: which of the ${count(draft.candidates.length, 'candidate')} to create as actors/<id>.md (or add as aliases)`);
  if (withoutEvent.length > 0) todo.push(`dates: create events for the ${count(withoutEvent.length, 'date')} without one, or leave them out`);
  if (withEvent.length > 0) todo.push('dates: check that each suggested event is the one the text means');
  todo.push('draft: set it to false when the analysis is done');

  lines.push('', 'Still to decide:', ...todo.map((item) => `  - ${item}`), '', 'Then run: npm run check');
  return lines.join('\n');
}
