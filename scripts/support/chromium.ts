/**
 * Launches Debian's Chromium through playwright-core: no browser download.
 * `CHROMIUM_PATH` overrides `/usr/bin/chromium`.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Chromium is looked for. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags Chromium runs with here: as root, with no GPU, and nothing fetched in the background. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Starts a headless Chromium with a fresh profile, or fails saying how to install one. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. The browser tests drive a real Chromium: install Debian's ` +
        '(`apt-get update && apt-get install -y chromium`) or point CHROMIUM_PATH at another build.',
    );
  }
  // Playwright gives every launch a fresh temporary --user-data-dir.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}
