import { describe, expect, inject, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { listPages, onePagePerRoute, routeOf } from '../support/dist-files.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { watchPage } from '../support/watch-page.ts';

// A page that breaks every rule the harness checks: proof that it can fail.
const site = useBrowser(() => 'tests/fixtures/harness');

describe('the browser harness', () => {
  test('reports CSP violations, failed requests and accessibility violations', async () => {
    const page = await site.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(site.url('/'), { waitUntil: 'load' });
    await watch.collectCspViolations();
    expect(watch.problems).toContainEqual(expect.stringMatching(/^HTTP 404: .*missing\.png$/));
    expect(watch.problems).toContain('CSP violation: script-src-elem blocked inline');
    expect(await page.title()).toBe('A page that breaks the rules');
    expect(await runAxe(page)).toContainEqual(expect.stringMatching(/^image-alt \(critical\)/));
    await page.close();
  });
});

describe('the pages a template check takes', () => {
  test('groups pages by the route that made them', () => {
    expect(
      [
        '/',
        '/actors/',
        '/actors/iran/',
        '/articles/x/',
        '/articles/x/claims/amia-blame/',
        '/articles/page/2/',
        '/claims/rating/false/',
        '/claims/by/tehran-times/false/',
        '/timeline/iran/',
      ].map(routeOf),
    ).toEqual(['/', '/actors/', '/actors/*/', '/articles/*/', '/articles/*/claims/*/', '/articles/*/*/', '/claims/rating/*/', '/claims/by/*/*/', '/timeline/*/']);
  });

  test('takes the largest page of each route', async () => {
    const distDir = inject('distDir');
    const pages = await onePagePerRoute(distDir, await listPages(distDir));
    expect(pages).toContain('/articles/iran-bolivia-military-ties/');
    expect(pages).toContain('/actors/');
    expect(pages.filter((path) => routeOf(path) === '/actors/*/')).toHaveLength(1);
    expect(new Set(pages.map(routeOf)).size).toBe(pages.length);
  });
});
