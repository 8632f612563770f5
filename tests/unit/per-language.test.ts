import { describe, expect, test } from 'vitest';
import { perLanguage } from '../../src/utils/per-language.ts';

describe('perLanguage', () => {
  test('makes a value once for each tag and gives that same value again', () => {
    const made: string[] = [];
    const rulesOf = perLanguage((lang) => {
      made.push(lang);
      return new Intl.PluralRules(lang);
    });
    const english = rulesOf('en');
    expect(rulesOf('en')).toBe(english);
    expect(rulesOf('ar').select(2)).toBe('two');
    expect(rulesOf('ar')).not.toBe(english);
    expect(made).toEqual(['en', 'ar']);
  });

  test('keeps a made `undefined` too, and tries a tag again whose making threw', () => {
    let calls = 0;
    const localeOf = perLanguage((tag) => {
      calls++;
      if (tag === 'bad') throw new RangeError('Incorrect locale information provided');
      return undefined;
    });
    expect(localeOf('x')).toBeUndefined();
    expect(localeOf('x')).toBeUndefined();
    expect(calls).toBe(1);
    expect(() => localeOf('bad')).toThrow(RangeError);
    expect(() => localeOf('bad')).toThrow(RangeError);
    expect(calls).toBe(3);
  });
});
