/**
 * The annotator's two pages, as HTML: the list of articles at `/annotate/`
 * and one article at `/annotate/articles/<id>/`. They are served by the dev
 * server only (see `server.ts`), with the site's stylesheet so that the text
 * looks as it does on the site, and the annotator's own script and styles.
 * The pages are hast trees built with `hastscript` and written by
 * `hast-util-to-html`, which escapes every text and attribute; the one piece
 * of HTML taken as it is, the article's body, is the site pipeline's own
 * sanitised HTML.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { type Child, h } from 'hastscript';
import type { Entry } from '#lib/content/entry.ts';
import { formatPartialDate } from '#lib/content/partial-date.ts';
import { errorsIn } from '#lib/content/problems.ts';
import { RATING_SCALE, RATINGS } from '#lib/content/ratings.ts';
import { ACTOR_KINDS, type Actor, CLAIM_KINDS, CLAIM_SUMMARY_MAX, type Event, type Narrative } from '#lib/content/schema/index.ts';
import { paths } from '#lib/content/urls.ts';
import { aliasesOf } from '#lib/text/alias-index.ts';
import type { AnnotationView, ArticleSummary, ArticleWork, Candidate, ProblemView } from './workspace.ts';

/** Where the annotator lives in the dev server. */
export const ANNOTATE = '/annotate/';
export const annotatePath = (article: string) => `${ANNOTATE}articles/${article}/`;

/** What a hastscript element takes as children: nodes, text, nothing for a part left out, or a list of them. */
type Children = Child;

/** HTML taken as it is: only the site pipeline's own sanitised output. */
const sanitisedHtml = (value: string) => ({ type: 'raw', value }) as unknown as ElementContent;

/** A JSON value safe inside a `<script type="application/json">`, whose text is written unescaped. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(title: string, token: string, body: Element[], script: boolean): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('meta', { name: 'annotator-token', content: token }),
          h('title', `${title} — Dossier annotator`),
          h('link', { rel: 'stylesheet', href: '/src/styles/global.css' }),
          h('link', { rel: 'stylesheet', href: '/src/annotator/annotator.css' }),
        ]),
        h('body.annotator', [
          h('a.skip-link', { href: '#main' }, 'Skip to the content'),
          body,
          script ? h('script', { type: 'module', src: '/src/annotator/client.ts' }) : undefined,
        ]),
      ]),
    ],
  };
  return `${toHtml(tree, { allowDangerousHtml: true })}\n`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const draftLabel = () => [' ', h('span.draft-label', h('strong', 'Draft'))];

function problemItem(problem: ProblemView, link: boolean): Element {
  const where = problem.line === undefined ? problem.field : `line ${problem.line}, ${problem.field}`;
  const text: Child[] = [
    h('span.severity', { dataSeverity: problem.severity }, problem.severity),
    ` ${where}: ${problem.message}`,
    problem.hint ? [' ', h('span.hint', problem.hint)] : undefined,
  ];
  return h('li.problem', { dataSeverity: problem.severity }, ...(link && problem.target ? [h('a', { href: `#${problem.target}` }, ...text)] : text));
}

function candidateText(candidate: Candidate): Child[] {
  if (candidate.type === 'actor') {
    const also = candidate.aliases.length > 0 ? `, also “${candidate.aliases.join('”, “')}”` : '';
    return ['A name no actor carries: ', h('strong', candidate.name), ` (${candidate.kind}${also}${candidate.note ? `; ${candidate.note}` : ''}) `, h('q', candidate.sentence)];
  }
  return ['A date with no event: ', h('strong', `“${candidate.quote}”`), ` is ${candidate.date}${candidate.note ? ` (${candidate.note})` : ''}`];
}

/** `/annotate/`: every article, drafts first, with its problems and suggestions. */
export function listPage(articles: readonly ArticleSummary[], token: string): string {
  const rows = articles.map((article) => {
    const errors = errorsIn(article.problems).length;
    const others = article.problems.length - errors;
    const suggestions = article.candidates.length + article.unrated;
    return h('li.annotate-article', [
      h('h2', [h('a', { href: annotatePath(article.id) }, article.title), article.draft ? draftLabel() : undefined]),
      h('p.small', [
        h('code', article.file),
        ` · ${count(errors, 'error')} · ${count(others, 'warning or suggestion', 'warnings and suggestions')} · ${count(suggestions, 'suggestion from npm run new', 'suggestions from npm run new')}`,
      ]),
      article.problems.length > 0
        ? h('details', [h('summary', `The check’s problems (${article.problems.length})`), h('ul.problems', article.problems.map((problem) => problemItem(problem, false)))])
        : h('p.small', 'The check finds nothing to fix.'),
      suggestions > 0
        ? h('details', [
            h('summary', ['Suggestions from ', h('code', 'npm run new'), ` (${suggestions})`]),
            h('ul', [
              article.candidates.map((candidate) => h('li', {}, ...candidateText(candidate))),
              article.unrated > 0 ? h('li', `${count(article.unrated, 'claim')} proposed and not yet rated`) : undefined,
            ]),
          ])
        : undefined,
    ]);
  });
  const body = [
    h('header.annotator-header', [
      h('p.site-name', h('a', { href: '/' }, 'Dossier')),
      h('h1', 'Annotator'),
      h('p', 'Choose an article to annotate. Drafts come first. Saving writes straight into the article’s Markdown file under the content folder; the site’s pages follow.'),
    ]),
    h('main#main', [
      h('ol.annotate-articles', rows),
      articles.length === 0 ? h('p', ['There are no articles yet. Draft one from a text with ', h('code', 'npm run new -- text.txt'), '.']) : undefined,
    ]),
  ];
  return page('Articles', token, body, false);
}

