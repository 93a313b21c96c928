/**
 * A claim's card where the claim is: opened from its verdict in the text with
 * the mouse, the keyboard or a tap, closed by Escape, the close button or a
 * second activation, one at a time, never over the claim, never past the
 * window's edge, its links always in reach, never scrolling the page on a
 * wide screen; and the claims panel following the reader on a wide screen,
 * marking the claim whose card is open.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { watchPage } from '../support/watch-page.ts';

const site = useBrowser(() => inject('distDir'));
const articlePath = '/articles/iran-bolivia-military-ties/';
const WIDE = { viewport: { width: 1280, height: 900 } } satisfies BrowserContextOptions;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } satisfies BrowserContextOptions;

const marker = (page: Page, id: string) => page.locator(`.article-body a.verdict[href="#claim-card-${id}"]`);
const popover = (page: Page) => page.locator('#claim-popover');

async function open(options: BrowserContextOptions, hash = '', init?: string) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const watch = await watchPage(page);
  await page.goto(site.url(`${articlePath}${hash}`));
  return { context, page, watch };
}

/** Scrolls a claim's marker to the middle of the window, as a reader would have it in view. */
async function bringIntoView(page: Page, id: string) {
  await marker(page, id).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  return page.evaluate(() => scrollY);
}

/** Whether the card covers any of the claim's own words (any box of the claim's mark). */
async function coversClaim(page: Page, id: string) {
  return page.evaluate((claim) => {
    const card = document.getElementById('claim-popover')!.getBoundingClientRect();
    return [...document.getElementById(`claim-${claim}`)!.getClientRects()].some(
      (box) => box.left < card.right && box.right > card.left && box.top < card.bottom && box.bottom > card.top,
    );
  }, id);
}

/**
 * Where an open card and its links are: whether the card lies inside the window, and which of its
 * links (Full card, Claim page, Copy link) are not where a click lands, being outside the card's
 * visible part or the window.
 */
const cardReach = (page: Page) =>
  page.evaluate(() => {
    const card = document.getElementById('claim-popover')!;
    const box = card.getBoundingClientRect();
    const links = [...card.querySelectorAll<HTMLElement>('.claim-popover-links a, .claim-popover-links button')];
    const unreachable = links
      .filter((link) => {
        const { left, top, width, height } = link.getBoundingClientRect();
        const hit = document.elementFromPoint(left + width / 2, top + height / 2);
        return hit === null || !link.contains(hit);
      })
      .map((link) => link.textContent!.trim().split(':')[0]);
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), window: innerHeight, links: links.length, unreachable };
  });

/** Waits for the page to stop scrolling: a card that needs room scrolls the page smoothly. */
async function settled(page: Page) {
  let last = NaN;
  await expect.poll(async () => {
    const now = await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(scrollY), 100)));
    const still = now === last;
    last = now;
    return still;
  }).toBe(true);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href'));

