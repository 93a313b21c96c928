/**
 * The annotator's page script (`/annotate/articles/<id>/`, dev server only).
 *
 * Select words of the text, then say what they are: a claim, a date or an
 * actor's name. Each choice opens a form in a modal dialog; while it is
 * filled in, the change is checked by the server with the content check (a
 * dry run) and its new problems are listed; saving writes the file and
 * reloads the page with the new check result. Marks in the text open their
 * entry; entries in the panel can be edited, re-anchored and deleted, and
 * the article's actors and its dates' events edited in full.
 */
import { slugify } from '#authoring/slug.ts';
import { h } from '#client/dom.ts';
import { actorPicker, correctionsEditor, counter, debounce, input, labelled, nextId, type Row, select, sourcesEditor } from './client-controls.ts';
import { dateForm } from './client-dates.ts';
import { actorFields, editEntry, newIdField } from './client-entries.ts';
import { action, actorsById, narrativesById, type Candidate, createForm, dialog, ID_FIELD, openForm, post, showRefusal, state, status, type View, DATE_FIELD } from './client-page.ts';
import { readSelection, type Selected, selectPassage } from './client-selection.ts';

const body = document.getElementById('annotator-body')!;
const selectionText = document.getElementById('selection-text')!;
const makeButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-make]')];

// ————— The selection —————

let selected: Selected | undefined;
let reanchoring: { list: 'claims' | 'dates'; index: number } | undefined;

function showSelection(): void {
  const text = selected ? `Selected: “${selected.quote}”` : 'Select words of the text, then choose what they are.';
  selectionText.textContent = reanchoring ? `Re-anchoring ${reanchoring.list === 'claims' ? 'a claim' : 'a date'}: select its words, then choose “Re-anchor here”. ${selected ? text : ''}` : text;
  for (const button of makeButtons) {
    const make = button.dataset['make'];
    const forReanchor = make === 'reanchor' || make === 'cancel-reanchor';
    button.hidden = forReanchor !== (reanchoring !== undefined);
    button.disabled = make !== 'cancel-reanchor' && selected === undefined;
  }
}

