/**
 * Long lists (all articles, all claims, the claims of one filter) split into
 * pages, so that a page stays light however large the archive grows. The
 * first page keeps the list's own URL; later ones are `<list>page/<n>/`,
 * which no article slug or claim filter can take.
 */

/** Items per page, by list. */
export const PAGE_SIZE = {
  articles: 20,
  claims: 50,
} as const;

/** One page of a list. */
export interface ListPage<Item> {
  /** The items on this page. */
  readonly items: readonly Item[];
  /** 1 for the first page. */
  readonly number: number;
  /** How many pages the list has; at least 1, so that an empty list still has its page. */
  readonly count: number;
  /** Position in the whole list of the first item on this page, from 1. */
  readonly from: number;
  /** Position of the last item on this page. */
  readonly to: number;
  /** Items in the whole list. */
  readonly total: number;
}

/** Splits `items` into pages of `size`. */
export function paginateList<Item>(items: readonly Item[], size: number): ListPage<Item>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`expected a page size of at least 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const start = index * size;
    const pageItems = items.slice(start, start + size);
    return {
      items: pageItems,
      number: index + 1,
      count,
      from: pageItems.length > 0 ? start + 1 : 0,
      to: start + pageItems.length,
      total: items.length,
    };
  });
}

/** The rest parameter of page `number` in a `[...page]` route: none for the first. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/** The path of page `number` of the list at `path` (which ends with `/`). */
export function pagePath(path: string, number: number): string {
  return number === 1 ? path : `${path}page/${number}/`;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and those
 * within `around` of the current one; `null` where numbers are left out. A
 * gap of a single page shows that page instead.
 */
export function pageWindow(current: number, count: number, around = 2): (number | null)[] {
  const near = (number: number) => number === 1 || number === count || Math.abs(number - current) <= around;
  const shown: (number | null)[] = [];
  for (let number = 1; number <= count; number++) {
    if (near(number) || (near(number - 1) && near(number + 1))) shown.push(number);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
