// From a reader's query to the results the site shows: the query logic (search-query.ts) run against
// Pagefind, and each page found turned into its title, kind and best sections (search-sections.ts).
// The same functions serve the search field and the quality test (tests/search/), which runs Pagefind in
// Node. Pure: Pagefind is passed in, so nothing here fetches anything itself.
import { searchWithFallback, type QueryHit, type QueryLanguage, type QueryOutcome } from './search-query.ts';
import { pageSections, type PageData, type PageSection } from './search-sections.ts';

/** What `result.data()` gives for a page (the fields we read). */
export interface PagefindPageData extends PageData {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One page of a Pagefind search response. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPageData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

/** The search over Pagefind's index that the site uses, in the index's language: src/utils/pagefind-client.ts opens one. */
export interface PagefindApi extends QueryLanguage {
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The filter each topic page carries (`data-pagefind-filter="kind:…"` in src/pages/[topic].astro). */
export const kindFilter = 'kind';

/** A page as a search result shows it. */
export interface SearchAnswer {
  /** Pagefind's id of the page. */
  id: string;
  title: string;
  /** The kind's name as the page's filter gives it; `undefined` for the home page's overview, which has none. */
  kind: string | undefined;
  summary: string | undefined;
  /** The page's own URL (with the base). */
  url: string;
  /** The sections to land on, best first; the first one is where the result's main link goes. */
  sections: PageSection[];
}

/** Searches with the query logic of search-query.ts: the index language's stop words dropped, falling back to fewer words. */
export function searchPages(pagefind: PagefindApi, query: string): Promise<QueryOutcome<PagefindResult>> {
  return searchWithFallback(query, async (terms) => (await pagefind.search(terms))?.results ?? [], pagefind);
}

/** Loads a found page's data and picks its best sections for the words it was found for. */
export async function describeHit(hit: QueryHit<PagefindResult>, sectionLimit = 3): Promise<SearchAnswer> {
  const data = await hit.result.data();
  const sections = pageSections(data, hit.words, { limit: sectionLimit });
  return {
    id: hit.result.id,
    title: data.meta['title'] ?? data.url,
    kind: data.filters[kindFilter]?.[0],
    summary: data.meta['summary'],
    url: data.url,
    sections,
  };
}

/**
 * The kind of every indexed page, by Pagefind id: one filter-only search per kind. Counting and filtering
 * a merged fallback result by kind then needs no page data and no further search.
 */
export async function pageKinds(pagefind: PagefindApi): Promise<Map<string, string>> {
  const kinds = Object.keys((await pagefind.filters())[kindFilter] ?? {});
  const byId = new Map<string, string>();
  for (const kind of kinds) {
    const response = await pagefind.search(null, { filters: { [kindFilter]: kind } });
    for (const result of response?.results ?? []) byId.set(result.id, kind);
  }
  return byId;
}

/** How many hits each kind has, in the order `kinds` lists them; kinds without hits are left out. */
export function countByKind(hits: readonly QueryHit<PagefindResult>[], kindOf: (id: string) => string, kinds: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(kindOf(hit.result.id), (counts.get(kindOf(hit.result.id)) ?? 0) + 1);
  const ordered = [...kinds, ...[...counts.keys()].filter((kind) => !kinds.includes(kind))];
  return ordered.flatMap((kind) => (counts.has(kind) ? [[kind, counts.get(kind)!] as [string, number]] : []));
}
