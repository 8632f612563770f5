import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import { slug } from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import { raw } from 'hast-util-raw';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { titleFromPath } from '../lib/file-title.ts';
import { cleanHtml } from '../read/clean-html.ts';
import type { SourceUnit } from '../render/check-conservation.ts';
import { alertKindOf, type ArticleTree, type Block, type Inline, type LintWarning, type Position } from '../types.ts';
import type { ParsedArticle } from './parse-article.ts';

const numberMarker = /^(\d{1,3})[.)]\s+/;

/**
 * Whether a heading says what the file's name says (its folder's, for a `README.md`): a word of the name is
 * in it. Markdown that puts every section under `#` starts with its title so (Google Docs' and Notion's
 * exports, many a README: `# Acme` in `acme/README.md`), where notes headed `# Monday`, `# Tuesday` do not.
 */
function namesTheFile(heading: string, file: string): boolean {
  const text = heading.toLocaleLowerCase();
  return titleFromPath(file).value.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= 3 && text.includes(word));
}

/** The article's tree turned into blocks, with what its HTML lost and the text a reader of the original sees. */
export interface ParsedTree extends ParsedArticle {
  /** Markup the sanitiser removed, each where it stood. */
  warnings: LintWarning[];
  /** Every stretch of text of the tree (paragraph, item, heading, cell), the title included: what conservation counts. */
  units: SourceUnit[];
}

/**
 * Turns the mdast tree of any reader (Markdown, web page, Word) into the blocks the plain-text convention
 * gives. The tree becomes HTML once: raw HTML (Markdown's) is parsed into elements and cleaned with
 * `cleanHtml`, and each top-level element becomes one block. Links and images are left as written:
 * `scripts/media/resolve-media.ts` resolves them. Tables, task lists,
 * footnotes and the author's kept elements (`aside`, `details`, …) stay HTML.
 * The one `h1` is the article's title when no other heading comes before it (a preface of badges or a
 * language bar may); of several in Markdown, the first is when it names the file (`namesTheFile`). The
 * shallowest remaining heading level starts topics.
 */
export function parseTree(article: ArticleTree): ParsedTree {
  // hast-util-raw keeps each element's place in the file only when it is given a file.
  const converted = mdastToHast(article.tree);
  const { tree: hast, warnings } = cleanHtml(hasRawHtml(converted) ? (raw(converted, { file: new VFile({ path: article.file }) }) as HastRoot) : converted, article.file);

  const elements = topLevelElements(hast);
  const footnotes = elements.filter((element) => element.properties['dataFootnotes'] !== undefined);
  const content = elements.filter((element) => !footnotes.includes(element));
  const headings = content.filter((element) => headingRank(element) !== undefined);
  const h1s = headings.filter((element) => headingRank(element) === 1);
  const [firstH1] = h1s;
  const titleHeading = firstH1 && headings[0] === firstH1 && (h1s.length === 1 || (article.format === 'markdown' && namesTheFile(hastText(firstH1), article.file))) ? firstH1 : undefined;
  // A loop, not Math.min(...ranks): a spread of a hundred thousand headings would overflow the stack.
  const topicDepth = headings.reduce((shallowest, element) => (element === titleHeading ? shallowest : Math.min(shallowest, headingRank(element)!)), 6);
  pointLinksAtHeadings(hast, headings);

  const blocks: Block[] = [];
  let lastPosition: Position = { line: 1, column: 1 };
  for (const element of content) {
    if (element === titleHeading) continue;
    lastPosition = placeOf(element, lastPosition);
    blocks.push(toBlock(element, lastPosition));
  }
  for (const section of footnotes) placeFootnotes(blocks, section);
  return {
    blocks,
    ...(titleHeading ? { title: hastText(titleHeading) } : {}),
    warnings,
    units: textUnits(hast),
  };

  function toBlock(element: Element, position: Position): Block {
    const inline = (from: Element): Inline => ({ text: hastText(from), phrasing: from.children, position });
    const rank = headingRank(element);
    if (rank !== undefined) {
      const text = hastText(element);
      if (rank > topicDepth) return { type: 'subheading', ...inline(element), text };
      const numbered = numberMarker.exec(text);
      return {
        type: 'heading',
        ...inline(element),
        text,
        label: numbered ? text.slice(numbered[0].length) : text,
        ...(numbered ? { number: Number(numbered[1]) } : {}),
      };
    }
    switch (element.tagName) {
      case 'p':
        return { type: 'paragraph', ...inline(element) };
      case 'blockquote': {
        const children = element.children.filter((child): child is Element => child.type === 'element');
        const onlyParagraphs = element.children.every((child) => (child.type === 'element' ? child.tagName === 'p' : child.type === 'text' && child.value.trim() === ''));
        if (onlyParagraphs && children.length > 0) {
          const paragraphs = children.map((child) => ({ ...inline(child), position: placeOf(child, position) }));
          const alert = alertKindOf(element.properties);
          return { type: 'quote', paragraphs, text: paragraphs.map((p) => p.text).join('\n'), position, ...(alert ? { alert } : {}) };
        }
        break;
      }
      case 'ul':
      case 'ol': {
        const items = element.children
          .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
          .map((item) => ({ text: hastText(item), phrasing: unwrapTightParagraph(item.children), position: placeOf(item, position) }));
        if (items.length === 0) break;
        const start = Number(element.properties['start'] ?? 1);
        return { type: 'list', ordered: element.tagName === 'ol', start: Number.isInteger(start) ? start : 1, items, text: items.map((item) => item.text).join('\n'), position };
      }
    }
    return { type: 'rich', hast: [element], text: hastText(element), position };
  }
}