describe('a claim card beside the claim, on a wide screen', () => {
  test('opens on a click with the claim\'s summary, verdict, first paragraph, sources and links, without scrolling, and closes on Escape with focus back on the marker', async () => {
    const { context, page, watch } = await open(WIDE);
    const before = await bringIntoView(page, 'mou-drones');
    await marker(page, 'mou-drones').click();
    const card = popover(page);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    expect(await card.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(await focusedId(page)).toBe('claim-popover');
    expect(await marker(page, 'mou-drones').getAttribute('aria-expanded')).toBe('true');

    const full = page.locator('#claim-card-mou-drones');
    expect(await card.locator('.claim-popover-title').textContent()).toBe(await full.locator('h3').textContent());
    expect(await card.locator('.verdict').textContent()).toBe('Partly supported');
    expect(await card.locator('.prose p').textContent()).toBe(await full.locator('.prose p').first().textContent());
    const sources = await full.locator('.sources > li').count();
    expect(await card.locator('.claim-popover-links .small').textContent()).toBe(`${sources} sources`);
    expect(await card.getByRole('link', { name: /^Full card/ }).getAttribute('href')).toBe('#claim-card-mou-drones');
    expect(await card.getByRole('link', { name: /^Claim page/ }).getAttribute('href')).toBe(`${articlePath}claims/mou-drones/`);
    expect(await card.getByRole('button', { name: /^Copy link/ }).isVisible()).toBe(true);
    expect(await coversClaim(page, 'mou-drones')).toBe(false);
    // It opens beside the claim: its top within a line of the claim's last line.
    const gap = await page.evaluate(() => {
      const claim = [...document.getElementById('claim-mou-drones')!.getClientRects()];
      const card = document.getElementById('claim-popover')!.getBoundingClientRect();
      return Math.min(Math.abs(card.top - claim.at(-1)!.bottom), Math.abs(claim[0]!.top - card.bottom));
    });
    expect(gap).toBeLessThan(20);

    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await focusedId(page)).toBe('#claim-card-mou-drones');
    expect(await marker(page, 'mou-drones').getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => scrollY)).toBe(before);
    expect(watch.problems).toEqual([]);
    await context.close();
  });

  test('opens with Enter, closes on a second Enter, and Tab goes from the marker through the card and on into the text', async () => {
    const { context, page } = await open(WIDE);
    const before = await bringIntoView(page, 'us-and-neighbours-reacted');
    await marker(page, 'us-and-neighbours-reacted').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(before);

    // Shift+Tab from the card returns to the marker; Enter there closes the card.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('#claim-card-us-and-neighbours-reacted');
    expect(await popover(page).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    expect(await focusedId(page)).toBe('#claim-card-us-and-neighbours-reacted');

    // Tab walks the card's close button and links, then leaves it for the text, closing it.
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    const walked: string[] = [];
    for (let step = 0; step < 8 && (await popover(page).isVisible()); step++) {
      await page.keyboard.press('Tab');
      walked.push(await page.evaluate(() => document.activeElement?.textContent?.trim().split(':')[0] ?? ''));
    }
    // The close button, the claimant and the note of a correction, then the card's three links, in order.
    expect(walked[0]).toBe('×');
    const links = ['Full card', 'Claim page', 'Copy link to the claim “The United States and some of Bolivia\'s neighbours reacted to the MOU” in the text'];
    expect(links.map((link) => walked.indexOf(link))).toEqual([...links.map((link) => walked.indexOf(link))].sort((a, b) => a - b));
    expect(links.every((link) => walked.includes(link))).toBe(true);
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('.article-body') !== null)).toBe(true);
    await context.close();
  });

  test('is one at a time, closes with its close button or a click elsewhere, and never covers its claim', async () => {
    const { context, page } = await open(WIDE);
    await bringIntoView(page, 'mou-drones');
    await marker(page, 'mou-drones').click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    // The next claim's marker, just under the open card, is reached by the keyboard.
    await marker(page, 'us-and-neighbours-reacted').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).locator('.claim-popover-title').textContent()).toMatch(/neighbours reacted/);
    expect(await page.locator('.claim-popover').count()).toBe(1);
    expect(await marker(page, 'mou-drones').getAttribute('aria-expanded')).toBe('false');
    expect(await marker(page, 'us-and-neighbours-reacted').getAttribute('aria-expanded')).toBe('true');
    expect(await coversClaim(page, 'us-and-neighbours-reacted')).toBe(false);

    await popover(page).getByRole('button', { name: 'Close the card' }).click();
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    expect(await focusedId(page)).toBe('#claim-card-us-and-neighbours-reacted');

    await marker(page, 'mou-drones').click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    await page.locator('h2#text').click();
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    await context.close();
  });

  test('opens above a claim near the bottom of the window, still never covering it', async () => {
    const { context, page } = await open(WIDE);
    await marker(page, 'mou-drones').evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await page.evaluate(() => scrollBy(0, 20));
    await marker(page, 'mou-drones').click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    const { top, bottom } = await popover(page).evaluate((element) => element.getBoundingClientRect().toJSON());
    const claimTop = await page.evaluate(() => document.getElementById('claim-mou-drones')!.getClientRects()[0]!.top);
    expect(bottom).toBeLessThanOrEqual(claimTop);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(await coversClaim(page, 'mou-drones')).toBe(false);
    await context.close();
  });

  test('is placed by the script where the browser has no anchor positioning', async () => {
    // A browser without CSS anchor positioning: CSS.supports answers no for it.
    const { context, page } = await open(
      WIDE,
      '',
      `{ const supports = CSS.supports.bind(CSS); CSS.supports = (...args) => !String(args.join(':')).includes('anchor') && supports(...args); }`,
    );
    await bringIntoView(page, 'mou-drones');
    await marker(page, 'mou-drones').click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await popover(page).evaluate((element) => element.classList.contains('placed-by-script'))).toBe(true);
    expect(await coversClaim(page, 'mou-drones')).toBe(false);
    const gap = await page.evaluate(() => {
      const claim = [...document.getElementById('claim-mou-drones')!.getClientRects()];
      return document.getElementById('claim-popover')!.getBoundingClientRect().top - claim.at(-1)!.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(20);
    await context.close();
  });

  test('fits in the window wherever the claim is, with its links where a click reaches them', async () => {
    // 800 px tall: a card opened at y = 454 once ran to y = 941, its links out of reach.
    const { context, page } = await open({ viewport: { width: 1280, height: 800 } });
    const claimIds = await page.$$eval('.article-body mark.claim', (marks) => marks.map((mark) => (mark as HTMLElement).dataset['claim']!));
    const misplaced: string[] = [];
    for (const id of claimIds) {
      for (const y of [120, 454, 700]) {
        await marker(page, id).evaluate((element, at) => scrollTo(0, element.getBoundingClientRect().top + scrollY - at), y);
        await marker(page, id).click();
        await expect.poll(() => popover(page).locator('.claim-popover-title').textContent()).toBe(
          await page.locator(`#claim-card-${id} h3`).textContent(),
        );
        const reach = await cardReach(page);
        if (reach.top < 0 || reach.bottom > reach.window || reach.links < 3 || reach.unreachable.length > 0 || (await coversClaim(page, id))) {
          misplaced.push(`${id} at y = ${y}: ${JSON.stringify(reach)}`);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => popover(page).isVisible()).toBe(false);
      }
    }
    expect(misplaced).toEqual([]);
    await context.close();
  });

  test('keeps #claim-<id>: the address scrolls to the claim, marks it, and opens its card', async () => {
    const { context, page } = await open(WIDE, '#claim-amia-blame');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    // The claims panel marks the claim whose card is open, not the one nearest the reading line.
    await expect.poll(() => page.locator('.claim-card.is-current').getAttribute('id')).toBe('claim-card-amia-blame');
    expect(await page.locator('#claim-amia-blame').evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await popover(page).locator('.claim-popover-title').textContent()).toBe(
      await page.locator('#claim-card-amia-blame h3').textContent(),
    );
    const inView = await page.locator('#claim-amia-blame').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await context.close();
  });

  test('the claims panel follows the reader: the card of the claim at the reading position is in the panel\'s view', async () => {
    const { context, page } = await open(WIDE);
    const claimIds = await page.$$eval('.article-body mark.claim', (marks) => marks.map((mark) => (mark as HTMLElement).dataset['claim']!));
    // The reading line: 35% down the window. A claim scrolled to it is read; so is any other on the same line.
    const atLine = (page: Page, claim: string) =>
      page.evaluate((id) => {
        const line = innerHeight * 0.35;
        return [...document.getElementById(`claim-${id}`)!.getClientRects()].some((box) => box.top <= line + 1 && box.bottom >= line - 1);
      }, claim);
    for (const id of [claimIds.at(-1)!, claimIds[Math.floor(claimIds.length / 2)]!, claimIds[1]!]) {
      await page.locator(`#claim-${id}`).evaluate((element) => {
        const top = element.getBoundingClientRect().top + scrollY;
        scrollTo(0, top - innerHeight * 0.35 + 2);
      });
      const before = await page.evaluate(() => scrollY);
      await expect.poll(() => page.locator('.claim-card.is-current').count()).toBe(1);
      await expect.poll(async () => {
        const current = (await page.locator('.claim-card.is-current').getAttribute('id'))!.replace('claim-card-', '');
        return current === id || (await atLine(page, current));
      }).toBe(true);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const panel = document.querySelector('.claims-panel')!.getBoundingClientRect();
            const card = document.querySelector('.claim-card.is-current')!.getBoundingClientRect();
            return card.top >= panel.top - 1 && card.top < panel.bottom;
          }),
        )
        .toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(before);
    }
    await context.close();
  });

  test.each(['light', 'dark'] as const)('has no accessibility violations with a card open (%s theme)', async (colorScheme) => {
    const { context, page } = await open({ ...WIDE, colorScheme });
    await bringIntoView(page, 'mou-drones');
    await marker(page, 'mou-drones').click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});

