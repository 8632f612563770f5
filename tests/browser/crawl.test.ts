// Every built page, opened in a real browser after its scripts ran: it asks nothing of another origin,
// logs no error (CSP refusals included), stores nothing about the reader, and every internal link in
// the live DOM reaches a page and #fragment that exist. tests/build/site.test.ts checks the static HTML;
// this checks what the scripts leave behind.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listPages, useSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

const BASES = ['/', '/guide/'];
/** A page with the header search field, and a word it finds. */
const SEARCH_PAGE = 'be-reliable/';
const SEARCH_QUERY = 'ultimatum';

const suite = useSitesInBrowser(BASES);

/** A page in a fresh context that may reach only `origin`, and every problem it shows. */
interface Crawler {
  page: Page;
  context: BrowserContext;
  /** Outside requests, console errors and CSP refusals, in the order they happened. */
  problems: string[];
}

async function withCrawler(origin: string, run: (crawler: Crawler) => Promise<void>): Promise<void> {
  const context = await newTestContext(suite.browser);
  // Nothing may leave the machine, even if a page tries: the request is still seen and reported below.
  await context.route((url) => url.origin !== origin, (route) => route.abort());
  // Chromium logs most CSP refusals itself; the event catches every one, whatever the message.
  // Added through CDP, so the site's own CSP (no inline scripts) does not stop it.
  await context.addInitScript(() =>
    addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  const page = await context.newPage();
  const crawler: Crawler = { page, context, problems: [] };
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) crawler.problems.push(`requested another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') crawler.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => crawler.problems.push(`uncaught: ${error.message}`));
  try {
    await run(crawler);
  } finally {
    await context.close();
  }
}

/** What the browser keeps about the reader: cookies, as scripts and as the context see them, and web storage. */
async function storedState(crawler: Crawler): Promise<string[]> {
  const inPage = await crawler.page.evaluate(() => ({
    cookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
  }));
  const cookies = await crawler.context.cookies();
  return [
    ...(inPage.cookie === '' ? [] : [`document.cookie is "${inPage.cookie}"`]),
    ...cookies.map((cookie) => `cookie ${cookie.name} for ${cookie.domain}`),
    ...inPage.localStorage.map((key) => `localStorage key "${key}"`),
    ...inPage.sessionStorage.map((key) => `sessionStorage key "${key}"`),
  ];
}

/** Every link in the live DOM, resolved by the browser, and every id, after the page's scripts ran. */
async function linksAndIds(page: Page): Promise<{ links: { href: string; raw: string }[]; ids: string[] }> {
  return page.evaluate(() => ({
    links: [...document.querySelectorAll('a[href]')].map((link) => ({ href: (link as HTMLAnchorElement).href, raw: link.getAttribute('href') ?? '' })),
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
  }));
}

/** Every file the site serves, as a URL path with the base (`/guide/_astro/x.css`). */
function servedFiles(dist: string, base: string): Set<string> {
  return new Set(
    (readdirSync(dist, { recursive: true }) as string[])
      .filter((name) => statSync(path.join(dist, name)).isFile())
      .map((name) => base + name.split(path.sep).join('/')),
  );
}

describe.each(BASES)('every page of the site served at %s, in a browser', (base) => {
  it('requests nothing from another origin, logs no error or CSP refusal, stores nothing, and links only to pages and #fragments that exist', async () => {
    const dist = suite.site.dist(base);
    const pages = listPages(dist);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain(SEARCH_PAGE);
    const origin = new URL(suite.site.url(base)).origin;
    const files = servedFiles(dist, base);
    /** The live ids of each visited page, by URL path: the targets links are checked against. */
    const idsByPath = new Map<string, Set<string>>();
    const linksByPage = new Map<string, { href: string; raw: string }[]>();
    const problems: string[] = [];

    // A fresh context for each page, so whatever one page stores is reported against that page alone.
    for (const relative of pages) {
      const url = suite.site.url(base, relative);
      await withCrawler(origin, async (crawler) => {
        const { page } = crawler;
        const response = await page.goto(url, { waitUntil: 'load' });
        if (response?.status() !== 200) crawler.problems.push(`answered ${response?.status()}`);
        const { links, ids } = await linksAndIds(page);
        idsByPath.set(new URL(url).pathname, new Set(ids));
        linksByPage.set(url, links);
        crawler.problems.push(...(await storedState(crawler)));

        if (relative === SEARCH_PAGE) {
          // Search is the one feature that loads more code and data once used: check again after using it.
          const field = page.locator('.search-header #search-input');
          await field.focus();
          await field.pressSequentially(SEARCH_QUERY);
          await expect.poll(() => page.locator('.search-header .search-summary').textContent()).toBe('1 page');
          crawler.problems.push(...(await storedState(crawler)).map((problem) => `after searching: ${problem}`));
        }
        problems.push(...crawler.problems.map((problem) => `${url}: ${problem}`));
      });
    }

    for (const [pageUrl, links] of linksByPage) {
      for (const { href, raw } of links) {
        const target = new URL(href);
        if (target.origin !== origin) continue;
        const ids = idsByPath.get(target.pathname);
        if (!ids && !files.has(target.pathname)) {
          problems.push(`${pageUrl}: links to ${raw}, which is not a built page or file`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment !== '' && !ids?.has(fragment)) problems.push(`${pageUrl}: links to ${raw}, whose #${fragment} is not an id there`);
      }
    }
    expect(linksByPage.size).toBe(pages.length);
    expect([...linksByPage.values()].flat().length, 'links were found').toBeGreaterThan(pages.length);
    expect(problems).toEqual([]);
  });
});
