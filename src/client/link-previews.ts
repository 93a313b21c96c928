/**
 * Who is this, on hover and focus: a link to an actor (`a[data-actor]`), to
 * an event (`a[data-event]`) or to a narrative (`a[data-narrative]`) shows a
 * small preview after a short delay — the actor's name, kind, one-line summary
 * and current role; the event's date and title; the narrative's title, when
 * it was first seen and its summary — as Wikipedia's page previews do. The previews come from
 * one file written at build time (src/lib/publish/previews-file.ts), fetched when
 * the first preview is wanted.
 *
 * A mouse or pen pointer resting on the link, or keyboard focus (`:focus-
 * visible`), opens the preview; a touch never does, so a tap follows the link.
 * The pointer can move onto the preview without closing it; Escape closes it.
 * Screen readers are told only what the link does not already say: an event
 * link's text carries its date and title, so its preview is hidden from them;
 * an actor's or a narrative's preview describes its link (`aria-describedby`).
 */
import { h } from './dom.ts';
import { placeNextTo } from './place.ts';

/** Before a preview opens: long enough that a pointer passing over a link opens nothing. */
const SHOW_AFTER_MS = { pointer: 500, focus: 300 } as const;
/** Before a preview closes once the pointer has left: time to move onto the preview. */
const HIDE_AFTER_MS = 300;
const LINKS = 'a[data-actor], a[data-event], a[data-narrative]';

interface ActorPreview {
  name: string;
  kind: string;
  summary: string;
  role?: string;
}
interface EventPreview {
  date: string;
  title: string;
}
interface NarrativePreview {
  title: string;
  firstSeen: string;
  summary: string;
}
interface PreviewsFile {
  actors: Record<string, ActorPreview>;
  events: Record<string, EventPreview>;
  narratives?: Record<string, NarrativePreview>;
}

let file: Promise<PreviewsFile | undefined> | undefined;

/** The previews file, fetched once; undefined if it cannot be had (the links still work). */
function loadPreviews(url: string): Promise<PreviewsFile | undefined> {
  file ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<PreviewsFile>) : undefined))
    .catch(() => undefined);
  return file;
}

/** The preview's content for one link, or undefined if the file has nothing for it. */
function contentFor(link: HTMLAnchorElement, previews: PreviewsFile): { nodes: Node[]; describes: boolean } | undefined {
  const actorId = link.dataset['actor'];
  if (actorId !== undefined) {
    const actor = previews.actors[actorId];
    if (!actor) return undefined;
    // The name is said by a link whose text is the name; a link reading "Bolivian" is described by it.
    const named = link.textContent?.trim() === actor.name;
    const name = h('p', { class: 'preview-title' }, actor.name);
    if (named) name.setAttribute('aria-hidden', 'true');
    return {
      describes: true,
      nodes: [
        name,
        h('p', { class: 'preview-kind' }, actor.role ? `${actor.kind} · ${actor.role}` : actor.kind),
        h('p', { class: 'preview-summary' }, actor.summary),
      ],
    };
  }
  const narrativeId = link.dataset['narrative'];
  if (narrativeId !== undefined) {
    const narrative = previews.narratives?.[narrativeId];
    if (!narrative) return undefined;
    // As for an actor: the title is said by a link whose text is the title.
    const title = h('p', { class: 'preview-title' }, narrative.title);
    if (link.textContent?.trim() === narrative.title) title.setAttribute('aria-hidden', 'true');
    return {
      describes: true,
      nodes: [title, h('p', { class: 'preview-kind' }, `Narrative · first seen ${narrative.firstSeen}`), h('p', { class: 'preview-summary' }, narrative.summary)],
    };
  }
  const event = previews.events[link.dataset['event'] ?? ''];
  if (!event) return undefined;
  return {
    describes: false,
    nodes: [h('p', { class: 'preview-kind' }, event.date), h('p', { class: 'preview-title' }, event.title)],
  };
}

/** Starts the previews on the page's actor, event and narrative links. */
export function startPreviews(): void {
  const url = document.documentElement.dataset['previews'];
  if (!url || document.querySelector(LINKS) === null) return;
  document.documentElement.classList.add('has-previews');

  const preview = h('div', { class: 'entity-preview floating', id: 'entity-preview', popover: 'manual' });
  // In the main landmark, with the links it previews; the top layer shows it above everything.
  (document.querySelector('main') ?? document.body).append(preview);
  let shownFor: HTMLAnchorElement | undefined;
  let wanted: HTMLAnchorElement | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    wanted = undefined;
    if (!shownFor) return;
    shownFor.removeAttribute('aria-describedby');
    shownFor = undefined;
    if (preview.matches(':popover-open')) preview.hidePopover();
  };

  const show = async (link: HTMLAnchorElement) => {
    const previews = await loadPreviews(url);
    if (!previews || wanted !== link || !link.isConnected) return;
    const content = contentFor(link, previews);
    if (!content) return;
    hide();
    preview.replaceChildren(...content.nodes);
    preview.dataset['kind'] = link.dataset['actor'] !== undefined ? 'actor' : link.dataset['narrative'] !== undefined ? 'narrative' : 'event';
    if (content.describes) {
      preview.removeAttribute('aria-hidden');
      preview.setAttribute('role', 'tooltip');
      link.setAttribute('aria-describedby', preview.id);
    } else {
      preview.removeAttribute('role');
      preview.setAttribute('aria-hidden', 'true');
    }
    shownFor = link;
    preview.showPopover();
    placeNextTo(preview, link, '--previewed-link');
  };

  const want = (link: HTMLAnchorElement, delay: number) => {
    clearTimeout(hideTimer);
    if (shownFor === link) return;
    clearTimeout(showTimer);
    wanted = link;
    void loadPreviews(url);
    showTimer = setTimeout(() => void show(link), delay);
  };

  const leave = () => {
    clearTimeout(showTimer);
    wanted = undefined;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_AFTER_MS);
  };

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const target = event.target as Element;
    if (preview.contains(target)) return clearTimeout(hideTimer);
    const link = target.closest<HTMLAnchorElement>(LINKS);
    if (link) want(link, SHOW_AFTER_MS.pointer);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const from = event.target as Element;
    const to = event.relatedTarget as Node | null;
    const link = from.closest<HTMLAnchorElement>(LINKS);
    const inPreview = preview.contains(from);
    if (!link && !inPreview) return;
    if (to && (preview.contains(to) || (link && link.contains(to)))) return;
    leave();
  });
  // A tap: nothing opens, and a preview open from before closes.
  document.addEventListener('pointerdown', (event) => {
    if (!preview.contains(event.target as Node)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>(LINKS);
    if (link && link.matches(':focus-visible')) want(link, SHOW_AFTER_MS.focus);
    else if (shownFor) hide();
  });
  document.addEventListener('focusout', (event) => {
    if ((event.target as Element).closest?.(LINKS) === shownFor || (event.target as Element).closest?.(LINKS) === wanted) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (shownFor || wanted)) hide();
  });
}
