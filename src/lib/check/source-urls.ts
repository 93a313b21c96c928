/**
 * Source hygiene for one address, offline: is it a publisher's own page that a
 * reader can open, or a copy, a redirect, a proxy or a staging build of one?
 *
 * Nothing here fetches the page. What an address says about itself (its
 * scheme, its host, its path) is enough to tell most copies from originals;
 * the hosts known to be copies are listed in `source-hosts.ts`.
 */
import {
  ARCHIVE_HOSTS,
  HOST_RULES,
  SEARCH_HOSTS,
  WAYBACK_ALIASES,
  WAYBACK_HOST,
  domainOf,
  isOnDomain,
} from './source-hosts.ts';

/** What is wrong with an address, said for the analyst. */
export interface UrlFinding {
  readonly severity: 'error' | 'warning';
  /** Names the offending host or part of the address. */
  readonly message: string;
  readonly hint: string;
}

/** Which field the address is in: the source's own address, or its archived copy. */
export type UrlRole = 'url' | 'archived';

/** The form of a Wayback Machine copy: `/web/<timestamp>/<original address>`. */
const WAYBACK_PATH = /^\/web\/(\d{4,14})(?:[a-z]{2}_)?\/(https?:\/\/?.+)$/;

/** The original address a Wayback Machine copy keeps, if `url` is one. */
export function waybackOriginal(url: URL): string | undefined {
  if (url.hostname !== WAYBACK_HOST) return undefined;
  const match = WAYBACK_PATH.exec(url.pathname + url.search);
  return match?.[2]?.replace(/^(https?:)\/(?!\/)/, '$1//');
}

/** `host` without the trailing dot a fully qualified name may carry, as hosts are written in messages. */
function shown(host: string): string {
  return host.replace(/\.$/, '');
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Base64 of `http`, the way many web proxies carry the address they show. */
const ENCODED_ADDRESS = /^aHR0c/;

function looksProxied(url: URL): boolean {
  for (const value of url.searchParams.values()) {
    if (ENCODED_ADDRESS.test(value) || /^https?:\/\//.test(value)) return true;
  }
  return false;
}

function isSearchPage(url: URL, host: string): boolean {
  const google = /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/.test(host);
  if (!google && !SEARCH_HOSTS.some((domain) => isOnDomain(host, domain))) return false;
  if (/^\/(?:search|url|s|html)?\/?$/.test(url.pathname) && (url.searchParams.has('q') || url.searchParams.has('p') || url.searchParams.has('wd') || url.searchParams.has('text'))) {
    return true;
  }
  return /^\/search\b/.test(url.pathname);
}

function isAmp(url: URL, host: string): boolean {
  return (
    host.startsWith('amp.') ||
    /(?:^|\/)amp\/?$/.test(url.pathname) ||
    /\/amp\//.test(url.pathname) ||
    /\.amp(?:\.html?)?$/.test(url.pathname) ||
    url.searchParams.get('outputType') === 'amp' ||
    url.searchParams.get('amp') === '1' ||
    url.searchParams.has('amp')
  );
}

/** What else the source gives besides the address inspected. */
export interface UrlContext {
  /**
   * The source also has an `archived` copy, which is what a reader opens: its
   * `url` then records the address as it was published, and a page that was
   * only ever served over http is not asked for an https address.
   */
  readonly hasArchivedCopy?: boolean;
}

/**
 * Everything wrong with `address` as a source's `url` or `archived` copy,
 * most serious first; an empty list when it is a publisher's page.
 */
export function inspectSourceUrl(address: string, role: UrlRole = 'url', context: UrlContext = {}): UrlFinding[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [{ severity: 'error', message: `"${address}" is not a well-formed address`, hint: 'Copy the address from the browser’s address bar.' }];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return [{ severity: 'error', message: `${url.protocol} is not a web address`, hint: 'Cite a page readers can open: https://…' }];
  }
  const host = url.hostname.toLowerCase();
  const findings: UrlFinding[] = [];
  const error = (message: string, hint: string) => findings.push({ severity: 'error', message, hint });
  const warning = (message: string, hint: string) => findings.push({ severity: 'warning', message, hint });

  if (url.username !== '' || url.password !== '') {
    error(`the address of ${shown(host)} carries a user name or password`, 'Cite the public address, without credentials.');
  }
  if (host.endsWith('.')) {
    error(`the host "${host}" ends with a dot`, `Write the host as ${shown(host)}.`);
  }
  if (IPV4.test(host) || host.startsWith('[') || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) {
    error(`${host} is a machine's address, not a publisher's domain`, "Cite the page at the publisher's domain name.");
  }

  const bare = shown(host);
  const wayback = domainOf(bare, WAYBACK_ALIASES);
  if (wayback !== undefined) {
    error(
      `${bare} is not the Wayback Machine's address for a copy`,
      `Write the copy as https://${WAYBACK_HOST}/web/<timestamp>/<original address>, in \`archived\`, with the original in \`url\`.`,
    );
  } else if (bare === WAYBACK_HOST) {
    if (waybackOriginal(url) === undefined) {
      error(
        `${bare}${url.pathname} is not a copy of one page`,
        `Write the copy as https://${WAYBACK_HOST}/web/<timestamp>/<original address>.`,
      );
    } else if (role === 'url') {
      warning(
        `${bare} holds an archived copy, not the publisher's page`,
        `Put the original address (${waybackOriginal(url)}) in \`url\` and this copy in \`archived\`.`,
      );
    }
  }

  const rule = HOST_RULES.find((candidate) => candidate.hosts.some((domain) => isOnDomain(bare, domain)));
  if (rule !== undefined) {
    findings.push({ severity: rule.severity, message: `${bare} is ${rule.what}`, hint: rule.hint });
  } else if (looksProxied(url)) {
    error(`${bare} shows another address through a web proxy`, 'Cite the page the proxy showed, at its own address.');
  }
  if (isSearchPage(url, bare)) {
    error(`${bare}${url.pathname} is a page of search results`, 'Open the result and cite its address.');
  }

  if (role === 'archived') {
    if (domainOf(bare, ARCHIVE_HOSTS) === undefined && wayback === undefined) {
      error(
        `${bare} is not an archive`,
        `\`archived\` holds a copy kept by an archive such as https://${WAYBACK_HOST}/web/<timestamp>/<original address>.`,
      );
    }
  } else if (isAmp(url, bare)) {
    warning(`${bare}${url.pathname} is an AMP copy of a page`, "Cite the page's canonical address, without amp.");
  }

  if (url.protocol === 'http:' && !(role === 'url' && context.hasArchivedCopy === true)) {
    warning(`${bare} is cited over http, not https`, 'Cite the https address; most publishers serve one.');
  }
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
