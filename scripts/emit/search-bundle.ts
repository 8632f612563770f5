// The site's search client (src/utils/pagefind-client.ts) run in Node, on a search bundle on disk: the
// build checks each index it writes with it, and the search tests query the built site through it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPagefind, type PagefindClientOptions } from '../../src/utils/pagefind-client.ts';
import type { PagefindApi } from '../../src/utils/search-results.ts';

/** Answers file: URLs under `root` with the file's bytes; a URL outside it is refused. */
export function fileFetch(root: string): (url: string) => Promise<Response> {
  const folder = path.resolve(root);
  return async (url) => {
    const file = fileURLToPath(url);
    if (!file.startsWith(folder + path.sep)) throw new Error(`Search fetched ${url}, outside ${folder}`);
    return new Response(await readFile(file));
  };
}

/**
 * Opens the bundle in the folder `bundleDir` (a site's `pagefind/`) as a page of the site would. Result URLs
 * start at `baseUrl` (default `/`); `fetch` defaults to reading the folder's files.
 */
export function openSearchBundle(bundleDir: string, options: Partial<Omit<PagefindClientOptions, 'bundleUrl'>> = {}): Promise<PagefindApi> {
  return openPagefind({
    bundleUrl: pathToFileURL(path.resolve(bundleDir) + path.sep).href,
    baseUrl: options.baseUrl ?? '/',
    language: options.language ?? 'en',
    fetch: options.fetch ?? fileFetch(bundleDir),
  });
}
