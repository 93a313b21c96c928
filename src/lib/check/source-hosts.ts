/**
 * Hosts that are never a publisher's own page, by why they are not. A source
 * on one of them is a copy, a redirect or a staging build of someone else's
 * page, and the reader should be sent to the original instead.
 *
 * A host matches itself and every subdomain: `herokuapp.com` matches
 * `front-eldeber-prod-1.herokuapp.com`. Add a host to the list that says why
 * it is wrong, with the hint the analyst needs.
 */

/** One kind of host that is not a publisher's page. */
export interface HostRule {
  /** Hosts (and their subdomains) of this kind. */
  readonly hosts: readonly string[];
  /** What such a host is, for the message: "…is a link shortener". */
  readonly what: string;
  /** How to fix it. */
  readonly hint: string;
  /** `error` when it is certainly not the publisher's page, `warning` when it needs a look. */
  readonly severity: 'error' | 'warning';
}

/** Every rule, checked in order; the first that matches is reported. */
export const HOST_RULES: readonly HostRule[] = [
  {
    what: 'a copy of a Wikipedia article',
    hosts: [
      'wikimili.com',
      'kampuspedia.com',
      'hitchhikersgui.de',
      'wikiwand.com',
      'owiki.org',
      'wiki2.org',
      'wikizero.com',
      'wikibrief.org',
      'en-academic.com',
      'dbpedia.org',
      'infogalactic.com',
      'calendarz.com',
    ],
    hint: "Cite the article itself on wikipedia.org (https://en.wikipedia.org/wiki/…), or the sources it cites.",
    severity: 'error',
  },
  {
    what: 'a web proxy',
    hosts: ['translate.goog', 'proxysite.com', 'hide.me', 'croxyproxy.com', 'lescigales.org', 'kproxy.com', 'hidester.com'],
    hint: 'Cite the page the proxy showed, at its own address.',
    severity: 'error',
  },
  {
    what: 'a staging or preview host, not the publication',
    hosts: [
      'herokuapp.com',
      'ngrok.io',
      'ngrok-free.app',
      'ngrok.app',
      'vercel.app',
      'netlify.app',
      'pages.dev',
      'onrender.com',
      'fly.dev',
    ],
    hint: "Cite the same page on the publisher's own domain.",
    severity: 'error',
  },
  {
    what: 'a link shortener',
    hosts: [
      'bit.ly',
      't.co',
      'tinyurl.com',
      'goo.gl',
      'ow.ly',
      'buff.ly',
      'is.gd',
      'lnkd.in',
      'dlvr.it',
      'shorturl.at',
      'rebrand.ly',
      'cutt.ly',
      't.ly',
      'tiny.cc',
      'rb.gy',
      'trib.al',
      'fb.me',
      'youtu.be',
      'amzn.to',
    ],
    hint: 'Open the link and cite the address it leads to.',
    severity: 'error',
  },
  {
    what: 'a search engine’s cache',
    hosts: ['webcache.googleusercontent.com', 'cc.bingj.com', 'cachedview.nl'],
    hint: "Cite the page itself, or its copy on web.archive.org in `archived`.",
    severity: 'error',
  },
  {
    what: 'a news aggregator that republishes other outlets’ stories',
    hosts: ['onenewspage.com', 'e-nnw.com', 'spamchronicles.com', 'newsbreak.com', 'ground.news', 'headtopics.com', 'newsnow.co.uk'],
    hint: "Cite the story on the website of the outlet that wrote it.",
    severity: 'warning',
  },
];

/** Hosts whose search pages list results rather than being a source. */
export const SEARCH_HOSTS: readonly string[] = [
  'google.com',
  'bing.com',
  'duckduckgo.com',
  'search.yahoo.com',
  'yandex.com',
  'yandex.ru',
  'baidu.com',
  'search.brave.com',
  'startpage.com',
  'ecosia.org',
];

/** The host of the Internet Archive's Wayback Machine, the form an archived copy should take. */
export const WAYBACK_HOST = 'web.archive.org';

/** Archives whose copies may go in `archived`. */
export const ARCHIVE_HOSTS: readonly string[] = [WAYBACK_HOST, 'archive.org', 'archive.ph', 'archive.today', 'archive.is', 'webcitation.org', 'perma.cc'];

/** Old or alternative hosts of the Wayback Machine, whose addresses should be rewritten to {@link WAYBACK_HOST}. */
export const WAYBACK_ALIASES: readonly string[] = ['waybackmachine.org', 'wayback.archive.org', 'replay.waybackmachine.org'];

/** Whether `host` is `domain` or one of its subdomains. */
export function isOnDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The first of `domains` that `host` is on, if any. */
export function domainOf(host: string, domains: readonly string[]): string | undefined {
  return domains.find((domain) => isOnDomain(host, domain));
}
