// Node-only edge module: the one place that talks to Pagefind. Every call's `errors` is checked,
// the service is always closed, and the time it took is reported.
import path from 'node:path';
import { readdirSync, rmSync } from 'node:fs';
import * as pagefind from 'pagefind';

const unusedBundle = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

export interface SearchIndexReport {
  pages: number;
  seconds: number;
}

/** Indexes the built site in `siteDir` and writes the search bundle to `siteDir/pagefind/`. */
export async function indexSearch(siteDir: string, language: string): Promise<SearchIndexReport> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split('-')[0]! });
    if (!index) throw pagefindError('could not create the search index', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw pagefindError('could not index the built pages', added.errors);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw pagefindError('could not write the search index', written.errors);
    // Pagefind always writes its own UIs and a web worker; the site uses its JS API without a worker
    // (src/scripts/search-ui.ts), so these ~450 KB would only be dead files on the host.
    for (const name of readdirSync(outputPath)) if (unusedBundle.test(name)) rmSync(path.join(outputPath, name));
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

function pagefindError(message: string, errors: readonly string[]): Error {
  return new Error(`Pagefind ${message}: ${errors.join('; ') || 'no reason given'}`, { cause: errors });
}
