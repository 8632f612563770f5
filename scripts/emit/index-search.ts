// Node-only edge module: the one place that runs Pagefind's indexer. Every call's `errors` is checked, the
// service is always closed (by `indexSearch`, or by the build that started it ahead), and the time it took is
// reported. The index it writes is then opened with the site's own search client, so a bundle the site could
// not read fails the build, not the reader.
import path from 'node:path';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { withIndexableApostrophes } from '../../src/utils/index-apostrophes.ts';
import { pagefindVersion, stopWordsFile } from '../../src/utils/pagefind-client.ts';
import { builtHtmlFiles } from './built-pages.ts';
import { openSearchBundle } from './search-bundle.ts';
import { stopWordsFor } from './stop-words.ts';

/**
 * Words per index chunk, counted as Pagefind counts them (one per occurrence and page). A query fetches
 * only the chunks holding its words; at Pagefind's default (20,000) the bundled article's whole index is
 * one 29 kB file, fetched for any query. At 2,000 it is ten files of about 3 kB, and a query from
 * tests/search/queries.ts fetches 3.8 kB of them (median; 10.8 kB at most).
 */
const indexChunkSize = 2000;
/** Pagefind 1.6 takes the chunk size only from its environment, under this name. */
const chunkSizeVariable = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's own scripts and UIs: the site reads the index with src/utils/pagefind-client.ts instead. */
const unusedBundle = /^pagefind(-(ui|component-ui|modular-ui|highlight|worker))?\.(js|css)$/;

export interface SearchIndexReport {
  pages: number;
  seconds: number;
}

/** Pagefind's indexer, started before the site is built: `index` indexes it once built; `close` always, built or not. */
export interface SearchIndexer {
  /** Indexes the built site in `siteDir` and writes the search bundle to `siteDir/pagefind/`. */
  index(siteDir: string): Promise<SearchIndexReport>;
  close(): Promise<void>;
}

/**
 * Starts Pagefind's indexer (its child process and an empty index) for a site in `language`, so that the
 * build can start it while Astro builds and the search step does not wait for it.
 */
export function startSearchIndex(language: string): SearchIndexer {
  const created = createSearchIndex(language);
  // A failure to start is reported by `index`, once the build gets there; until then it is not unhandled.
  created.catch(() => undefined);
  return {
    async index(siteDir) {
      const started = performance.now();
      const index = await created;
      const outputPath = path.join(siteDir, 'pagefind');
      const pages = await writeIndex(index, siteDir, outputPath);
      // About 500 KB that no page loads would only be dead files on the host.
      for (const name of readdirSync(outputPath)) if (unusedBundle.test(name)) rmSync(path.join(outputPath, name));
      // The query side's stop words, of this language only, loaded with the rest of the search.
      writeFileSync(path.join(outputPath, stopWordsFile), JSON.stringify(stopWordsFor(language)));
      await checkReadable(outputPath, language);
      return { pages, seconds: (performance.now() - started) / 1000 };
    },
    async close() {
      await pagefind.close();
    },
  };
}

/** Indexes the built site in `siteDir` and writes the search bundle to `siteDir/pagefind/`. */
export async function indexSearch(siteDir: string, language: string): Promise<SearchIndexReport> {
  const indexer = startSearchIndex(language);
  try {
    return await indexer.index(siteDir);
  } finally {
    await indexer.close();
  }
}

/**
 * Loads what Node loads only at its first use, and the search check is the first to use: fetch's `Response`
 * (undici), web streams and `DecompressionStream`, with which the site's client reads the bundle. That is
 * 60–180 ms on 2 cores; the build runs this while Astro's thread builds and this one would wait idle, so that
 * `checkReadable`, after Astro, does not pay it. Nothing of the bundle is read: the check itself is unchanged.
 */
export async function loadSearchCheck(): Promise<void> {
  const gzipped = new Uint8Array(gzipSync(new Uint8Array(0)));
  await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/**
 * The link controls beside headings and list items (render-topic.ts `anchorLink`, and the template of the
 * one the script adds after a paragraph). Pagefind leaves their words out of the index (`data-pagefind-ignore`)
 * but not out of the text it records for each anchor, which a result shows as its heading: "Watering#Link to: Watering".
 */
const linkControl = /<a class="anchor-link[ "][^>]*>[\s\S]*?<\/a>/g;

