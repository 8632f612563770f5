// What a reader does on the built site, in a real browser: read, share a link, leave quickly,
// read on a phone, in the dark and on paper, and move with the keyboard. Search is not built yet.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../build/project.ts';
import { longestPage, useSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

const BASES = ['/', '/guide/'];
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const SCREENSHOTS = path.join(repoRoot, 'tests/.screenshots');
const ITEM_ID = 'he-didnt-mean-to-it-was';

const suite = useSitesInBrowser(BASES);
beforeAll(() => void mkdirSync(SCREENSHOTS, { recursive: true }));

/** A fresh context whose only way out of 127.0.0.1 is the exit URL, answered by a tiny local page. */
async function openContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await newTestContext(suite.browser, options);
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) =>
      route.request().url().startsWith(EXIT_URL)
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' })
        : route.abort(),
  );
  return context;
}

async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const context = await openContext(options);
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Relative luminance (WCAG) of a computed `rgb(...)` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe.each(BASES)('the site served at %s', (base) => {
  describe.each([true, false])('with JavaScript enabled: %s', (javaScriptEnabled) => {
    it('lets a reader go from home to a strategy, to the next one, up to its hub, home again and to a red flag', async () => {
      await withPage(
        async (page) => {
          const home = suite.site.url(base);
          expect((await page.goto(home))?.status()).toBe(200);
          await page.getByRole('link', { name: "1. Don't take it personally", exact: true }).click();
          await page.waitForURL(suite.site.url(base, 'dont-take-it-personally/'));
          await expect(page.locator('h1').textContent()).resolves.toBe("1. Don't take it personally");

          await page.locator('a[rel="next"]').click();
          await page.waitForURL(suite.site.url(base, 'be-reliable/'));
          await expect(page.locator('h1').textContent()).resolves.toBe('2. Be reliable');

          await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Strategies' }).click();
          await page.waitForURL(suite.site.url(base, 'strategies/'));
          await expect(page.locator('h1').textContent()).resolves.toBe('Strategies');

          await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
          await page.waitForURL(home);

          const redFlags = page.locator('section[aria-labelledby="group-red-flags"] .topic-list a').first();
          const title = await redFlags.textContent();
          await redFlags.click();
          await expect(page.locator('h1').textContent()).resolves.toBe(title);
          await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).textContent()).resolves.toContain('Red flags');
          expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
        },
        { javaScriptEnabled },
      );
    });
  });

  it('copies the full link of a list item to the clipboard, says so, and the link opens on the marked item below the bar', async () => {
    const pageUrl = suite.site.url(base, 'signs-of-trauma-bonding/');
    const expected = `${pageUrl}#${ITEM_ID}`;
    await withPage(async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(pageUrl).origin });
      await page.goto(pageUrl);
      const item = page.locator(`li#${ITEM_ID}`);
      await expect(item.textContent()).resolves.toContain('He didn’t mean to, it was my fault.');
      const control = item.locator('a.anchor-link');
      await item.hover();
      // The hover style lands with the next frame, which a loaded 2-core machine may draw late.
      await expect.poll(() => control.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      await control.focus();
      await control.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      await expect.poll(() => item.locator('.copy-status').textContent()).toBe('Link copied');
      await expect(page.locator('#copy-status').textContent()).resolves.toBe('Link copied');
      expect(page.url()).toBe(expected);
    });

    // On a phone the quick-exit bar is sticky across the top; on a wide screen it floats beside the column.
    for (const viewport of [{ width: 360, height: 640 }, { width: 1280, height: 800 }]) {
      await withPage(
        async (page) => {
          await page.goto(expected);
          const item = page.locator(`li#${ITEM_ID}`);
          const box = await item.boundingBox();
          const bar = await page.locator('.quick-exit-bar').boundingBox();
          if (!box || !bar) throw new Error('the item or the quick-exit bar has no box');
          const overlapsHorizontally = box.x < bar.x + bar.width && bar.x < box.x + box.width;
          if (overlapsHorizontally) expect(box.y, `item top at ${viewport.width}px`).toBeGreaterThanOrEqual(bar.y + bar.height);
          expect(box.y, `item top at ${viewport.width}px`).toBeGreaterThanOrEqual(0);
          expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(viewport.height);
          expect(await page.evaluate(() => scrollY), 'the page scrolled to the item').toBeGreaterThan(0);

          const style = (selector: string) =>
            page.locator(selector).first().evaluate((element) => {
              const computed = getComputedStyle(element);
              return `${computed.backgroundColor} | ${computed.outlineStyle} ${computed.outlineColor} | ${computed.boxShadow}`;
            });
          expect(await style(`li#${ITEM_ID}`)).not.toBe(await style(`li[id]:not(#${ITEM_ID})`));
        },
        { viewport },
      );
    }
  });
});

