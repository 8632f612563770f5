// Build-time only: the stop words of the site's language, from stopwords-iso (a maintained collection for 58
// languages), as the search bundle ships them (`stop-words.json` beside Pagefind's files, written by
// index-search.ts). The browser gets the one list of its site's language, with the rest of the search.
import { createRequire } from 'node:module';
import { foldDiacritics } from '../../src/utils/pagefind-client.ts';

/** stopwords-iso's lists, by ISO 639-1 code. */
const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>;

/**
 * The stop words of `language` (a BCP 47 tag, read by its primary subtag), as the query side compares them:
 * lowercased and folded as Pagefind folds a query (`también` → `tambien`), without repeats, sorted. Empty for a
 * language stopwords-iso has no list for: every word of a query is then searched.
 */
export function stopWordsFor(language: string): string[] {
  const primary = language.split('-')[0]!.toLowerCase();
  const words = Object.hasOwn(lists, primary) ? lists[primary]! : [];
  return [...new Set(words.map((word) => foldDiacritics(word.trim().toLocaleLowerCase(primary))).filter(Boolean))].sort();
}

