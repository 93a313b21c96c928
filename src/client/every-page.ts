/**
 * The site's one small script, on every page, and a progressive addition:
 * Ctrl+K (⌘K on a Mac) focuses the header's search box, which suggests
 * actors as the reader types; a page reached from a search result highlights
 * the searched terms; copy-link buttons work; a claim's verdict opens its card
 * beside the claim (claim-cards.ts); links to actors, events and narratives show previews
 * (link-previews.ts); and a page prints with its sources open.
 */
import { startClaimCards } from './claim-cards.ts';
import { startCopyLinks } from './copy-link.ts';
import { startHeaderSearch } from './header-search.ts';
import { HIGHLIGHT_PARAM } from './pagefind.ts';
import { startPreviews } from './link-previews.ts';

/** Focuses the search box on Ctrl+K or ⌘K: a two-key shortcut, never a single character (WCAG 2.1.4). */
function listenForSearchShortcut(): void {
  addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const box = document.querySelector<HTMLInputElement>('#site-search');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

/** Loads Pagefind's highlighter when the URL carries terms to highlight. */
async function highlightSearchedTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const bundle = document.documentElement.dataset['pagefind'];
  if (!bundle) return;
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`);
  // The site's stylesheet styles the marks; an injected <style> would break the CSP.
  // Only the page's own content: never the header, navigation or footer.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: 'main' });
}

/**
 * Prints every `<details>` open (a claim's sources, written out by the print
 * stylesheet) and closes again those that were closed. Browsers that style
 * `::details-content` print them open without this.
 */
function openDetailsForPrint(): void {
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of opened) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}

listenForSearchShortcut();
const headerSearch = document.querySelector<HTMLFormElement>('form.site-search');
if (headerSearch) startHeaderSearch(headerSearch);
startCopyLinks();
startClaimCards();
startPreviews();
openDetailsForPrint();
void highlightSearchedTerms();
