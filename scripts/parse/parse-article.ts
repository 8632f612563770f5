import { parseText } from './parse-text.ts';
import { parseTree } from './parse-tree.ts';
import type { SourceUnit } from '../render/check-conservation.ts';
import type { ArticleTree, Block, LintWarning, SourceText } from '../types.ts';

/** An article split into blocks, with its own title where it has one (a Markdown `#` heading, a Word Title). */
export interface ParsedArticle {
  title?: string;
  blocks: Block[];
}

/** A parsed article with what parsing noticed and, for the formats read into a tree, the text conservation counts. */
export interface ParsedSource extends ParsedArticle {
  warnings: LintWarning[];
  /** The text of the tree a reader produced; absent for plain text, whose lines are counted instead. */
  units?: SourceUnit[];
}

/** Parses an article, plain text by its convention or any other format from its tree, into blocks that keep their place in the file. */
export function parseArticle(source: SourceText | ArticleTree): ParsedSource {
  if ('tree' in source) return parseTree(source);
  const blocks = parseText(source);
  // A first line that stands alone before the text (short, without final punctuation, paragraphs after it)
  // is the article's title, as Markdown's one `#` heading is: text copied from a page starts with its title.
  const [first, ...rest] = blocks;
  if (first?.type === 'subheading' && rest.length > 0) return { title: first.text, blocks: rest, warnings: [] };
  return { blocks, warnings: [] };
}
