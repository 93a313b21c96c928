import { describe, expect, test } from 'vitest';
import { indexedPagesGlob } from '#lib/publish/indexed-pages.ts';

describe('indexedPagesGlob', () => {
  test('returns the page of every entry of every collection, and no claim page, relative to the site', () => {
    expect(indexedPagesGlob()).toBe(
      '{actors/*/index.html,events/*/index.html,narratives/*/index.html,articles/*/index.html}',
    );
  });
});
