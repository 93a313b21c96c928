/**
 * A claim's card where the claim is. Without JavaScript, a claim's verdict
 * marker in the text is a link to its card in the claims panel; with it, the
 * marker opens a short card beside the claim instead — summary, verdict,
 * Dossier's translation of a quote in another language, the
 * assessment's first paragraph, the number of sources, links to the full card
 * and the claim's page, and Copy link. A card never reaches past the window:
 * one taller than the room it has scrolls inside, its links kept in view.
 *
 * - on a wide screen, a popover in the top layer below the claim, or above it
 *   when there is more room above, never over the claim's words, without
 *   scrolling the page;
 * - on a narrow one, a panel under the paragraph, in the flow of the text; the
 *   page scrolls only when the paragraph leaves too little of the window
 *   below it (`fit.ts`).
 *
 * One card is open at a time. Escape, the close button or a second activation
 * of the marker closes it and returns focus to the marker; a click elsewhere,
 * or focus moving on past the card, closes it too. An address ending in
 * `#claim-<id>` still scrolls to the claim and marks it, and opens its card.
 *
 * On a wide screen the claims panel follows the reader: the card of the claim
 * whose short card is open, or else of the claim nearest the reading
 * position, is scrolled into the panel's view and marked.
 */
import { wireCopyLink } from './copy-link.ts';
import { h } from './dom.ts';
import { fitInFlow } from './fit.ts';
import { placeNextTo } from './place.ts';

const NARROW = matchMedia('(max-width: 40rem)');
const TWO_COLUMNS = matchMedia('(min-width: 64rem)');
const REDUCED_MOTION = matchMedia('(prefers-reduced-motion: reduce)');
const CARD_PREFIX = '#claim-card-';
const CLAIM_PREFIX = 'claim-';
/** Where the reader is reading: this far down the window. */
const READING_LINE = 0.35;

interface Open {
  readonly marker: HTMLAnchorElement;
  readonly id: string;
}

/** The claim id a verdict marker's link names, if it is one. */
function claimIdOf(marker: HTMLAnchorElement): string | undefined {
  const target = marker.getAttribute('href') ?? '';
  return target.startsWith(CARD_PREFIX) ? target.slice(CARD_PREFIX.length) : undefined;
}

/** The block of the article body the marker is in: the panel opens after it on a narrow screen. */
function blockOf(marker: Element, body: Element): Element {
  let block = marker;
  while (block.parentElement && block.parentElement !== body) block = block.parentElement;
  return block;
}

