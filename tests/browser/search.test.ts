// The search as a reader uses it, in a real browser: the header field, its keyboard, filters, the search
// page, links to a search, what is fetched and when, the Content-Security-Policy, and the base path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';
import { bytesReceived } from './page-weight.ts';

const BASES = ['/', '/guide/'];
/**
 * Exact budget: bytes a cold search downloads, script, WebAssembly, index and pages of results included
 * (issue 6: at most 100 KB; Pagefind's WebAssembly alone is 59,758 bytes).
 */
const searchBudget = 100_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const suite = useSitesInBrowser(BASES);

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions, CSP violations included. */
  errors: string[];
}

/** A fresh context that may reach only the local server, watching requests and errors. */
async function withPage(run: (watched: Watched) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const context = await newTestContext(suite.browser, options);
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  // Chromium logs most CSP refusals itself; the event catches every one, whatever the message.
  await context.addInitScript(() =>
    addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  const page = await context.newPage();
  const watched: Watched = { page, context, requests: [], errors: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  try {
    await run(watched);
  } finally {
    await context.close();
  }
}

/** The header field: a search box until first focused, a combobox from then on. */
const headerField = (page: Page) => page.locator('.search-header #search-input');
const options = (page: Page) => page.locator('.search-header [role="option"]');
const activeOptionId = (page: Page) => headerField(page).getAttribute('aria-activedescendant');

describe.each(BASES)('search on the site served at %s', (base) => {
  it('fetches nothing of the search before the field is focused, then finds "ultimatum" and opens its sentence with the keyboard', async () => {
    await withPage(async ({ page, requests, errors }) => {
      await page.goto(suite.site.url(base, 'be-reliable/'));
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.includes('/pagefind/') || url.includes('search-ui'))).toEqual([]);

      await page.keyboard.press('/');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
      await page.keyboard.type('ultimatum');
      // Typing while the search loads may show results for the first letters; wait for the whole word's.
      await expect.poll(() => page.locator('.search-header .search-summary').textContent()).toBe('1 page');
      const pagefindRequests = requests.filter((url) => url.includes('/pagefind/'));
      expect(pagefindRequests.every((url) => new URL(url).pathname.startsWith(`${base}pagefind/`))).toBe(true);
      // The site's own client reads the index: no script of Pagefind's (pagefind.js, its worker) is fetched.
      expect(pagefindRequests.filter((url) => new URL(url).pathname.endsWith('.js'))).toEqual([]);

      await expect(page.locator('.search-header .search-result-title').textContent()).resolves.toContain('Be patient');
      await expect(options(page).first().locator('mark').first().textContent()).resolves.toBe('ultimatums');

      await page.keyboard.press('ArrowDown');
      await expect(activeOptionId(page)).resolves.toBe(await options(page).first().getAttribute('id'));
      await page.keyboard.press('Enter');
      await page.waitForURL(suite.site.url(base, 'be-patient/#try-to-avoid-ultimatums-or-making'));
      await expect(page.locator('#try-to-avoid-ultimatums-or-making').evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      expect(page.url()).not.toContain('ultimatum?');
      expect(errors).toEqual([]);
    });
  });

  it(`downloads at most ${searchBudget} bytes from focusing the field to the results of a common word`, async () => {
    await withPage(async ({ page }) => {
      await page.goto(suite.site.url(base, 'be-reliable/'));
      await page.waitForLoadState('networkidle');
      const fetched: Request[] = [];
      page.on('requestfinished', (request) => fetched.push(request));
      await headerField(page).focus();
      // 16 pages hold "partner": the popup shows six, each with its sections, so six pages' data is fetched.
      await page.keyboard.type('partner');
      await expect.poll(() => page.locator('.search-header .search-summary').textContent()).toBe('16 pages');
      await expect(page.locator('.search-header .search-result').count()).resolves.toBe(6);
      await page.waitForLoadState('networkidle');
      expect(await bytesReceived(fetched)).toBeLessThanOrEqual(searchBudget);
    });
  });

  it('searches what the reader typed once they pause, not the first letters that loaded the search', async () => {
    await withPage(async ({ page, requests }) => {
      await page.goto(suite.site.url(base, 'be-reliable/'));
      await headerField(page).focus();
      await page.keyboard.type('he is stonewalling me');
      // English stop words drop "he is … me": one page has "stonewalling".
      await expect.poll(() => page.locator('.search-header .search-summary').textContent()).toContain('1 page');
      await page.waitForLoadState('networkidle');
      // "he" alone would have listed six pages and fetched their data.
      expect(requests.filter((url) => url.includes('/pagefind/fragment/'))).toHaveLength(1);
    });
  });

  it('moves through the results with the arrow keys and closes them with Escape', async () => {
    await withPage(async ({ page }) => {
      await page.goto(suite.site.url(base, 'be-reliable/'));
      await headerField(page).fill('space');
      await expect.poll(() => options(page).count()).toBeGreaterThan(2);
      const ids = await options(page).evaluateAll((elements) => elements.map((element) => element.id));
      await headerField(page).press('ArrowDown');
      await headerField(page).press('ArrowDown');
      await expect(activeOptionId(page)).resolves.toBe(ids[1]);
      await headerField(page).press('ArrowUp');
      await expect(activeOptionId(page)).resolves.toBe(ids[0]);
      await headerField(page).press('ArrowUp');
      await expect(activeOptionId(page)).resolves.toBeNull();
      await headerField(page).press('Escape');
      await expect(page.locator('.search-header .search-panel').isHidden()).resolves.toBe(true);
      await expect(headerField(page).getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(headerField(page).inputValue()).resolves.toBe('space');
      await headerField(page).press('Escape');
      await expect(headerField(page).inputValue()).resolves.toBe('');
    });
  });

  it('filters the results by kind, with a count for each, and finds "stonewalling" among the red flags', async () => {
    await withPage(async ({ page }) => {
      await page.goto(suite.site.url(base, 'be-reliable/'));
      await headerField(page).fill('stonewalling');
      await expect.poll(() => options(page).count()).toBeGreaterThan(0);
      await headerField(page).fill('partner');
      await expect.poll(() => page.locator('.search-header .search-filter').count()).toBeGreaterThan(2);
      const filter = page.locator('.search-header .search-filter', { hasText: 'Red flags' });
      const count = Number(await filter.locator('.search-filter-count').textContent());
      expect(count).toBeGreaterThan(0);
      await filter.click();
      await expect.poll(() => filter.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('.search-header .search-result-kind').allTextContents()).toEqual(Array(Math.min(count, 6)).fill('Red flags'));

      await headerField(page).fill('stonewalling');
      await expect.poll(() => page.locator('.search-header .search-result-title').allTextContents()).toEqual([
        'Red flags Finally, beware the signs of a toxic relationship',
      ]);
      await expect(options(page).first().getAttribute('href')).resolves.toBe(`${base}signs-of-a-toxic-relationship/#in-an-argument-they-inflict-damage`);
    });
  });

  it('focuses the field with Ctrl+K and Cmd+K, even from another field, and with / only outside fields', async () => {
    await withPage(async ({ page }) => {
      await page.goto(suite.site.url(base, 'be-reliable/'));
      await page.keyboard.press('Control+k');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
      await page.locator('a.site-title').focus();
      await page.keyboard.press('Meta+k');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
      await page.keyboard.type('a/b');
      await expect(headerField(page).inputValue()).resolves.toBe('a/b');
    });
  });

  it('falls back to fewer words when no page has all of a reader’s words, and says so', async () => {
    await withPage(async ({ page }) => {
      await page.goto(suite.site.url(base, 'be-reliable/'));
      await headerField(page).fill('an ultimatum about limerence');
      await expect
        .poll(() => page.locator('.search-header .search-summary').textContent())
        .toMatch(/^No page has all of your words\. Showing results for “ultimatum” or “limerence”\. \d+ pages$/);
      await expect.poll(() => options(page).count()).toBeGreaterThan(0);
    });
  });

  it('keeps the terms out of the address bar: Enter opens a result, and a page left with Back comes back empty', async () => {
    await withPage(async ({ page }) => {
      const start = suite.site.url(base, 'be-reliable/');
      await page.goto(start);
      await headerField(page).fill('breadcrumbing');
      await expect.poll(() => options(page).count()).toBeGreaterThan(0);
      await headerField(page).press('Enter');
      await page.waitForURL(suite.site.url(base, 'be-prepared-to-leave/#what-we-accept-in-a-relationship'));
      await page.goBack();
      await page.waitForURL(start);
      await expect(headerField(page).inputValue()).resolves.toBe('');
      // The blank page, the topic and the result: typing and searching added no entry of their own.
      await expect(page.evaluate(() => history.length)).resolves.toBe(3);
    });
  });

  it('runs the search on its own page, copies a link to it on request, and that link runs it again', async () => {
    await withPage(async ({ page, context, requests, errors }) => {
      const searchPage = suite.site.url(base, 'search/');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(searchPage).origin });
      await page.goto(searchPage);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.search-header').count()).resolves.toBe(0);
      // The search page too loads the search only for a reader who uses it.
      expect(requests.filter((url) => url.includes('/pagefind/') || url.includes('search-ui'))).toEqual([]);
      const field = page.getByRole('searchbox', { name: 'Search the guide' });
      await field.fill('trauma bonding');
      await expect.poll(() => page.locator('.search-page [role="option"]').count()).toBeGreaterThan(0);
      expect(page.url()).toBe(searchPage);

      await page.getByRole('button', { name: 'Copy link to this search' }).click();
      const link = `${searchPage}#q=trauma%20bonding`;
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      expect(page.url()).toBe(searchPage);

      await page.goto(suite.site.url(base, 'be-reliable/'));
      await page.goto(link);
      await expect.poll(() => page.locator('#search-input').inputValue()).toBe('trauma bonding');
      await expect.poll(() => page.locator('.search-page .search-result-title').first().textContent()).toContain('Signs of trauma bonding');
      // Opened on purpose; from then on the terms are not in the address bar.
      expect(page.url()).toBe(searchPage);
      expect(errors).toEqual([]);
    });
  });

  it('without JavaScript, the header field opens the search page without the terms, which lists every topic', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto(suite.site.url(base, 'be-reliable/'));
        await page.getByRole('searchbox', { name: 'Search the guide' }).fill('ultimatum');
        await page.getByRole('searchbox', { name: 'Search the guide' }).press('Enter');
        await page.waitForURL((url) => url.pathname === `${base}search/`);
        expect(page.url()).not.toContain('ultimatum');
        await expect(page.locator('main').textContent()).resolves.toContain('Search needs JavaScript');
        await expect(page.locator('main .topic-list li').count()).resolves.toBeGreaterThan(15);
      },
      { javaScriptEnabled: false },
    );
  });
});

