/**
 * The annotator's two pages, as HTML: the list of articles at `/annotate/`
 * and one article at `/annotate/articles/<id>/`. They are served by the dev
 * server only (see `server.ts`), with the site's stylesheet so that the text
 * looks as it does on the site, and the annotator's own script and styles.
 * Everything the pages show is escaped; the article's body is the site
 * pipeline's own sanitised HTML.
 */
import type { Entry } from '#lib/content/entry.ts';
import { formatPartialDate } from '#lib/content/partial-date.ts';
import { RATING_SCALE, RATINGS } from '#lib/content/ratings.ts';
import { ACTOR_KINDS, type Actor, CLAIM_KINDS, CLAIM_SUMMARY_MAX, type Event } from '#lib/content/schema/index.ts';
import { paths } from '#lib/content/urls.ts';
import { aliasesOf } from '#lib/text/alias-index.ts';
import type { AnnotationView, ArticleSummary, ArticleWork, Candidate, ProblemView } from './workspace.ts';

/** Where the annotator lives in the dev server. */
export const ANNOTATE = '/annotate/';
export const annotatePath = (article: string) => `${ANNOTATE}articles/${article}/`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for HTML text and attribute values. */
export const escape = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Markup that is already safe, as opposed to text to escape. */
class Safe {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}
const raw = (html: string) => new Safe(html);

/** A template tag: values are escaped unless they are {@link Safe} (or lists of them). */
function html(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  const part = (value: unknown): string =>
    value instanceof Safe ? value.html : Array.isArray(value) ? value.map(part).join('') : value === undefined || value === null || value === false ? '' : escape(value);
  return raw(strings.reduce((out, string, i) => out + string + (i < values.length ? part(values[i]) : ''), ''));
}

/** A JSON value safe inside a `<script type="application/json">`. */
const scriptJson = (value: unknown) => raw(JSON.stringify(value).replace(/</g, '\\u003c'));

function page(title: string, token: string, body: Safe, script: boolean): string {
  return `<!doctype html>${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="annotator-token" content="${token}">
<title>${title} — Dossier annotator</title>
<link rel="stylesheet" href="/src/styles/global.css">
<link rel="stylesheet" href="/src/annotator/annotator.css">
</head>
<body class="annotator">
<a class="skip-link" href="#main">Skip to the content</a>
${body}
${script ? raw('<script type="module" src="/src/annotator/client.ts"></script>') : ''}
</body>
</html>`}\n`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function problemItem(problem: ProblemView, link: boolean): Safe {
  const where = problem.line === undefined ? problem.field : `line ${problem.line}, ${problem.field}`;
  const text = html`<span class="severity" data-severity="${problem.severity}">${problem.severity}</span> ${where}: ${problem.message}${problem.hint ? html` <span class="hint">${problem.hint}</span>` : ''}`;
  return html`<li class="problem" data-severity="${problem.severity}">${link && problem.target ? html`<a href="#${problem.target}">${text}</a>` : text}</li>`;
}

function candidateText(candidate: Candidate): Safe {
  if (candidate.type === 'actor') {
    const also = candidate.aliases.length > 0 ? `, also “${candidate.aliases.join('”, “')}”` : '';
    return html`A name no actor carries: <strong>${candidate.name}</strong> (${candidate.kind}${also}${candidate.note ? `; ${candidate.note}` : ''}) <q>${candidate.sentence}</q>`;
  }
  return html`A date with no event: <strong>“${candidate.quote}”</strong> is ${candidate.date}${candidate.note ? ` (${candidate.note})` : ''}`;
}

/** `/annotate/`: every article, drafts first, with its problems and suggestions. */
export function listPage(articles: readonly ArticleSummary[], token: string): string {
  const rows = articles.map((article) => {
    const errors = article.problems.filter((problem) => problem.severity === 'error').length;
    const others = article.problems.length - errors;
    const suggestions = article.candidates.length + article.unrated;
    return html`<li class="annotate-article">
  <h2><a href="${annotatePath(article.id)}">${article.title}</a>${article.draft ? raw(' <span class="draft-label"><strong>Draft</strong></span>') : ''}</h2>
  <p class="small"><code>${article.file}</code> · ${count(errors, 'error')} · ${count(others, 'warning or suggestion', 'warnings and suggestions')} · ${count(suggestions, 'suggestion from npm run new', 'suggestions from npm run new')}</p>
  ${
    article.problems.length > 0
      ? html`<details><summary>The check’s problems (${article.problems.length})</summary><ul class="problems">${article.problems.map((problem) => problemItem(problem, false))}</ul></details>`
      : html`<p class="small">The check finds nothing to fix.</p>`
  }
  ${
    suggestions > 0
      ? html`<details><summary>Suggestions from <code>npm run new</code> (${suggestions})</summary><ul>${article.candidates.map((candidate) => html`<li>${candidateText(candidate)}</li>`)}${
          article.unrated > 0 ? html`<li>${count(article.unrated, 'claim')} proposed and not yet rated</li>` : ''
        }</ul></details>`
      : ''
  }