/**
 * `toHast`, without the walk its `createState` makes over the whole tree with `unist-util-visit` to find the link
 * and footnote definitions, which on a 1 MB page cost a third of the conversion: the definitions are found by a
 * plain walk, the first of each name as there, and the tree is converted by the handler of a placeholder node,
 * which is all that walk sees. `tests/pipeline/parse-tree.test.ts` checks the hast against the library's own.
 */
export function mdastToHast(tree: MdastRoot): HastRoot {
  const convert: Handler = (state) => {
    addDefinitions(tree, state);
    return state.one(tree, undefined);
  };
  return toHast({ type: treeType } as unknown as MdastNodes, { allowDangerousHtml: true, handlers: { [treeType]: convert } as Record<string, Handler> }) as HastRoot;
}

/** The placeholder's type, which no mdast tree holds. */
const treeType = 'unfoldArticleTree';

function addDefinitions(node: MdastNodes, state: State): void {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') {
    // As CommonMark matches a reference to its definition: by its name, in any case.
    const id = String(node.identifier).toUpperCase();
    if (node.type === 'definition') {
      if (!state.definitionById.has(id)) state.definitionById.set(id, node);
    } else if (!state.footnoteById.has(id)) {
      state.footnoteById.set(id, node);
    }
  }
  if ('children' in node) for (const child of node.children) addDefinitions(child, state);
}

/**
 * A heading's own id (a web page's `<h2 id>`, a Word bookmark) does not survive the split: a topic's heading
 * becomes its page title, a section's gets an id from its words. Links to it are pointed at that id, the
 * GitHub slug of the heading's text, which the link stage finds on whichever page the heading ends up.
 */
function pointLinksAtHeadings(tree: HastRoot, headings: readonly Element[]): void {
  const headingOf = new Map<string, string>();
  for (const heading of headings) {
    eachElement(heading, (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && !headingOf.has(id)) headingOf.set(id, slug(hastText(heading)));
    });
  }
  if (headingOf.size === 0) return;
  eachElement(tree, (node) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const target = headingOf.get(safeDecode(href.slice(1)));
    if (target) node.properties['href'] = `#${target}`;
  });
}

/** Calls `enter` on each element of a subtree, its root included, in document order. */
function eachElement(node: HastRoot | HastRootContent, enter: (element: Element) => void): void {
  if (node.type === 'element') enter(node);
  if ('children' in node) for (const child of node.children) eachElement(child, enter);
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function hasRawHtml(node: HastRoot | HastRootContent): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRawHtml));
}

/**
 * The root's children as elements. Text that stands at the top level (left by an unwrapped element, such
 * as `<center>` around a sentence) is gathered into a paragraph, so that no words fall between blocks.
 */
function topLevelElements(tree: HastRoot): Element[] {
  const elements: Element[] = [];
  let loose: ElementContent[] = [];
  const flush = () => {
    if (loose.some((node) => hastText(node) !== '' || (node.type === 'element' && node.tagName !== 'br'))) {
      const first = loose.find((node) => node.position);
      elements.push({ type: 'element', tagName: 'p', properties: {}, children: trimEdges(loose), ...(first?.position ? { position: first.position } : {}) });
    }
    loose = [];
  };
  for (const child of tree.children as HastRootContent[]) {
    if (child.type === 'element' && !isPhrasing(child)) {
      flush();
      // An empty paragraph is what a stray `</p>` leaves (HTML makes one); it holds nothing to read.
      if (!(child.tagName === 'p' && child.children.every((node) => node.type === 'text' && !/\S/.test(node.value)))) elements.push(child);
    } else if (child.type === 'element' || child.type === 'text') {
      loose.push(child);
    }
  }
  flush();
  return elements;
}

const phrasingTags = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'ruby', 'rp', 'rt', 'picture', 'source']);

function isPhrasing(element: Element): boolean {
  return phrasingTags.has(element.tagName);
}

function trimEdges(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node, index) => {
    if (node.type !== 'text') return node;
    let value = node.value;
    if (index === 0) value = value.trimStart();
    if (index === nodes.length - 1) value = value.trimEnd();
    return { ...node, value };
  });
}

/** Elements whose text a reader reads as one stretch; the containers around them only group them. */
const textTags = /^(p|li|h[1-6]|td|th|pre|dt|dd|figcaption|summary|caption)$/;

