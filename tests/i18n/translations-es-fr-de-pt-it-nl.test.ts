// The Spanish, French, German, Portuguese, Italian and Dutch tables beyond what tests/i18n/word-tables.test.ts
// checks of every table: the number in every plural form unless the words say it, nothing left in English by
// mistake, each language's typography, and Spanish without the vosotros forms used in Spain alone.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en, type PluralForms, type PluralKey, type SiteWords, type WordKey } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { fr } from '../../src/i18n/fr.ts';
import { it as italian } from '../../src/i18n/it.ts';
import { nl } from '../../src/i18n/nl.ts';
import { pt } from '../../src/i18n/pt.ts';
import { formatNumber, wordsOf } from '../../src/i18n/words.ts';

const tables = { es, fr, de, pt, it: italian, nl } satisfies Record<string, SiteWords>;
type Language = keyof typeof tables;

/** Words that are right as English has them: placeholders and symbols, or a word both languages share ("Site", "Source"). */
const sameAsEnglish: Record<Language, readonly WordKey[]> = {
  es: ['page.titleWithSite', 'card.kindAndTitle'],
  fr: ['page.titleWithSite', 'footer.navigationLabel', 'search.landmarkLabel', 'kind.guide.singular', 'kind.guide.plural', 'alert.important', 'source.title', 'source.corrections'],
  de: ['page.titleWithSite', 'card.kindAndTitle'],
  pt: ['page.titleWithSite', 'footer.navigationLabel', 'search.landmarkLabel', 'search.quoted', 'card.kindAndTitle'],
  it: ['page.titleWithSite', 'card.kindAndTitle'],
  nl: ['page.titleWithSite', 'alert.tip', 'card.kindAndTitle'],
};

/** Forms for exactly one that say "once" or "one place" in words ("noch einmal", "nog één keer"). */
const numberInWords: Partial<Record<Language, readonly PluralKey[]>> = { de: ['quickExit.pressesLeft', 'source.suspectedDefects'], nl: ['quickExit.pressesLeft'] };

const keys = Object.keys(en) as WordKey[];
const pluralKeys = keys.filter((key) => typeof en[key] !== 'string') as PluralKey[];
const textsOf = (table: SiteWords) => Object.values(table).flatMap((word: string | PluralForms) => (typeof word === 'string' ? [word] : Object.values(word)));

describe.each(Object.keys(tables) as Language[])('the %s table', (lang) => {
  const table: SiteWords = tables[lang];

  it('has {count} in every plural form whose English has it, but a form for one that says it in words', () => {
    for (const key of pluralKeys) {
      const without = Object.entries(table[key]).filter(([, form]) => !form.includes('{count}')).map(([category]) => category);
      expect({ key, without }).toEqual({ key, without: numberInWords[lang]?.includes(key) ? ['one'] : [] });
    }
  });

  it('shows the number written the language’s way through the lookup, "1 000 000 de pages" included', () => {
    const words = wordsOf(lang);
    expect(words.lang).toBe(lang);
    for (const count of [0, 1, 2, 5, 1234, 1.5, 1_000_000]) {
      const category = new Intl.PluralRules(lang).select(count);
      expect(words.plural('search.pagesFound', count)).toBe((table['search.pagesFound'][category] ?? '').replace('{count}', formatNumber(count, lang)));
    }
  });

  it('translates every word but those listed as right in English', () => {
    expect(keys.filter((key) => JSON.stringify(table[key]) === JSON.stringify(en[key]))).toEqual(sameAsEnglish[lang]);
  });

  it('has no straight quotation mark, and no space before punctuation unless French asks for one', () => {
    for (const text of textsOf(table)) {
      expect(text).not.toMatch(/"/);
      if (lang !== 'fr') expect(text).not.toMatch(/\s[?!;:]/);
    }
  });
});

describe('typography', () => {
  it('French: a narrow no-break space before ? ! ; and inside « », a no-break space before :, and ’ for the apostrophe', () => {
    for (const text of textsOf(fr)) {
      expect(text).not.toMatch(/(^|[^\u202f])[?!;]/);
      expect(text).not.toMatch(/(^|[^\u00a0]):/);
      expect(text).not.toMatch(/«(?!\u202f)|(?<!\u202f)»/);
      expect(text).not.toMatch(/'/);
    }
  });

  it('Italian and Dutch write ’ for the apostrophe; German quotes „so“', () => {
    for (const text of [...textsOf(italian), ...textsOf(nl)]) expect(text).not.toMatch(/'/);
    for (const text of textsOf(de)) expect(text).not.toMatch(/[“”](?<!„[^“]*“)/);
  });

  it('Spanish speaks to the reader as tú, understood everywhere, never vosotros', () => {
    for (const text of textsOf(es)) expect(text).not.toMatch(/\b(vosotros|vosotras|vuestr[oa]s?|os|sois)\b|[áé]is\b/i);
    expect(es['safetyNotice.question']).toBe('¿Te preocupa que alguien vea lo que lees?');
  });
});
