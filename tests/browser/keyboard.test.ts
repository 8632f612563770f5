// Keyboard-only use: every control is reached by Tab, in a sensible order, and shows where focus is.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

const suite = useSitesInBrowser(['/']);

/** What a keyboard user sees of the focused element. */
interface FocusStop {
  label: string;
  /** Its box after the browser scrolled it into view: zero when it is hidden. */
  width: number;
  height: number;
  inViewport: boolean;
  /** An outline or a shadow: something that shows where focus is. */
  indicated: boolean;
}

async function focusStop(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return undefined;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const indicated = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? (element as HTMLInputElement).placeholder ?? '').trim().slice(0, 40)}"`;
    return { label, width: box.width, height: box.height, inViewport: box.bottom > 0 && box.top < innerHeight, indicated };
  });
}

/** Every element a keyboard should reach: links, buttons and fields that are displayed. */
async function focusableCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), [tabindex]:not([tabindex="-1"])')].filter(
        (element) => element.getClientRects().length > 0 || element.matches('.skip-link, .anchor-link'),
      ).length,
  );
}

describe.each([
  ['home', ''],
  ['a topic with lists', 'signs-of-trauma-bonding/'],
  ['the search page', 'search/'],
])('Tab through %s', (_name, path) => {
  it('reaches every control, each visible and marked while focused, the skip link first', async () => {
    const context = await newTestContext(suite.browser);
    try {
      const page = await context.newPage();
      await page.goto(suite.site.url('/', path));
      const expected = await focusableCount(page);
      const stops: FocusStop[] = [];
      for (let press = 0; press < expected + 5; press++) {
        await page.keyboard.press('Tab');
        // A control that appears on focus may slide in: give it a moment before judging it hidden.
        await page
          .waitForFunction(() => {
            const box = document.activeElement?.getBoundingClientRect();
            return box !== undefined && box.width > 0 && box.top >= 0 && box.bottom <= innerHeight;
          }, undefined, { timeout: 1000 })
          .catch(() => undefined);
        const stop = await focusStop(page);
        if (!stop) break;
        stops.push(stop);
        if (stops.length >= expected) break;
      }
      expect(stops[0]?.label).toContain('Skip to content');
      expect(stops.length, stops.map((stop) => stop.label).join('\n')).toBeGreaterThanOrEqual(expected);
      const hidden = stops.filter((stop) => stop.width === 0 || stop.height === 0 || !stop.inViewport).map((stop) => stop.label);
      expect(hidden, 'focused but not visible').toEqual([]);
      const unmarked = stops.filter((stop) => !stop.indicated).map((stop) => stop.label);
      expect(unmarked, 'focused without a focus indicator').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