document.addEventListener('selectionchange', () => {
  const read = readSelection(body);
  if (typeof read === 'string') {
    selected = undefined;
    selectionText.textContent = read;
    return;
  }
  const selection = document.getSelection();
  // A click elsewhere (on a button of the toolbar) keeps the last selection; a click in the text clears it.
  if (read === undefined && selection && selection.rangeCount > 0 && !body.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
  selected = read;
  showSelection();
});

// ————— Claims —————

function claimForm(view: View | undefined, selection: Selected | undefined, reanchor: boolean): void {
  const fields = view?.fields ?? {};
  const taken = new Set(state.article.claims.map((claim) => String(claim.fields['id'])));
  let suggested = slugify(selection?.quote ?? '', 5) ?? 'claim';
  for (let n = 2; !view && taken.has(suggested); n++) suggested = `${slugify(selection?.quote ?? '', 5) ?? 'claim'}-${n}`;
  const id = input('id', String(fields['id'] ?? suggested), { required: '', ...ID_FIELD });
  const claimant = actorPicker(actorsById, 'Claimant', typeof fields['claimant'] === 'string' ? [fields['claimant']] : [], {
    multiple: false,
    hint: `Who makes the claim. Leave it empty when it is the outlet${state.article.outlet ? ` (${actorsById.get(state.article.outlet)?.name ?? state.article.outlet})` : ''}.`,
  });
  const about = actorPicker(actorsById, 'About', Array.isArray(fields['about']) ? (fields['about'] as string[]) : (selection?.actorsIn ?? []), { multiple: true, hint: 'Whom or what the claim is about.' });
  const narratives = actorPicker(narrativesById, 'Narratives', Array.isArray(fields['narratives']) ? (fields['narratives'] as string[]) : [], {
    multiple: true,
    hint: 'The narratives the claim carries: it asserts one, or relays it as someone’s.',
    searching: { what: 'narratives', placeholder: 'Search titles' },
  });
  const kind = select('kind', state.kinds.map((value) => ({ value, label: value })), fields['kind'] as string | undefined, 'Choose a kind');
  const rating = select('rating', state.ratings, fields['rating'] === false ? 'false' : (fields['rating'] as string | undefined), 'Choose a rating');
  const summary = input('summary', String(fields['summary'] ?? ''), { required: '' });
  const translation = h('textarea', { name: 'translation', rows: '3' });
  // As the file holds it, to the character, like the assessment.
  translation.value = String(fields['translation'] ?? '');
  const assessment = h('textarea', { name: 'assessment', rows: '8', required: '' });
  // As the file holds it, to the character: a save that changes nothing else leaves it alone.
  assessment.value = String(fields['assessment'] ?? '');
  const preview = h('div', { class: 'prose assessment-preview', 'aria-live': 'off' });
  const renderPreview = debounce(async () => {
    const answer = await post('/annotate/api/preview/', { markdown: assessment.value });
    // The server's sanitising renderer made this HTML, as it makes the site's.
    if (answer.ok) preview.innerHTML = answer.data.html ?? '';
  }, 300);
  assessment.addEventListener('input', renderPreview);
  renderPreview();
  const sources = sourcesEditor(Array.isArray(fields['sources']) ? (fields['sources'] as Row[]) : []);
  const corrections = correctionsEditor(Array.isArray(fields['corrections']) ? (fields['corrections'] as Row[]) : [], state.ratings);
  const claim = () => ({
    id: id.value,
    translation: translation.value,
    claimant: claimant.value()[0],
    about: about.value(),
    narratives: narratives.value(),
    kind: kind.value,
    rating: rating.value,
    summary: summary.value,
    assessment: assessment.value,
    sources: sources.value(),
    corrections: corrections.value(),
  });
  const select_ = selection ? { select: { quote: selection.quote, before: selection.before, after: selection.after } } : {};
  openForm({
    title: view ? `Claim “${String(fields['id'])}”` : 'New claim',
    quote: reanchor || !view ? selection?.quote : String(fields['quote'] ?? ''),
    parts: [
      labelled('Id', id, 'Lower-case words joined by hyphens; it becomes #claim-<id> and the claim page’s address.'),
      labelled('Translation', translation, 'Dossier’s English translation of the quote: required when the article is not in English, left empty when it is.'),
      claimant.element,
      about.element,
      ...(narrativesById.size > 0 ? [narratives.element] : []),
      labelled('Kind', kind),
      labelled('Rating', rating),
      labelled('Summary', summary, 'The claim restated neutrally.'),
      counter(summary, state.summaryMax),
      labelled('Assessment (Markdown)', assessment, 'What the evidence shows, and where sources disagree.'),
      h('div', { class: 'preview-box' }, h('p', { class: 'hint' }, 'Preview'), preview),
      sources.element,
      ...(view ? [corrections.element] : []),
    ],
    submitLabel: 'Save the claim',
    payload: () => ({ action: 'claim', ...(view ? { index: view.index } : {}), ...select_, claim: claim() }),
    done: () => `Saved the claim “${id.value}”.`,
  });
}

// ————— Actors —————

function actorForm(selection: Selected | undefined, candidate?: Extract<Candidate, { type: 'actor' }>): void {
  const target = actorPicker(actorsById, 'An alias of', [], { multiple: false, hint: 'The actor this name refers to; it is added to the actor’s aliases and to the article’s actors.' });
  const actor = actorFields({ name: candidate?.name ?? selection?.quote ?? '', kind: candidate?.kind, aliases: candidate?.aliases ?? [] }, { corrections: false });
  const id = newIdField(candidate?.id ?? slugify(selection?.quote ?? '', 6) ?? '', actor.name, (name) => slugify(name, 6));
  const dismiss = candidate ? { candidate: candidate.line } : {};
  const create = createForm({
    name: 'create-actor',
    summary: 'Or create a new actor',
    open: candidate !== undefined,
    parts: [actor.parts[0], labelled('Id', id, 'The file content/actors/<id>.md.'), ...actor.parts.slice(1)],
    submitLabel: 'Create the actor',
    payload: () => ({ action: 'actor', ...dismiss, actor: { id: id.value, ...actor.value() } }),
    done: () => `Created the actor “${id.value}”.`,
  });
  openForm({
    title: candidate ? `New actor: ${candidate.name}` : `Name “${selection?.quote ?? ''}”`,
    ...(selection ? { quote: selection.quote } : {}),
    parts: candidate ? [] : [target.element],
    submitLabel: 'Add the alias',
    payload: () => ({ action: 'alias', actor: target.value()[0] ?? '', alias: selection?.quote ?? '' }),
    done: () => `Added “${selection?.quote ?? ''}” as an alias.`,
    extra: [create],
  });
  if (candidate) {
    dialog.querySelector<HTMLElement>('.annotator-form > .form-actions')?.setAttribute('hidden', '');
    actor.name.focus();
  }
}

// ————— The article's own fields —————

const GENRES = ['news', 'opinion', 'analysis', 'explainer'];

function articleForm(): void {
  const fields = state.article.fields;
  const source = (typeof fields['source'] === 'object' && fields['source'] !== null ? fields['source'] : {}) as Record<string, unknown>;
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const title = input('title', text(fields['title']), { required: '' });
  const summary = h('textarea', { name: 'summary', rows: '4', required: '' });
  summary.value = text(fields['summary']);
  const genre = select('genre', GENRES.map((value) => ({ value, label: value })), text(fields['genre']) || undefined, 'Choose a genre');
  const lang = input('lang', text(fields['lang']), { placeholder: 'en' });
  // The whole text is the default, written as nothing: only excerpts are said.
  const whole = h('select', { name: 'text' }, h('option', { value: '' }, 'the whole text'), h('option', { value: 'excerpts' }, 'excerpts: the passages analysed, separated by […]'));
  whole.value = text(fields['text']) === 'excerpts' ? 'excerpts' : '';
  const outlet = actorPicker(actorsById, 'Outlet', source['outlet'] ? [String(source['outlet'])] : [], { multiple: false, hint: 'The outlet that published it (an actor of kind media).', kinds: ['media'] });
  const url = input('url', text(source['url']), { type: 'url' });
  const archived = input('archived', text(source['archived']), { type: 'url' });
  const published = input('published', text(source['published']), DATE_FIELD);
  const dateline = input('dateline', text(source['dateline']));
  const author = actorPicker(actorsById, 'Author', source['author'] ? [String(source['author'])] : [], { multiple: false, hint: 'If known.' });
  const analysed = input('analysed', text(fields['analysed']), { pattern: DATE_FIELD.pattern });
  const draft = h('input', { type: 'checkbox', name: 'draft' });
  draft.checked = fields['draft'] === true;
  const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : []);
  const sources = sourcesEditor(rows(fields['sources']));
  const corrections = correctionsEditor(rows(fields['corrections']));
  openForm({
    title: 'The article’s details',
    parts: [
      labelled('Headline', title, 'The original headline.'),
      labelled('Summary', summary, 'One paragraph: what the piece argues and how it holds up.'),
      labelled('Genre', genre),
      labelled('Language', lang, 'A language tag (BCP 47): es, es-AR; empty for English.'),
      labelled('Text', whole, 'The whole text, or excerpts where the outlet’s terms do not allow keeping it whole.'),
      outlet.element,
      labelled('Address of the original', url),
      labelled('Archived copy of the original', archived, 'https://web.archive.org/web/<timestamp>/<url>; required of excerpts.'),
      labelled('Published', published, 'No more precise than the evidence allows.'),
      labelled('Dateline', dateline, 'The place it was filed from, if it gives one.'),
      author.element,
      labelled('Analysed', analysed, 'The date of this analysis.'),
      h('div', { class: 'field checkbox' }, draft, h('label', { for: (draft.id = nextId('draft')) }, 'Draft: keep it out of the published site')),
      h('p', { class: 'hint' }, 'The sources of the text itself: the site’s own articles cite every fact.'),
      sources.element,
      corrections.element,
    ],
    submitLabel: 'Save the details',
    payload: () => ({
      action: 'article',
      fields: {
        title: title.value,
        summary: summary.value,
        genre: genre.value,
        lang: lang.value,
        text: whole.value,
        analysed: analysed.value,
        draft: draft.checked,
        source: {
          outlet: outlet.value()[0],
          url: url.value,
          archived: archived.value,
          published: published.value,
          dateline: dateline.value,
          author: author.value()[0],
        },
        sources: sources.value(),
        corrections: corrections.value(),
      },
    }),
    done: () => (draft.checked ? 'Saved the article’s details.' : 'Saved the article’s details; it is no longer a draft.'),
  });
}

