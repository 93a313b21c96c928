/**
 * The previews file, `/previews.json`: what a reader sees on hovering over or
 * focusing a link to an actor or an event, written once at build time and
 * loaded by the page only when a first preview is wanted. It holds what a
 * preview shows and nothing more, so that it stays small as the archive grows.
 */
import { ACTOR_KIND_LABELS } from '#lib/content/labels.ts';
import { comparePartialDates, formatDateRange } from '#lib/content/partial-date.ts';
import type { Actor, ActorRole, Event } from '#lib/content/schema/index.ts';

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

/** The whole file: previews by actor id and by event id. */
export interface PreviewsFile {
  readonly actors: Readonly<Record<string, ActorPreview>>;
  readonly events: Readonly<Record<string, EventPreview>>;
}

/** What the file is built from: every actor and event, and each actor's name by id (for a role's `of`). */
export interface PreviewSources {
  readonly actors: readonly { readonly id: string; readonly data: Actor }[];
  readonly events: readonly { readonly id: string; readonly data: Event }[];
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
export function previewsFile({ actors, events }: PreviewSources): PreviewsFile {
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
  };
}
