// Node-only: opens a built site's search index with the site's own client (src/utils/pagefind-client.ts),
// reading the bundle's files from disk instead of over HTTP.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileFetch } from '../../scripts/lib/file-fetch.ts';
import { openPagefind } from '../../src/utils/pagefind-client.ts';
import type { PagefindApi } from '../../src/utils/search-results.ts';

/** The file: URL of the search bundle in `dist`, ending in a slash. */
export const bundleUrlOf = (dist: string) => pathToFileURL(path.join(path.resolve(dist), 'pagefind') + path.sep).href;

/** Opens the index of the site built in `dist`; result URLs start at `base`. */
export function openSiteSearch(dist: string, base = '/', language = 'en'): Promise<PagefindApi> {
  return openPagefind({ bundleUrl: bundleUrlOf(dist), baseUrl: base, language, fetch: fileFetch(dist) });
}