// ————— Deleting —————

function confirmDelete(list: 'claims' | 'dates', view: View): void {
  const what = list === 'claims' ? `the claim “${String(view.fields['id'])}”` : `the date “${String(view.fields['quote'])}”`;
  openForm({
    title: `Delete ${what}?`,
    parts: [h('p', {}, `This removes it from the file, with its comments. The text itself stays as it is.`)],
    submitLabel: 'Delete',
    payload: () => ({ action: 'delete', list, index: view.index }),
    done: () => `Deleted ${what}.`,
  });
}

// ————— Wiring —————

for (const button of makeButtons) {
  button.addEventListener('click', () => {
    const make = button.dataset['make'];
    if (make === 'cancel-reanchor') {
      reanchoring = undefined;
      showSelection();
      return;
    }
    if (!selected) return;
    if (make === 'claim') claimForm(undefined, selected, false);
    if (make === 'date') dateForm(undefined, selected);
    if (make === 'actor') actorForm(selected);
    if (make === 'reanchor' && reanchoring) {
      const { list, index } = reanchoring;
      const report = h('div');
      void action({ action: 'reanchor', list, index, select: { quote: selected.quote, before: selected.before, after: selected.after } }).then((answer) => {
        if (answer.ok) {
          sessionStorage.setItem('annotator-saved', `Re-anchored the ${list === 'claims' ? 'claim' : 'date'} to “${selected?.quote ?? ''}”.`);
          location.reload();
        } else {
          showRefusal(report, answer);
          status.textContent = report.textContent;
        }
      });
    }
  });
}

