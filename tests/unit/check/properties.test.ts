/**
 * Properties that hold for any input, checked on random and adversarial
 * bytes with fast-check: reading a content file never throws past the
 * content check (every failure is a problem naming the file), anchoring a
 * quote never throws and always finds what it reports, and drafting an
 * article from any text finishes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { draftArticle } from '#authoring/draft-frontmatter.ts';
import { checkContent, checkFile } from '#lib/check/content-check.ts';
import { decodeContent } from '#lib/check/file-text.ts';
import { QuoteIndex } from '#lib/text/quote-anchor.ts';
import { normalizeSelector } from '#lib/text/normalize.ts';

/** Text that looks like frontmatter often enough to reach the parser's corners. */
const yamlish = fc.stringMatching(/^(?:---\n)?(?:[ \t]*(?:[a-z]{1,8}|<<|-|\*[a-z]|&[a-z]|!!?[a-z]+|\[|\]|\{|\}|:|"|'|#|\|)[ \t]*(?:[\w .:*&!"'\-[\]{},]{0,12})\n){0,12}(?:---\n)?[\s\S]{0,40}$/);

const COLLECTIONS = ['actors', 'events', 'articles'] as const;

describe('reading content files', () => {
  test('never throws: any bytes become a file check or problems naming the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), yamlish.map((text) => new TextEncoder().encode(text))), fc.constantFrom(...COLLECTIONS), (bytes, collection) => {
        const file = `content/${collection}/random.md`;
        const decoded = decodeContent(bytes, file);
        if (!decoded.ok) {
          expect(decoded.problem.file).toBe(file);
          return;
        }
        const checked = checkFile({ collection, file, text: decoded.text });
        if (!checked.ok) for (const problem of checked.problems) expect(problem.file).toBe(file);
        const { problems } = checkContent([{ collection, file, text: decoded.text }]);
        for (const problem of problems) {
          expect(problem.file).toBe(file);
          expect(problem.message).not.toMatch(/could not be (read|checked)/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('anchoring quotes', () => {
  const words = fc.constantFrom('Iran', 'Bolivia', 'the', 'coup', 'in', '2019', '“deal”', 'U.S.-backed', '—', 'a', 'drones');
  const text = fc.array(words, { minLength: 1, maxLength: 60 }).map((list) => list.join(' '));

  test('never throws, and a quote it anchors is the text it points at', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.oneof(text, fc.string({ maxLength: 20 })), (blocks, quote) => {
        const index = new QuoteIndex(blocks);
        const result = index.anchor({ quote });
        if (result.ok) {
          const { block, start, end } = result.span;
          expect(normalizeSelector(blocks[block]!.slice(start, end))).toBe(normalizeSelector(quote));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('anchors any whole-word passage that occurs once, in a long text searched through its index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3999 }), fc.integer({ min: 3, max: 8 }), (at, length) => {
        const blocks = Array.from({ length: 40 }, (_, b) => Array.from({ length: 100 }, (_, w) => `w${b * 100 + w}`).join(' '));
        const quote = Array.from({ length }, (_, i) => `w${Math.min(at + i, 3999)}`).join(' ');
        const result = new QuoteIndex(blocks).anchor({ quote });
        const crossesBlock = Math.floor(at / 100) !== Math.floor(Math.min(at + length - 1, 3999) / 100) || at + length - 1 > 3999;
        expect(result.ok).toBe(!crossesBlock);
      }),
      { numRuns: 200 },
    );
  });
});

describe('drafting an article', () => {
  test('finishes on any text, adversarial or random', () => {
    const adversarial = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.stringMatching(/^(?:[A-Z][a-z]{0,8} ){0,40}[.!?"“”]{0,3}$/),
      fc.constantFrom('\u0000'.repeat(50), '"'.repeat(500), 'In July. '.repeat(200), '# \n\n# \n', 'Mr. A. B. C. D.'.repeat(100)),
    );
    fc.assert(
      fc.property(adversarial, (body) => {
        const draft = draftArticle({ body, today: new Date('2026-12-04'), actors: [], events: [] });
        expect(typeof draft.text).toBe('string');
      }),
      { numRuns: 150 },
    );
  });
});