describe('a claim card on a phone', () => {
  test('opens on a tap as a panel under the paragraph, in the flow of the text, without scrolling, and its close button returns focus', async () => {
    const { context, page } = await open(PHONE);
    const before = await bringIntoView(page, 'mou-drones');
    await marker(page, 'mou-drones').tap();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    const placement = await page.evaluate(() => {
      const card = document.getElementById('claim-popover')!;
      const paragraph = document.getElementById('claim-mou-drones')!.closest('.article-body > *')!;
      return {
        afterParagraph: paragraph.nextElementSibling === card,
        inTopLayer: card.matches(':popover-open'),
        right: card.getBoundingClientRect().right,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(placement).toEqual({ afterParagraph: true, inTopLayer: false, right: expect.any(Number), scrollWidth: 390 });
    expect(placement.right).toBeLessThanOrEqual(390);
    expect(await coversClaim(page, 'mou-drones')).toBe(false);
    const close = popover(page).getByRole('button', { name: 'Close the card' });
    const size = await close.boundingBox();
    expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(44);
    await close.tap();
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    expect(await focusedId(page)).toBe('#claim-card-mou-drones');
    await context.close();
  });

  test('fits in the window once open, with its links where a tap reaches them', async () => {
    // A card once ran 690 px from the middle of an 844 px screen, its links below the window.
    const { context, page } = await open(PHONE);
    const claimIds = await page.$$eval('.article-body mark.claim', (marks) => marks.map((mark) => (mark as HTMLElement).dataset['claim']!));
    const misplaced: string[] = [];
    for (const id of claimIds) {
      await bringIntoView(page, id);
      await marker(page, id).tap();
      await expect.poll(() => popover(page).locator('.claim-popover-title').textContent()).toBe(
        await page.locator(`#claim-card-${id} h3`).textContent(),
      );
      await settled(page);
      const reach = await cardReach(page);
      if (reach.top < 0 || reach.bottom > reach.window || reach.links < 3 || reach.unreachable.length > 0) {
        misplaced.push(`${id}: ${JSON.stringify(reach)}`);
      }
      await popover(page).getByRole('button', { name: 'Close the card' }).tap();
      await expect.poll(() => popover(page).isVisible()).toBe(false);
    }
    expect(misplaced).toEqual([]);
    await context.close();
  });

  test.each(['light', 'dark'] as const)('has no accessibility violations with a card open (%s theme)', async (colorScheme) => {
    const { context, page } = await open({ ...PHONE, colorScheme });
    await bringIntoView(page, 'mou-drones');
    await marker(page, 'mou-drones').tap();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});
