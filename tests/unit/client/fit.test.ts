import { describe, expect, test } from 'vitest';
import { EDGE, GAP, besideWithRoom, fitInFlow } from '#client/fit.ts';

describe('besideWithRoom', () => {
  test('returns below, at its own height, when the room below is the larger and holds it', () => {
    expect(besideWithRoom(100, 140, 300, 800)).toEqual({ above: false, maxHeight: undefined });
  });

  test('returns above when the room above is the larger, even if the card would fit below', () => {
    expect(besideWithRoom(500, 540, 200, 800)).toEqual({ above: true, maxHeight: undefined });
  });

  test('returns the larger side cut to its room when the card fits on neither', () => {
    // Claim at y = 454 in an 800 px window, a card of 489 px: 440 px above, 300 below.
    expect(besideWithRoom(454, 486, 489, 800)).toEqual({ above: true, maxHeight: 454 - GAP - EDGE });
    expect(besideWithRoom(200, 240, 900, 800)).toEqual({ above: false, maxHeight: 800 - 240 - GAP - EDGE });
  });

  test('returns below when the two rooms are equal, and never a negative height', () => {
    expect(besideWithRoom(380, 420, 100, 800).above).toBe(false);
    expect(besideWithRoom(-100, 900, 100, 800)).toEqual({ above: false, maxHeight: 0 });
  });
});

describe('fitInFlow', () => {
  test('returns the card whole, without scrolling, where it fits below its top', () => {
    expect(fitInFlow(300, 400, 844)).toEqual({ maxHeight: undefined, scrollBy: 0 });
  });

  test('returns the card cut to the room below its top while that room holds a third of the window', () => {
    // A card of 690 px from y = 506 of 844: 330 px left, more than 281.
    expect(fitInFlow(506, 690, 844)).toEqual({ maxHeight: 844 - EDGE - 506, scrollBy: 0 });
  });

  test('returns half the window and the scroll that shows it when less than a third is left', () => {
    expect(fitInFlow(700, 690, 844)).toEqual({ maxHeight: 422, scrollBy: 700 + 422 - (844 - EDGE) });
    // Below the window altogether: a short card whole, scrolled into view.
    expect(fitInFlow(1200, 200, 844)).toEqual({ maxHeight: undefined, scrollBy: 1200 + 200 - (844 - EDGE) });
  });

  test('returns a card never taller than the window, even where it starts at the top', () => {
    expect(fitInFlow(EDGE, 2000, 844)).toEqual({ maxHeight: 844 - 2 * EDGE, scrollBy: 0 });
  });
});
