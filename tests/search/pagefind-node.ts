// Node-only: runs the built site's own Pagefind bundle (dist/pagefind/pagefind.js) outside a browser.
// Outside a browser Pagefind skips its web worker and loads everything with `fetch` from the folder the
// bundle was imported from (a file: URL here), so a `fetch` that reads files from disk is all it needs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/utils/search-results.ts';

export interface NodePagefind {
  pagefind: PagefindApi;
  /** Every file Pagefind read, as a path under dist/, with its size in bytes. */
  reads: { file: string; bytes: number }[];
  /** Puts the real `fetch` back. */
  restore(): void;
}

/** Imports `dist/pagefind/pagefind.js` with `fetch` reading from `dist`; result URLs start at `base`. */
export async function loadPagefind(dist: string, base = '/'): Promise<NodePagefind> {
  const realFetch = globalThis.fetch;
  const root = path.resolve(dist);
  const reads: NodePagefind['reads'] = [];
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    // Pagefind adds `?ts=…` to its entry file to defeat caches; a file on disk has no query.
    url.search = '';
    const file = fileURLToPath(url);
    if (url.protocol !== 'file:' || !file.startsWith(root + path.sep)) throw new Error(`Pagefind fetched ${url.href}, outside ${root}`);
    const body = await readFile(file);
    reads.push({ file: path.relative(root, file), bytes: body.length });
    return new Response(body);
  };
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
  // The bundle's folder is a file: URL, so the site's URLs must be given: the same `baseUrl` the browser derives.
  await pagefind.options({ baseUrl: base });
  return { pagefind, reads, restore: () => (globalThis.fetch = realFetch) };
}
