// The article's language from its text (scripts/parse/detect-language.ts): franc's ISO 639-3 answer as the
// BCP 47 tag the site uses, only from a text long enough to be sure.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { blocksText, detectLanguage, languageTagOf, letterCount, minDetectableLength } from '../../scripts/parse/detect-language.ts';
import type { Block } from '../../scripts/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/search-lang');

/** Each fixture article of tests/fixtures/search-lang/<lang>/ without its Markdown heading marks, by language. */
const articles: [string, string][] = readdirSync(fixtures).map((lang) => {
  const folder = path.join(fixtures, lang);
  return [lang, readFileSync(path.join(folder, readdirSync(folder)[0]!), 'utf8').replace(/^#+ /gm, '')];
});

/** Two more of the site's languages, a paragraph each, in their own scripts. */
const hebrew =
  'כשבן או בת הזוג מתרחקים, חשוב לשמור על עצמכם. אנשים עם סגנון התקשרות נמנע למדו בילדותם שבקשת קרבה לא עוזרת, וכשהקשר נעשה רציני הם נוטים להתרחק. ' +
  'ההתרחקות הזאת איננה שיפוט שלכם, אלא דרך ישנה להגן על עצמם. כשבן הזוג נסוג, רדיפה אחריו כמעט תמיד מחמירה את המצב. ' +
  'אמרו לו בשקט שתהיו זמינים כשירצה לדבר, ובינתיים דאגו לחיים שלכם: לשינה, לחברים ולדברים שאתם אוהבים. טיפול אישי איננו סימן לכך שהקשר נכשל.';
const japanese =
  'パートナーが距離を置き始めたときのためのガイドです。回避型の愛着スタイルを持つ人は、子どもの頃に親密さを求めても無駄だと学んだことが多く、関係が真剣になるほど距離を取りたくなります。' +
  'この距離はあなたへの評価ではなく、自分を守るための古いやり方です。パートナーが引いたときに追いかけると、たいてい状況は悪くなります。' +
  '話したくなったらいつでも聞くと穏やかに伝え、その間は自分の生活を大切にしてください。よく眠り、きちんと食べ、友人との時間や自分らしくいられる活動を続けましょう。' +
  '一人でカウンセリングを受けることは、関係が失敗したという意味ではありません。多くの人がそこで自分の不安のパターンに気づき、沈黙のたびに反応しないことを学びます。';
const samples: [string, string][] = [...articles, ['he', hebrew], ['ja', japanese]];

/** `text` from its start up to and including its `letters`-th letter. */
function firstLetters(text: string, letters: number): string {
  let seen = 0;
  for (let index = 0; index < text.length; index++) if (/\p{L}/u.test(text[index]!) && ++seen === letters) return text.slice(0, index + 1);
  return text;
}

/** Every piece of `letters` letters starting each 40 characters into each sample, and the language `detect` names for it. */
function detectWindows(letters: number, detect: (text: string) => string | undefined) {
  return samples.flatMap(([lang, text]) => {
    const windows: { lang: string; detected: string | undefined }[] = [];
    for (let start = 0; letterCount(text.slice(start)) >= letters; start += 40) windows.push({ lang, detected: detect(firstLetters(text.slice(start), letters)) });
    return windows;
  });
}

/** What franc itself says of a text, however short: what `detectLanguage` would say without its threshold. */
const francSays = (text: string) => languageTagOf(francAll(text)[0]![0]);

describe('detectLanguage', () => {
  it('names each fixture article’s language as the site’s tag, with "detected" as where it came from', () => {
    for (const [lang, text] of samples) expect(detectLanguage(text), lang).toEqual({ value: lang, from: 'detected' });
  });

  it(`is right from every ${minDetectableLength}-letter piece of the samples, where pieces a sixth as long are not`, () => {
    const atThreshold = detectWindows(minDetectableLength, (text) => detectLanguage(text)?.value);
    const short = detectWindows(50, francSays);
    const wrong = (windows: typeof atThreshold) => windows.filter((window) => window.detected !== window.lang);
    console.log(
      `language detection: ${atThreshold.length - wrong(atThreshold).length}/${atThreshold.length} pieces of ${minDetectableLength} letters right; ` +
        `${short.length - wrong(short).length}/${short.length} of 50 letters (${[...new Set(wrong(short).map((window) => `${window.lang}→${window.detected}`))].join(', ')})`,
    );
    expect(new Set(atThreshold.map((window) => window.lang))).toEqual(new Set(samples.map(([lang]) => lang)));
    expect(wrong(atThreshold)).toEqual([]);
    expect(wrong(short).length).toBeGreaterThan(0);
  });

  it('takes a language the site has words for over a close neighbour that franc scores a hair higher', () => {
    // A volunteers' handbook, as a food bank writes it: franc scores Scots 1 and English 0.995.
    const handbook =
      'Volunteer handbook. Welcome to the food bank. This handbook explains how a shift works and who to ask for help. Before your first shift. ' +
      'Read the safety sheet and bring closed shoes. Arrive ten minutes early. During a shift. Sign in at the desk. Wear your badge where people can see it. ' +
      'If a visitor seems upset, listen first, then find the shift lead. After a shift. Sign out and tell the lead about anything that ran low.';
    expect(francAll(handbook)[0]![0]).toBe('sco');
    expect(detectLanguage(handbook)).toEqual({ value: 'en', from: 'detected' });
  });

  it(`guesses nothing from fewer than ${minDetectableLength} letters: the site then stays English`, () => {
    expect(detectLanguage('Cuídate: duerme, come bien y mantén a tus amistades.')).toBeUndefined();
    // Spaces, digits and punctuation are not letters: a long table of numbers says nothing of a language.
    expect(detectLanguage(`${'12 345, 678; '.repeat(100)}Bonjour`)).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});

describe('letterCount', () => {
  it('counts letters in every script, not spaces, digits or punctuation, and stops at `atMost`', () => {
    expect(letterCount('Ça va? 123 — שלום, 你好!')).toBe(10);
    expect(letterCount('Ça va? 123 — שלום, 你好!', 3)).toBe(3);
    expect(letterCount('ab', 300)).toBe(2);
  });
});

describe('languageTagOf', () => {
  it('gives the BCP 47 tag of franc’s ISO 639-3 codes, through the aliases Intl knows', () => {
    const tags = Object.fromEntries(['spa', 'fra', 'deu', 'por', 'ita', 'nld', 'pol', 'heb', 'jpn', 'eng'].map((code) => [code, languageTagOf(code)]));
    expect(tags).toEqual({ spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl', heb: 'he', jpn: 'ja', eng: 'en' });
    // franc names individual languages; the site, browsers and Pagefind know their macrolanguage's tag.
    expect(['cmn', 'arb', 'pes', 'swh', 'uzn', 'npi'].map(languageTagOf)).toEqual(['zh', 'ar', 'fa', 'sw', 'uz', 'ne']);
    // A language Intl knows by its own three letters keeps them.
    expect(languageTagOf('ckb')).toBe('ckb');
  });

  it('gives nothing for franc’s "undetermined" or a code Intl cannot name', () => {
    expect(languageTagOf('und')).toBeUndefined();
    expect(languageTagOf('zzz')).toBeUndefined();
    expect(languageTagOf('not a code')).toBeUndefined();
  });

  it('knows every language franc can detect that Intl can name, as a valid tag', () => {
    // francAll on one text lists every language franc compares; Latin, Cyrillic and Arabic scripts between them.
    const codes = new Set(['Le partenaire s’éloigne.', 'Партнёр отдаляется.', 'الشريك يبتعد.'].flatMap((text) => francAll(text, { minLength: 1 }).map(([code]) => code)));
    const named = [...codes].map((code) => [code, languageTagOf(code)] as const).filter(([, tag]) => tag);
    expect(named.length).toBeGreaterThan(100);
    for (const [, tag] of named) expect(Intl.getCanonicalLocales(tag!)).toEqual([tag]);
  });
});

describe('blocksText', () => {
  it('joins the text of every block in order', () => {
    const position = { line: 1, column: 1, offset: 0 };
    const blocks = [
      { type: 'heading', text: 'Título', label: 'Título', position },
      { type: 'paragraph', text: 'Un párrafo.', position },
    ] as Block[];
    expect(blocksText(blocks)).toBe('Título\nUn párrafo.');
  });
});
