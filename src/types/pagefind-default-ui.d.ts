/** Types for @pagefind/default-ui, which ships none: the parts this site uses. */
declare module '@pagefind/default-ui' {
  /** Options of the default search UI; the rest are passed on to Pagefind itself. */
  export interface PagefindUIOptions {
    element: string | HTMLElement;
    bundlePath?: string | undefined;
    showSubResults?: boolean;
    showImages?: boolean;
    resetStyles?: boolean;
    openFilters?: string[];
    translations?: Record<string, string>;
    processResult?: (result: any) => any;
    [option: string]: unknown;
  }

  /** The default search UI. */
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
    triggerFilters(filters: Record<string, string | string[]>): void;
    destroy(): void;
  }
}
