import { UnfoldError } from '../lib/unfold-error.ts';
import type { SourceText } from '../types.ts';

/** Lines a web scrape leaves at the edges of the page; they are not the author's words. */
const boilerplate = /^\s*(top of page|bottom of page|back to top|skip to (main )?content)\s*$/i;

/**
 * Drops scraping boilerplate and turns stray no-break spaces inside lines into spaces.
 * A no-break space at the start of a line is kept: in this convention it marks a heading.
 * Curly quotes, dashes and every other character are kept as written.
 */
export function normaliseSource(source: SourceText): SourceText {
  // Boilerplate lines become blank rather than vanish, so every line keeps its number in the file.
  const lines = source.lines.map((line) => {
      if (boilerplate.test(line.text)) return { line: line.line, text: '' };
      const lead = /^[\u00A0 \t]*/.exec(line.text)![0];
      return { line: line.line, text: lead + line.text.slice(lead.length).replaceAll('\u00A0', ' ').trimEnd() };
    });
  if (!lines.some((line) => line.text.trim() !== '')) {
    const empty = source.lines.every((line) => line.text.trim() === '');
    throw new UnfoldError(source.file, empty ? 'is empty' : 'has no text besides scraping boilerplate ("top of page", "bottom of page")', {
      hint: 'give an article with at least one paragraph of text',
    });
  }
  return { ...source, lines };
}
