import { describe, expect, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
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