/** The short card of one claim, made from its full card in the panel (the page's own markup, cloned). */
function shortCard(card: HTMLElement, id: string, titleId: string): DocumentFragment {
  const summary = card.querySelector('h3')?.textContent?.trim() ?? '';
  const verdict = card.querySelector('.claim-card-meta .verdict')?.cloneNode(true);
  const meta = [...(card.querySelector('.claim-card-meta')?.children ?? [])].slice(1).map((child) => child.cloneNode(true));
  const corrected = card.querySelector('.corrected-note')?.cloneNode(true);
  // A claim in another language: Dossier's translation of the words marked in the text beside the card.
  const translation = card.querySelector('.claim-translation')?.cloneNode(true);
  const first = card.querySelector(':scope > .prose > p')?.cloneNode(true) as Element | undefined;
  // A copy shares no id with its original: a footnote's reference has one.
  for (const element of first?.querySelectorAll('[id]') ?? []) element.removeAttribute('id');
  const sources = card.querySelectorAll('.sources > li').length;
  const page = card.querySelector<HTMLAnchorElement>('.claim-card-links a[href*="/claims/"]');
  const copy = card.querySelector<HTMLElement>('.claim-card-links .copy-link');
  const fragment = document.createDocumentFragment();
  const copyLink = copy
    ? h(
        'span',
        { class: 'copy-link', 'data-copy-link': copy.dataset['copyLink'], 'data-copy-label': copy.dataset['copyLabel'] },
        h(
          'button',
          { type: 'button', class: 'copy-link-button', hidden: '' },
          h('span', { class: 'copy-link-text' }, 'Copy link'),
          h('span', { class: 'visually-hidden' }, ` to ${copy.dataset['copyLabel'] ?? ''}`),
        ),
        h('span', { class: 'copy-link-status', role: 'status' }),
      )
    : undefined;
  fragment.append(
    h(
      'div',
      { class: 'claim-popover-head' },
      h('p', { class: 'claim-popover-title', id: titleId }, summary),
      h('button', { type: 'button', class: 'claim-popover-close', 'aria-label': 'Close the card' }, '×'),
    ),
    h('p', { class: 'claim-card-meta' }, verdict ?? '', ...meta),
    corrected ?? '',
    translation ?? '',
    first ? h('div', { class: 'prose' }, first) : '',
    h(
      'p',
      { class: 'claim-popover-links' },
      h('span', { class: 'small' }, sources === 0 ? 'No sources' : sources === 1 ? '1 source' : `${sources} sources`),
      h('a', { href: `${CARD_PREFIX}${id}` }, 'Full card', h('span', { class: 'visually-hidden' }, `: ${summary}`)),
      page ? h('a', { href: page.getAttribute('href') ?? '' }, 'Claim page', h('span', { class: 'visually-hidden' }, `: ${summary}`)) : '',
      copyLink ?? '',
    ),
  );
  // Wired now, so that the card is measured with its buttons shown (`hidden` always hides).
  if (copyLink) wireCopyLink(copyLink);
  return fragment;
}

/** Starts the claim cards of an article page, if it has claims. */
export function startClaimCards(): void {
  const body = document.querySelector<HTMLElement>('.article-body');
  const panel = document.querySelector<HTMLElement>('.claims-panel');
  if (!body || !panel) return;

  const popover = h('div', { class: 'claim-popover floating', id: 'claim-popover', role: 'dialog', tabindex: '-1', hidden: '' });
  popover.setAttribute('aria-labelledby', 'claim-popover-title');
  let open: Open | undefined;
  const follow = followReader(body, panel, () => open?.id);

  const close = (returnFocus: boolean) => {
    if (!open) return;
    const { marker } = open;
    open = undefined;
    if (popover.matches(':popover-open')) popover.hidePopover();
    popover.hidden = true;
    marker.setAttribute('aria-expanded', 'false');
    if (returnFocus) marker.focus({ preventScroll: true });
    follow();
  };

  const show = (marker: HTMLAnchorElement, id: string, moveFocus: boolean) => {
    const card = document.getElementById(`claim-card-${id}`);
    if (!card) return;
    close(false);
    popover.replaceChildren(shortCard(card, id, 'claim-popover-title'));
    popover.dataset['rating'] = card.dataset['rating'] ?? '';
    if (NARROW.matches) {
      popover.removeAttribute('popover');
      popover.classList.add('claim-popover-inline');
      popover.style.removeProperty('max-height');
      blockOf(marker, body).after(popover);
      popover.hidden = false;
      const { top, height } = popover.getBoundingClientRect();
      const fit = fitInFlow(top, height, innerHeight);
      if (fit.maxHeight !== undefined) popover.style.maxHeight = `${fit.maxHeight}px`;
      if (fit.scrollBy > 0) scrollBy({ top: fit.scrollBy, behavior: REDUCED_MOTION.matches ? 'instant' : 'smooth' });
    } else {
      popover.setAttribute('popover', 'manual');
      popover.classList.remove('claim-popover-inline');
      // Right after the marker, so that Tab goes from the marker into the card and on into the text.
      marker.after(popover);
      popover.hidden = false;
      popover.showPopover();
      placeNextTo(popover, marker.previousElementSibling instanceof HTMLElement ? marker.previousElementSibling : marker, '--open-claim', true);
    }
    open = { marker, id };
    marker.setAttribute('aria-expanded', 'true');
    if (moveFocus) popover.focus({ preventScroll: true });
    follow();
  };

  for (const marker of body.querySelectorAll<HTMLAnchorElement>('a.verdict')) {
    if (claimIdOf(marker) === undefined) continue;
    marker.setAttribute('aria-expanded', 'false');
    marker.setAttribute('aria-controls', popover.id);
    marker.setAttribute('aria-haspopup', 'dialog');
  }

  body.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const marker = (event.target as Element).closest<HTMLAnchorElement>('a.verdict');
    const id = marker ? claimIdOf(marker) : undefined;
    if (!marker || id === undefined) return;
    event.preventDefault();
    if (open?.marker === marker) close(true);
    else show(marker, id, true);
  });

  popover.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('.claim-popover-close')) close(true);
    // "Full card" leads to the panel: the short card has done its work.
    else if (target.closest('a[href^="#"]')) close(false);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    close(true);
  });

  // A click or a tap anywhere but the card and its marker closes it.
  document.addEventListener('pointerdown', (event) => {
    if (!open) return;
    const target = event.target as Node;
    if (popover.contains(target) || open.marker.contains(target)) return;
    close(false);
  });

  // Focus moving on past the card (Tab from its last link) closes it.
  popover.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!open || next === null || popover.contains(next) || next === open.marker) return;
    close(false);
  });

  // `#claim-<id>`: the browser scrolls to the claim and marks it; its card opens beside it.
  const openFromAddress = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id.startsWith(CLAIM_PREFIX)) return close(false);
    const mark = document.getElementById(id);
    const marker = mark?.nextElementSibling;
    if (!mark?.matches('mark.claim') || !(marker instanceof HTMLAnchorElement)) return close(false);
    const claim = claimIdOf(marker);
    if (claim !== undefined && open?.id !== claim) show(marker, claim, false);
  };
  addEventListener('hashchange', openFromAddress);
  openFromAddress();
  follow();
}