function annotationStatus(view: AnnotationView): Element {
  if (view.element) return h('a.small', { href: `#${view.element}` }, 'Show in the text');
  const { message, nearest } = view.unanchored ?? { message: 'not in the text' };
  return h('p.unanchored.small', [h('strong', 'Not anchored:'), ` ${message}.`, nearest ? [' Nearest passage: ', h('q.nearest', nearest)] : undefined]);
}

/** The problems the check finds in one entry, listed with it. */
function entryProblems(problems: readonly ProblemView[], list: string, index: number): Element | undefined {
  const own = problems.filter((problem) => problem.target === `entry-${list}-${index}`);
  return own.length === 0 ? undefined : h('ul.problems', own.map((problem) => problemItem(problem, false)));
}

/** The buttons under an entry, separated by spaces. */
const actions = (buttons: readonly (Element | undefined)[]) =>
  h('p.actions', buttons.filter((button) => button !== undefined).flatMap((button, i) => (i === 0 ? [button] : [' ', button])));

const button = (act: string, label: Children, props: Record<string, string> = {}) => h('button', { type: 'button', dataAct: act, ...props }, label);

/** An entry of the claims or dates list, which the page's script finds by its list and index. */
const entryItem = (list: string, index: number, children: Child[]) =>
  h('li.annotation', { id: `entry-${list}-${index}`, dataList: list, dataIndex: index, tabIndex: -1 }, ...children);

function claimItem(view: AnnotationView, problems: readonly ProblemView[]): Element {
  const { fields } = view;
  const rating = typeof fields['rating'] === 'string' && Object.hasOwn(RATING_SCALE, fields['rating']) ? (fields['rating'] as keyof typeof RATING_SCALE) : fields['rating'] === false ? 'false' : undefined;
  return entryItem('claims', view.index, [
    h('p', h('strong', String(fields['summary'] ?? fields['id'] ?? `claim ${view.index + 1}`))),
    h('p.small', [
      rating ? h('span.verdict-badge', { dataRating: rating }, RATING_SCALE[rating].label) : h('span.needs', 'Not rated yet'),
      ' · ',
      h('code', String(fields['id'] ?? '')),
    ]),
    h('p.quote.small', h('q', String(fields['quote'] ?? ''))),
    annotationStatus(view),
    entryProblems(problems, 'claims', view.index),
    actions([button('edit', 'Edit'), button('reanchor', 'Re-anchor'), button('delete', 'Delete')]),
  ]);
}

