/**
 * The rating scale is defined once, in `ratings.ts`. The stylesheet cannot
 * import it, so it repeats each rating's colours and symbol; these tests keep
 * the two in step, and check that every verdict stays readable.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { RATING_SCALE, RATINGS, ratingNeedsSources } from '#lib/content/ratings.ts';

const css = await readFile('src/styles/partials/claims.css', 'utf8');
const tokens = await readFile('src/styles/partials/tokens.css', 'utf8');
const darkTokens = tokens.slice(tokens.indexOf('@media (prefers-color-scheme: dark)'));
const [light, dark] = [css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')), css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))];

/** The value of a custom property in a piece of the stylesheet. */
const property = (text: string, name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(text)?.[1]?.trim();

/** The relative luminance of a #rrggbb colour (WCAG 2.x). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('RATING_SCALE', () => {
  test.each(RATINGS)('gives the stylesheet the colours of %s, light and dark', (rating) => {
    const { light: onLight, dark: onDark } = RATING_SCALE[rating].colours;
    expect({ fg: property(light, `${rating}-fg`), bg: property(light, `${rating}-bg`) }).toEqual(onLight);
    expect({ fg: property(dark, `${rating}-fg`), bg: property(dark, `${rating}-bg`) }).toEqual(onDark);
  });

  test.each(RATINGS)('gives the stylesheet the symbol of %s', (rating) => {
    const rule = new RegExp(`\\.verdict\\[data-rating='${rating}'\\]::before\\s*\\{\\s*content:\\s*'([^']*)'`).exec(css);
    expect(rule?.[1]).toBe(RATING_SCALE[rating].symbol);
  });

  test.each(RATINGS)('returns colours for %s whose word is readable on its tint (contrast at least 4.5:1)', (rating) => {
    for (const { fg, bg } of Object.values(RATING_SCALE[rating].colours)) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  // A scorecard's bar is drawn in the rating's foreground on the page, beside a track of the raised
  // background: a graphic, which needs 3:1 against what is next to it (WCAG 1.4.11), in both themes.
  test.each(RATINGS)('returns colours for %s whose scorecard bar stands out from the page and its track (at least 3:1)', (rating) => {
    const { light: onLight, dark: onDark } = RATING_SCALE[rating].colours;
    for (const [fg, theme] of [
      [onLight.fg, tokens],
      [onDark.fg, darkTokens],
    ] as const) {
      for (const background of ['bg', 'bg-raised']) expect(contrast(fg, property(theme, background)!)).toBeGreaterThanOrEqual(3);
    }
  });

  test('returns a distinct word and symbol for every rating', () => {
    expect(new Set(RATINGS.map((rating) => RATING_SCALE[rating].label)).size).toBe(RATINGS.length);
    expect(new Set(RATINGS.map((rating) => RATING_SCALE[rating].symbol)).size).toBe(RATINGS.length);
  });
});

describe('ratingNeedsSources', () => {
  test('returns true for every rating but not-checkable', () => {
    expect(RATINGS.filter(ratingNeedsSources)).toEqual(['supported', 'partly-supported', 'disputed', 'unsupported', 'false']);
  });
});
