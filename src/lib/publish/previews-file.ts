/**
 * The previews file, `/previews.json`: what a reader sees on hovering over or
 * focusing a link to an actor, an event or a narrative, written once at build time and
 * loaded by the page only when a first preview is wanted. It holds what a
 * preview shows and nothing more, so that it stays small as the archive grows.
 */
import { ACTOR_KIND_LABELS } from '#lib/content/labels.ts';
import { comparePartialDates, formatDateRange } from '#lib/content/partial-date.ts';
import { formatPartialDate } from '#lib/content/partial-date.ts';
import type { Actor, ActorRole, Event, Narrative } from '#lib/content/schema/index.ts';

/** An actor's preview: its name, kind, one-line summary and the role it holds now. */
export interface ActorPreview {
  readonly name: string;
  readonly kind: string;
  readonly summary: string;
  /** "Minister of Defence, Iran": the latest role without an end, if any. */
  readonly role?: string;
}

/** An event's preview: its date (or dates) in words and its title. */
export interface EventPreview {
  readonly date: string;
  readonly title: string;
}

/** A narrative's preview: its title, when it was first seen, in words, and its one-sentence summary. */
export interface NarrativePreview {
  readonly title: string;
  readonly firstSeen: string;
  readonly summary: string;
}

/** The whole file: previews by actor id, by event id and by narrative id. */
export interface PreviewsFile {
  readonly actors: Readonly<Record<string, ActorPreview>>;
  readonly events: Readonly<Record<string, EventPreview>>;
  readonly narratives: Readonly<Record<string, NarrativePreview>>;
}

/** What the file is built from: every actor, event and narrative (an actor's name by id gives a role's `of`). */
export interface PreviewSources {
  readonly actors: readonly { readonly id: string; readonly data: Actor }[];
  readonly events: readonly { readonly id: string; readonly data: Event }[];
  readonly narratives: readonly { readonly id: string; readonly data: Narrative }[];
}

/** The role an actor holds now: among those without an end, the one that began last. */
export function currentRole(roles: readonly ActorRole[]): ActorRole | undefined {
  return roles
    .filter((role) => role.to === undefined)
    .reduce<ActorRole | undefined>(
      (latest, role) =>
        latest === undefined || (role.from !== undefined && (latest.from === undefined || comparePartialDates(role.from, latest.from) > 0))
          ? role
          : latest,
      undefined,
    );
}

/** Builds the previews file. */
export function previewsFile({ actors, events, narratives }: PreviewSources): PreviewsFile {
  const names = new Map(actors.map(({ id, data }) => [id, data.name]));
  return {
    actors: Object.fromEntries(
      actors.map(({ id, data }) => {
        const role = currentRole(data.roles);
        const of = role?.of === undefined ? undefined : names.get(role.of);
        const preview: ActorPreview = {
          name: data.name,
          kind: ACTOR_KIND_LABELS[data.kind].one,
          summary: data.summary,
          ...(role ? { role: of ? `${role.title}, ${of}` : role.title } : {}),
        };
        return [id, preview];
      }),
    ),
    events: Object.fromEntries(
      events.map(({ id, data }) => [id, { date: formatDateRange(data.date, data.end), title: data.title } satisfies EventPreview]),
    ),
    narratives: Object.fromEntries(
      narratives.map(({ id, data }) => [
        id,
        { title: data.title, firstSeen: formatPartialDate(data.firstSeen), summary: data.summary } satisfies NarrativePreview,
      ]),
    ),
  };
}