function dateItem(view: AnnotationView, events: ReadonlyMap<string, Entry<Event>>, problems: readonly ProblemView[]): Element {
  const event = typeof view.fields['event'] === 'string' ? events.get(view.fields['event']) : undefined;
  return entryItem('dates', view.index, [
    h('p', [h('q', String(view.fields['quote'] ?? '')), ' → ', event ? `${formatPartialDate(event.data.date)}: ${event.data.title}` : h('code', String(view.fields['event'] ?? ''))]),
    annotationStatus(view),
    entryProblems(problems, 'dates', view.index),
    actions([
      button('edit', 'Change event'),
      event ? button('edit-event', 'Edit the event', { dataEntry: event.id }) : undefined,
      button('reanchor', 'Re-anchor'),
      button('delete', 'Delete'),
    ]),
  ]);
}

/** What the page's script needs: the article's entries, the site's actors, events and narratives, and the fixed lists. */
function clientState(work: ArticleWork, { actors, events, narratives }: SiteEntries) {
  return {
    article: { id: work.id, version: work.version, fields: work.fields, outlet: work.outlet ?? null, actors: work.actors, claims: work.claims, dates: work.dates, candidates: work.candidates },
    actors: actors.map((actor) => ({ id: actor.id, name: actor.data.name, kind: actor.data.kind, names: aliasesOf(actor.data) })),
    events: events.map((event) => ({ id: event.id, title: event.data.title, date: event.data.date, actors: event.data.actors })),
    narratives: narratives.map((narrative) => ({ id: narrative.id, name: narrative.data.title, kind: 'narrative', names: [narrative.data.title] })),
    ratings: RATINGS.map((rating) => ({ value: rating, label: RATING_SCALE[rating].label })),
    kinds: CLAIM_KINDS,
    actorKinds: ACTOR_KINDS,
    summaryMax: CLAIM_SUMMARY_MAX,
  };
}

/** A section of the panel, labelled by its heading. */
const panelSection = (id: string | undefined, titleId: string, title: Children, children: Child[]) =>
  h('section', { id, ariaLabelledBy: titleId, ...(id === 'entry-article' || id === 'entry-actors' ? { tabIndex: -1 } : {}) }, h('h2', { id: titleId }, title), ...children);

/** The site's entries an article's page offers to pick from. */
export interface SiteEntries {
  readonly actors: readonly Entry<Actor>[];
  readonly events: readonly Entry<Event>[];
  readonly narratives: readonly Entry<Narrative>[];
}

