import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { articleAttributes, format, formatParts, hasWordsFor, plural, wordsAttributes, wordsFor, wordsLanguageOf, wordsOf } from '../../src/i18n/words.ts';

describe('wordsFor', () => {
  it('gives English for a language without a table, and for a malformed tag', () => {
    expect(wordsFor('sw')).toBe(en);
    expect(wordsFor('not a tag')).toBe(en);
    expect(wordsLanguageOf('sw')).toBe('en');
    expect(hasWordsFor('sw')).toBe(false);
  });
  it('takes a tag’s language: any English is English', () => {
    expect(wordsFor('en-GB')).toBe(en);
    expect(hasWordsFor('en-US')).toBe(true);
  });
});

describe('format', () => {
  it('fills each placeholder, wherever the language puts it, and leaves one without a value as it is', () => {
    expect(format('{title} — {site}', { title: 'Be reliable', site: 'The guide' })).toBe('Be reliable — The guide');
    expect(format('Line {line}, column {column}: {message}', { line: 3 })).toBe('Line 3, column {column}: {message}');
  });
  it('writes numbers the language’s way', () => {
    expect(format('{words} words', { words: 12345 }, 'en')).toBe('12,345 words');
    expect(format('{words} Wörter', { words: 12345 }, 'de')).toBe('12.345 Wörter');
  });
});

describe('plural', () => {
  const pages = { zero: '{count} zero', one: '{count} one', two: '{count} two', few: '{count} few', many: '{count} many', other: '{count} other' };
  it('chooses the form by Intl.PluralRules', () => {
    expect(plural(en['search.pagesFound'], 1, 'en')).toBe('1 page');
    expect(plural(en['search.pagesFound'], 0, 'en')).toBe('0 pages');
    expect(plural(en['search.pagesFound'], 2, 'en')).toBe('2 pages');
  });
  it('has Arabic’s six forms, with the digits the tag asks for', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => plural(pages, count, 'ar'))).toEqual(['0 zero', '1 one', '2 two', '3 few', '11 many', '100 other']);
    expect(plural(pages, 11, 'ar-EG')).toBe('١١ many');
  });
  it('has Polish’s few and many', () => {
    expect([1, 2, 5, 22, 25].map((count) => plural(pages, count, 'pl'))).toEqual(['1 one', '2 few', '5 many', '22 few', '25 many']);
  });
  it('falls back to `other` for a category a language does not give', () => {
    expect(plural({ other: '{count}件' }, 1, 'ja')).toBe('1件');
  });
  it('fills the other placeholders too', () => {
    expect(plural(en['search.pagesFoundOfKind'], 12, 'en', { shown: 3, kind: 'Strategies' })).toBe('3 of 12 pages in Strategies');
  });
});

describe('formatParts', () => {
  it('splits a template at its placeholders, putting each value in its place', () => {
    const link = { href: '/' };
    expect(formatParts('Start from the {homeLink}, or choose a topic:', { homeLink: link })).toEqual(['Start from the ', link, ', or choose a topic:']);
    expect(formatParts('{link}.', { link })).toEqual([link, '.']);
  });
});

describe('wordsOf', () => {
  it('looks words up by name, in the language of the site', () => {
    const words = wordsOf('en');
    expect(words.text('moved.title', { title: 'Be reliable' })).toBe('Moved: Be reliable');
    expect(words.plural('topic.readingTime', 4)).toBe('4 min read');
    expect(words.number(1234.5)).toBe('1,234.5');
  });
  it('keeps English words, with the numbers of the site’s own language, when there is no table for it', () => {
    const words = wordsOf('sw');
    expect(words.lang).toBe('en');
    expect(words.plural('source.words', 1)).toBe('1 word');
  });
});

describe('wordsAttributes and articleAttributes', () => {
  it('mark nothing where the site has its own words, whatever their direction', () => {
    for (const lang of ['en', 'en-GB', 'fr', 'ar', 'he', 'ja', 'pt-BR']) {
      expect([wordsAttributes(lang), articleAttributes(lang)], lang).toEqual([{}, {}]);
    }
  });

  it('mark the English fallback as English, and the article inside it as the site’s language', () => {
    expect(wordsAttributes('sw')).toEqual({ lang: 'en' });
    expect(articleAttributes('sw')).toEqual({ lang: 'sw' });
  });

  it('turn the English fallback left to right in a right-to-left site, and the article back', () => {
    for (const lang of ['fa', 'ur', 'ps', 'az-Arab']) {
      expect(wordsAttributes(lang), lang).toEqual({ lang: 'en', dir: 'ltr' });
      expect(articleAttributes(lang), lang).toEqual({ lang, dir: 'rtl' });
    }
  });
});
