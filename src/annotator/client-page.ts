/**
 * What every form of the annotator's page shares: the state the server wrote
 * into the page, talking to the server (a save, a dry run of the check), and
 * the dialog a form opens in. Runs in the browser.
 */
import { h } from '#client/dom.ts';
import { DATE_PATTERN, debounce, ID_PATTERN, type Named } from './client-controls.ts';

// What `pages.ts` writes into the page as JSON (see `ArticleWork` in `workspace.ts`).
export interface EventItem {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly actors: readonly string[];
}
export interface View {
  readonly index: number;
  readonly fields: Record<string, unknown>;
  readonly element?: string;
  readonly unanchored?: { readonly message: string; readonly nearest?: string };
}
export type Candidate =
  | { type: 'actor'; line: string; name: string; kind: string; id: string; aliases: string[]; sentence: string }
  | { type: 'date'; line: string; quote: string; date: string };
export interface State {
  readonly article: { id: string; version: string; fields: Record<string, unknown>; outlet: string | null; actors: string[]; claims: View[]; dates: View[]; candidates: Candidate[] };
  readonly actors: readonly Named[];
  readonly events: readonly EventItem[];
  /** The site's narratives, as the claim form's picker searches them (by title). */
  readonly narratives: readonly Named[];
  readonly ratings: readonly { value: string; label: string }[];
  readonly kinds: readonly string[];
  readonly actorKinds: readonly string[];
  readonly summaryMax: number;
}
interface Problem {
  readonly severity: string;
  readonly field: string;
  readonly message: string;
  readonly hint?: string;
}

/** The attributes of an id's field. */
export const ID_FIELD = { pattern: ID_PATTERN, autocomplete: 'off' };
/** The attributes of a date's field. */
export const DATE_FIELD = { pattern: DATE_PATTERN, placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' };

export const state = JSON.parse(document.getElementById('annotator-state')!.textContent!) as State;
const token = document.querySelector<HTMLMetaElement>('meta[name="annotator-token"]')!.content;
export const dialog = document.getElementById('annotator-dialog') as HTMLDialogElement;
export const status = document.getElementById('annotator-status')!;
export const actorsById = new Map(state.actors.map((actor) => [actor.id, actor]));
/** The site's narratives by id. */
export const narrativesById = new Map(state.narratives.map((narrative) => [narrative.id, narrative]));

// ————— Talking to the server —————

export interface Answer {
  readonly ok: boolean;
  readonly status: number;
  readonly data: { error?: string; problems?: (Problem | string)[]; version?: string; html?: string; fields?: Record<string, unknown> };
}

/** Sends `payload` to the server, with the page's token. */
export async function post(path: string, payload: unknown): Promise<Answer> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-annotator-token': token },
    body: JSON.stringify(payload),
  });
  const data = (await response.json().catch(() => ({ error: `the server answered ${response.status}` }))) as Answer['data'];
  return { ok: response.ok, status: response.status, data };
}

/** An actor's or an event's file as it is now: its fields and the version a save names. */
export async function fetchEntry(collection: 'actors' | 'events', id: string): Promise<{ fields: Record<string, unknown>; version: string } | string> {
  const response = await fetch(`/annotate/api/entry/${collection}/${id}/`);
  const data = (await response.json().catch(() => ({}))) as { fields?: Record<string, unknown>; version?: string; error?: string };
  return response.ok && data.fields && data.version ? { fields: data.fields, version: data.version } : (data.error ?? `the server answered ${response.status}`);
}

/** Sends an action on the page's article, naming the version of its file the page shows. */
export const action = (payload: Record<string, unknown>) => post('/annotate/api/action/', { article: state.article.id, version: state.article.version, ...payload });

/** Saves, then reloads the page to show the file as saved and the check's new result. */
export async function save(payload: Record<string, unknown>, done: string, report: HTMLElement): Promise<void> {
  report.replaceChildren(h('p', {}, 'Saving…'));
  const answer = await action(payload);
  if (!answer.ok) {
    showRefusal(report, answer);
    return;
  }
  sessionStorage.setItem('annotator-saved', done);
  location.reload();
}

