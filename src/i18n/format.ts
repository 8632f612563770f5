// Filling in the site's words: placeholders, plurals by `Intl.PluralRules`, numbers by `Intl.NumberFormat`.
// Without any table, so that the browser's search (src/scripts/search-ui.ts) can use it on the words its page
// carries without loading a language's words; src/i18n/words.ts looks the words up.
import type { PluralForms } from './en.ts';
import { perLanguage } from '../utils/per-language.ts';

/** What fills a template's `{name}`: text as it is, numbers written the language's way. */
export type WordValues = Readonly<Record<string, string | number>>;

/** `template` with each `{name}` replaced by its value; a name without a value stays as it is. */
export function format(template: string, values: WordValues = {}, lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** The form of `forms` for `count` in `lang` (`Intl.PluralRules`), with `{count}` and the other values filled in. */
export function plural(forms: PluralForms, count: number, lang: string, values: WordValues = {}): string {
  const category = pluralRulesOf(lang).select(count);
  return format(forms[category] ?? forms.other, { ...values, count }, lang);
}

/** A number as `lang` writes it ("1,234" in English, "1.234" in German, "١٬٢٣٤" in Egyptian Arabic). */
export function formatNumber(value: number, lang: string): string {
  return numberFormatOf(lang).format(value);
}

const pluralRulesOf = perLanguage((lang) => new Intl.PluralRules(lang));
const numberFormatOf = perLanguage((lang) => new Intl.NumberFormat(lang));

/**
 * `template` split at its placeholders, each replaced by its value, whatever that is: for a template whose
 * placeholder is an element (`'Start from the {homeLink}, or…'`), which a component renders in its place.
 */
export function formatParts<Part>(template: string, values: Readonly<Record<string, Part>>): (string | Part)[] {
  return template
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name !== undefined && name in values ? values[name]! : piece;
    });
}