/**
 * A built page as Pagefind is given it: without its link controls, and with a stand-in for each typographic
 * apostrophe inside a word (`withIndexableApostrophes`), so that the words after one are found.
 */
export function indexablePage(html: string): string {
  return withIndexableApostrophes(html.replace(linkControl, ''));
}

/**
 * Gives Pagefind every page of the site, each as `indexablePage` makes it, and has it write the bundle to
 * `outputPath`. The number of pages indexed.
 *
 * The pages are written to a new folder that mirrors the site's (so each page keeps its address) for
 * `addDirectory`, which reads and parses a folder's files on all cores. Pages sent from memory (`addHTMLFile`)
 * are parsed one after another, as Pagefind's service handles one message at a time: at ×50 (792 pages) 1.8 s
 * instead of 0.64 s; sent all at once, the step of a ×50 rebuild took 1.25× as long, though no folder was written.
 * Pagefind is told to read the folder and to write the bundle at once, since it answers its messages in turn:
 * it then writes as soon as it has read, without waiting for this thread, which lays out cards meanwhile.
 */
async function writeIndex(index: pagefind.PagefindIndex, siteDir: string, outputPath: string): Promise<number> {
  const pagesDir = mkdtempSync(path.join(tmpdir(), 'unfold-search-pages-'));
  let added: Awaited<ReturnType<pagefind.PagefindIndex['addDirectory']>>;
  let writing: ReturnType<pagefind.PagefindIndex['writeFiles']>;
  try {
    for (const page of builtHtmlFiles(siteDir)) {
      const file = path.join(pagesDir, page);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, indexablePage(readFileSync(path.join(siteDir, page), 'utf8')));
    }
    const adding = index.addDirectory({ path: pagesDir });
    writing = index.writeFiles({ outputPath });
    // Awaited below unless the pages failed, which is then the error to report.
    writing.catch(() => undefined);
    added = await adding;
  } finally {
    // Pagefind has read the pages: their folder goes while it writes the bundle.
    rmSync(pagesDir, { recursive: true, force: true });
  }
  if (added.errors.length > 0) throw pagefindError('could not index the built pages', added.errors);
  const written = await writing;
  if (written.errors.length > 0) throw pagefindError('could not write the search index', written.errors);
  return added.page_count;
}

/** Starts Pagefind's indexer with the site's settings. Close it with `pagefind.close()`. */
export async function createSearchIndex(language: string): Promise<pagefind.PagefindIndex> {
  // The indexer is a child process that inherits this environment when it starts, within `createIndex`'s
  // call: the variable is set for that call only, not for whatever else starts while the index is created.
  const previous = process.env[chunkSizeVariable];
  process.env[chunkSizeVariable] = String(indexChunkSize);
  let created: ReturnType<typeof pagefind.createIndex>;
  try {
    created = pagefind.createIndex({ forceLanguage: language.split('-')[0]! });
  } finally {
    if (previous === undefined) delete process.env[chunkSizeVariable];
    else process.env[chunkSizeVariable] = previous;
  }
  const { index, errors } = await created;
  if (!index) throw pagefindError('could not create the search index', errors);
  return index;
}

/** Opens the bundle in `outputPath` as the site will, and lists its filters: this loads every part but the pages. */
async function checkReadable(outputPath: string, language: string): Promise<void> {
  try {
    const search = await openSearchBundle(outputPath, { language });
    if (search.stopWords.size !== stopWordsFor(language).length) throw new Error(`its stop words (${stopWordsFile}) did not load`);
    await search.filters();
    await search.search('a');
  } catch (error) {
    throw new Error(
      `The site's search cannot read the index Pagefind wrote: ${error instanceof Error ? error.message : String(error)}. ` +
        `src/utils/pagefind-client.ts reads Pagefind ${pagefindVersion} bundles; install that version (npm ci), or update the client with Pagefind.`,
      { cause: error },
    );
  }
}

function pagefindError(message: string, errors: readonly string[]): Error {
  return new Error(`Pagefind ${message}: ${errors.join('; ') || 'no reason given'}`, { cause: errors });
}
