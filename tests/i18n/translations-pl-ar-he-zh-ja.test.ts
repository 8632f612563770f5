// The Polish, Arabic, Hebrew, Chinese and Japanese tables beyond what tests/i18n/word-tables.test.ts checks of
// every table (keys, plural categories, placeholders): that no plural form drops the number unless its
// language says it in the noun, that nothing is left in English by mistake, and each script's punctuation.
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar.ts';
import { en, type PluralForms, type PluralKey, type SiteWords, type WordKey } from '../../src/i18n/en.ts';
import { he } from '../../src/i18n/he.ts';
import { ja } from '../../src/i18n/ja.ts';
import { pl } from '../../src/i18n/pl.ts';
import { formatNumber, wordsOf } from '../../src/i18n/words.ts';
import { zh } from '../../src/i18n/zh.ts';

const tables = { pl, ar, he, zh, ja } satisfies Record<string, SiteWords>;
type Language = keyof typeof tables;

/**
 * The words that are right as English has them: a pattern of placeholders and symbols only, or quotation
 * marks the language shares with English. Any other word equal to the English one was left untranslated.
 */
const sameAsEnglish: Record<Language, readonly WordKey[]> = {
  pl: ['page.titleWithSite', 'card.kindAndTitle'],
  ar: ['page.titleWithSite', 'card.kindAndTitle'],
  he: ['page.titleWithSite', 'card.kindAndTitle'],
  zh: ['page.titleWithSite', 'search.quoted'],
  ja: ['page.titleWithSite'],
};

/** Arabic says exactly one and exactly two by the noun's own number ("صفحة واحدة", "صفحتان"), as CLDR's Arabic units do. */
const numberInTheNoun: Partial<Record<Language, readonly Intl.LDMLPluralRule[]>> = { ar: ['one', 'two'] };

const keys = Object.keys(en) as WordKey[];
const pluralKeys = keys.filter((key) => typeof en[key] !== 'string') as PluralKey[];
const textsOf = (table: SiteWords) => Object.values(table).flatMap((word: string | PluralForms) => (typeof word === 'string' ? [word] : Object.values(word)));

describe.each(Object.keys(tables) as Language[])('the %s table', (lang) => {
  const table: SiteWords = tables[lang];

  it('has {count} in every plural form whose English has it, but the forms that say the number in the noun', () => {
    for (const key of pluralKeys) {
      if (!Object.values(en[key]).some((form) => form.includes('{count}'))) continue;
      const without = Object.entries(table[key])
        .filter(([, form]) => !form.includes('{count}'))
        .map(([category]) => category);
      expect({ key, without }).toEqual({ key, without: numberInTheNoun[lang] ?? [] });
    }
  });

  it('shows the number, written the language’s way, or the noun that says it, through the lookup', () => {
    const words = wordsOf(lang);
    expect(words.lang).toBe(lang);
    for (const count of [0, 1, 2, 3, 5, 11, 22, 100, 1234, 1.5]) {
      const category = new Intl.PluralRules(lang).select(count);
      const text = words.plural('search.pagesFound', count);
      expect(text).toBe((table['search.pagesFound'][category] ?? '').replace('{count}', formatNumber(count, lang)));
      if (!numberInTheNoun[lang]?.includes(category)) expect(text).toContain(formatNumber(count, lang));
    }
  });

  it('translates every word but those listed as right in English', () => {
    const same = keys.filter((key) => JSON.stringify(table[key]) === JSON.stringify(en[key]));
    expect(same).toEqual(sameAsEnglish[lang]);
  });
});

describe('punctuation', () => {
  it('is full-width in Chinese and Japanese', () => {
    for (const table of [zh, ja]) for (const text of textsOf(table)) expect(text).not.toMatch(/[,.:;?!()]/);
  });

  it('is the Arabic comma, semicolon and question mark in Arabic', () => {
    for (const text of textsOf(ar)) expect(text).not.toMatch(/[,;?]/);
  });
});
