// Page weight in a real browser: what a first visit to a page downloads (the page, its CSS, its JS and
// anything else it asks for), by type, raw and as sent. Used by the budget test and by `npm run bench`.
import type { Browser, Request } from 'playwright-core';
import { newTestContext } from './chromium.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export const resourceKinds = ['html', 'css', 'js', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export interface PageWeight extends Record<ResourceKind | 'total', Bytes> {
  /** The page as a reader requests it: `''` for home, `be-reliable/`, `404.html`. */
  page: string;
}

const kindsByResourceType: Record<string, ResourceKind | undefined> = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * What a request's response cost the reader: its body as it travelled. The server must compress as hosts do
 * (static-server.ts gzips text) for this to be a host's figure.
 */
export async function bytesReceived(requests: readonly Request[]): Promise<number> {
  const sizes = await Promise.all(requests.map(async (request) => (await request.sizes()).responseBodySize));
  return sizes.reduce((total, size) => total + size, 0);
}

/** Topic, hub and MDX pages: not the home page, the 404, or the search, terms and source pages. */
export const isContentPage = (page: string) => /^[^/]+\/$/.test(page) && !/^(search|terms|source)\/$/.test(page);

/** Opens each of `pages` under `siteUrl` in a fresh context and adds up what it downloads until the network is idle (`gzip`: `bytesReceived`). */
export async function measurePageWeights(browser: Browser, siteUrl: string, pages: readonly string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const context = await newTestContext(browser);
    try {
      const tab = await context.newPage();
      const finished: Request[] = [];
      tab.on('requestfinished', (request) => finished.push(request));
      await tab.goto(new URL(page, siteUrl).href, { waitUntil: 'networkidle' });
      const weight: PageWeight = { page, html: zero(), css: zero(), js: zero(), other: zero(), total: zero() };
      for (const request of finished) {
        const gzip = await bytesReceived([request]);
        const raw = (await (await request.response())?.body())?.length ?? 0;
        for (const bytes of [weight[kindsByResourceType[request.resourceType()] ?? 'other'], weight.total]) {
          bytes.raw += raw;
          bytes.gzip += gzip;
        }
      }
      weights.push(weight);
    } finally {
      await context.close();
    }
  }
  return weights;
}

function zero(): Bytes {
  return { raw: 0, gzip: 0 };
}
