import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar.ts';
import { en, type PluralForms, type SiteWords, type WordKey } from '../../src/i18n/en.ts';
import { he } from '../../src/i18n/he.ts';
import { ja } from '../../src/i18n/ja.ts';
import { pl } from '../../src/i18n/pl.ts';
import { formatNumber, wordsOf } from '../../src/i18n/words.ts';
import { zh } from '../../src/i18n/zh.ts';

const tables: Record<'pl' | 'ar' | 'he' | 'zh' | 'ja', SiteWords> = { pl, ar, he, zh, ja };

/**
 * The words that are right as English has them: a pattern of placeholders and symbols only, or quotation
 * marks the language shares with English. Any other word equal to the English one was left untranslated.
 */
const sameAsEnglish: Record<keyof typeof tables, readonly WordKey[]> = {
  pl: ['page.titleWithSite', 'card.kindAndTitle'],
  ar: ['page.titleWithSite', 'card.kindAndTitle'],
  he: ['page.titleWithSite', 'card.kindAndTitle'],
  zh: ['page.titleWithSite', 'search.quoted'],
  ja: ['page.titleWithSite'],
};

/** Arabic says exactly one and exactly two by the noun's own number ("صفحة واحدة", "صفحتان"), as CLDR's Arabic units do. */
const numberInTheNoun: Record<string, readonly Intl.LDMLPluralRule[]> = { ar: ['one', 'two'] };

const keys = Object.keys(en) as WordKey[];
const placeholdersOf = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const isPlural = (word: string | PluralForms): word is PluralForms => typeof word !== 'string';

describe.each(Object.entries(tables))('the %s table', (lang, table) => {
  it('has every key of the English table and no other', () => {
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
  });

  it('gives each plural exactly the categories Intl.PluralRules has for the language', () => {
    const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    for (const key of keys) {
      const word = table[key];
      if (isPlural(en[key] as string | PluralForms)) expect({ key, forms: Object.keys(word).sort() }).toEqual({ key, forms: categories });
      else expect({ key, type: typeof word }).toEqual({ key, type: 'string' });
    }
  });

  it('keeps every placeholder of the English word, in each plural form', () => {
    for (const key of keys) {
      const english = en[key] as string | PluralForms;
      const word = table[key];
      if (!isPlural(english) || !isPlural(word)) {
        expect({ key, placeholders: placeholdersOf(word as string) }).toEqual({ key, placeholders: placeholdersOf(english as string) });
        continue;
      }
      const expected = placeholdersOf(Object.values(english).join(' '));
      for (const [category, form] of Object.entries(word) as [Intl.LDMLPluralRule, string][]) {
        const without = numberInTheNoun[lang]?.includes(category) ? ['{count}'] : [];
        expect({ key, category, placeholders: placeholdersOf(form) }).toEqual({
          key,
          category,
          placeholders: expected.filter((placeholder) => !without.includes(placeholder)),
        });
      }
    }
  });

  it('writes the count in every form through the lookup, or says it in the noun', () => {
    const words = wordsOf(lang);
    expect(words.lang).toBe(lang);
    for (const count of [0, 1, 2, 3, 5, 11, 22, 100, 1234]) {
      const category = new Intl.PluralRules(lang).select(count);
      const text = words.plural('search.pagesFound', count);
      expect(text).toBe(table['search.pagesFound'][category as 'other']!.replace('{count}', formatNumber(count, lang)));
      if (!numberInTheNoun[lang]?.includes(category)) expect(text).toContain(formatNumber(count, lang));
    }
  });

  it('translates every word but those listed as right in English', () => {
    const same = keys.filter((key) => JSON.stringify(table[key]) === JSON.stringify(en[key]));
    expect(same).toEqual(sameAsEnglish[lang as keyof typeof tables]);
  });
});

describe('punctuation', () => {
  const textsOf = (table: SiteWords) => Object.values(table).flatMap((word) => (isPlural(word) ? Object.values(word) : [word]));

  it('is full-width in Chinese and Japanese', () => {
    for (const table of [zh, ja]) for (const text of textsOf(table)) expect(text).not.toMatch(/[,.:;?!()]/);
  });

  it('uses the Arabic comma, semicolon and question mark in Arabic', () => {
    for (const text of textsOf(ar)) expect(text).not.toMatch(/[,;?]/);
  });
});