/**
 * Keeps in view, in the claims panel beside the text, the card of the claim
 * whose short card `openClaim` names, or else of the claim nearest the
 * reading position (see the module comment). Only the panel scrolls, and only
 * on a wide screen where the panel is beside the text. Returns what brings
 * the panel up to date after a card opens or closes.
 */
function followReader(body: HTMLElement, panel: HTMLElement, openClaim: () => string | undefined): () => void {
  const marks = [...body.querySelectorAll<HTMLElement>('mark.claim[data-claim]')];
  if (marks.length === 0) return () => {};
  let current: HTMLElement | undefined;
  let scheduled = false;

  /** The claim nearest the reading line: a claim scrolled to it is being read. */
  const nearestClaim = () => {
    const line = innerHeight * READING_LINE;
    let nearest: HTMLElement | undefined;
    let distance = Infinity;
    for (const mark of marks) {
      const box = mark.getBoundingClientRect();
      const d = box.top > line ? box.top - line : box.bottom < line ? line - box.bottom : 0;
      if (d < distance) [nearest, distance] = [mark, d];
      if (box.top > line && d > distance) break;
    }
    return nearest?.dataset['claim'];
  };

  const update = () => {
    scheduled = false;
    if (!TWO_COLUMNS.matches) return;
    // The reader who opened a claim's card is reading that claim, wherever the line is.
    const claim = openClaim() ?? nearestClaim();
    const card = claim !== undefined ? document.getElementById(`claim-card-${claim}`) : null;
    if (!card || card === current) return;
    current?.classList.remove('is-current');
    card.classList.add('is-current');
    current = card;
    const view = panel.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom) return;
    panel.scrollTo({
      top: panel.scrollTop + box.top - view.top - 16,
      behavior: REDUCED_MOTION.matches ? 'instant' : 'smooth',
    });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(update);
  };
  addEventListener('scroll', schedule, { passive: true });
  return schedule;
}
