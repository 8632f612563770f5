// Pandoc's title block: up to three lines at the very top of a Markdown file, each starting with `%` —
// the title, the authors, the date (`% Caring for houseplants` / `% Ana Silva; Ben Okafor` / `% March 2024`).
// Pandoc shows them as the document's heading, not as a paragraph of percent signs. The title is the
// article's, as a front matter `title` is; the author and date lines are not used, each with a warning, as
// front matter keys unfold does not use are. The lines are blanked, so that every other line keeps its number.
import type { LintWarning, Sourced } from '../types.ts';

export interface TitleBlock {
  text: string;
  title?: Sourced<string>;
  /** The block's last line: what the block's lines are blanked up to. */
  lastLine: number;
  warnings: LintWarning[];
}

const fieldNames = ['title', 'author', 'date'] as const;

/** Whether `text` opens with a title block at all. */
export function hasTitleBlock(text: string): boolean {
  return text.startsWith('%');
}

/** The title a text's opening title block gives, and the text with the block's lines blank. */
export function readTitleBlock(text: string, file: string): TitleBlock {
  const lines = text.split('\n');
  const fields: { value: string; line: number; column: number }[] = [];
  let index = 0;
  for (; index < lines.length && lines[index]!.trim() !== '' && fields.length <= fieldNames.length; index++) {
    const line = lines[index]!;
    const field = /^%[ \t]*(.*)$/.exec(line);
    if (field) fields.push({ value: field[1]!.trim(), line: index + 1, column: line.indexOf(field[1]!.trim()) + 1 || 2 });
    // A line that starts with a space goes on with the field above it.
    else if (/^[ \t]/.test(line) && fields.length > 0) fields.at(-1)!.value += ` ${line.trim()}`;
    else break;
  }
  if (fields.length > fieldNames.length) return { text, lastLine: 0, warnings: [] };
  const warnings: LintWarning[] = fields.slice(1).flatMap((field, place) =>
    field.value === ''
      ? []
      : [{
          file,
          position: { line: field.line, column: field.column },
          rule: 'front-matter-key-ignored',
          message: `the title block's ${fieldNames[place + 1]} line is not used`,
          hint: 'unfold uses the title block\'s first line, the title; the other lines stay in the file and change nothing',
        }],
  );
  const title = fields[0]?.value;
  const blanked = [...lines.slice(0, index).map(() => ''), ...lines.slice(index)].join('\n');
  return { text: blanked, ...(title ? { title: { value: title, from: 'title block' } } : {}), lastLine: index, warnings };
}
