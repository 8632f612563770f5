import { parseMarkdown } from './parse-markdown.ts';
import { parseText } from './parse-text.ts';
import type { Block, SourceText } from '../types.ts';

/** An article split into blocks, with its own title where it has one (a Markdown `#` heading). */
export interface ParsedArticle {
  title?: string;
  blocks: Block[];
}

/** Parses an article in either input format into blocks that keep their source line and column. */
export function parseArticle(source: SourceText): ParsedArticle {
  if (source.format === 'markdown') return parseMarkdown(source.lines.map((line) => line.text).join('\n'));
  return { blocks: parseText(source) };
}