/** axe-core's WCAG 2.2 AA rules on the page as it is; evaluated, because the CSP refuses inline scripts. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
}

describe('search accessibility', () => {
  it.each(['light', 'dark'] as const)('passes axe with the results open, in the header and on the search page (%s)', async (colorScheme) => {
    await withPage(
      async ({ page }) => {
        await page.goto(suite.site.url('/', 'be-reliable/'));
        await headerField(page).fill('space');
        await expect.poll(() => options(page).count()).toBeGreaterThan(2);
        await headerField(page).press('ArrowDown');
        await expect(axeViolations(page)).resolves.toEqual([]);

        await page.goto(`${suite.site.url('/', 'search/')}#q=space`);
        await expect.poll(() => page.locator('.search-page [role="option"]').count()).toBeGreaterThan(2);
        await page.locator('.search-page .search-filter').nth(1).click();
        await expect(axeViolations(page)).resolves.toEqual([]);
      },
      { colorScheme },
    );
  });
});

describe('search weight and security', () => {
  it('fetches less than 200 kB from focusing the field to the first results, under the site’s CSP, without errors', async () => {
    await withPage(async ({ page, errors }) => {
      await page.goto(suite.site.url('/', 'be-reliable/'));
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);

      const responses: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        responses.push({ url: new URL(response.url()).pathname, bytes: body.length });
      });
      await headerField(page).focus();
      await page.keyboard.type('ultimatum');
      await expect.poll(() => options(page).count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      const total = responses.reduce((sum, response) => sum + response.bytes, 0);
      console.log(`search: ${total} bytes from focus to first results:\n${responses.map((response) => `  ${response.bytes}\t${response.url}`).join('\n')}`);
      expect(total).toBeLessThan(200_000);
      expect(errors).toEqual([]);
    });
  });
});
