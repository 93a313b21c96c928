/**
 * Gives the memory a phase of the build has finished with back to the
 * system. V8 collects the old generation only once it has grown well past
 * what is live, and keeps the pages it freed for reuse rather than returning
 * them; a build that reads, checks and renders a whole archive before its
 * pages therefore carries the high-water mark of its busiest moment, garbage
 * included, to its end. Between phases the build asks for V8's most thorough
 * collection, which also gives back the pages it kept for reuse, so the next
 * phase starts from what is live.
 *
 * Only where the process allows it: `scripts/build.ts` starts Astro's process
 * with `--expose-gc`. Elsewhere (the dev server, `astro build` run by hand)
 * this does nothing.
 */

type Collect = (options: { readonly type: 'major'; readonly execution: 'sync'; readonly flavor: 'last-resort' }) => void;

/** Collects garbage and returns freed memory, if the process exposes V8's collector; does nothing otherwise. */
export function releaseMemory(): void {
  const collect = (globalThis as { gc?: Collect }).gc;
  collect?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
