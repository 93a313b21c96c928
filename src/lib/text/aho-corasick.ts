/**
 * An Aho–Corasick automaton: finds every occurrence of many patterns in one
 * pass over a text, however many patterns there are. Built from every alias
 * of the site, by the alias index.
 */

/** One occurrence of a pattern: `text.slice(start, end) === patterns[pattern]`. */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  /** Index of the pattern in the list the automaton was built from. */
  readonly pattern: number;
}

interface State {
  readonly next: Map<string, number>;
  fail: number;
  /** Patterns ending here, including those reached through failure links. */
  output: number[];
}

/** A compiled set of patterns (matched case-sensitively, by UTF-16 code unit). */
export class AhoCorasick {
  readonly #states: State[] = [{ next: new Map(), fail: 0, output: [] }];
  readonly #lengths: number[];

  constructor(patterns: readonly string[]) {
    this.#lengths = patterns.map((pattern) => pattern.length);
    patterns.forEach((pattern, index) => {
      if (pattern === '') return;
      let state = 0;
      for (const char of pattern) {
        for (let i = 0; i < char.length; i++) state = this.#step(state, char[i] ?? '');
      }
      this.#states[state]?.output.push(index);
    });
    this.#link();
  }

  /** Follows or creates the trie edge for `unit` from `state`. */
  #step(state: number, unit: string): number {
    const { next } = this.#states[state]!;
    let target = next.get(unit);
    if (target === undefined) {
      target = this.#states.length;
      this.#states.push({ next: new Map(), fail: 0, output: [] });
      next.set(unit, target);
    }
    return target;
  }

  /** Breadth-first: each state's failure link is the longest proper suffix that is also a prefix. */
  #link(): void {
    const queue: number[] = [...this.#states[0]!.next.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = this.#states[queue[head]!]!;
      for (const [unit, child] of state.next) {
        let fail = state.fail;
        while (fail !== 0 && !this.#states[fail]!.next.has(unit)) fail = this.#states[fail]!.fail;
        const target = this.#states[fail]!.next.get(unit);
        const childState = this.#states[child]!;
        childState.fail = target !== undefined && target !== child ? target : 0;
        childState.output = [...childState.output, ...this.#states[childState.fail]!.output];
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every pattern in `text`, overlapping ones included, in order of their end. */
  search(text: string): PatternMatch[] {
    const matches: PatternMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text[i]!;
      while (state !== 0 && !this.#states[state]!.next.has(unit)) state = this.#states[state]!.fail;
      state = this.#states[state]!.next.get(unit) ?? 0;
      for (const pattern of this.#states[state]!.output) {
        matches.push({ start: i + 1 - this.#lengths[pattern]!, end: i + 1, pattern });
      }
    }
    return matches;
  }
}
