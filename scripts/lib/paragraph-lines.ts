import type { SourceLine } from '../types.ts';

/** No one hard-wraps text this wide: a longer line is a whole paragraph that an editor put on one line. */
const maxWrappedLineLength = 120;

/**
 * True when each line of a plain-text article is a paragraph of its own, as a copy from Google Docs or
 * Word gives: no blank line stands between two lines of text, and some line is too long to be a hard
 * wrap. Otherwise blank lines separate paragraphs, and lines between them are one paragraph, wrapped.
 */
export function isParagraphPerLine(lines: readonly SourceLine[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const { text } of lines) {
    if (text.trim() === '') {
      blankAfterText = seenText;
    } else {
      if (blankAfterText) return false;
      seenText = true;
    }
  }
  return lines.some(({ text }) => text.trim().length > maxWrappedLineLength);
}
