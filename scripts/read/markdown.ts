import type { Blockquote, Literal, PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseToml, TomlError } from 'smol-toml';
import { SKIP, visit } from 'unist-util-visit';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { UnfoldError } from '../lib/unfold-error.ts';
import { findAdmonitions, mayHoldAdmonitions, wrapAdmonitions } from './admonitions.ts';
import { resolveAttributeLists } from './attribute-lists.ts';
import { unwrapLayoutDivs } from './layout-wrappers.ts';
import { dropMdxCode } from './mdx-code.ts';
import { hasTitleBlock, readTitleBlock } from './title-block.ts';
import { dropTocMarkers } from './toc-markers.ts';
import { resolveWikiSyntax } from './wiki-syntax.ts';
import { mayHoldTemplates, originalPosition, resolveTemplates, type ColumnEdit } from './template-tags.ts';
import { alertKinds, type AlertKind, type ArticleFiles, type ArticleTree, type LintWarning, type Position, type SourceLine, type SourceText, type Sourced } from '../types.ts';

// YAML front matter (`---`, Jekyll, Astro, most blogs) and TOML (`+++`, Hugo).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Front matter keys unfold uses; the site's own settings (`content/site.yaml`) still win over them. */
const usedKeys = ['title', 'description', 'lang'] as const;
type UsedKey = (typeof usedKeys)[number];
const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * Reads a Markdown article with remark, remark-gfm and remark-frontmatter. Front matter is never shown:
 * its `title`, `description` and `lang` become the article's settings, any other key a lint warning; so is
 * Pandoc's `%` title block. What other tools write and render (notes, attributes, MDX code) is read as they render it.
 * Raw HTML stays in the tree as written; the shared step (`parseTree`) parses and cleans it.
 */
export function readMarkdown(source: SourceText, files: ArticleFiles): ArticleTree {
  const text = source.lines.map((line) => line.text).join('\n');
  if (text.trim() === '') throw new UnfoldError(source.file, 'is empty', { hint: 'give an article with at least one paragraph of text' });
  const titleBlock = hasTitleBlock(text) ? readTitleBlock(text, source.file) : undefined;
  const opened = titleBlock?.text ?? text;
  const templates = mayHoldTemplates(opened) ? resolveTemplates(opened, codeRanges(parser.parse(opened)), source.file) : undefined;
  const templated = templates?.text ?? opened;
  const notes = mayHoldAdmonitions(templated) ? findAdmonitions(templated, codeRanges(parser.parse(templated)), source.file) : undefined;
  const read = notes?.text ?? templated;
  const tree: Root = parser.parse(read);
  // Code the author's tool runs and markers it replaces: out of the tree and out of the lines lint reads.
  const mdx = dropMdxCode(tree, read, source.file);
  const toc = dropTocMarkers(tree, read, source.file);
  const lines = proseLines(source, read, tree, { indents: notes?.edits ?? [], blank: [...mdx.ranges, ...toc.ranges] });
  // Each step's columns back to the text before it: a note's body to its indent, then template code.
  if (notes && notes.edits.length > 0) restoreColumns(tree, notes.edits);
  if (templates && templates.edits.length > 0) restoreColumns(tree, templates.edits);
  if (notes) wrapAdmonitions(tree, notes.admonitions, phrasingOf);
  const first = tree.children[0] as Literal | undefined;
  const matter = first?.type === 'yaml' || first?.type === 'toml' ? first : undefined;
  const frontMatter = matter ? readFrontMatter(source.file, matter) : { settings: {}, warnings: [] };
  if (matter) tree.children.shift();
  unwrapLayoutDivs(tree);
  resolveWikiSyntax(tree);
  resolveAttributeLists(tree);
  markMissingAlt(tree);
  markAlerts(tree);
  if (tree.children.length === 0 && titleBlock && !matter) {
    throw new UnfoldError(source.file, 'has a title block but no text after it', { point: { line: titleBlock.lastLine, column: 1 }, hint: 'write the article below the title block\'s `%` lines' });
  }
  if (tree.children.length === 0) {
    throw new UnfoldError(source.file, 'has front matter but no text after it', {
      point: first?.position ? { line: first.position.end.line, column: 1 } : { line: 1, column: 1 },
      hint: `write the article below the closing \`${matter?.type === 'toml' ? '+++' : '---'}\` line`,
    });
  }
  return { file: source.file, format: 'markdown', tree, ...(titleBlock?.title ? { title: titleBlock.title } : {}), ...frontMatter.settings, warnings: [...(titleBlock?.warnings ?? []), ...frontMatter.warnings, ...(templates?.warnings ?? []), ...(notes?.warnings ?? []), ...mdx.warnings, ...toc.warnings], files, lines };
}

