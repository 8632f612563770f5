// A lean client for the search bundle Pagefind writes (`dist/pagefind/`): the entry file, the metadata,
// the WebAssembly search engine, the index and filter chunks, and the page fragments. It replaces
// Pagefind's own `pagefind.js` (13.4 kB gzip), which carries a web worker, a gzip decoder, excerpts, sub-
// results, highlighting and ranking options the site never uses: here gzip is the platform's
// `DecompressionStream`, and excerpts and sections are src/utils/search-sections.ts.
//
// It speaks the WebAssembly module's interface as Pagefind `pagefindVersion` builds it. That interface is
// Pagefind's own, so the build opens every index it writes with this client (scripts/emit/index-search.ts), and
// tests/search/pagefind-client.test.ts checks that it answers exactly as `pagefind.js` does.
// No DOM: the same code runs in the browser and, with `fetch` reading files, in Node.
import type { PagefindApi, PagefindPageData, PagefindResult } from './search-results.ts';
import { apostropheMetaKey, restoreApostrophes } from './index-apostrophes.ts';
import type { MatchLocation } from './search-sections.ts';
import { joinBase } from './url.ts';

/** The Pagefind release whose bundles this client reads; the build refuses any other. */
export const pagefindVersion = '1.6.0';

export interface PagefindClientOptions {
  /** URL of the bundle's folder, ending in `/`: `/pagefind/`, `/guide/pagefind/`, or a file: URL in Node. */
  bundleUrl: string;
  /** The site's base path, which the pages' own URLs are joined to: `/` or `/guide/`. */
  baseUrl: string;
  /** The page's language (`<html lang>`): picks the index of that language when there are several. */
  language: string;
  /** Defaults to the global `fetch`. */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}

/** `pagefind-entry.json`. */
interface BundleEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
  include_characters?: string[];
}

/** One page of the engine's answer (`search()` in Pagefind's WebAssembly), as it names the fields. */
interface EngineResult {
  /** Page (fragment) hash. */
  p: string;
  /** Score. */
  s: number;
  /** Matched words: weight ×24, balanced score (what the sections rank by), word position. */
  l: { w: number; s: number; l: number }[];
  /** Fragment group, for bundles that group small fragments into one file. */
  g?: string;
}

/** What the WebAssembly module exports. Functions that return a string return its pointer and length. */
interface Engine {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_start(): void;
  __wbindgen_malloc(length: number, align: number): number;
  __wbindgen_free(pointer: number, length: number, align: number): void;
  init_pagefind(pointer: number, length: number): number;
  load_index_chunk(state: number, pointer: number, length: number): number;
  load_filter_chunk(state: number, pointer: number, length: number): number;
  request_indexes(state: number, pointer: number, length: number): [number, number];
  request_filter_indexes(state: number, pointer: number, length: number): [number, number];
  request_all_filter_indexes(state: number): [number, number];
  filters(state: number): [number, number];
  search(state: number, ...args: number[]): [number, number];
}

/** The site's stop words in the bundle: a JSON array, written by scripts/emit/index-search.ts. */
export const stopWordsFile = 'stop-words.json';

/** Every file of the bundle starts with this once decompressed. */
const signature = 'pagefind_dcd';
/** What Pagefind leaves out of a query: dashes, brackets, quotes and other punctuation. */
const punctuation = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/u;
/** Languages written without spaces, whose queries are split into words first. */
const unspaced = /^(zh|ja|th)$/;

