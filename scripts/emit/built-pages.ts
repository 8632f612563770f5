// Node-only edge module: the HTML files of a built site, as the steps after Astro (cards, search) read them.
import { opendirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every `.html` file under `siteDir`, as paths relative to it, in a stable order. */
export function builtHtmlFiles(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort();
}

/**
 * Every `.html` file under `siteDir`, as paths relative to it, in the order Pagefind's `addDirectory` walks a
 * folder: depth first, each folder's entries as the file system lists them (unsorted, which `readdirSync` is not).
 * A page's number in the search index is its place in this order, so pages given in it make the same bundle.
 */
export function htmlFilesInWalkOrder(siteDir: string, folder = ''): string[] {
  const files: string[] = [];
  const entries = opendirSync(path.join(siteDir, folder));
  try {
    for (let entry = entries.readSync(); entry !== null; entry = entries.readSync()) {
      const name = path.join(folder, entry.name);
      if (entry.isDirectory()) files.push(...htmlFilesInWalkOrder(siteDir, name));
      else if (entry.name.endsWith('.html')) files.push(name);
    }
  } finally {
    entries.closeSync();
  }
  return files;
}
