import { describe, expect, it } from 'vitest';
import { scriptOf, siteLanguageOf, textDirection } from '../../src/i18n/languages.ts';

describe('siteLanguageOf', () => {
  it('takes the primary subtag of a tag the site has words for', () => {
    expect(siteLanguageOf('pt-BR')).toBe('pt');
    expect(siteLanguageOf('zh-Hans-CN')).toBe('zh');
    expect(siteLanguageOf('EN-gb')).toBe('en');
  });
  it('has nothing for a language without words, or a malformed tag', () => {
    expect(siteLanguageOf('sw')).toBeUndefined();
    expect(siteLanguageOf('not a tag')).toBeUndefined();
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian, Urdu and tags in their scripts', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'az-Arab']) expect(textDirection(tag)).toBe('rtl');
  });
  it('is left to right for the others, and for a malformed tag', () => {
    for (const tag of ['en', 'ja', 'zh', 'az', 'not a tag']) expect(textDirection(tag)).toBe('ltr');
  });
});

describe('scriptOf', () => {
  it('names the usual script of a language', () => {
    expect(scriptOf('zh')).toBe('Hans');
    expect(scriptOf('zh-TW')).toBe('Hant');
    expect(scriptOf('ja')).toBe('Jpan');
    expect(scriptOf('he')).toBe('Hebr');
    expect(scriptOf('fr')).toBe('Latn');
  });
});
