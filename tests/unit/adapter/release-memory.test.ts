import { afterEach, describe, expect, test, vi } from 'vitest';
import { releaseMemory } from '#adapter/release-memory.ts';

const global = globalThis as { gc?: unknown };
const exposed = global.gc;

afterEach(() => {
  global.gc = exposed;
});

describe('releaseMemory', () => {
  test("asks V8 for its most thorough collection, which returns freed pages, when the process exposes the collector", () => {
    const gc = vi.fn();
    global.gc = gc;
    releaseMemory();
    expect(gc).toHaveBeenCalledExactlyOnceWith({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  });

  test('does nothing where the collector is not exposed (the dev server, astro build by hand)', () => {
    delete global.gc;
    expect(() => releaseMemory()).not.toThrow();
  });
});
