/**
 * Sources: that every statement has one, and that each is the publisher's
 * own page.
 *
 * Events need at least one source and claims need one unless rated
 * not-checkable: their schemas make a missing source an error. An actor's
 * summary states facts about a real person or body, yet many actors are
 * written before their sources are found, so an actor without sources is a
 * warning.
 *
 * Every address is then checked offline (`source-urls.ts`): copies, proxies,
 * shorteners, staging hosts and search pages are not sources. Outlets that
 * give their `website` are held to it both ways: a source that names the
 * outlet as publisher is on its domain, and a source on its domain names it.
 */
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import { SITE } from '#lib/content/identity.ts';
import { type ContentProblem, type FieldPath, type ProblemSite, describeValue, problemAt } from '#lib/content/problems.ts';
import { COLLECTIONS, REGISTRY, type SourcesAt } from '#lib/content/registry.ts';
import type { Actor, Source } from '#lib/content/schema/index.ts';
import { domainOf } from './source-hosts.ts';
import { inspectSourceUrl, waybackOriginal, type UrlContext } from './source-urls.ts';

/** A warning for every actor that cites no source for its summary. */
export function checkActorSources(actors: readonly Entry<Actor>[]): ContentProblem[] {
  return actors
    // The site itself, the outlet of its own articles, is described by the site, not by a source.
    .filter((actor) => actor.data.sources.length === 0 && actor.id !== SITE.actor)
    .map((actor) =>
      problemAt(
        // A missing field has no line of its own: point at the summary it should back.
        { file: actor.file, lineOf: () => actor.lineOf?.(['summary']) },
        ['sources'],
        `missing: no source backs the summary ${describeValue(actor.data.summary)}`,
        { severity: 'warning', hint: 'Add sources: [{ title: …, url: https://… }] with a public source for the summary.' },
      ),
    );
}

/** An outlet that names its home domains. */
interface Outlet {
  readonly id: string;
  readonly name: string;
  /** Its name and aliases, lower-cased, as a publisher field may give them. */
  readonly names: readonly string[];
  readonly domains: readonly string[];
}

function outletsOf(actors: readonly Entry<Actor>[]): Outlet[] {
  return actors.flatMap((actor) =>
    actor.data.website === undefined
      ? []
      : [
          {
            id: actor.id,
            name: actor.data.name,
            names: [actor.data.name, ...actor.data.aliases].map((name) => name.toLowerCase()),
            domains: actor.data.website,
          },
        ],
  );
}

