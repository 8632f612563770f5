// Turns what a reader types into what Pagefind can answer. Pagefind returns only pages that hold every
// word of a query, so a question in a reader's own words ("is it my fault he is so distant") often finds
// nothing; these functions drop the words that carry no meaning and, when the rest still finds nothing,
// fall back to the largest groups of its words that do. Pure: the search and the site's stop words are passed in.
import { foldDiacritics } from './pagefind-client.ts';
import { formatParts } from '../i18n/format.ts';
import type { SearchWords } from './search-words.ts';

/** What the query side needs to know of the site's language. */
export interface QueryLanguage {
  /** The site's language, a BCP 47 tag (`<html lang>`). */
  language: string;
  /**
   * Words that carry no meaning in a reader's question (pronouns, auxiliaries, articles, prepositions,
   * conjunctions, determiners, negations), lowercased and without diacritics: the site's language's function
   * words, shipped with the search index (scripts/emit/stop-words.ts).
   */
  stopWords: ReadonlySet<string>;
}

/** At most this many words are searched: a long question is cut, so the fallback stays a few dozen searches. */
export const maxQueryWords = 6;

/** Languages written without spaces between words, whose queries are split into words by `Intl.Segmenter`. */
const unspaced = /^(zh|ja|th|lo|km|my)$/;

/**
 * A query's words, lowercased, with curly apostrophes straightened and punctuation around words removed. In
 * a language written without spaces (Chinese, Japanese, Thai) the words are found by `Intl.Segmenter`.
 */
export function queryWords(query: string, language = 'en'): string[] {
  const subtag = language.split('-')[0]!.toLowerCase();
  const primary = /^[a-z]{2,3}$/.test(subtag) ? subtag : undefined;
  const lowered = query.toLocaleLowerCase(primary).replace(/[\u2018\u2019\u02bc]/g, "'");
  const pieces = primary && unspaced.test(primary)
    ? Array.from(new Intl.Segmenter(primary, { granularity: 'word' }).segment(lowered), ({ segment, isWordLike }) => (isWordLike ? segment : ' '))
    : [lowered];
  return pieces
    .flatMap((piece) => piece.split(/[^\p{L}\p{M}\p{N}'-]+/u))
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

/**
 * A word without what carries no meaning in it: `''` for a stop word, the word after an elided one
 * (French `l'éloignement` → `éloignement`, Italian `dell'amore` → `amore`), else the word itself.
 * Compared without diacritics, as Pagefind compares, so `tambien` is `también`.
 */
export function meaningfulPart(word: string, stopWords: ReadonlySet<string>): string {
  const folded = foldDiacritics(word);
  if (stopWords.has(folded)) return '';
  const elided = /^([^']+)'(.+)$/.exec(word);
  if (elided && (stopWords.has(foldDiacritics(elided[1]!)) || stopWords.has(`${foldDiacritics(elided[1]!)}'`))) return meaningfulPart(elided[2]!, stopWords);
  return word;
}

/**
 * The words worth searching for: no stop words, no repeats, at most `maxQueryWords`. When every word is a
 * stop word ("is it me"), the words are kept as they are: the reader asked for them.
 */
export function meaningfulWords(query: string, { language, stopWords }: QueryLanguage): string[] {
  const words = [...new Set(queryWords(query, language))];
  const meaningful = [...new Set(words.map((word) => meaningfulPart(word, stopWords)).filter(Boolean))];
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
  language: QueryLanguage,
): Promise<QueryOutcome<R>> {
  const words = meaningfulWords(query, language);
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
  return fallbackNoticeParts(outcome, said, lang, (words) => words)?.join('');
}

/**
 * `fallbackNotice` in pieces, each group of the reader's words as `wrap` makes it: where the notice is in
 * other words than the reader's (the English fallback of a Persian site), their words are marked as theirs.
 */
export function fallbackNoticeParts<Part>(
  outcome: Pick<QueryOutcome<ScoredResult>, 'fallback'>,
  said: Pick<SearchWords, 'fallbackNotice' | 'quoted'>,
  lang: string,
  wrap: (words: string) => Part,
): (string | Part)[] | undefined {
  if (outcome.fallback.length === 0) return undefined;
  const groups = outcome.fallback.map((group) => formatParts(said.quoted, { text: wrap(group.join(' ')) }));
  // The list's own words ("or", commas) from Intl, each group where Intl puts an element.
  let next = 0;
  const listed = new Intl.ListFormat(lang, { type: 'disjunction' })
    .formatToParts(groups.map(() => '\u0000'))
    .flatMap((part) => (part.type === 'element' ? groups[next++]! : [part.value]));
  return formatParts(said.fallbackNotice, { groups: listed }).flat();
}
