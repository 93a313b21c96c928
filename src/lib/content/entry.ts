/**
 * Content entries: one validated file of a collection, as every layer above
 * this one receives it.
 */
import type { LineOf } from './problems.ts';
import { type CollectionName, type EntryData, byCollection } from './registry.ts';

/** One validated content file. */
export interface Entry<Data> {
  /** The file name without `.md`: the id used in references and URLs. */
  readonly id: string;
  /** Path of the file, relative to the project root, for messages. */
  readonly file: string;
  readonly data: Data;
  /** The Markdown body, verbatim. */
  readonly body: string;
  /** Where each field is in the file, when the file was parsed by the content check. */
  readonly lineOf?: LineOf;
}

/** Every entry of the site, in no particular order: a list per collection of the registry. */
export type SiteContent = { readonly [Name in CollectionName]: readonly Entry<EntryData<Name>>[] };

/** Content with the lists given and every other collection empty: a site of a few entries, as tests make them. */
export function contentOf(lists: Partial<SiteContent>): SiteContent {
  return { ...(byCollection(() => []) as SiteContent), ...lists };
}