/** The inline Markdown of a line of text, such as a note's title: `Use \`npm ci\``. */
function phrasingOf(text: string): PhrasingContent[] {
  const [paragraph] = parser.parse(text).children;
  return paragraph?.type === 'paragraph' ? paragraph.children : [{ type: 'text', value: text }];
}

/** A key of the front matter, its value, and where each is in the file. */
interface FrontMatterEntry {
  key: string;
  value: unknown;
  keyPoint: Position;
  valuePoint: Position;
}

/** The settings a front matter block carries (YAML or TOML), and a warning for each key unfold does not use. */
function readFrontMatter(file: string, node: Literal): { settings: Partial<Record<UsedKey, Sourced<string>>>; warnings: LintWarning[] } {
  // The front matter starts on the line after its opening `---` or `+++`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const entries = node.type === 'toml' ? tomlEntries(file, node.value, firstLine) : yamlEntries(file, node.value, firstLine);
  const settings: Partial<Record<UsedKey, Sourced<string>>> = {};
  const warnings: LintWarning[] = [];
  for (const { key, value, keyPoint, valuePoint } of entries) {
    if (!(usedKeys as readonly string[]).includes(key)) {
      warnings.push({
        file,
        position: keyPoint,
        rule: 'front-matter-key-ignored',
        message: `the front matter key \`${key}\` is not used`,
        hint: `unfold uses ${usedKeys.map((used) => `\`${used}\``).join(', ')}; the other keys stay in the file and change nothing`,
      });
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      throw new UnfoldError(file, `the front matter key \`${key}\` needs a text value`, { point: valuePoint, hint: node.type === 'toml' ? `write it as \`${key} = "some text"\`` : `write it as \`${key}: some text\`` });
    }
    if (key === 'lang' && !languageTag.test(value.trim())) {
      throw new UnfoldError(file, `the front matter \`lang\` "${value}" is not a language tag`, { point: valuePoint, hint: 'write a tag such as `en`, `es` or `pt-BR`' });
    }
    settings[key as UsedKey] = { value: value.trim(), from: 'front matter' };
  }
  return { settings, warnings };
}

function yamlEntries(file: string, text: string, firstLine: number): FrontMatterEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const [error] = document.errors;
  if (error) {
    throw new UnfoldError(file, `invalid YAML in the front matter: ${error.message.split('\n')[0]}`, {
      point: at(error.pos[0]),
      hint: 'check the indentation and quoting near this place; a value with a colon needs quotes, like title: "Part one: the start"',
    });
  }
  if (document.contents === null) return [];
  if (!isMap(document.contents)) {
    throw new UnfoldError(file, 'the front matter is not a list of `key: value` lines', {
      point: at(document.contents.range?.[0] ?? 0),
      hint: 'write it as lines such as `title: My guide`',
    });
  }
  return document.contents.items.map((pair) => {
    const keyPoint = at(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    return {
      key: isScalar(pair.key) ? String(pair.key.value) : '',
      value: isScalar(pair.value) ? pair.value.value : undefined,
      keyPoint,
      valuePoint: isScalar(pair.value) ? at(pair.value.range?.[0] ?? 0) : keyPoint,
    };
  });
}