describe('Quick exit', () => {
  const pageA = () => suite.site.url('/', 'be-reliable/');
  const pageB = () => suite.site.url('/', 'signs-of-trauma-bonding/');

  it('leaves for the neutral page and Back returns to the page before, not the page left', async () => {
    await withPage(async (page) => {
      await page.goto(pageA());
      await page.goto(pageB());
      await page.getByRole('link', { name: 'Quick exit', exact: true }).click();
      await page.waitForURL(EXIT_URL);
      await page.goBack();
      expect(page.url()).toBe(pageA());
    });
  });

  it('leaves after Shift is pressed alone three times, announcing the count after the first press', async () => {
    await withPage(async (page) => {
      await page.goto(pageA());
      await page.goto(pageB());
      await page.keyboard.press('Shift');
      await expect(page.locator('#quick-exit-status').textContent()).resolves.toBe('Shift, press 2 more times to exit');
      await page.keyboard.press('Shift');
      await expect(page.locator('#quick-exit-status').textContent()).resolves.toBe('Shift, press 1 more time to exit');
      await page.keyboard.press('Shift');
      await page.waitForURL(EXIT_URL);
      await page.goBack();
      expect(page.url()).toBe(pageA());
    });
  });

  it('starts counting again when Shift+A comes between the presses, so it does not exit', async () => {
    await withPage(async (page) => {
      await page.goto(pageB());
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift+A');
      await expect(page.locator('#quick-exit-status').textContent()).resolves.toBe('');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expect(page.locator('#quick-exit-status').textContent()).resolves.toBe('Shift, press 1 more time to exit');
      expect(page.url()).toBe(pageB());
      await page.keyboard.press('Shift');
      await page.waitForURL(EXIT_URL);
    });
  });

});

describe.each([360, 320])('on a phone %i px wide', (width) => {
  it('never scrolls sideways, keeps Quick exit in view and sets body text at 16 px or more', async () => {
    await withPage(
      async (page) => {
        const pages = ['', 'dont-take-it-personally/', longestPage(suite.site.dist('/'))];
        for (const path of new Set(pages)) {
          await page.goto(suite.site.url('/', path));
          const overflow = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
          expect(overflow.scrollWidth, `horizontal scroll on /${path}`).toBeLessThanOrEqual(overflow.innerWidth);
          const exit = page.getByRole('link', { name: 'Quick exit', exact: true });
          await expect(exit.isVisible()).resolves.toBe(true);
          const box = await exit.boundingBox();
          expect(box, `Quick exit box on /${path}`).not.toBeNull();
          if (box) {
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.y).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(width);
            expect(box.y + box.height).toBeLessThanOrEqual(640);
          }
        }
        await page.goto(suite.site.url('/', 'dont-take-it-personally/'));
        const fontSize = await page.locator('.topic-body p').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        expect(fontSize).toBeGreaterThanOrEqual(16);
        if (width === 360) await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-360.png'), fullPage: true });
      },
      { viewport: { width, height: 640 }, hasTouch: true, isMobile: true },
    );
  });
});

describe('colour schemes and print', () => {
  const topic = 'things-to-look-for-in-a-partner/';

  it('shows a dark background with light text in dark mode', async () => {
    await withPage(async (page) => {
      await page.goto(suite.site.url('/', topic));
      await page.screenshot({ path: path.join(SCREENSHOTS, 'light.png') });
      const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(luminance(light)).toBeGreaterThan(0.8);
      await page.emulateMedia({ colorScheme: 'dark' });
      // Chromium re-resolves :root's custom properties on emulateMedia but leaves body's computed
      // background stale until the next load; a reader's browser starts the page in its scheme.
      await page.reload();
      const dark = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('.topic-body :is(p, li)') ?? document.body).color,
      }));
      expect(luminance(dark.background)).toBeLessThan(0.2);
      expect(luminance(dark.text)).toBeGreaterThan(0.6);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'dark.png') });
    });
  });

  it('prints the text alone, hiding header, quick exit, notice, footer, contents, previous/next and anchor links', async () => {
    await withPage(async (page) => {
      await page.goto(suite.site.url('/', topic));
      const hidden = ['.site-header', '.quick-exit-bar', '#quick-exit', '.safety-notice', '.site-footer', '.on-this-page', '.prev-next', '.anchor-link'];
      for (const selector of hidden) await expect(page.locator(selector).count(), selector).resolves.toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      for (const selector of hidden) {
        const displays = await page.locator(selector).evaluateAll((elements) =>
          elements.map((element) => {
            // Hidden by an ancestor counts as hidden.
            for (let node: Element | null = element; node; node = node.parentElement) {
              if (getComputedStyle(node).display === 'none') return 'none';
            }
            return getComputedStyle(element).display;
          }),
        );
        expect(new Set(displays), selector).toEqual(new Set(['none']));
      }
      await expect(page.locator('.topic-body :is(p, li)').first().isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'print.png'), fullPage: true });
    });
  });
});

describe.each([true, false])('keyboard, with JavaScript enabled: %s', (javaScriptEnabled) => {
  it('focuses a visible "Skip to content" link on the first Tab, and activating it moves focus to main', async () => {
    await withPage(
      async (page) => {
        await page.goto(suite.site.url('/', 'be-reliable/'));
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        await expect(focused.textContent()).resolves.toBe('Skip to content');
        // Without JavaScript Chromium may paint the :focus transform a frame after Tab; a reader sees the final state.
        await expect.poll(async () => (await focused.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
        const box = await focused.boundingBox();
        if (!box) throw new Error('the skip link has no box');
        expect(box.width).toBeGreaterThan(0);
        expect(box.height).toBeGreaterThan(0);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(1280);
        expect(box.y + box.height).toBeLessThanOrEqual(800);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      },
      { javaScriptEnabled },
    );
  });
});
