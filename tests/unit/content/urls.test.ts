import { describe, expect, test } from 'vitest';
import {
  claimAnchorId,
  claimCardId,
  dateAnchorId,
  hostOf,
  mentionAnchorId,
  paths,
  timelineEventId,
  withBase,
} from '#lib/content/urls.ts';

describe('paths', () => {
  test('returns the public URLs of the listing pages', () => {
    expect(paths.home()).toBe('/');
    expect(paths.articles()).toBe('/articles/');
    expect(paths.claims()).toBe('/claims/');
    expect(paths.about()).toBe('/about/');
    expect(paths.search()).toBe('/search/');
    expect(paths.timeline()).toBe('/timeline/');
    expect(paths.actors()).toBe('/actors/');
  });

  test('returns the URL of an article and of a place in it', () => {
    expect(paths.article('iran-bolivia-mou')).toBe('/articles/iran-bolivia-mou/');
    expect(paths.articleAt('iran-bolivia-mou', 'date-mou-1')).toBe('/articles/iran-bolivia-mou/#date-mou-1');
  });

  test('returns the URL of a claim page and of the claim in its article', () => {
    expect(paths.claim('iran-bolivia-mou', 'drones')).toBe('/articles/iran-bolivia-mou/claims/drones/');
    expect(paths.claimInContext('iran-bolivia-mou', 'drones')).toBe('/articles/iran-bolivia-mou/#claim-drones');
  });

  test('returns the URL of a claim filter for each facet', () => {
    expect(paths.claimsBy('rating', 'partly-supported')).toBe('/claims/rating/partly-supported/');
    expect(paths.claimsBy('kind', 'factual')).toBe('/claims/kind/factual/');
    expect(paths.claimsBy('actor', 'iran')).toBe('/claims/actor/iran/');
  });

  test('returns the URL of an actor, an event, an event on the timeline and an actor timeline', () => {
    expect(paths.actor('iran')).toBe('/actors/iran/');
    expect(paths.event('mou')).toBe('/events/mou/');
    expect(paths.eventOnTimeline('mou')).toBe('/timeline/#mou');
    expect(paths.timelineOf('bolivia')).toBe('/timeline/bolivia/');
  });

  test('returns the URL of the files the site publishes', () => {
    expect(paths.ogImage('claims/a/b')).toBe('/og/claims/a/b.png');
    expect(paths.data('claims.json')).toBe('/data/claims.json');
    expect(paths.rss()).toBe('/rss.xml');
    expect(paths.pagefind()).toBe('/pagefind/');
    expect(paths.sitemap()).toBe('/sitemap-index.xml');
    expect(paths.favicon()).toBe('/favicon.svg');
  });

  test('returns the URL of a section of the about page', () => {
    expect(paths.aboutSection('ratings')).toBe('/about/#ratings');
    expect(paths.aboutSection('data')).toBe('/about/#data');
  });
});

describe('claimAnchorId', () => {
  test('returns claim-<id>, the fragment of a claim in context', () => {
    expect(claimAnchorId('drones')).toBe('claim-drones');
  });
});

describe('claimCardId', () => {
  test('returns claim-card-<id>, distinct from the claim span id', () => {
    expect(claimCardId('drones')).toBe('claim-card-drones');
    expect(claimCardId('drones')).not.toBe(claimAnchorId('drones'));
  });
});

describe('dateAnchorId', () => {
  test('returns date-<event>-<n> for the nth mention of an event', () => {
    expect(dateAnchorId('mou', 1)).toBe('date-mou-1');
    expect(dateAnchorId('mou', 12)).toBe('date-mou-12');
  });
});

describe('mentionAnchorId', () => {
  test('returns mention-<actor>-<n> for the nth mention of an actor', () => {
    expect(mentionAnchorId('iran', 3)).toBe('mention-iran-3');
  });
});

describe('timelineEventId', () => {
  test('returns the event id itself, so that /timeline/#<id> is the event', () => {
    expect(timelineEventId('mou')).toBe('mou');
  });
});

describe('withBase', () => {
  test('returns the path unchanged when the base is /', () => {
    expect(withBase('/', '/articles/')).toBe('/articles/');
    expect(withBase('/', '/')).toBe('/');
  });

  test('returns the path under a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/sub/', '/articles/x/')).toBe('/sub/articles/x/');
    expect(withBase('/sub', '/articles/x/')).toBe('/sub/articles/x/');
    expect(withBase('/sub/', '/')).toBe('/sub/');
  });

  test('returns a rooted path when the path has no leading slash', () => {
    expect(withBase('/sub/', 'rss.xml')).toBe('/sub/rss.xml');
    expect(withBase('/', 'rss.xml')).toBe('/rss.xml');
  });
});

describe('hostOf', () => {
  test('returns the host name without www.', () => {
    expect(hostOf('https://www.tehrantimes.com/news/123')).toBe('tehrantimes.com');
  });

  test('returns other subdomains, without port or path', () => {
    expect(hostOf('https://news.example.org:8443/a?b=c')).toBe('news.example.org');
    expect(hostOf('http://wwwexample.org/')).toBe('wwwexample.org');
  });
});
