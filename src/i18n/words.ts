// The lookup of the site's words: a language's table (or English), with its placeholders filled in, its
// plurals chosen by `Intl.PluralRules` and its numbers written by `Intl.NumberFormat` (format.ts). Pure and
// without Node or DOM: the pipeline, the components and the tests use it alike. The browser gets words already
// chosen, in the attributes of the built pages, never a table.
import { en, type PluralForms, type PluralKey, type SiteWords, type TextKey, type WordKey } from './en.ts';
import { format, formatNumber, formatParts, plural, type WordValues } from './format.ts';
import { fallbackLanguage, siteLanguageOf, textDirection, type SiteLanguage } from './languages.ts';
import { wordTables } from './tables.ts';

export type { PluralForms, PluralKey, SiteWords, TextKey, WordKey, WordValues };
export { format, formatNumber, formatParts, plural };

/** The site language whose words a site in `lang` shows: its own when it has a table, else English. */
export function wordsLanguageOf(lang: string): SiteLanguage {
  const language = siteLanguageOf(lang);
  return language && wordTables[language] ? language : fallbackLanguage;
}

/** Whether the site has its own words for `lang` (any tag of a language with a table: "pt-BR" for Portuguese). */
export function hasWordsFor(lang: string): boolean {
  const language = siteLanguageOf(lang);
  return language !== undefined && wordTables[language] !== undefined;
}

/** The table of words for `lang`: its language's, or English. */
export function wordsFor(lang: string): SiteWords {
  return wordTables[wordsLanguageOf(lang)] ?? en;
}

/** `lang` and `dir` attributes for an element, each left out where the element's surroundings already say it. */
export interface LanguageAttributes {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * For an element that holds the site's words in a site in `lang`: nothing when they are the site's own;
 * when they are the English fallback, `lang` so that a screen reader speaks them in English, and `dir`
 * when English runs the other way than the site (a Persian site), so their punctuation stays at their end.
 */
export function wordsAttributes(lang: string): LanguageAttributes {
  if (hasWordsFor(lang)) return {};
  const language = wordsLanguageOf(lang);
  return textDirection(language) === textDirection(lang) ? { lang: language } : { lang: language, dir: textDirection(language) };
}

/** For the article's own text inside an element that `wordsAttributes` marked: the site's language and direction again. */
export function articleAttributes(lang: string): LanguageAttributes {
  const words = wordsAttributes(lang);
  return { ...(words.lang && { lang }), ...(words.dir && { dir: textDirection(lang) }) };
}

/** The words of one language, looked up by name: what a component or a pipeline stage asks for. */
export interface Words {
  /** The language the words are in: the site's own language when it has a table, else English. */
  readonly lang: SiteLanguage;
  /** A word, its placeholders filled in. */
  text(key: TextKey, values?: WordValues): string;
  /** A word's template split at its placeholders (see `formatParts`). */
  parts<Part>(key: TextKey, values: Readonly<Record<string, Part>>): (string | Part)[];
  /** A plural word, in the form for `count`. */
  plural(key: PluralKey, count: number, values?: WordValues): string;
  /** A plural word's forms, as they are: for the browser, which chooses among them itself. */
  forms(key: PluralKey): PluralForms;
  /** A number as the language writes it. */
  number(value: number): string;
}

/** The words for a site in `lang`. Numbers and plural rules follow `lang` itself, the words its table. */
export function wordsOf(lang: string): Words {
  const table = wordsFor(lang);
  // An unknown or malformed tag still needs a locale Intl accepts.
  const locale = Intl.NumberFormat.supportedLocalesOf(safeLocales(lang))[0] ?? wordsLanguageOf(lang);
  return {
    lang: wordsLanguageOf(lang),
    text: (key, values) => format(table[key], values, locale),
    parts: (key, values) => formatParts(table[key], values),
    plural: (key, count, values) => plural(table[key], count, locale, values),
    forms: (key) => table[key],
    number: (value) => formatNumber(value, locale),
  };
}

function safeLocales(lang: string): string[] {
  try {
    return Intl.getCanonicalLocales(lang);
  } catch {
    return [];
  }
}
