// Sentences and words of a text in the language it is written in, through Intl.Segmenter (Unicode's
// sentence and word boundaries, with ICU's dictionaries for scripts written without spaces). Pure: `lang`
// is a parameter of every function, the article's language as `settings.lang` resolves it.
import { scriptOf } from '../../src/i18n/languages.ts';

/** Segmenters are costly to create and hold no state between calls: one per language and granularity. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${granularity} ${lang}`;
  let made = segmenters.get(key);
  if (!made) {
    made = new Intl.Segmenter(lang, { granularity });
    segmenters.set(key, made);
  }
  return made;
}

/**
 * Scripts written without spaces between words. Elsewhere a word is what spaces delimit, as a word
 * processor counts them ("self-care", "don't" and "e.g." are one word each); in these the segmenter's
 * dictionary finds the words inside a run of text.
 */
export const unspacedScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
/**
 * A much faster test first, on UTF-16 code units: the blocks those scripts live in (Thai to Myanmar, Khmer,
 * CJK onwards, and the surrogates of CJK's supplementary ideographs). Curly quotes and dashes are below it.
 */
const unspacedBlocks = /[\u0E00-\u109F\u1780-\u17FF\u2E80-\uFFFF\uD800-\uDBFF]/;

function hasUnspacedScript(text: string): boolean {
  return unspacedBlocks.test(text) && unspacedScript.test(text);
}

/** Line breaks Unicode's sentence boundaries always break at; inside a block's text they are wrapping, a space. */
const lineBreak = /[\n\r\u0085\u2028\u2029]/g;

/**
 * The sentences of a text, each with its spaces collapsed. Unicode's sentence boundaries end a sentence at
 * `.`, `!`, `?`, Arabic `؟`, Chinese and Japanese `。！？` (no space needed after them), keep Spanish `¿…?` whole,
 * and do not end one at a full stop the next word continues in lower case ("e.g. this").
 */
export function splitSentences(text: string, lang: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter(lang, 'sentence').segment(text.replace(lineBreak, ' '))) {
    const sentence = segment.replace(/\s+/g, ' ').trim();
    if (sentence !== '') sentences.push(sentence);
  }
  return sentences;
}

/** Where each sentence after the first starts in `text`, as offsets. */
export function sentenceStarts(text: string, lang: string): number[] {
  const starts: number[] = [];
  for (const { index } of segmenter(lang, 'sentence').segment(text)) if (index > 0) starts.push(index);
  return starts;
}

/** The first sentence of a text, shortened at a word boundary when longer than `maxLength`. */
export function firstSentence(text: string, lang: string, maxLength = 200): string {
  const [first = ''] = splitSentences(text, lang);
  if (first.length <= maxLength) return first;
  return `${first.slice(0, lastWordEnd(first, lang, maxLength))}…`;
}

/** The end of the last word that ends before `limit`: at a space, or between two words of a script without spaces. */
function lastWordEnd(text: string, lang: string, limit: number): number {
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  const unspaced = hasUnspacedScript(cut.slice(space + 1)) ? lastUnspacedWordEnd(cut, lang, space + 1) : 0;
  return Math.max(space, unspaced);
}

function lastUnspacedWordEnd(cut: string, lang: string, from: number): number {
  let end = 0;
  // The segment running into the cut may be a word cut in half: only those that end before it count.
  for (const { segment, index, isWordLike } of segmenter(lang, 'word').segment(cut.slice(from))) {
    if (isWordLike && from + index + segment.length < cut.length) end = from + index + segment.length;
  }
  return end;
}

/** The words of a run of text between spaces: itself, or the segmenter's words when its script has no spaces. */
function wordsOfRun(run: string, lang: string): string[] {
  if (!unspacedScript.test(run)) return [run];
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter(lang, 'word').segment(run)) if (isWordLike) words.push(segment);
  return words.length > 0 ? words : [run];
}

/** The words of a text, as the segmenter finds them in its language: no spaces or punctuation, in every script. */
export function wordsOf(text: string, lang: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter(lang, 'word').segment(text)) if (isWordLike) words.push(segment);
  return words;
}

/**
 * How many words a text has: runs between spaces, and the segmenter's words inside runs of Chinese, Japanese,
 * Thai… Counting stops at `atMost`, for a caller that only asks whether a text is short.
 */
export function countWords(text: string, lang: string, atMost = Infinity): number {
  if (!hasUnspacedScript(text)) {
    // Counted, not split into an array: a topic's text is thousands of words.
    const run = /\S+/g;
    let count = 0;
    while (count < atMost && run.test(text)) count++;
    return count;
  }
  let count = 0;
  for (const run of text.split(/\s+/)) {
    if (count >= atMost) break;
    if (run !== '') count += unspacedScript.test(run) ? wordsOfRun(run, lang).length : 1;
  }
  return Math.min(count, atMost);
}

/**
 * The start of a text up to its `count`-th word, spaces collapsed: "first few words" ids and labels are made
 * of it. In a script without spaces it ends with the segmenter's `count`-th word, not with the whole sentence.
 */
export function firstWords(text: string, count: number, lang: string): string {
  if (!hasUnspacedScript(text)) return firstRuns(text, count).join(' ');
  const runs = text.trim().split(/\s+/);
  const taken: string[] = [];
  let left = count;
  for (const run of runs) {
    if (left <= 0) break;
    if (!unspacedScript.test(run)) {
      taken.push(run);
      left--;
      continue;
    }
    let end = 0;
    for (const { segment, index, isWordLike } of segmenter(lang, 'word').segment(run)) {
      if (!isWordLike) continue;
      if (left <= 0) break;
      end = index + segment.length;
      left--;
    }
    taken.push(left > 0 ? run : run.slice(0, end));
  }
  return taken.join(' ');
}

/** The first `count` runs of text between spaces, found one by one rather than by splitting a whole paragraph. */
function firstRuns(text: string, count: number): string[] {
  const run = /\S+/g;
  const runs: string[] = [];
  for (let match; runs.length < count && (match = run.exec(text)); ) runs.push(match[0]);
  return runs;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** How many letters and digits the words of a text have, the measure of length for languages read by characters. */
export function countCharacters(text: string, lang: string): number {
  let count = 0;
  for (const { segment, isWordLike } of segmenter(lang, 'word').segment(text)) {
    if (isWordLike) for (const character of segment) if (letterOrDigit.test(character)) count++;
  }
  return count;
}

/** Whether a language's reading time is measured in characters rather than words: Chinese and Japanese, in their scripts. */
export function readsByCharacters(lang: string): boolean {
  let reads = readByCharacters.get(lang);
  if (reads === undefined) {
    const script = scriptOf(lang);
    reads = script === 'Hans' || script === 'Hant' || script === 'Jpan';
    readByCharacters.set(lang, reads);
  }
  return reads;
}

/** `Intl.Locale` is slow to make for what it answers: once per language. */
const readByCharacters = new Map<string, boolean>();
