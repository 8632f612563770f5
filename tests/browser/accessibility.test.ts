// axe-core's WCAG 2.2 AA rules on every kind of page, light and dark, and the WCAG 1.4.12 text-spacing check.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './axe.ts';
import { longestPage, useSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
  'p { margin-bottom: 2em !important; }';

const PAGES: Record<string, string> = {
  home: '',
  topic: 'things-to-look-for-in-a-partner/',
  hub: 'strategies/',
  'terms index': 'terms/',
  'browsing safely': 'browsing-safely/',
  source: 'source/',
  '404 page': 'no-such-page/',
};

const suite = useSitesInBrowser(['/']);

async function withPage(run: (page: Page) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const context = await newTestContext(suite.browser, options);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Applies the text-spacing overrides as readers do, with a user stylesheet or an extension. A constructed
 * stylesheet stands in for one: the page's CSP (style-src without 'unsafe-inline') would refuse a <style>.
 */
async function addTextSpacing(page: Page): Promise<void> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING_CSS);
  // This Chromium reports some inherited properties (letter-spacing) stale until the next frames are drawn.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it.each(Object.entries(PAGES))('finds no WCAG 2.2 AA violations on the %s', async (name, path) => {
    await withPage(
      async (page) => {
        const response = await page.goto(suite.site.url('/', path));
        // Every page but the 404 page must exist: a missing one would be checked as the 404 page instead.
        expect(response?.status(), `/${path}`).toBe(name === '404 page' ? 404 : 200);
        const violations = await runAxe(page);
        expect(violations, `axe found on /${path} (${colorScheme}):\n${describeViolations(violations)}`).toEqual([]);
      },
      { colorScheme },
    );
  });
});

it('reports a violation when a page has one, so an empty result means the page passed', async () => {
  await withPage(async (page) => {
    await page.goto(suite.site.url('/', 'strategies/'));
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
    const violations = await runAxe(page);
    expect(violations.map(({ id }) => id)).toContain('image-alt');
  });
});

describe('with the WCAG 1.4.12 text spacing', () => {
  it.each(Object.entries(PAGES).filter(([name]) => name !== 'terms index'))(
    'clips no text and scrolls no page sideways at 360 px on the %s',
    async (_name, path) => {
      await withPage(
        async (page) => {
          await page.goto(suite.site.url('/', path));
          await addTextSpacing(page);
          const applied = await page.evaluate(() => getComputedStyle(document.body).letterSpacing);
          expect(applied, 'the text-spacing stylesheet did not apply').not.toBe('normal');
          const clipped = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('body *')]
              .filter((element) => {
                const style = getComputedStyle(element);
                const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
                // The visually-hidden live regions are 1 px on purpose: they are read, not seen.
                if (!hides || element.classList.contains('visually-hidden')) return false;
                return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
              })
              .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`),
          );
          expect(clipped, `clipped text on /${path}`).toEqual([]);
          const width = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
          expect(width.scrollWidth, `horizontal scroll on /${path}`).toBeLessThanOrEqual(width.innerWidth);
        },
        { viewport: { width: 360, height: 640 } },
      );
    },
  );

  it('scrolls no page sideways at 360 px on the longest page either', async () => {
    await withPage(
      async (page) => {
        const path = longestPage(suite.site.dist('/'));
        await page.goto(suite.site.url('/', path));
        await addTextSpacing(page);
        const width = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
        expect(width.scrollWidth, `horizontal scroll on /${path}`).toBeLessThanOrEqual(width.innerWidth);
      },
      { viewport: { width: 360, height: 640 } },
    );
  });
});
