// What a heading looks like when nothing marks it as one: the plain-text convention without its U+00A0 marks
// (parse-text.ts), and a Word document whose writer made headings bold lines (read/word.ts).

/** Sentence-final punctuation, Arabic and full-width (Chinese, Japanese) too; a line that ends without it may be a heading. Closing brackets do not count. */
export const finalPunctuation = /[.!?:;,…"”’'»。！？：；，」』؟،؛]$/;

/**
 * A heading found without its mark starts like a title: a capital or uncased letter, a digit, or an
 * opening quotation mark or bracket. Not lower case (the end of a sentence) and not markup or code (`<`, `#`, `{`).
 */
export const headingStart = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'(¿¡]/u;

/** Headings and sub-headings are short: at most this many characters and words. */
const maxHeadingLength = 100;
const maxHeadingWords = 16;

export function isShort(text: string): boolean {
  return text.length <= maxHeadingLength && text.split(/\s+/).length <= maxHeadingWords;
}

export function isShortUnpunctuated(text: string): boolean {
  return isShort(text) && !finalPunctuation.test(text);
}

/** A line shaped like a heading: it starts like a title, is short, and ends without final punctuation. */
export function looksLikeHeading(text: string): boolean {
  return headingStart.test(text) && isShortUnpunctuated(text);
}