</li>`;
  });
  const body = html`<header class="annotator-header">
  <p class="site-name"><a href="/">Dossier</a></p>
  <h1>Annotator</h1>
  <p>Choose an article to annotate. Drafts come first. Saving writes straight into the article’s Markdown file under the content folder; the site’s pages follow.</p>
</header>
<main id="main">
  <ol class="annotate-articles">${rows}</ol>
  ${articles.length === 0 ? html`<p>There are no articles yet. Draft one from a text with <code>npm run new -- text.txt</code>.</p>` : ''}
</main>`;
  return page('Articles', token, body, false);
}

function annotationStatus(view: AnnotationView): Safe {
  if (view.element) return html`<a class="small" href="#${view.element}">Show in the text</a>`;
  const { message, nearest } = view.unanchored ?? { message: 'not in the text' };
  return html`<p class="unanchored small"><strong>Not anchored:</strong> ${message}.${nearest ? html` Nearest passage: <q class="nearest">${nearest}</q>` : ''}</p>`;
}

/** The problems the check finds in one entry, listed with it. */
function entryProblems(problems: readonly ProblemView[], list: string, index: number): Safe {
  const own = problems.filter((problem) => problem.target === `entry-${list}-${index}`);
  return own.length === 0 ? html`` : html`<ul class="problems">${own.map((problem) => problemItem(problem, false))}</ul>`;
}

function claimItem(view: AnnotationView, problems: readonly ProblemView[]): Safe {
  const { fields } = view;
  const rating = typeof fields['rating'] === 'string' && Object.hasOwn(RATING_SCALE, fields['rating']) ? (fields['rating'] as keyof typeof RATING_SCALE) : fields['rating'] === false ? 'false' : undefined;
  return html`<li id="entry-claims-${view.index}" class="annotation" data-list="claims" data-index="${view.index}" tabindex="-1">
  <p><strong>${String(fields['summary'] ?? fields['id'] ?? `claim ${view.index + 1}`)}</strong></p>
  <p class="small">${rating ? html`<span class="verdict-badge" data-rating="${rating}">${RATING_SCALE[rating].label}</span>` : html`<span class="needs">Not rated yet</span>`} · <code>${String(fields['id'] ?? '')}</code></p>
  <p class="quote small"><q>${String(fields['quote'] ?? '')}</q></p>
  ${annotationStatus(view)}
  ${entryProblems(problems, 'claims', view.index)}
  <p class="actions"><button type="button" data-act="edit">Edit</button> <button type="button" data-act="reanchor">Re-anchor</button> <button type="button" data-act="delete">Delete</button></p>
</li>`;
}

function dateItem(view: AnnotationView, events: ReadonlyMap<string, Entry<Event>>, problems: readonly ProblemView[]): Safe {
  const event = typeof view.fields['event'] === 'string' ? events.get(view.fields['event']) : undefined;
  return html`<li id="entry-dates-${view.index}" class="annotation" data-list="dates" data-index="${view.index}" tabindex="-1">
  <p><q>${String(view.fields['quote'] ?? '')}</q> → ${event ? html`${formatPartialDate(event.data.date)}: ${event.data.title}` : html`<code>${String(view.fields['event'] ?? '')}</code>`}</p>
  ${annotationStatus(view)}
  ${entryProblems(problems, 'dates', view.index)}
  <p class="actions"><button type="button" data-act="edit">Change event</button>${event ? html` <button type="button" data-act="edit-event" data-entry="${event.id}">Edit the event</button>` : ''} <button type="button" data-act="reanchor">Re-anchor</button> <button type="button" data-act="delete">Delete</button></p>
</li>`;
}

/** What the page's script needs: the article's entries, the site's actors and events, and the fixed lists. */
function clientState(work: ArticleWork, actors: readonly Entry<Actor>[], events: readonly Entry<Event>[]) {
  return {
    article: { id: work.id, version: work.version, fields: work.fields, outlet: work.outlet ?? null, actors: work.actors, claims: work.claims, dates: work.dates, candidates: work.candidates },
    actors: actors.map((actor) => ({ id: actor.id, name: actor.data.name, kind: actor.data.kind, names: aliasesOf(actor.data) })),
    events: events.map((event) => ({ id: event.id, title: event.data.title, date: event.data.date, actors: event.data.actors })),
    ratings: RATINGS.map((rating) => ({ value: rating, label: RATING_SCALE[rating].label })),
    kinds: CLAIM_KINDS,
    actorKinds: ACTOR_KINDS,
    summaryMax: CLAIM_SUMMARY_MAX,
  };
}

/** `/annotate/articles/<id>/`: the text, its annotations and the check's problems. */
export function articlePage(work: ArticleWork, actors: readonly Entry<Actor>[], events: readonly Entry<Event>[], token: string): string {
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const errors = work.problems.filter((problem) => problem.severity === 'error').length;
  // A claim's or a date's problems are listed with it; the rest here.
  const inEntries = (problem: ProblemView) => /^entry-(claims|dates)-/.test(problem.target ?? '');
  const general = work.problems.filter((problem) => !inEntries(problem));
  const elsewhere = work.problems.length - general.length;
  const body = html`<header class="annotator-header">
  <nav aria-label="Annotator"><a href="${ANNOTATE}">All articles</a> · <a href="${paths.article(work.id)}">The article’s page</a></nav>
  <h1>${work.title}${work.draft ? raw(' <span class="draft-label"><strong>Draft</strong></span>') : ''}</h1>
  <p class="small"><code>${work.file}</code></p>
  <p id="annotator-status" class="status" role="status" aria-live="polite"></p>
