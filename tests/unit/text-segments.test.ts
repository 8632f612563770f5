import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, firstSentence, firstWords, readsByCharacters, splitSentences } from '../../scripts/lib/text-segments.ts';

describe('splitSentences in the article’s language', () => {
  it('keeps a Spanish ¿…? and ¡…! whole and ends sentences after them', () => {
    expect(splitSentences('¿Qué necesitas de mí? Dímelo con calma. ¡Claro que sí!', 'es')).toEqual(['¿Qué necesitas de mí?', 'Dímelo con calma.', '¡Claro que sí!']);
  });

  it('ends an Arabic sentence at ؟ and a full stop, not at the Arabic comma ،', () => {
    expect(splitSentences('هل تشعر بالوحدة؟ هذا طبيعي، لكن تحدث معه. سيفهمك مع الوقت.', 'ar')).toEqual(['هل تشعر بالوحدة؟', 'هذا طبيعي، لكن تحدث معه.', 'سيفهمك مع الوقت.']);
  });

  it('ends Chinese sentences at 。！？ with no space after them, not at the comma ，', () => {
    expect(splitSentences('他需要空间的时候，我学会了等待。这不是冷漠！你明白吗？', 'zh')).toEqual(['他需要空间的时候，我学会了等待。', '这不是冷漠！', '你明白吗？']);
  });

  it('ends Japanese sentences at 。 and ？, keeping 「…」 quotes inside the sentence', () => {
    expect(splitSentences('彼は「少し時間がほしい」と言いました。私は待つことにしました。それでよかったのでしょうか？', 'ja')).toEqual([
      '彼は「少し時間がほしい」と言いました。',
      '私は待つことにしました。',
      'それでよかったのでしょうか？',
    ]);
  });

  it('splits Hebrew and Polish sentences at their full stops and question marks', () => {
    expect(splitSentences('הוא צריך מרחב. זה לא אומר שהוא לא אוהב אותך? לא בהכרח.', 'he')).toEqual(['הוא צריך מרחב.', 'זה לא אומר שהוא לא אוהב אותך?', 'לא בהכרח.']);
    expect(splitSentences('Daj mu trochę czasu. Czy to znaczy, że odchodzi? Nie zawsze.', 'pl')).toEqual(['Daj mu trochę czasu.', 'Czy to znaczy, że odchodzi?', 'Nie zawsze.']);
  });

  it('does not end an English sentence at an abbreviation the next word continues in lower case', () => {
    // A regular expression on ". " cut "e.g." off; "Dr. Lee" still ends where a capital follows, as it did.
    expect(splitSentences('Give them space, e.g. an evening alone. Ask Dr. Lee.', 'en')).toEqual(['Give them space, e.g. an evening alone.', 'Ask Dr.', 'Lee.']);
  });

  it('collapses the spaces of a sentence wrapped over lines', () => {
    expect(splitSentences('One   sentence\n wrapped.  Two.', 'en')).toEqual(['One sentence wrapped.', 'Two.']);
  });
});

describe('countWords', () => {
  it('counts words between spaces in languages that write them, punctuation attached', () => {
    expect(countWords('¿Qué necesitas de mí? Dímelo.', 'es')).toBe(5);
    expect(countWords('هل تشعر بالوحدة؟ هذا طبيعي، لكن تحدث معه.', 'ar')).toBe(8);
    expect(countWords('הוא צריך מרחב, לא מחיצה.', 'he')).toBe(5);
    expect(countWords('Daj mu trochę czasu — nie odchodzi.', 'pl')).toBe(7);
    expect(countWords('Self-care isn’t selfish.', 'en')).toBe(3);
  });

  it('stops counting at `atMost`, for a label that only asks whether a text is short', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(countWords(long, 'en', 11)).toBe(11);
    expect(countWords(long, 'en', 20)).toBe(12);
    expect(countWords('他需要空间的时候，我学会了等待。', 'zh', 4)).toBe(4);
    expect(countWords('他需要空间的时候，我学会了等待。', 'zh', 100)).toBe(9);
  });

  it('counts the segmenter’s words in Chinese and Japanese, which write no spaces', () => {
    // 他 需要 空间 的 时候 ， 我 学会 了 等待 。
    expect(countWords('他需要空间的时候，我学会了等待。', 'zh')).toBe(9);
    // 私 たち は 毎日 、 小さな 約束 を 守る こと から 始め ま した 。
    expect(countWords('私たちは毎日、小さな約束を守ることから始めました。', 'ja')).toBe(13);
    expect(countWords('iPhoneを使って連絡します。', 'ja')).toBeGreaterThan(2);
  });

  it('counts the letters and digits of Chinese and Japanese, without punctuation', () => {
    expect(countCharacters('他需要空间的时候，我学会了等待。', 'zh')).toBe(14);
    expect(countCharacters('「少し」待つ。', 'ja')).toBe(4);
  });

  it('reads Chinese and Japanese by characters, other languages by words', () => {
    expect(['zh', 'zh-Hans', 'zh-TW', 'ja', 'ja-JP'].map(readsByCharacters)).toEqual([true, true, true, true, true]);
    expect(['en', 'es', 'ar', 'he', 'pl', 'ko'].map(readsByCharacters)).toEqual([false, false, false, false, false, false]);
  });
});

describe('firstWords, of which ids are made', () => {
  it('takes the first words between spaces, as before, in languages that write them', () => {
    expect(firstWords('  Since the avoidant had an unreliable caregiver growing up,', 6, 'en')).toBe('Since the avoidant had an unreliable');
    expect(firstWords('امشِ عشر دقائق في اليوم خلال الأسبوع الأول.', 6, 'ar')).toBe('امشِ عشر دقائق في اليوم خلال');
  });

  it('takes a few of the segmenter’s words from Japanese, not the whole sentence', () => {
    const words = firstWords('私たちは毎日、小さな約束を守ることから始めました。', 6, 'ja');
    // 私 たち は 毎日 、 小さな 約束: six words, the comma not one of them.
    expect(words).toBe('私たちは毎日、小さな約束');
    expect(slug(words)).toBe('私たちは毎日小さな約束');
  });

  it('counts an English word in Japanese text as one word', () => {
    expect(firstWords('LINEで短いメッセージを送ります。', 2, 'ja')).toBe('LINEで');
  });
});

describe('firstSentence', () => {
  it('is the first sentence in Chinese, cut at 。 with no space after it', () => {
    expect(firstSentence('他需要空间的时候，我学会了等待。这不是冷漠！', 'zh')).toBe('他需要空间的时候，我学会了等待。');
  });

  it('shortens a long Japanese sentence between two words, not inside one', () => {
    const sentence = `${'私たちは毎日、小さな約束を守ることから始めました'.repeat(6)}。`;
    const short = firstSentence(sentence, 'ja', 40);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(sentence.startsWith(short.slice(0, -1))).toBe(true);
    // The cut ends a word the segmenter found: the text up to it segments into the same words.
    const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(sentence)].map((segment) => segment.index);
    expect(words).toContain(short.length - 1);
  });

  it('shortens a long English sentence at a space, as before', () => {
    expect(firstSentence('Patience matters more than anything else you can bring to this.', 'en', 30)).toBe('Patience matters more than…');
  });
});