/** The line of a TOML key: `key = …`, `"key" = …`, or the `[key]` header of its table. */
const keyLine = (key: string) => {
  const name = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*(?:(["']?)${name}\\1\\s*=|\\[\\s*${name}\\s*\\])`);
};

/** TOML front matter, as Hugo writes it between `+++` lines: its top-level keys, each placed at its line. */
function tomlEntries(file: string, text: string, firstLine: number): FrontMatterEntry[] {
  let table: Record<string, unknown>;
  try {
    table = parseToml(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    throw new UnfoldError(file, `invalid TOML in the front matter: ${error.message.replace(/^Invalid TOML document: /, '').split('\n')[0]}`, {
      point: { line: firstLine + error.line - 1, column: error.column },
      hint: 'check the quoting near this place; a text value needs quotes, like title = "Part one: the start"',
    });
  }
  const lines = text.split('\n');
  return Object.entries(table).map(([key, value]) => {
    // smol-toml gives no positions: a key is found on its line, `key = …` or a `[key]` table.
    const index = lines.findIndex((line) => keyLine(key).test(line));
    const line = firstLine + Math.max(index, 0);
    const column = index === -1 ? 1 : lines[index]!.length - lines[index]!.trimStart().length + 1;
    return { key, value, keyPoint: { line, column }, valuePoint: { line, column } };
  });
}

/**
 * Markdown has no way to say an image only decorates: `![](x.png)` is an image whose description is
 * missing, not HTML's `alt=""`. Without an alt, the media stage warns instead of hiding it from screen readers.
 */
function markMissingAlt(tree: Root): void {
  visit(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt) node.alt = null;
  });
}

/** GitHub's alert marker: `[!NOTE]` alone on the first line of a quotation. */
const alertMarker = new RegExp(`^\\[!(${alertKinds.join('|')})\\][ \\t]*(?:\\n|$)`, 'i');

/**
 * A quotation that starts with GitHub's marker (`> [!WARNING]`) is a note the author set apart, as github.com
 * shows it: the marker goes, and the quotation says its kind (`data-alert`) for the page to label it. An
 * unknown kind (`[!DANGER]`) or a marker with words after it on its line stays a quotation, as on GitHub.
 */
function markAlerts(tree: Root): void {
  visit(tree, 'blockquote', (quote: Blockquote) => {
    const [first] = quote.children;
    const text = first?.type === 'paragraph' ? first.children[0] : undefined;
    const marker = text?.type === 'text' ? alertMarker.exec(text.value) : null;
    if (!first || first.type !== 'paragraph' || !text || text.type !== 'text' || !marker) return;
    text.value = text.value.slice(marker[0].length);
    if (text.value === '') first.children.shift();
    // A break after the marker (two spaces or a backslash at its line's end) goes with it.
    if (first.children[0]?.type === 'break') first.children.shift();
    if (first.children.length === 0) quote.children.shift();
    const kind = marker[1]!.toLowerCase() as AlertKind;
    quote.data = { ...quote.data, hProperties: { ...quote.data?.hProperties, dataAlert: kind } };
  });
}

/** What is not prose to a reader of the Markdown: blanked out of the lines the lint rules read. */
const notProse = new Set(['yaml', 'toml', 'code', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'definition']);

/** The offsets of the text's code (blocks and spans) and front matter, where template code is the writer's text. */
function codeRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if (!['code', 'inlineCode', 'yaml', 'toml'].includes(node.type)) return undefined;
    if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) ranges.push([node.position.start.offset, node.position.end.offset]);
    return SKIP;
  });
  return ranges;
}

/** Gives every node of a tree parsed from a text with template code resolved its column in the original file. */
function restoreColumns(tree: Root, edits: readonly ColumnEdit[]): void {
  visit(tree, (node) => {
    if (!node.position) return;
    node.position = { start: { ...node.position.start, ...originalPosition(node.position.start, edits) }, end: { ...node.position.end, ...originalPosition(node.position.end, edits) } };
  });
}

/**
 * The lines the line-based lint rules read: the file's lines with front matter, code, links (their words and
 * addresses), HTML tags and what the reader left out (`blank`) blanked with spaces, so that an identifier such
 * as `defaultSchema` is not taken for words run together, nor a link's "click here" for a lost link, and every
 * column still points into the file.
 */
function proseLines(source: SourceText, text: string, tree: Root, left: { indents: readonly ColumnEdit[]; blank: readonly [number, number][] }): SourceLine[] {
  const ranges: [number, number][] = [...left.blank];
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    if (node.type === 'html') {
      for (const tag of text.slice(start, end).matchAll(/<[^>]*>?/g)) ranges.push([start + tag.index, start + tag.index + tag[0].length]);
    }
    if (!notProse.has(node.type)) return undefined;
    ranges.push([start, end]);
    return SKIP;
  });
  let prose = '';
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    prose += text.slice(at, from) + text.slice(from, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  prose += text.slice(at);
  // A note's body, moved to the margin to be read, is put back under its indent.
  const indent = new Map(left.indents.map((edit) => [edit.line, ' '.repeat(edit.removed)]));
  return prose.split('\n').map((line, index) => ({ line: source.lines[index]?.line ?? index + 1, text: (indent.get(index + 1) ?? '') + line }));
}
