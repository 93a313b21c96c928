/**
 * Watches a browser page for what a reader should never meet: console errors,
 * uncaught exceptions, failed requests, error responses and CSP violations.
 */
import type { Page } from 'playwright-core';

/** The problems seen on a page so far, one line each. */
export interface PageWatch {
  readonly problems: string[];
  /** Adds the CSP violations the page recorded; call after the page has loaded. */
  collectCspViolations(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Starts watching `page`; install before the first navigation. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Init scripts are injected by the browser itself, so the page's CSP does not block them.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return {
    problems,
    async collectCspViolations() {
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      problems.push(...violations.map((violation) => `CSP violation: ${violation}`));
    },
  };
}