/** Opens the bundle at `bundleUrl`: its entry, metadata and engine. Rejects when any of them cannot load. */
export async function openPagefind(options: PagefindClientOptions): Promise<PagefindApi> {
  const fetchFile = options.fetch ?? ((url: string, init?: RequestInit) => fetch(url, init));
  const text = new TextDecoder();
  const encoder = new TextEncoder();

  /** Fetches a file of the bundle and strips its signature, decompressing it first if the host did not. */
  const load = async (file: string): Promise<Uint8Array<ArrayBuffer>> => {
    const url = options.bundleUrl + file;
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`Search could not load ${url}: ${response.status} ${response.statusText}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const contents = isSigned(bytes) ? bytes : await gunzip(bytes).catch(() => undefined);
    if (!contents || !isSigned(contents)) throw new Error(`Search could not read ${url}: it is not a Pagefind file`);
    return contents.subarray(signature.length);
  };
  const isSigned = (bytes: Uint8Array) => text.decode(bytes.subarray(0, signature.length)) === signature;

  // The site's stop words (scripts/emit/stop-words.ts), fetched beside the entry. A bundle without them (one
  // Pagefind wrote alone) is searched with every word of a query.
  const stopWords = fetchFile(`${options.bundleUrl}${stopWordsFile}`, { cache: 'no-cache' })
    .then(async (response) => new Set(response.ok ? ((await response.json()) as string[]) : []))
    .catch(() => new Set<string>());
  // The entry names the current index; revalidated so a rebuilt site is never searched with a stale one.
  const entryResponse = await fetchFile(`${options.bundleUrl}pagefind-entry.json`, { cache: 'no-cache' });
  if (!entryResponse.ok) throw new Error(`Search could not load ${options.bundleUrl}pagefind-entry.json: ${entryResponse.status}`);
  const entry = (await entryResponse.json()) as BundleEntry;
  if (entry.version !== pagefindVersion) {
    throw new Error(`The search index was written by Pagefind ${entry.version}, but this client reads Pagefind ${pagefindVersion} indexes`);
  }
  const [language, index] = pickLanguage(entry, options.language);
  const [metadata, module, words] = await Promise.all([load(`pagefind.${index.hash}.pf_meta`), load(`wasm.${index.wasm ?? 'unknown'}.pagefind`), stopWords]);

  let engine: Engine | undefined;
  const imports = {
    './pagefind_web_bg.js': {
      // wasm-bindgen's table of JavaScript values: its first slots hold undefined, null, true and false.
      __wbindgen_init_externref_table() {
        const table = engine!.__wbindgen_externrefs;
        const offset = table.grow(4);
        table.set(0, undefined);
        [undefined, null, true, false].forEach((value, slot) => table.set(offset + slot, value));
      },
    },
  };
  const { instance } = await WebAssembly.instantiate(module, imports);
  engine = instance.exports as unknown as Engine;
  engine.__wbindgen_start();
  const wasm = engine;

  /** Copies bytes into the engine's memory; the engine frees them. */
  const pass = (bytes: Uint8Array): [number, number] => {
    const pointer = wasm.__wbindgen_malloc(bytes.length, 1) >>> 0;
    new Uint8Array(wasm.memory.buffer, pointer, bytes.length).set(bytes);
    return [pointer, bytes.length];
  };
  /** Reads a string the engine returned, and frees it. */
  const read = ([pointer, length]: [number, number]): string => {
    try {
      return text.decode(new Uint8Array(wasm.memory.buffer, pointer >>> 0, length));
    } finally {
      wasm.__wbindgen_free(pointer, length, 1);
    }
  };
  const string = (value: string) => pass(encoder.encode(value));

  // The engine's state: every call that changes it returns the new one.
  let state = wasm.init_pagefind(...pass(metadata)) >>> 0;

  const chunks = new Map<string, Promise<void>>();
  /** Loads the chunks the engine asks for (`["en_1a2b3c"]`, as JSON), each once; a failed one is tried again later. */
  const loadChunks = (requested: string, folder: 'index' | 'filter') =>
    Promise.all(
      (JSON.parse(requested) as (string | null)[]).filter((hash): hash is string => !!hash).map((hash) => {
        const key = `${folder}/${hash}`;
        let loading = chunks.get(key);
        if (!loading) {
          loading = load(`${key}.pf_${folder}`).then((bytes) => {
            state = (folder === 'index' ? wasm.load_index_chunk : wasm.load_filter_chunk)(state, ...pass(bytes)) >>> 0;
          });
          loading.catch(() => chunks.delete(key));
          chunks.set(key, loading);
        }
        return loading;
      }),
    );

  const fragments = new Map<string, Promise<Omit<PagefindPageData, 'weighted_locations'>>>();
  const loadFragment = (hash: string, group?: string) => {
    const file = `fragment/${group || hash}.pf_fragment`;
    let loading = fragments.get(file);
    if (!loading) {
      loading = load(file).then((bytes) => JSON.parse(text.decode(bytes)));
      loading.catch(() => fragments.delete(file));
      fragments.set(file, loading);
    }
    return loading.then((fragment) => (group ? (fragment as unknown as Record<string, PagefindPageData>)[hash]! : fragment));
  };

  const pageData = async (result: EngineResult): Promise<PagefindPageData> => {
    const stored = await loadFragment(result.p, result.g);
    const fragment = withApostrophes(stored);
    return {
      ...fragment,
      // As pagefind.js gives it: without the zero-width spaces Pagefind puts between the words of unspaced
      // text (Chinese, Japanese). Word positions count those words, so the sections read `raw_content`.
      content: fragment.content.replace(/\u200B/g, ''),
      ...(fragment.content.includes('\u200B') ? { raw_content: fragment.content } : {}),
      url: /^(https?:)?\/\//.test(fragment.url) ? fragment.url : joinBase(options.baseUrl, fragment.url),
      weighted_locations: result.l.map((match): MatchLocation => ({ balanced_score: match.s, location: match.l })),
    };
  };

  return {
    language,
    stopWords: words,

    async search(term, searchOptions = {}) {
      const filterOnly = term === null;
      const raw = term ?? '';
      const words = normaliseQuery(raw, language, entry.include_characters ?? []);
      if (words.length === 0 && !filterOnly) return { results: [] };
      const query = words.map(([, folded]) => folded).join(' ');
      const filters = JSON.stringify(searchOptions.filters ?? {});
      await Promise.all([
        loadChunks(read(wasm.request_indexes(state, ...string(query))), 'index'),
        loadChunks(read(wasm.request_filter_indexes(state, ...string(filters))), 'filter'),
      ]);
      const exact = /^\s*".+"\s*$/.test(raw);
      const answer = read(
        wasm.search(state, ...string(query), ...string(words.map(([original]) => original).join(' ')), ...string(filters), ...string(''), Number(exact), 0),
      );
      const { results } = JSON.parse(answer) as { results: EngineResult[] };
      return { results: results.map((result): PagefindResult => ({ id: result.p, score: result.s, data: () => pageData(result) })) };
    },

    async filters() {
      await loadChunks(read(wasm.request_all_filter_indexes(state)), 'filter');
      return JSON.parse(read(wasm.filters(state))) as Record<string, Record<string, number>>;
    },
  };
}

/**
 * Decompresses with the platform's DecompressionStream. A browser without one (from before 2023) throws
 * here, synchronously, so its error is not mistaken for a damaged file.
 */
function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

/** The index for `language`, else for its primary subtag (`en` for `en-GB`), else the one with most pages. */
function pickLanguage(entry: BundleEntry, language: string): [string, BundleEntry['languages'][string]] {
  const primary = language.split('-')[0]!.toLowerCase();
  const found =
    (entry.languages[language] && language) ||
    (entry.languages[primary] && primary) ||
    Object.keys(entry.languages).sort((a, b) => entry.languages[b]!.page_count - entry.languages[a]!.page_count)[0];
  if (!found) throw new Error('The search index has no language in it');
  return [found, entry.languages[found]!];
}

/**
 * The words of a query as Pagefind's engine expects them: punctuation dropped (except the characters the
 * index keeps), lowercased, and each word paired with its form without diacritics (`café` → `cafe`).
 */
export function normaliseQuery(query: string, language: string, keep: readonly string[]): [original: string, folded: string][] {
  const clean = (text: string) => Array.from(text, (char) => (keep.includes(char) ? char : punctuation.test(char) ? '' : char.toLocaleLowerCase())).join('');
  const primary = language.split('-')[0]!.toLowerCase();
  const text = unspaced.test(primary) && typeof Intl.Segmenter === 'function'
    ? Array.from(new Intl.Segmenter(primary, { granularity: 'word' }).segment(query), ({ segment }) => clean(segment)).filter(Boolean).join(' ')
    : clean(query);
  return text
    .trim()
    .split(/\s+/)
    .map((word): [string, string] => [word, foldDiacritics(word)])
    .filter(([, folded]) => folded.length > 0);
}

/** Strips combining marks, except the Japanese voicing marks, which are recombined: what Pagefind does to a query's words (`cuídate` → `cuidate`). */
export function foldDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** A page's fragment with the typographic apostrophes the index was given stand-ins for (src/utils/index-apostrophes.ts) back. */
function withApostrophes<Fragment extends Omit<PagefindPageData, 'weighted_locations'>>(fragment: Fragment): Fragment {
  const { [apostropheMetaKey]: standIn, ...meta } = fragment.meta;
  if (!standIn) return fragment;
  const restore = (text: string) => restoreApostrophes(text, standIn);
  return {
    ...fragment,
    content: restore(fragment.content),
    anchors: fragment.anchors.map((anchor) => ({ ...anchor, text: restore(anchor.text) })),
    meta: Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, value === undefined ? value : restore(value)])),
  };
}