function problemList(problems: readonly (Problem | string)[]): HTMLElement {
  return h(
    'ul',
    { class: 'problems' },
    ...problems.map((problem) =>
      typeof problem === 'string'
        ? h('li', { class: 'problem', 'data-severity': 'error' }, problem)
        : h('li', { class: 'problem', 'data-severity': problem.severity }, h('span', { class: 'severity', 'data-severity': problem.severity }, problem.severity), ` ${problem.field}: ${problem.message}`, problem.hint ? h('span', { class: 'hint' }, ` ${problem.hint}`) : undefined),
    ),
  );
}

/** Says why a save was refused, and what to fix. */
export function showRefusal(report: HTMLElement, answer: Answer): void {
  report.replaceChildren(
    h('p', { class: 'refusal' }, h('strong', {}, answer.status === 409 ? 'Conflict. ' : 'Not saved. '), answer.data.error ?? `The server answered ${answer.status}.`),
    ...(answer.data.problems && answer.data.problems.length > 0 ? [problemList(answer.data.problems)] : []),
  );
  report.focus();
}

// ————— The dialog —————

let returnFocus: HTMLElement | null = null;

/** Opens the dialog with a form; `payload` makes the request, checked as a dry run while it is filled in and saved on submit. */
export function openForm(options: {
  title: string;
  quote?: string | undefined;
  parts: (HTMLElement | undefined)[];
  submitLabel: string;
  payload: () => Record<string, unknown>;
  done: () => string;
  extra?: HTMLElement[];
}): void {
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const report = h('div', { class: 'form-report', tabindex: '-1', role: 'alert' });
  const live = h('div', { class: 'form-check', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { method: 'dialog', class: 'annotator-form', novalidate: '' },
    h('h2', { id: 'dialog-title' }, options.title),
    options.quote !== undefined ? h('blockquote', { class: 'selected-quote' }, options.quote) : undefined,
    ...options.parts,
    live,
    report,
    h('p', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, options.submitLabel), ' ', Object.assign(h('button', { type: 'button', value: 'cancel' }, 'Cancel'), { onclick: () => dialog.close() })),
    ...(options.extra ?? []),
  );
  const check = debounce(async () => {
    if (!form.isConnected) return;
    const answer = await action({ ...options.payload(), dryRun: true });
    if (!answer.ok) {
      live.replaceChildren(h('p', {}, answer.data.error ?? ''));
      return;
    }
    const problems = (answer.data.problems ?? []) as Problem[];
    live.replaceChildren(problems.length === 0 ? h('p', { class: 'check-ok' }, 'The check finds no new problem.') : h('div', {}, h('p', {}, `The check would find ${problems.length === 1 ? 'a new problem' : `${problems.length} new problems`}:`), problemList(problems)));
  }, 400);
  form.addEventListener('input', check);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    void save(options.payload(), options.done(), report);
  });
  dialog.replaceChildren(form);
  dialog.showModal();
  form.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  check();
}

dialog.addEventListener('close', () => {
  dialog.replaceChildren();
  returnFocus?.focus();
});

/**
 * A second form inside a dialog's form, in a `<details>`: a new event or actor, made and saved on
 * its own. `payload` runs once the browser finds the fields valid.
 */
export function createForm(options: { name: string; summary: string; open: boolean; parts: (HTMLElement | undefined)[]; submitLabel: string; payload: () => Record<string, unknown>; done: () => string }): HTMLElement {
  const report = h('div', { class: 'form-report', tabindex: '-1', role: 'alert' });
  const form = h('form', { class: `annotator-form ${options.name}`, novalidate: '' }, ...options.parts, report, h('p', { class: 'form-actions' }, h('button', { type: 'submit' }, options.submitLabel)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    void save(options.payload(), options.done(), report);
  });
  return h('details', { class: 'create', ...(options.open ? { open: '' } : {}) }, h('summary', {}, options.summary), form);
}
