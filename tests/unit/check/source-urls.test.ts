import { describe, expect, test } from 'vitest';
import { inspectSourceUrl, waybackOriginal } from '#lib/check/source-urls.ts';

/** The findings for an address, as `severity: message`. */
const findings = (url: string, role: 'url' | 'archived' = 'url') =>
  inspectSourceUrl(url, role).map((finding) => `${finding.severity}: ${finding.message}`);

describe('inspectSourceUrl', () => {
  test('accepts a publisher’s https page', () => {
    expect(findings('https://www.tehrantimes.com/news/487081/Iranian-Bolivian-ministers-ink-defense-MOU')).toEqual([]);
    expect(findings('https://en.wikipedia.org/wiki/Tehran_Times')).toEqual([]);
  });

  test('rejects what is not a web address', () => {
    expect(findings('not a url')).toEqual(['error: "not a url" is not a well-formed address']);
    expect(findings('ftp://example.org/file')).toEqual(['error: ftp: is not a web address']);
  });

  test('warns of plain http', () => {
    expect(findings('http://news.bbc.co.uk/2/hi/americas/4426970.stm')).toEqual(['warning: news.bbc.co.uk is cited over http, not https']);
  });

  test('takes an http address as published when the source has an archived copy', () => {
    const original = 'http://www.thenation.com/doc/20080204/porter/2';
    expect(inspectSourceUrl(original, 'url', { hasArchivedCopy: true })).toEqual([]);
    expect(findings('http://web.archive.org/web/20081201183602/http://www.thenation.com/doc/20080204/porter/2', 'archived')).toEqual([
      'warning: web.archive.org is cited over http, not https',
    ]);
  });

  test('rejects a host with a trailing dot, an IP address or credentials', () => {
    expect(findings('https://www.thenation.com./doc/20080204/porter')).toEqual(['error: the host "www.thenation.com." ends with a dot']);
    expect(findings('https://93.184.216.34/page')).toEqual(["error: 93.184.216.34 is a machine's address, not a publisher's domain"]);
    expect(findings('https://[2001:db8::1]/page')).toEqual(["error: [2001:db8::1] is a machine's address, not a publisher's domain"]);
    expect(findings('https://user:secret@example.org/page')).toEqual(['error: the address of example.org carries a user name or password']);
  });

  test('rejects copies of Wikipedia articles', () => {
    for (const url of [
      'https://wikimili.com/en/Tehran_Times',
      'https://kampuspedia.com/en/Tehran_Times',
      'http://hitchhikersgui.de/Portal:Bolivia',
      'https://www.wikiwand.com/en/Iran',
    ]) {
      expect(findings(url)[0]).toMatch(/^error: [\w.]+ is a copy of a Wikipedia article$/);
    }
    expect(findings('https://www.wikiwand.com/en/Iran')).toEqual(['error: www.wikiwand.com is a copy of a Wikipedia article']);
  });

  test('rejects web proxies, by host and by the address they carry', () => {
    expect(findings('https://speed.lescigales.org/xypor/index.php?q=aHR0cHM6Ly9lbi5tLndpa2lwZWRpYS5vcmc%3D')).toEqual([
      'error: speed.lescigales.org is a web proxy',
    ]);
    expect(findings('https://unknown-proxy.example/browse.php?u=aHR0cHM6Ly9leGFtcGxlLm9yZy8%3D')).toEqual([
      'error: unknown-proxy.example shows another address through a web proxy',
    ]);
    expect(findings('https://en-m-wikipedia-org.translate.goog/wiki/Bolivia')).toEqual([
      'error: en-m-wikipedia-org.translate.goog is a web proxy',
    ]);
  });

  test('rejects staging hosts', () => {
    expect(findings('https://front-eldeber-prod-d2cf0b7a0e20.herokuapp.com/pais/ministra')).toEqual([
      'error: front-eldeber-prod-d2cf0b7a0e20.herokuapp.com is a staging or preview host, not the publication',
    ]);
    expect(findings('https://my-site-git-main.vercel.app/story')[0]).toMatch(/staging or preview host/);
  });

  test('rejects link shorteners', () => {
    expect(findings('https://bit.ly/3abcdE')).toEqual(['error: bit.ly is a link shortener']);
    expect(findings('https://t.co/xyz')).toEqual(['error: t.co is a link shortener']);
  });

  test('rejects search results and search engines’ caches', () => {
    expect(findings('https://www.google.com/search?q=amia+bombing')).toEqual(['error: www.google.com/search is a page of search results']);
    expect(findings('https://www.google.com.ar/url?q=https://example.org/')).toEqual([
      'error: www.google.com.ar shows another address through a web proxy',
      'error: www.google.com.ar/url is a page of search results',
    ]);
    expect(findings('https://duckduckgo.com/?q=bolivia+iran')).toEqual(['error: duckduckgo.com/ is a page of search results']);
    expect(findings('https://webcache.googleusercontent.com/search?q=cache:example.org')).toEqual([
      'error: webcache.googleusercontent.com is a search engine’s cache',
    ]);
    // A search engine's own pages that are not results are not flagged.
    expect(findings('https://blog.google/outreach-initiatives/')).toEqual([]);
  });

  test('warns of aggregators and AMP copies', () => {
    expect(findings('https://www.onenewspage.com/current/m0w7c90/United-States.htm')).toEqual([
      'warning: www.onenewspage.com is a news aggregator that republishes other outlets’ stories',
    ]);
    expect(findings('https://amp.cnn.com/cnn/2022/11/05/middleeast/iran-drones-russia-intl')).toEqual([
      'warning: amp.cnn.com/cnn/2022/11/05/middleeast/iran-drones-russia-intl is an AMP copy of a page',
    ]);
    expect(findings('https://forbesargentina.com/negocios/story-n37947/amp')[0]).toMatch(/AMP copy/);
    expect(findings('https://clarin.com/politica/story_0_5NYINNZe8.amp.html')[0]).toMatch(/AMP copy/);
    expect(findings('https://eluniverso.com/2009/08/19/story.html/?outputType=amp')[0]).toMatch(/AMP copy/);
  });

  test('asks for Wayback copies at web.archive.org/web/<timestamp>/<url>, in `archived`', () => {
    expect(findings('http://replay.waybackmachine.org/web/20081201183602/http://www.thenation.com./doc/20080204/porter/3')).toEqual([
      "error: replay.waybackmachine.org is not the Wayback Machine's address for a copy",
      'warning: replay.waybackmachine.org is cited over http, not https',
    ]);
    expect(findings('https://web.archive.org/web/*/example.org*')).toEqual(['error: web.archive.org/web/*/example.org* is not a copy of one page']);
    expect(findings('https://web.archive.org/web/20081201183602/http://www.thenation.com/doc/20080204/porter')).toEqual([
      "warning: web.archive.org holds an archived copy, not the publisher's page",
    ]);
    expect(findings('https://web.archive.org/web/20081201183602/http://www.thenation.com/doc/20080204/porter', 'archived')).toEqual([]);
  });

  test('accepts only an archive’s copy in `archived`', () => {
    expect(findings('https://archive.ph/Ab12C', 'archived')).toEqual([]);
    expect(findings('https://wikimili.com/en/Tehran_Times', 'archived')).toEqual([
      'error: wikimili.com is a copy of a Wikipedia article',
      'error: wikimili.com is not an archive',
    ]);
    expect(findings('https://example.org/copy', 'archived')).toEqual(['error: example.org is not an archive']);
  });

  test('gives a hint for every finding', () => {
    for (const finding of inspectSourceUrl('http://bit.ly/x')) expect(finding.hint).not.toBe('');
  });
});

describe('waybackOriginal', () => {
  test('reads the original address from a Wayback copy', () => {
    expect(waybackOriginal(new URL('https://web.archive.org/web/20081201183602/http://www.thenation.com/doc/porter'))).toBe(
      'http://www.thenation.com/doc/porter',
    );
    expect(waybackOriginal(new URL('https://web.archive.org/web/2008id_/https://example.org/a?b=c'))).toBe('https://example.org/a?b=c');
    expect(waybackOriginal(new URL('https://example.org/web/2008/https://example.org/'))).toBeUndefined();
  });
});