</header>
<div class="annotator-layout">
  <main id="main" class="annotator-text">
    <h2 class="visually-hidden">The text</h2>
    <div class="selection-bar" role="toolbar" aria-label="The selected words" aria-controls="annotator-body">
      <p id="selection-text" class="small">Select words of the text, then choose what they are.</p>
      <button type="button" data-make="claim" disabled>Claim</button>
      <button type="button" data-make="date" disabled>Date</button>
      <button type="button" data-make="actor" disabled>Actor’s name</button>
      <button type="button" data-make="reanchor" hidden>Re-anchor here</button>
      <button type="button" data-make="cancel-reanchor" hidden>Cancel re-anchoring</button>
    </div>
    <div id="annotator-body" class="prose article-body">${raw(work.html)}</div>
  </main>
  <aside class="annotator-panel" aria-label="Annotations and the check">
    <section id="entry-check" aria-labelledby="check-title">
      <h2 id="check-title">Check: ${errors === 0 ? 'no errors' : count(errors, 'error')}</h2>
      ${work.problems.length === 0 ? html`<p class="small">The content check finds nothing to fix in this file.</p>` : ''}
      ${general.length > 0 ? html`<ul class="problems">${general.map((problem) => problemItem(problem, true))}</ul>` : ''}
      ${elsewhere > 0 ? html`<p class="small">${count(elsewhere, 'problem is', 'problems are')} listed with the claims and dates below.</p>` : ''}
    </section>
    <section id="entry-article" aria-labelledby="article-title" tabindex="-1">
      <h2 id="article-title">The article</h2>
      <p class="small">Headline, summary, genre, where and when it appeared, and whether it is still a draft.</p>
      <p class="actions"><button type="button" data-act="article">Edit the article’s details</button></p>
    </section>
    ${
      work.candidates.length > 0
        ? html`<section aria-labelledby="candidates-title">
      <h2 id="candidates-title">Suggestions from <code>npm run new</code></h2>
      <ul class="candidates">${work.candidates.map(
        (candidate, i) => html`<li class="candidate" data-candidate="${i}">${candidateText(candidate)}
        <p class="actions"><button type="button" data-act="accept">${candidate.type === 'actor' ? 'Create the actor' : 'Create the event'}</button> <button type="button" data-act="dismiss">Dismiss</button></p></li>`,
      )}</ul>
    </section>`
        : ''
    }
    <section aria-labelledby="claims-title">
      <h2 id="claims-title">Claims (${work.claims.length})</h2>
      ${work.claims.length > 0 ? html`<ol class="annotations">${work.claims.map((view) => claimItem(view, work.problems))}</ol>` : html`<p class="small">None yet: select a claim’s words in the text, then choose “Claim”.</p>`}
    </section>
    <section aria-labelledby="dates-title">
      <h2 id="dates-title">Dates (${work.dates.length})</h2>
      ${work.dates.length > 0 ? html`<ol class="annotations">${work.dates.map((view) => dateItem(view, eventsById, work.problems))}</ol>` : html`<p class="small">None yet: select a date phrase, then choose “Date”.</p>`}
    </section>
    <section id="entry-actors" aria-labelledby="actors-title" tabindex="-1">
      <h2 id="actors-title">Actors (${work.actors.length})</h2>
      <p class="small">Their names and aliases are linked in the text. Select a name the text uses, then choose “Actor’s name”.</p>
      <ul class="actor-list">${work.actors.map(
        (id) =>
          html`<li>${actorsById.get(id)?.data.name ?? id} <code>${id}</code>${
            actorsById.has(id) ? html` <button type="button" class="small-button" data-act="edit-actor" data-entry="${id}">Edit<span class="visually-hidden"> ${actorsById.get(id)!.data.name}</span></button>` : ''
          }</li>`,
      )}</ul>
    </section>
  </aside>
</div>
<dialog id="annotator-dialog" aria-labelledby="dialog-title"></dialog>
<script type="application/json" id="annotator-state">${scriptJson(clientState(work, actors, events))}</script>`;
  return page(work.title, token, body, true);
}

/** A page saying why the annotator cannot show what was asked. */
export function errorPage(status: number, message: string, token: string): string {
  return page(`Error ${status}`, token, html`<main id="main"><h1>${message}</h1><p><a href="${ANNOTATE}">All articles</a></p></main>`, false);
}
