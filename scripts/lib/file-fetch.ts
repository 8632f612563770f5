// A `fetch` over files on disk, for running the site's browser-side search client in Node.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Answers file: URLs under `root` with the file's bytes; a URL outside it is refused. */
export function fileFetch(root: string): (url: string) => Promise<Response> {
  const folder = path.resolve(root);
  return async (url) => {
    const file = fileURLToPath(url);
    if (!file.startsWith(folder + path.sep)) throw new Error(`Search fetched ${url}, outside ${folder}`);
    return new Response(await readFile(file));
  };
}
