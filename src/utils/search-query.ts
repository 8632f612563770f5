// Turns what a reader types into what Pagefind can answer. Pagefind returns only pages that hold every
// word of a query, so a question in a reader's own words ("is it my fault he is so distant") often finds
// nothing; these functions drop the words that carry no meaning and, when the rest still finds nothing,
// fall back to the largest groups of its words that do. Pure: the search itself is passed in.

import { format } from '../i18n/format.ts';
import type { SearchWords } from './search-words.ts';

/**
 * Words that carry no meaning in a reader's question: pronouns, auxiliaries, light verbs ("he goes cold"),
 * articles, prepositions, negations and fillers. Negations are here too: "he won't talk" is about talking, and nearly every
 * paragraph of advice says "don't" somewhere. Apostrophes are straight (`queryWords` turns ’ into ').
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an the and or but so if then than that this these those there here as at by for from in into of off on onto out ' +
    'over to up with about after again against before between through under until while ' +
    'i me my mine myself im i\'m i\'ve i\'d i\'ll you your yours yourself you\'re he him his himself he\'s she her hers ' +
    'herself she\'s it its it\'s itself we us our ours we\'re they them their theirs themselves they\'re ' +
    'is am are was were be been being do does did doing done have has had having get gets got getting ' +
    'go goes going went gone ' +
    'can could will would shall should may might must ought ' +
    'not no nor never don\'t doesn\'t didn\'t won\'t wouldn\'t can\'t cannot couldn\'t isn\'t aren\'t wasn\'t ' +
    'weren\'t haven\'t hasn\'t hadn\'t shouldn\'t dont doesnt didnt wont cant isnt ' +
    'what which who whom whose why how when where ' +
    'all any some such same other each every both more most much many very too just really still even also ' +
    'only own quite rather ever always anything something everything nothing someone anyone one ' +
    'like want wants keep keeps kind sort way thing things lot lots ok okay yes please'
  ).split(' '),
);

/** At most this many words are searched: a long question is cut, so the fallback stays a few dozen searches. */
export const maxQueryWords = 6;

/** A query's words, lowercased, with curly apostrophes straightened and punctuation around words removed. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

/**
 * The words worth searching for: no stop words, no repeats, at most `maxQueryWords`. When every word is a
 * stop word ("is it me"), the words are kept as they are: the reader asked for them.
 */
export function meaningfulWords(query: string): string[] {
  const words = [...new Set(queryWords(query))];
  const meaningful = words.filter((word) => !stopWords.has(word));
  return (meaningful.length > 0 ? meaningful : words).slice(0, maxQueryWords);
}

/** Every group of `size` words taken from `words`, keeping their order; the groups in lexicographic order. */
export function subsetsOfSize(words: readonly string[], size: number): string[][] {
  if (size <= 0 || size > words.length) return [];
  const subsets: string[][] = [];
  const pick = (start: number, chosen: string[]) => {
    if (chosen.length === size) return void subsets.push(chosen);
    for (let index = start; index <= words.length - (size - chosen.length); index++) pick(index + 1, [...chosen, words[index]!]);
  };
  pick(0, []);
  return subsets;
}

/** What a search function must give back for each page it finds: Pagefind's result id and score. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** One page found for a query, with the words it was found for (all of them unless the query fell back). */
export interface QueryHit<R extends ScoredResult> {
  result: R;
  score: number;
  /** The words of the search that found the page, as sent to Pagefind. */
  words: string[];
}

export interface QueryOutcome<R extends ScoredResult> {
  /** The words searched for: the query without stop words. */
  words: string[];
  /** Pages found, best first. */
  hits: QueryHit<R>[];
  /** Empty when every word was found together; otherwise the groups of words the hits were found for. */
  fallback: string[][];
}

/**
 * Searches for every meaningful word of `query`; when no page holds them all, searches each group of one
 * word fewer, then two fewer, and so on, stopping at the largest groups that find something. Their pages are
 * merged, each with its best score, and ranked by it. `search` gets the words joined by spaces.
 */
export async function searchWithFallback<R extends ScoredResult>(
  query: string,
  search: (terms: string) => Promise<readonly R[]>,
): Promise<QueryOutcome<R>> {
  const words = meaningfulWords(query);
  if (words.length === 0) return { words, hits: [], fallback: [] };
  const all = await search(words.join(' '));
  if (all.length > 0) return { words, hits: all.map((result) => ({ result, score: result.score, words })), fallback: [] };

  for (let size = words.length - 1; size >= 1; size--) {
    const best = new Map<string, QueryHit<R>>();
    const used: string[][] = [];
    for (const subset of subsetsOfSize(words, size)) {
      const results = await search(subset.join(' '));
      if (results.length > 0) used.push(subset);
      for (const result of results) {
        const previous = best.get(result.id);
        if (!previous || result.score > previous.score) best.set(result.id, { result, score: result.score, words: subset });
      }
    }
    if (best.size > 0) return { words, hits: [...best.values()].sort((a, b) => b.score - a.score), fallback: used };
  }
  return { words, hits: [], fallback: [] };
}

/**
 * "Showing results for …" when a query fell back, naming each group of words that found something, quoted and
 * listed as `lang` lists alternatives ("“a” or “b”", "“a”, “b”, or “c”").
 */
export function fallbackNotice(
  outcome: Pick<QueryOutcome<ScoredResult>, 'fallback'>,
  said: Pick<SearchWords, 'fallbackNotice' | 'quoted'>,
  lang: string,
): string | undefined {
  if (outcome.fallback.length === 0) return undefined;
  const groups = outcome.fallback.map((group) => format(said.quoted, { text: group.join(' ') }));
  return format(said.fallbackNotice, { groups: new Intl.ListFormat(lang, { type: 'disjunction' }).format(groups) });
}
