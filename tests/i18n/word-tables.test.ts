// Every table of the site's words (src/i18n/<language>.ts) against the English one: the same keys, a
// form for every plural category its language has, the same placeholders, and registered for the site.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type SiteWords } from '../../src/i18n/en.ts';
import { siteLanguages } from '../../src/i18n/languages.ts';
import { wordTables } from '../../src/i18n/tables.ts';

const i18nDir = path.resolve(import.meta.dirname, '../../src/i18n');
/** The tables present: a file named after a site language. */
const tableFiles = siteLanguages.filter((language) => existsSync(path.join(i18nDir, `${language}.ts`)));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const englishKeys = Object.keys(en).sort();

describe('the tables of the site’s words', () => {
  it('are files named after the site languages, English among them', () => {
    expect(tableFiles).toContain('en');
    const strays = readdirSync(i18nDir).filter((name) => /^[a-z]{2,3}(-\w+)?\.ts$/.test(name) && !tableFiles.includes(name.slice(0, -3) as never));
    expect(strays, 'a table for a language that is not in siteLanguages (src/i18n/languages.ts)').toEqual([]);
  });

  describe.each(tableFiles)('%s', (language) => {
    const load = async (): Promise<SiteWords> => {
      const module = (await import(`../../src/i18n/${language}.ts`)) as Record<string, SiteWords>;
      const table = module[language];
      expect(table, `src/i18n/${language}.ts exports \`${language}\``).toBeDefined();
      return table!;
    };
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it('is the one the site uses for the language', async () => {
      expect(wordTables[language]).toBe(await load());
    });

    it('has every key of the English table, and no other', async () => {
      expect(Object.keys(await load()).sort()).toEqual(englishKeys);
    });

    it(`gives each plural every category the language has (${categories.join(', ')}), and only those`, async () => {
      const table = await load();
      for (const [key, english] of Object.entries(en)) {
        const words = table[key as keyof SiteWords];
        if (typeof english === 'string') {
          expect(typeof words, `${key} is text in English`).toBe('string');
          continue;
        }
        expect(typeof words, `${key} is a plural in English`).toBe('object');
        expect(Object.keys(words).sort(), key).toEqual([...categories].sort());
      }
    });

    it('keeps the placeholders of every English word, and adds none', async () => {
      const table = await load();
      for (const [key, english] of Object.entries(en)) {
        const words = table[key as keyof SiteWords];
        if (typeof english === 'string') {
          expect(placeholders(words as string), `${key}: ${String(words)}`).toEqual(placeholders(english));
          continue;
        }
        // A plural's form may say its number in words ("one minute", Arabic's dual): `{count}` alone may be left out.
        const wanted = placeholders(english.other).filter((name) => name !== 'count');
        for (const [form, text] of Object.entries(words)) {
          expect(placeholders(text!).filter((name) => name !== 'count'), `${key} (${form}): ${text}`).toEqual(wanted);
          expect(placeholders(text!).filter((name) => name === 'count').length, `${key} (${form}): ${text}`).toBeLessThanOrEqual(1);
        }
      }
    });

    it('has no empty word', async () => {
      const empty = Object.entries(await load()).flatMap(([key, words]) =>
        (typeof words === 'string' ? [words] : Object.values(words)).some((text) => !text?.trim()) ? [key] : [],
      );
      expect(empty).toEqual([]);
    });
  });
});