document.querySelector('.annotator-panel')?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
  if (!button) return;
  if (button.dataset['act'] === 'article') {
    articleForm();
    return;
  }
  const entryId = button.dataset['entry'];
  if (entryId && (button.dataset['act'] === 'edit-actor' || button.dataset['act'] === 'edit-event')) {
    void editEntry(button.dataset['act'] === 'edit-actor' ? 'actors' : 'events', entryId);
    return;
  }
  const entry = button.closest<HTMLElement>('[data-list]');
  const act = button.dataset['act'];
  if (entry) {
    const list = entry.dataset['list'] as 'claims' | 'dates';
    const view = state.article[list][Number(entry.dataset['index'])]!;
    if (act === 'edit') (list === 'claims' ? claimForm(view, undefined, false) : dateForm(view, undefined));
    if (act === 'delete') confirmDelete(list, view);
    if (act === 'reanchor') {
      reanchoring = { list, index: view.index };
      if (view.unanchored?.nearest) selectPassage(body, view.unanchored.nearest);
      showSelection();
      selectionText.scrollIntoView({ block: 'nearest' });
      status.textContent = `Select the words for this ${list === 'claims' ? 'claim' : 'date'} in the text${view.unanchored?.nearest ? ' (the nearest passage is selected)' : ''}, then choose “Re-anchor here”.`;
    }
    return;
  }
  const item = button.closest<HTMLElement>('[data-candidate]');
  if (!item) return;
  const candidate = state.article.candidates[Number(item.dataset['candidate'])]!;
  if (act === 'dismiss') {
    void action({ action: 'dismiss', candidate: candidate.line }).then((answer) => {
      if (answer.ok) {
        sessionStorage.setItem('annotator-saved', 'Dismissed the suggestion.');
        location.reload();
      } else status.textContent = answer.data.error ?? 'Not dismissed.';
    });
  }
  if (act === 'accept') {
    if (candidate.type === 'actor') actorForm(undefined, candidate);
    else {
      // The suggestion's words, selected in the text where they are, so that the analyst sees which they are.
      const found = selectPassage(body, candidate.quote) ? readSelection(body) : undefined;
      const selection = typeof found === 'object' ? found : { quote: candidate.quote, before: '', after: '', actorsIn: [], actorsNear: [] };
      dateForm(undefined, selection, candidate);
    }
  }
});

// Marks open their entries; the text's links do not leave the annotator.
body.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a');
  if (link) event.preventDefault();
  const claim = target.closest<HTMLElement>('mark.claim')?.dataset['claim'] ?? (target.closest('.verdict')?.previousElementSibling as HTMLElement | null)?.dataset['claim'];
  if (claim && document.getSelection()?.isCollapsed !== false) {
    const view = state.article.claims.find((entry) => entry.fields['id'] === claim);
    if (view) claimForm(view, undefined, false);
    return;
  }
  const date = target.closest<HTMLElement>('a.date-mention');
  if (date && document.getSelection()?.isCollapsed !== false) {
    const view = state.article.dates.find((entry) => entry.element === date.id);
    if (view) dateForm(view, undefined);
  }
});

const saved = sessionStorage.getItem('annotator-saved');
if (saved) {
  sessionStorage.removeItem('annotator-saved');
  status.textContent = saved;
}
showSelection();
document.body.dataset['annotator'] = 'ready';
