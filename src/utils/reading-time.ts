import { scriptOf } from '../i18n/languages.ts';

/** How long a topic is, as the pipeline counted it (scripts/lib/text-segments.ts). */
export interface TextLength {
  words: number;
  /** Letters and digits, counted for languages read by characters (Chinese, Japanese). */
  characters?: number;
}

// Rates from IReST (Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading Performance: The New
// International Reading Speed Texts IReST", IOVS 2012;53(9):5452–5461, doi:10.1167/iovs.11-8284), which timed
// native adult readers on equivalent texts in 17 languages: English 228 words a minute, Chinese 255 and
// Japanese 357 characters a minute. The site reads English at an unhurried 200 words a minute; Chinese and
// Japanese are slowed by the same ratio (200/228), so a topic takes as long in every language.
const wordsPerMinute = 200;
const unhurried = wordsPerMinute / 228;
const charactersPerMinute: Record<string, number> = { Hans: 255 * unhurried, Hant: 255 * unhurried, Jpan: 357 * unhurried };

/** Minutes to read a text in `lang`: its characters for Chinese and Japanese, else its words; at least one. */
export function readingMinutes(length: TextLength, lang: string): number {
  const rate = charactersPerMinute[scriptOf(lang) ?? ''];
  const minutes = rate !== undefined && length.characters !== undefined ? length.characters / rate : length.words / wordsPerMinute;
  return Math.max(1, Math.round(minutes));
}
