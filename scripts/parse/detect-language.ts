// The article's language from its own words, for an article that names none (a French `.md` without front
// matter, plain text). Pure. franc compares the text's letter trigrams with those of 187 languages; it is
// "easily confused on small samples" (its own readme), so a text shorter than `minDetectableLength` is not
// guessed at, and the site stays English, as it would have been without detection.
import { francAll } from 'franc';
import { hasWordsFor } from '../../src/i18n/words.ts';
import type { Block, Sourced } from '../types.ts';

/**
 * Letters (not spaces, digits or punctuation) the text needs before its language is trusted: about 60 words
 * of English, a long paragraph of Chinese. tests/unit/detect-language.test.ts cuts the articles of
 * tests/fixtures/search-lang/ (es, fr, de, ar, zh, ru) and a Hebrew and a Japanese paragraph into pieces, one
 * starting every 40 characters: franc names the right language for 234 of 261 pieces of 50 letters (Spanish
 * taken for Galician, Catalan or Portuguese, German for Dutch, Russian for Bulgarian or Ukrainian), 230 of 236
 * of 150, 218 of 224 of 200, and all 201 of 300, the shortest length tried with no mistake. An article worth
 * splitting into pages is longer.
 */
export const minDetectableLength = 300;

/** franc reads at most this many characters (its own limit); more would only cost time. */
const francMaxLength = 2048;

/**
 * The BCP 47 tag of an ISO 639-3 code as franc gives it: `spa` → `es`, `cmn` → `zh`, `arb` → `ar`, `pes` → `fa`.
 * Intl's canonicalisation holds CLDR's aliases, so a macrolanguage member gets the tag browsers and Pagefind
 * expect; a code Intl cannot name (no display name for it) is `undefined`.
 */
export function languageTagOf(iso6393: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(iso6393);
    if (!tag) return undefined;
    const name = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(tag);
    return name ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The number of letters in `text` (what franc's trigrams are made of), counted up to `atMost`: an article has millions. */
export function letterCount(text: string, atMost = Infinity): number {
  const letters = /\p{L}/gu;
  let count = 0;
  while (count < atMost && letters.exec(text)) count++;
  return count;
}

/**
 * How close to franc's best score a language the site has words for must come to be taken instead. franc tells
 * a language from a close neighbour with far fewer writers by a hair: a volunteers' handbook in plain English
 * scores 1 for Scots and 0.995 for English, and Spanish pieces score highest as Galician.
 */
const closeCall = 0.98;

/** The language of `text` with "detected" as its provenance, or `undefined` when the text is too short or franc cannot tell. */
export function detectLanguage(text: string): Sourced<string> | undefined {
  if (letterCount(text, minDetectableLength) < minDetectableLength) return undefined;
  const ranked = francAll(text.slice(0, francMaxLength));
  const [first] = ranked;
  const best = ranked.find(([code, score]) => score >= closeCall && hasWordsFor(languageTagOf(code) ?? '')) ?? first;
  const tag = best && best[0] !== 'und' ? languageTagOf(best[0]) : undefined;
  return tag ? { value: tag, from: 'detected' } : undefined;
}

/** The text of an article's blocks, in order, for `detectLanguage`. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join('\n');
}

