// Search cost in a real browser: what a reader downloads between focusing the search field and
// seeing the first results, and how long that takes, from a cold cache each time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, newTestContext } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/static-server.ts';

/** The field readers type into and the list its results appear in. */
const field = '#search-input';
const firstResult = '#search-results a[href]';
const query = 'ultimatum';
/** Text a static host compresses on the way; Pagefind's own index and WebAssembly files are gzipped already. */
const compressedByHosts = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

export interface SearchCost {
  query: string;
  /** Everything a first visit of the page downloads, as a host that gzips text would send it. */
  pageBytes: number;
  /** Search bytes (Pagefind's script, WebAssembly, index) fetched before the field is focused: should be 0. */
  searchBytesBeforeFocus: number;
  bytesToFirstResults: number;
  /** What the search fetched, file by file, in the run that fetched the most. */
  files: { path: string; bytes: number }[];
  medianMilliseconds: number;
  runs: number;
}

/** Opens a content page `runs` times in fresh contexts, searches once each, and measures. */
export async function measureSearch(dist: string, runs: number): Promise<SearchCost> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const wireBytes = (url: string) => {
    const file = path.join(dist, decodeURIComponent(new URL(url).pathname).replace(/\/$/, '/index.html'));
    const body = readFileSync(file);
    return compressedByHosts.test(file) ? gzipSync(body).length : body.length;
  };
  const samples: { before: number; searchBefore: number; after: number; files: { path: string; bytes: number }[]; milliseconds: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await newTestContext(browser);
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('requestfinished', (request) => requested.push(request.url()));
      await page.goto(new URL('be-reliable/', server.url).href, { waitUntil: 'networkidle' });
      const loaded = requested.length;
      await page.focus(field);
      const started = performance.now();
      await page.keyboard.type(query);
      await page.waitForSelector(firstResult);
      const milliseconds = performance.now() - started;
      await page.waitForLoadState('networkidle');
      const sum = (urls: string[]) => urls.reduce((total, url) => total + wireBytes(url), 0);
      samples.push({
        before: sum(requested.slice(0, loaded)),
        searchBefore: sum(requested.slice(0, loaded).filter((url) => url.includes('/pagefind/'))),
        after: sum(requested.slice(loaded)),
        files: requested.slice(loaded).map((url) => ({ path: new URL(url).pathname, bytes: wireBytes(url) })),
        milliseconds,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = samples.map((sample) => sample.milliseconds).sort((a, b) => a - b);
  return {
    query,
    pageBytes: samples[0]!.before,
    searchBytesBeforeFocus: Math.max(...samples.map((sample) => sample.searchBefore)),
    bytesToFirstResults: Math.max(...samples.map((sample) => sample.after)),
    files: samples.reduce((most, sample) => (sample.after > most.after ? sample : most)).files,
    medianMilliseconds: sorted[Math.floor((sorted.length - 1) / 2)]!,
    runs,
  };
}