/** `/annotate/articles/<id>/`: the text, its annotations and the check's problems. */
export function articlePage(work: ArticleWork, site: SiteEntries, token: string): string {
  const { actors, events } = site;
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const errors = errorsIn(work.problems).length;
  // A claim's or a date's problems are listed with it; the rest here.
  const inEntries = (problem: ProblemView) => /^entry-(claims|dates)-/.test(problem.target ?? '');
  const general = work.problems.filter((problem) => !inEntries(problem));
  const elsewhere = work.problems.length - general.length;
  const makes = (kind: string, label: string, hidden = false) => h('button', { type: 'button', dataMake: kind, disabled: !hidden, hidden }, label);
  const body = [
    h('header.annotator-header', [
      h('nav', { ariaLabel: 'Annotator' }, [h('a', { href: ANNOTATE }, 'All articles'), ' · ', h('a', { href: paths.article(work.id) }, 'The article’s page')]),
      h('h1', [work.title, work.draft ? draftLabel() : undefined]),
      h('p.small', h('code', work.file)),
      h('p#annotator-status.status', { role: 'status', ariaLive: 'polite' }),
    ]),
    h('div.annotator-layout', [
      h('main#main.annotator-text', [
        h('h2.visually-hidden', 'The text'),
        h('div.selection-bar', { role: 'toolbar', ariaLabel: 'The selected words', ariaControls: 'annotator-body' }, [
          h('p#selection-text.small', 'Select words of the text, then choose what they are.'),
          makes('claim', 'Claim'),
          makes('date', 'Date'),
          makes('actor', 'Actor’s name'),
          makes('reanchor', 'Re-anchor here', true),
          makes('cancel-reanchor', 'Cancel re-anchoring', true),
        ]),
        h('div#annotator-body.prose.article-body', {}, sanitisedHtml(work.html)),
      ]),
      h('aside.annotator-panel', { ariaLabel: 'Annotations and the check' }, [
        panelSection('entry-check', 'check-title', `Check: ${errors === 0 ? 'no errors' : count(errors, 'error')}`, [
          work.problems.length === 0 ? h('p.small', 'The content check finds nothing to fix in this file.') : undefined,
          general.length > 0 ? h('ul.problems', general.map((problem) => problemItem(problem, true))) : undefined,
          elsewhere > 0 ? h('p.small', `${count(elsewhere, 'problem is', 'problems are')} listed with the claims and dates below.`) : undefined,
        ]),
        panelSection('entry-article', 'article-title', 'The article', [
          h('p.small', 'Headline, summary, genre, where and when it appeared, and whether it is still a draft.'),
          actions([button('article', 'Edit the article’s details')]),
        ]),
        work.candidates.length > 0
          ? panelSection(undefined, 'candidates-title', ['Suggestions from ', h('code', 'npm run new')], [
              h(
                'ul.candidates',
                work.candidates.map((candidate, i) =>
                  h(
                    'li.candidate',
                    { dataCandidate: i },
                    ...candidateText(candidate),
                    actions([button('accept', candidate.type === 'actor' ? 'Create the actor' : 'Create the event'), button('dismiss', 'Dismiss')]),
                  ),
                ),
              ),
            ])
          : undefined,
        panelSection(undefined, 'claims-title', `Claims (${work.claims.length})`, [
          work.claims.length > 0
            ? h('ol.annotations', work.claims.map((view) => claimItem(view, work.problems)))
            : h('p.small', 'None yet: select a claim’s words in the text, then choose “Claim”.'),
        ]),
        panelSection(undefined, 'dates-title', `Dates (${work.dates.length})`, [
          work.dates.length > 0
            ? h('ol.annotations', work.dates.map((view) => dateItem(view, eventsById, work.problems)))
            : h('p.small', 'None yet: select a date phrase, then choose “Date”.'),
        ]),
        panelSection('entry-actors', 'actors-title', `Actors (${work.actors.length})`, [
          h('p.small', 'Their names and aliases are linked in the text. Select a name the text uses, then choose “Actor’s name”.'),
          h(
            'ul.actor-list',
            work.actors.map((id) => {
              const actor = actorsById.get(id);
              return h('li', [
                `${actor?.data.name ?? id} `,
                h('code', id),
                actor
                  ? [' ', h('button.small-button', { type: 'button', dataAct: 'edit-actor', dataEntry: id }, ['Edit', h('span.visually-hidden', ` ${actor.data.name}`)])]
                  : undefined,
              ]);
            }),
          ),
        ]),
      ]),
    ]),
    h('dialog#annotator-dialog', { ariaLabelledBy: 'dialog-title' }),
    h('script#annotator-state', { type: 'application/json' }, scriptJson(clientState(work, site))),
  ];
  return page(work.title, token, body, true);
}

/** A page saying why the annotator cannot show what was asked. */
export function errorPage(status: number, message: string, token: string): string {
  return page(`Error ${status}`, token, [h('main#main', [h('h1', message), h('p', h('a', { href: ANNOTATE }, 'All articles'))])], false);
}
