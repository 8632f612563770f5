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
  return { blocks: parseText(source), warnings: [] };
}
