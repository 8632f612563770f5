// Search cost in a real browser: what a reader downloads between focusing the search field and
// seeing the first results, and how long that takes, from a cold cache each time.
import type { Request } from 'playwright-core';
import { launchChromium, newTestContext } from '../tests/browser/chromium.ts';
import { bytesReceived } from '../tests/browser/page-weight.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { median } from './stats.ts';

/** The field readers type into and the list its results appear in. */
const field = '#search-input';
const firstResult = '#search-results a[href]';
const resultTitle = '#search-results .search-result-title';
/**
 * Typed as a reader would type them: a rare word of the article (one page), a common one (16 pages, six
 * shown, each with its sections, so six pages' data), and a question in a reader's own words.
 */
export const benchQueries = ['ultimatum', 'partner', 'he gives me the silent treatment'] as const;

export interface QueryCost {
  query: string;
  /** Pages listed in the first results. */
  pagesShown: number;
  /** The most any run fetched, from focusing the field until the network was idle after the first results. */
  bytesToFirstResults: number;
  /** What the search fetched, file by file, in the run that fetched the most. */
  files: { path: string; bytes: number }[];
  medianMilliseconds: number;
}

export interface SearchCost {
  /** Everything a first visit of the page downloads, as a host that gzips text would send it. */
  pageBytes: number;
  /** Search bytes (the search script, WebAssembly, index) fetched before the field is focused: should be 0. */
  searchBytesBeforeFocus: number;
  queries: QueryCost[];
  runs: number;
}

/** Opens a content page `runs` times per query in fresh contexts, searches once each, and measures. */
export async function measureSearch(dist: string, runs: number): Promise<SearchCost> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  let pageBytes = 0;
  let searchBytesBeforeFocus = 0;
  const queries: QueryCost[] = [];
  try {
    for (const query of benchQueries) {
      const samples: { after: number; files: QueryCost['files']; milliseconds: number; pages: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await newTestContext(browser);
        const page = await context.newPage();
        const requested: Request[] = [];
        page.on('requestfinished', (request) => requested.push(request));
        await page.goto(new URL('be-reliable/', server.url).href, { waitUntil: 'networkidle' });
        const before = requested.splice(0);
        pageBytes = await bytesReceived(before);
        const searchFiles = before.filter((request) => /\/pagefind\/|search-ui/.test(request.url()));
        searchBytesBeforeFocus = Math.max(searchBytesBeforeFocus, await bytesReceived(searchFiles));
        await page.focus(field);
        const started = performance.now();
        await page.keyboard.type(query);
        await page.waitForSelector(firstResult);
        const milliseconds = performance.now() - started;
        await page.waitForLoadState('networkidle');
        const files = await Promise.all(requested.map(async (request) => ({ path: new URL(request.url()).pathname, bytes: await bytesReceived([request]) })));
        samples.push({
          after: files.reduce((total, file) => total + file.bytes, 0),
          files,
          milliseconds,
          pages: await page.locator(resultTitle).count(),
        });
        await context.close();
      }
      const most = samples.reduce((a, b) => (b.after > a.after ? b : a));
      queries.push({
        query,
        pagesShown: most.pages,
        bytesToFirstResults: most.after,
        files: most.files,
        medianMilliseconds: median(samples.map((sample) => sample.milliseconds)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { pageBytes, searchBytesBeforeFocus, queries, runs };
}
