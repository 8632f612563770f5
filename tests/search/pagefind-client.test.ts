// The site's search client (src/utils/pagefind-client.ts) against Pagefind's own `pagefind.js`: on the same
// bundle of the built bundled article, both must find the same pages with the same scores and the same page
// data, for every query of queries.ts and the awkward ones below. Then what the client fetches, and how it fails.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFetch, openSearchBundle } from '../../scripts/emit/search-bundle.ts';
import { createSearchIndex } from '../../scripts/emit/index-search.ts';
import { stopWordsFor } from '../../scripts/emit/stop-words.ts';
import { openPagefind, pagefindVersion } from '../../src/utils/pagefind-client.ts';
import type { PagefindApi, PagefindResult } from '../../src/utils/search-results.ts';
import { makeProjectCopy, runBuild } from '../build/project.ts';
import { queries } from './queries.ts';

/** Punctuation, quotes, capitals, diacritics, spacing, a prefix, nothing at all. */
const awkwardQueries = ['don’t push', "don't push", '"trauma bonding"', 'self-esteem', 'TRUST', 'café', '  space    and   time ', 'ult', '!!!', ''];

/** What `pagefind.js` exports, in the part compared here. */
interface PagefindScript extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
}

let dist: string;
/** A copy of the site's bundle that keeps Pagefind's own `pagefind.js`, which the build deletes. */
let reference: string;
let script: PagefindScript;
let client: PagefindApi;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const root = makeProjectCopy();
  const run = runBuild(root);
  expect(run.status, run.stderr).toBe(0);
  dist = path.join(root, 'dist');

  reference = mkdtempSync(path.join(tmpdir(), 'unfold-pagefind-'));
  try {
    const index = await createSearchIndex('en');
    await index.addDirectory({ path: dist });
    await index.writeFiles({ outputPath: path.join(reference, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  // Outside a browser `pagefind.js` loads its bundle with the global `fetch`, from the folder it was imported from.
  const readReference = fileFetch(reference);
  globalThis.fetch = async (input: string | URL | Request) => readReference(input instanceof Request ? input.url : String(input));
  script = (await import(/* @vite-ignore */ pathToFileURL(path.join(reference, 'pagefind', 'pagefind.js')).href)) as PagefindScript;
  await script.options({ baseUrl: '/' });
  client = await openSearchBundle(path.join(reference, 'pagefind'));
}, 180_000);

afterAll(() => {
  globalThis.fetch = realFetch;
});

/** The parts of a page's data that the site reads. */
async function pageData(result: PagefindResult) {
  const data = await result.data();
  return {
    url: data.url,
    content: data.content,
    anchors: data.anchors,
    meta: data.meta,
    filters: data.filters,
    matches: data.weighted_locations.map(({ location, balanced_score }) => ({ location, balanced_score })),
  };
}

async function answers(api: PagefindApi, query: string | null, filters?: Record<string, string>) {
  const results = (await api.search(query, filters ? { filters } : {}))?.results ?? [];
  return {
    pages: results.map((result) => [result.id, result.score]),
    data: await Promise.all(results.slice(0, 3).map(pageData)),
  };
}

describe('the search client answers as Pagefind’s own script does', () => {
  const searched = [...new Set([...queries.map((query) => query.query), ...awkwardQueries])];

  it.each(searched)('for %j', async (query) => {
    const expected = await answers(script, query);
    expect(await answers(client, query)).toEqual(expected);
  });

  it('on the words of queries one at a time, as the fallback searches them', async () => {
    const words = [...new Set(queries.flatMap((query) => query.query.toLowerCase().split(/\s+/)))];
    for (const word of words) expect((await answers(client, word)).pages, word).toEqual((await answers(script, word)).pages);
  });

  it('for the filters, and for filter-only searches of each kind', async () => {
    const filters = await client.filters();
    expect(filters).toEqual(await script.filters());
    const kinds = Object.keys(filters['kind'] ?? {});
    expect(kinds.length).toBeGreaterThan(3);
    for (const kind of kinds) expect(await answers(client, null, { kind })).toEqual(await answers(script, null, { kind }));
  });

  it('with result URLs under the site’s base', async () => {
    const underBase = await openSearchBundle(path.join(reference, 'pagefind'), { baseUrl: '/guide/' });
    const [first] = (await underBase.search('ultimatum'))?.results ?? [];
    expect((await first!.data()).url).toBe('/guide/be-patient/');
  });
});

describe('what the client fetches from the built site', () => {
  /** Opens the built site's index, recording each file fetched under dist/pagefind/. */
  async function recorded() {
    const bundle = path.join(dist, 'pagefind');
    const read = fileFetch(bundle);
    const fetched: string[] = [];
    const api = await openSearchBundle(bundle, {
      fetch: (url) => {
        fetched.push(path.relative(bundle, new URL(url).pathname));
        return read(url);
      },
    });
    return { api, fetched };
  }

  it('fetches one small chunk of the index for a one-word query, and the fragment of a page only when asked', async () => {
    const { api, fetched } = await recorded();
    expect(fetched).toEqual(['stop-words.json', 'pagefind-entry.json', expect.stringMatching(/^pagefind\.en_\w+\.pf_meta$/), 'wasm.en.pagefind']);
    expect(api.stopWords).toEqual(new Set(stopWordsFor('en')));
    const { results } = (await api.search('ultimatum'))!;
    const chunks = fetched.filter((file) => file.startsWith('index/'));
    expect(chunks).toHaveLength(1);
    const indexBytes = (files: string[]) => files.reduce((total, file) => total + readFileSync(path.join(dist, 'pagefind', file)).length, 0);
    const allChunks = readdirSync(path.join(dist, 'pagefind', 'index')).map((file) => `index/${file}`);
    // Pagefind's default writes this article's index as one chunk; the site splits it (scripts/emit/index-search.ts).
    expect(allChunks.length).toBeGreaterThanOrEqual(5);
    expect(indexBytes(chunks)).toBeLessThan(indexBytes(allChunks) / 4);
    expect(fetched.some((file) => file.startsWith('fragment/'))).toBe(false);
    await results[0]!.data();
    expect(fetched.filter((file) => file.startsWith('fragment/'))).toHaveLength(1);
  });

  it('fetches each chunk and fragment once', async () => {
    const { api, fetched } = await recorded();
    for (let round = 0; round < 2; round++) {
      const { results } = (await api.search('trust'))!;
      await Promise.all(results.map((result) => result.data()));
    }
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});

describe('the search client fails clearly', () => {
  /** A copy of the reference bundle, changed by `change`. */
  function changedBundle(change: (folder: string) => void): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'unfold-pagefind-'));
    cpSync(path.join(reference, 'pagefind'), path.join(folder, 'pagefind'), { recursive: true });
    change(path.join(folder, 'pagefind'));
    return folder;
  }
  const open = (folder: string) => openSearchBundle(path.join(folder, 'pagefind'));
  const refusing = (status: number) => async () => new Response('', { status, statusText: 'Not Found' });

  it('on an index written by another version of Pagefind', async () => {
    const folder = changedBundle((bundle) => {
      const entryFile = path.join(bundle, 'pagefind-entry.json');
      writeFileSync(entryFile, JSON.stringify({ ...JSON.parse(readFileSync(entryFile, 'utf8')), version: '9.0.0' }));
    });
    await expect(open(folder)).rejects.toThrow(`written by Pagefind 9.0.0, but this client reads Pagefind ${pagefindVersion}`);
  });

  it('on a file the host does not serve', async () => {
    await expect(openPagefind({ bundleUrl: 'https://example.org/pagefind/', baseUrl: '/', language: 'en', fetch: refusing(404) })).rejects.toThrow(
      'Search could not load https://example.org/pagefind/pagefind-entry.json: 404',
    );
  });

  it('on a file that is not Pagefind’s', async () => {
    const folder = changedBundle((bundle) => writeFileSync(path.join(bundle, 'wasm.en.pagefind'), '<!doctype html><title>Not found</title>'));
    await expect(open(folder)).rejects.toThrow(/wasm\.en\.pagefind/);
  });

  it('in a browser that cannot decompress gzip, naming what it lacks', async () => {
    const platform = globalThis.DecompressionStream;
    Reflect.deleteProperty(globalThis, 'DecompressionStream');
    try {
      await expect(open(reference)).rejects.toThrow(/DecompressionStream/);
    } finally {
      globalThis.DecompressionStream = platform;
    }
  });

  it('picks the index of the page’s language, else of its primary language, else the largest', async () => {
    for (const language of ['en', 'en-GB', 'fr']) {
      const api = await openSearchBundle(path.join(reference, 'pagefind'), { language });
      expect((await api.search('ultimatum'))?.results).toHaveLength(1);
    }
  });
});