/**
 * The text of every paragraph, item, heading and cell of the cleaned tree, where it starts, with its line
 * breaks (a line of code is a stretch of its own). Words outside any of those (a `div` of loose text) form a
 * stretch of their own. Markers we add are left out.
 */
function textUnits(tree: HastRoot): SourceUnit[] {
  const units: SourceUnit[] = [];
  const push = (line: number, text: string) => {
    if (text.trim() !== '') units.push({ line, text: text.trim() });
  };
  const walk = (node: HastRoot | Element, line: number): void => {
    let run = '';
    let runLine = line;
    for (const child of node.children) {
      const childLine = child.position?.start.line ?? line;
      if (child.type === 'element' && isAdded(child)) continue;
      if (child.type === 'element' && (textTags.test(child.tagName) || !isPhrasing(child))) {
        push(runLine, run);
        run = '';
        const holdsBlocks = child.children.some((grandchild) => grandchild.type === 'element' && !isPhrasing(grandchild) && !isAdded(grandchild));
        // A heading is one line wherever the site shows it (a page's title, the article's): HTML's line breaks
        // inside one (`<h1>\n  <img alt="ChaiJS">\n  chai\n</h1>`) are spaces, as a reader of the original sees them.
        if (textTags.test(child.tagName) && !holdsBlocks) push(childLine, headingRank(child) === undefined ? authoredText(child) : authoredText(child).replace(/\s+/g, ' '));
        else walk(child, childLine);
      } else if (child.type === 'text' || child.type === 'element') {
        if (run.trim() === '') runLine = childLine;
        run += authoredText(child);
      }
    }
    push(runLine, run);
  };
  walk(tree, 1);
  return units;
}

/** What remark-rehype adds around footnotes (the "Footnotes" label, the numbers, the back links): not the author's words. */
function isAdded(element: Element): boolean {
  return element.properties['id'] === 'footnote-label' || 'dataFootnoteRef' in element.properties || 'dataFootnoteBackref' in element.properties;
}

/**
 * remark-rehype gathers footnotes at the end of the document; here each footnote follows the block
 * that first cites it, so it stays on the same page as its reference whatever the outline does.
 */
function placeFootnotes(blocks: Block[], section: Element): void {
  const list = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
  const items = list?.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li') ?? [];
  items.forEach((item, index) => {
    const citing = blocks.findIndex((block) => citesFootnote(block, `#${String(item.properties['id'])}`));
    const at = citing === -1 ? blocks.length - 1 : citing;
    const footnote: Element = {
      type: 'element',
      tagName: 'aside',
      // Its label, in the site's words, comes with the page (scripts/render/render-topic.ts).
      properties: { className: ['footnote'] },
      children: [{ type: 'element', tagName: 'ol', properties: { start: index + 1 }, children: [item] }],
    };
    // Footnotes cited by the same block keep their order: insert after the ones already placed there.
    let insertAt = at + 1;
    while (isFootnote(blocks[insertAt])) insertAt++;
    blocks.splice(insertAt, 0, { type: 'rich', hast: [footnote], text: hastText(item), position: placeOf(item, blocks[at]?.position ?? { line: 1, column: 1 }) });
  });
}

function isFootnote(block: Block | undefined): boolean {
  const [node] = block?.type === 'rich' ? block.hast : [];
  return node?.type === 'element' && node.tagName === 'aside' && String(node.properties['className']).includes('footnote');
}

function citesFootnote(block: Block, href: string): boolean {
  const nodes: ElementContent[] =
    block.type === 'rich' ? block.hast : block.type === 'list' ? block.items.flatMap((item) => item.phrasing ?? []) : block.type === 'quote' ? block.paragraphs.flatMap((p) => p.phrasing ?? []) : (block.phrasing ?? []);
  const visitNodes = (list: readonly ElementContent[]): boolean =>
    list.some((node) => node.type === 'element' && (node.properties['href'] === href || visitNodes(node.children)));
  return visitNodes(nodes);
}

function placeOf(element: Element, fallback: Position): Position {
  const start = element.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

/** A tight list item's single paragraph adds nothing but a margin. */
function unwrapTightParagraph(children: ElementContent[]): ElementContent[] {
  const elements = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = elements;
  return elements.length === 1 && only?.type === 'element' && only.tagName === 'p' ? only.children : children;
}

/** The visible text of a hast subtree, its spacing folded as a reader sees it; an image reads as its alt text. */
function hastText(node: ElementContent | Element): string {
  return textWithAlt(node).replace(/\s+/g, ' ').trim();
}

function textWithAlt(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.tagName === 'img' ? String(node.properties['alt'] ?? '') : node.children.map(textWithAlt).join('');
}

/** The text of a hast subtree as written, line breaks included, without the markers remark-rehype adds; an image reads as its alt text. */
function authoredText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || isAdded(node)) return '';
  return node.tagName === 'img' ? String(node.properties['alt'] ?? '') : node.children.map(authoredText).join('');
}
