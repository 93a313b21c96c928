/**
 * Places a floating element (a popover in the top layer) next to an anchor
 * element: below it, or above it where there is no room below, never over it.
 * CSS anchor positioning does this where the browser has it (the stylesheet's
 * `[popover].floating` rule, with `flip-block` as the fallback position); elsewhere the
 * element is placed from the anchor's boxes, in page coordinates. An element
 * that must fit in the window (a claim's card) goes on the side with more
 * room instead, and no taller than that room (`fit.ts`).
 */
import { EDGE, GAP, besideWithRoom } from './fit.ts';
/** The element each floating element is anchored to now. */
const anchors = new WeakMap<HTMLElement, HTMLElement>();

/** Whether the browser positions by anchor (`anchor-name`, `position-anchor`, `anchor()`). */
export const hasAnchorPositioning =
  typeof CSS !== 'undefined' && CSS.supports('anchor-name: --a') && CSS.supports('top: anchor(bottom)');

/** The smallest rectangle around all of an element's boxes: a claim may run over several lines. */
function boundsOf(element: Element): DOMRect {
  const rects = [...element.getClientRects()];
  if (rects.length === 0) return element.getBoundingClientRect();
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * Places `floating`, already shown, next to `anchor` (see the module comment).
 * `name` is the anchor name the floating element's stylesheet rule uses;
 * `fitWindow` keeps it inside the window, on the side with more room.
 */
export function placeNextTo(floating: HTMLElement, anchor: HTMLElement, name: `--${string}`, fitWindow = false): void {
  anchors.get(floating)?.style.removeProperty('anchor-name');
  anchors.set(floating, anchor);
  if (hasAnchorPositioning) {
    anchor.style.setProperty('anchor-name', name);
    return;
  }
  floating.classList.add('placed-by-script');
  floating.style.removeProperty('max-height');
  const box = boundsOf(anchor);
  const { width, height: natural } = floating.getBoundingClientRect();
  let above: boolean;
  let height = natural;
  if (fitWindow) {
    const beside = besideWithRoom(box.top, box.bottom, natural, innerHeight);
    above = beside.above;
    if (beside.maxHeight !== undefined) {
      height = beside.maxHeight;
      floating.style.maxHeight = `${height}px`;
    }
  } else {
    above = innerHeight - box.bottom - GAP < natural && box.top - GAP - natural >= 0;
  }
  const top = (above ? box.top - GAP - height : box.bottom + GAP) + scrollY;
  const left = Math.max(EDGE, Math.min(box.left, document.documentElement.clientWidth - width - EDGE)) + scrollX;
  floating.style.top = `${top}px`;
  floating.style.left = `${left}px`;
}