/** A publisher as written, without what follows it in brackets: "Associated Press (via KRDO)" is "associated press". */
function publisherName(publisher: string): string {
  return publisher.replace(/\s*\(.*$/, '').trim().toLowerCase();
}

/** The host a reader reaches, or the original's host for an archived copy cited as the page itself. */
function hostOf(address: string): string | undefined {
  try {
    const url = new URL(address);
    const original = waybackOriginal(url);
    return (original === undefined ? url : new URL(original)).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** Every problem of one address in `field` of `site`. */
function addressProblems(site: ProblemSite, path: FieldPath, address: string, role: 'url' | 'archived', context: UrlContext = {}): ContentProblem[] {
  return inspectSourceUrl(address, role, context).map((finding) =>
    problemAt(site, path, finding.message, { severity: finding.severity, hint: finding.hint }),
  );
}

/** Whether a source's publisher names `outlet`. */
function names(publisher: string, outlet: Outlet): boolean {
  const written = publisher.toLowerCase();
  return outlet.names.some((name) => written.includes(name));
}

/** Problems between a source's address and the outlets: the wrong domain for its publisher, or the wrong publisher for its domain. */
function outletProblems(site: ProblemSite, path: FieldPath, source: Source, outlets: readonly Outlet[]): ContentProblem[] {
  const host = hostOf(source.url);
  if (host === undefined) return [];
  const problems: ContentProblem[] = [];
  const named = source.publisher === undefined ? undefined : outlets.find((outlet) => outlet.names.includes(publisherName(source.publisher ?? '')));
  if (named !== undefined && domainOf(host, named.domains) === undefined) {
    problems.push(
      problemAt(site, [...path, 'url'], `${host} is not a site of ${named.name}, the publisher named (${named.domains.join(', ')})`, {
        hint: `Cite ${named.name}'s own page, or name as publisher whoever published this copy.`,
      }),
    );
  }
  const owner = outlets.find((outlet) => domainOf(host, outlet.domains) !== undefined);
  if (owner !== undefined && owner !== named) {
    if (source.publisher === undefined) {
      problems.push(
        problemAt(site, [...path, 'publisher'], `missing: ${host} is ${owner.name}'s site, and the source does not name it`, {
          severity: 'warning',
          hint: `Add publisher: ${owner.name}.`,
        }),
      );
    } else if (!names(source.publisher, owner)) {
      problems.push(
        problemAt(site, [...path, 'publisher'], `${describeValue(source.publisher)} is named as publisher of a page on ${host}, ${owner.name}'s site`, {
          hint: `Name ${owner.name} as publisher, or cite the page where ${source.publisher} published it.`,
        }),
      );
    }
  }
  return problems;
}

/** The problems of an archived copy (at `path`) of the page at `url`: its own address, and whether it is a copy of that page. */
function archivedProblems(site: ProblemSite, path: FieldPath, url: string, archived: string): ContentProblem[] {
  const problems = addressProblems(site, path, archived, 'archived');
  const copied = hostOf(archived);
  const original = hostOf(url);
  if (copied !== undefined && original !== undefined && copied !== original && waybackOriginal(new URL(archived)) !== undefined) {
    problems.push(
      problemAt(site, path, `the archived copy is of a page on ${copied}, but \`url\` is on ${original}`, {
        severity: 'warning',
        hint: 'Archive the page that `url` gives, or correct `url`.',
      }),
    );
  }
  return problems;
}

/** Every problem of one source: its address, its archived copy, and its outlet. */
function sourceProblems(site: ProblemSite, path: FieldPath, source: Source, outlets: readonly Outlet[]): ContentProblem[] {
  const problems = [...addressProblems(site, [...path, 'url'], source.url, 'url', { hasArchivedCopy: source.archived !== undefined })];
  if (source.archived !== undefined) problems.push(...archivedProblems(site, [...path, 'archived'], source.url, source.archived));
  problems.push(...outletProblems(site, path, source, outlets));
  return problems;
}

/**
 * The source check: every source of every entry (each collection's
 * `sources` in the registry), and every article's own address (and its
 * archived copy) against its outlet's website.
 */
export function checkSources(content: SiteContent): ContentProblem[] {
  const outlets = outletsOf(content.actors);
  const problems: ContentProblem[] = [];
  const each = (site: ProblemSite, path: FieldPath, sources: readonly Source[]) =>
    sources.forEach((source, i) => problems.push(...sourceProblems(site, [...path, i], source, outlets)));

  for (const name of COLLECTIONS) {
    // Each collection's entries with its own definition: a union of the two would not type-check.
    const sourcesOf = REGISTRY[name].sources as (data: unknown) => readonly SourcesAt[];
    for (const entry of content[name] as readonly Entry<unknown>[]) for (const { path, sources } of sourcesOf(entry.data)) each(entry, path, sources);
  }
  for (const article of content.articles) {
    const { source } = article.data;
    if (source.url !== undefined) {
      problems.push(...addressProblems(article, ['source', 'url'], source.url, 'url', { hasArchivedCopy: source.archived !== undefined }));
      if (source.archived !== undefined) problems.push(...archivedProblems(article, ['source', 'archived'], source.url, source.archived));
      const outlet = outlets.find((candidate) => candidate.id === source.outlet);
      const host = hostOf(source.url);
      if (outlet !== undefined && host !== undefined && domainOf(host, outlet.domains) === undefined) {
        problems.push(
          problemAt(article, ['source', 'url'], `${host} is not a site of ${outlet.name}, the outlet (${outlet.domains.join(', ')})`, {
            hint: `Give the address of the article on ${outlet.name}'s site, or correct source.outlet.`,
          }),
        );
      }
    }
  }
  return problems;
}
