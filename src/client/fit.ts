/**
 * How much of the window a card may take: a claim's card must never reach
 * past the window, so that its links are always where a click or a tap lands.
 * Plain geometry, in the window's pixels, for `place.ts` and `claim-cards.ts`.
 */

/** The space kept between a card and its anchor. */
export const GAP = 6;
/** The space kept between a card and the window's edge. */
export const EDGE = 8;

/** Where a card goes beside its anchor, and how tall it may be (none: its own height). */
export interface Beside {
  readonly above: boolean;
  readonly maxHeight: number | undefined;
}

/**
 * Beside an anchor from `top` to `bottom` in a window `windowHeight` tall: on
 * the side with more room (below it when the rooms are equal), and no taller
 * than that room, so that a card taller than the room scrolls inside.
 */
export function besideWithRoom(top: number, bottom: number, height: number, windowHeight: number): Beside {
  const below = windowHeight - bottom - GAP - EDGE;
  const above = top - GAP - EDGE;
  const room = Math.max(below, above);
  return { above: above > below, maxHeight: height > room ? Math.max(room, 0) : undefined };
}

/** How tall a card in the flow of the page may be, and how far the page scrolls to show it whole. */
export interface InFlow {
  readonly maxHeight: number | undefined;
  readonly scrollBy: number;
}

/**
 * A card in the flow of the page whose top is at `top` in a window
 * `windowHeight` tall: whole where it fits below `top`; else cut to the room
 * left below `top`, scrolling inside, while that room holds at least a third
 * of the window; else as tall as half the window, the page scrolling just
 * enough to show it. Never taller than the window.
 */
export function fitInFlow(top: number, height: number, windowHeight: number): InFlow {
  const whole = Math.min(height, windowHeight - 2 * EDGE);
  const room = windowHeight - EDGE - top;
  const cut = (to: number) => (to < height ? to : undefined);
  if (whole <= room) return { maxHeight: cut(whole), scrollBy: 0 };
  if (room >= Math.min(whole, windowHeight / 3)) return { maxHeight: cut(room), scrollBy: 0 };
  const shown = Math.min(whole, windowHeight / 2);
  return { maxHeight: cut(shown), scrollBy: top + shown - (windowHeight - EDGE) };
}
