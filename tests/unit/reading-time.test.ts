import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../scripts/lib/text-segments.ts';
import { readingMinutes } from '../../src/utils/reading-time.ts';

describe('readingMinutes', () => {
  it('reads English at 200 words a minute, at least one minute', () => {
    expect(readingMinutes({ words: 1000 }, 'en')).toBe(5);
    expect(readingMinutes({ words: 20 }, 'en')).toBe(1);
  });

  it('reads Chinese by its characters, about 224 a minute, not by its few segmented words', () => {
    const paragraph = '他需要空间的时候，我学会了等待。这不是冷漠，而是他照顾自己的方式。'; // 29 letters, 18 words
    const text = paragraph.repeat(80);
    const length = { words: countWords(text, 'zh'), characters: countCharacters(text, 'zh') };
    expect(length.characters).toBe(29 * 80);
    // 2,320 characters at 255 × 200/228 ≈ 224 a minute: 10 minutes.
    expect(readingMinutes(length, 'zh')).toBe(10);
    expect(readingMinutes(length, 'zh-Hant')).toBe(10);
    // Read as words it would be 1,440 / 200 ≈ 7 minutes: the unit is the language's, not the count's.
    expect(readingMinutes({ words: length.words }, 'zh')).toBe(Math.round(length.words / 200));
  });

  it('reads Japanese by characters at about 313 a minute', () => {
    expect(readingMinutes({ words: 900, characters: 3130 }, 'ja')).toBe(10);
  });

  it('reads words in a language written with spaces even when characters are given', () => {
    expect(readingMinutes({ words: 400, characters: 2000 }, 'ar')).toBe(2);
  });
});
