import type { ElementContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';

/** Where a block starts in the source file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A line of the article after normalisation, with its place in the file. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** Where a block's text starts, when the line is a web page's or Word document's block rather than a line of the file. */
  column?: number;
  text: string;
}

/** The article as read from disk: its name for messages and its decoded lines. */
export interface SourceText {
  /** Path of the file as the user named it, used in every message. */
  file: string;
  format: 'text' | 'markdown';
  lines: SourceLine[];
}

/**
 * A run of text with its inline rendering. Plain-text articles have only `text`;
 * Markdown articles keep their inline markup (emphasis, links, code) as `phrasing`.
 */
export interface Inline {
  text: string;
  phrasing?: ElementContent[];
  position: Position;
}

export interface HeadingBlock extends Inline {
  type: 'heading';
  /** The strategy number of a numbered heading (`1. Don't take it personally`). */
  number?: number;
  /** The heading text without its number. */
  label: string;
}

export interface SubheadingBlock extends Inline {
  type: 'subheading';
}

export interface ParagraphBlock extends Inline {
  type: 'paragraph';
}

/** The kinds of note GitHub's Markdown marks a quotation as (`> [!NOTE]`), which the page labels. */
export const alertKinds = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertKind = (typeof alertKinds)[number];

/** The kind of alert the Markdown reader marked an element as (its `data-alert`), if any. */
export function alertKindOf(properties: Readonly<Record<string, unknown>>): AlertKind | undefined {
  return alertKinds.find((kind) => kind === properties['dataAlert']);
}

export interface QuoteBlock {
  type: 'quote';
  paragraphs: Inline[];
  /** A note, tip or warning the author marked as GitHub does: no quotation, but set apart under its kind. */
  alert?: AlertKind;
  text: string;
  position: Position;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number;
  items: Inline[];
  text: string;
  position: Position;
}

/** Markdown content without a plain-text counterpart (tables, code, rules, footnotes), kept as HTML. */
export interface RichBlock {
  type: 'rich';
  hast: ElementContent[];
  text: string;
  position: Position;
}

export type Block = HeadingBlock | SubheadingBlock | ParagraphBlock | QuoteBlock | ListBlock | RichBlock;

export const topicKinds = ['overview', 'strategy', 'red-flags', 'signs', 'guide', 'story'] as const;
export type TopicKind = (typeof topicKinds)[number];

/** One page of the site: a heading (or the overview) and the blocks that belong to it. */
export interface Topic {
  slug: string;
  title: string;
  kind: TopicKind;
  /** Reading order, from 0 (the overview) up. */
  order: number;
  summary: string;
  /** The strategy number, for numbered headings. */
  number?: number;
  /** The heading block that starts this topic; absent for the overview and for topics the outline starts at a paragraph. */
  heading?: HeadingBlock;
  blocks: Block[];
}

/** A suspected defect in the source text, reported by `npm run lint:content` and counted by the build. */
export interface LintWarning {
  file: string;
  position: Position;
  rule: string;
  message: string;
  hint: string;
}

/**
 * Files an article refers to by relative path: beside it on disk (a Markdown or web page's images), or
 * inside it (a Word document's embedded images). Readers provide one; the media stage asks it.
 */
export interface ArticleFiles {
  /** The bytes of `reference` (a path relative to the article, percent-decoded, without query or fragment); `undefined` when there is no such file. */
  read(reference: string): Uint8Array | undefined;
}

/** A setting the article itself carries, and where it was found, for the build's messages (`front matter`, `web page <html lang>`). */
export interface Sourced<T> {
  value: T;
  from: string;
}

/**
 * What the reader of a Markdown file, a web page or a Word document hands on: one mdast tree, whatever the format,
 * and what the article says about itself. Plain text keeps its own convention (`SourceText`).
 */
export interface ArticleTree {
  /** Path of the file as the user named it, used in every message. */
  file: string;
  format: 'markdown' | 'web-page' | 'word';
  /** The article's content; every node keeps its place in the file (for Word, line is the paragraph number). */
  tree: MdastRoot;
  title?: Sourced<string>;
  description?: Sourced<string>;
  lang?: Sourced<string>;
  /** What reading noticed: ignored front matter keys, removed markup. */
  warnings: LintWarning[];
  files: ArticleFiles;
  /**
   * What the line-by-line lint rules read: a Markdown file's lines with code and links blanked out, or the text
   * of each block of a web page or Word document, where the block starts.
   */
  lines: SourceLine[];
}
