import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toMdast, type Handle, type State } from 'hast-util-to-mdast';
import type { BlockContent, Data, DefinitionContent, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { Position, SourceLine } from '../types.ts';
import { minifyWhitespace } from './minify-whitespace.ts';

/**
 * An HTML element mdast has no node for, kept so that the shared step renders it as the author wrote it.
 * The shapes are those of mdast-util-directive, whose `data.hName` is how unified names an element to make.
 */
export interface KeptElementData extends Data {
  hName: string;
  hProperties?: Properties;
}

export interface ContainerDirective extends Parent {
  type: 'containerDirective';
  name: string;
  data: KeptElementData;
  children: (BlockContent | DefinitionContent | PhrasingContent)[];
}

export interface TextDirective extends Parent {
  type: 'textDirective';
  name: string;
  data: KeptElementData;
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    containerDirective: ContainerDirective;
    textDirective: TextDirective;
  }
  interface BlockContentMap {
    containerDirective: ContainerDirective;
  }
  interface PhrasingContentMap {
    textDirective: TextDirective;
  }
}

/** Blocks that hold other blocks, kept as they are. */
const keptContainers = ['aside', 'details', 'figure'];
/** Blocks whose content is a line of phrasing (a disclosure's label, a caption). */
const keptLabels = ['summary', 'figcaption'];
/** Phrasing elements with a meaning mdast cannot say: a key, a subscript, an abbreviation, a highlight. */
const keptPhrasing = ['kbd', 'sub', 'sup', 'abbr', 'mark', 'small', 'u', 'cite', 'dfn', 'time', 'samp', 'var'];
/** Attributes that carry meaning on the kept elements; everything else was already checked by `cleanHtml`. */
const keptProperties = ['title', 'dateTime', 'open'];
/** Elements whose id a link may target: the id moves to an empty `span` at their start, which survives in any block. */
const textBlocks = /^(h[1-6]|p|li|dt|dd|td|th)$/;

/**
 * Turns cleaned HTML (a web page's article, a Word document) into mdast with rehype-remark's converter.
 * Elements mdast has no node for (`aside`, `details`, `kbd`, `sub`, …) stay elements, and ids stay where
 * links can reach them, so that the article's own `#links` still work after the split into pages.
 */
export function htmlToMdast(tree: HastRoot, handlers: Record<string, Handle> = {}): Root {
  keepIds(tree);
  // `toMdast` first clones the tree it is given and minifies the clone's whitespace, and last joins the
  // mdast's text nodes with `unist-util-visit`: on a 1 MB page each cost more than the conversion. The tree is
  // the reader's own, so it is minified in place, by the same rules but faster, and converted (as the root it
  // is) by a handler of a placeholder, which `toMdast` clones and walks instead; its texts are joined here.
  minifyWhitespace(tree);
  const placeholder: HastRoot = { type: 'root', children: [{ type: 'element', tagName: treeTag, properties: {}, children: [] }] };
  let mdast: Root = { type: 'root', children: [] };
  const convert: Handle = (state) => {
    mdast = state.one({ type: 'root', children: tree.children }, undefined) as Root;
    return undefined;
  };
  toMdast(placeholder, { handlers: { ...keptHandlers(), ...handlers, [treeTag]: convert } });
  joinTexts(mdast);
  if (tree.position) mdast.position = { start: { ...tree.position.start }, end: { ...tree.position.end } };
  return mdast;
}

/**
 * hast-util-to-mdast 10.1's last pass over the mdast, as a plain walk: each text joins the text before it, loses
 * the spaces around its first line break, and, in a heading, paragraph or the root, those at its parent's edges;
 * a text left empty goes. `tests/read/html-to-mdast.test.ts` checks the mdast against the library's own.
 */
function joinTexts(parent: Parent): void {
  const children = parent.children as Nodes[];
  for (let index = 0; index < children.length; ) {
    const node = children[index]!;
    if (node.type !== 'text') {
      if ('children' in node) joinTexts(node);
      index += 1;
      continue;
    }
    const previous = children[index - 1];
    if (previous?.type === 'text') {
      previous.value += node.value;
      children.splice(index, 1);
      if (previous.position && node.position) previous.position.end = node.position.end;
      // The joined text is looked at again, as a whole.
      index -= 1;
      continue;
    }
    node.value = node.value.replace(/[\t ]*(\r?\n|\r)[\t ]*/, '$1');
    if (parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root') {
      if (index === 0) node.value = node.value.replace(/^[\t ]+/, '');
      if (index === children.length - 1) node.value = node.value.replace(/[\t ]+$/, '');
    }
    if (node.value === '') children.splice(index, 1);
    else index += 1;
  }
}

/** The placeholder's name: a custom element's, which no page's article carries after cleaning. */
const treeTag = 'unfold-article-tree';

function keptHandlers(): Record<string, Handle> {
  const handlers: Record<string, Handle> = {};
  for (const name of keptContainers) handlers[name] = (state, node) => container(state, node, state.toFlow(state.all(node)) as ContainerDirective['children']);
  for (const name of keptLabels) handlers[name] = (state, node) => container(state, node, state.all(node) as ContainerDirective['children']);
  for (const name of keptPhrasing) handlers[name] = (state, node) => phrasing(state, node, name);
  handlers['span'] = (state, node) => (node.properties['id'] !== undefined ? phrasing(state, node, 'span', ['id']) : state.all(node));
  return handlers;
}

function container(state: State, node: Element, children: ContainerDirective['children']): ContainerDirective {
  const result: ContainerDirective = { type: 'containerDirective', name: node.tagName, data: data(node, node.tagName), children };
  state.patch(node, result);
  return result;
}

function phrasing(state: State, node: Element, name: string, extra: string[] = []): TextDirective {
  const result: TextDirective = { type: 'textDirective', name, data: data(node, name, extra), children: state.all(node) as PhrasingContent[] };
  state.patch(node, result);
  return result;
}

function data(node: Element, hName: string, extra: string[] = []): KeptElementData {
  const hProperties: Properties = {};
  for (const key of [...keptProperties, ...extra]) if (node.properties[key] !== undefined) hProperties[key] = node.properties[key];
  return { hName, hProperties };
}

/**
 * mdast has no ids: an id on a paragraph, heading or item moves into an empty `span` at its start; an id on a
 * container (a `section`, a `div`) moves to the first such block inside it, or is dropped when it has none.
 */
function keepIds(tree: HastRoot | Element): void {
  // A plain walk rather than `unist-util-visit`, which names a function for every node it passes: on a
  // 1 MB page that naming cost more than the work done here.
  const children = tree.children;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    if (node.type !== 'element') continue;
    const id = node.properties['id'];
    if (id !== undefined && node.tagName !== 'span') {
      delete node.properties['id'];
      const anchor: ElementContent = { type: 'element', tagName: 'span', properties: { id }, children: [] };
      // A bookmark (`<a id>`) or any phrasing element: the anchor stands just before it, in the same line of text.
      if (phrasingWithId.test(node.tagName)) {
        children.splice(index, 0, anchor);
        index += 1;
      } else {
        (textBlocks.test(node.tagName) ? node : firstTextBlock(node))?.children.unshift(anchor);
      }
    }
    keepIds(node);
  }
}

const phrasingWithId = /^(a|b|i|em|strong|code|kbd|sub|sup|abbr|mark|small|u|cite|dfn|time|samp|var|img)$/;

function firstTextBlock(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (textBlocks.test(child.tagName)) return child;
    const inner = firstTextBlock(child);
    if (inner) return inner;
  }
  return undefined;
}

/** Blocks whose text a reader reads as one stretch. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Phrasing that is not prose: code, and links, whose words are the link's (a "click here" there lost nothing). */
const notProse = new Set(['inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference']);

/**
 * The text of each paragraph, heading and table cell of a converted tree, with where its element starts (a web
 * page's line and column, a Word paragraph's number), for the line-based lint rules. Code and links are left
 * out, each leaving a space, so that an identifier such as `defaultSchema` is not taken for words run together.
 */
export function proseLines(tree: Root): SourceLine[] {
  const lines: SourceLine[] = [];
  const walk = (node: Nodes, at: Position) => {
    const start = node.position?.start;
    const here = start ? { line: start.line, column: start.column } : at;
    if (proseBlocks.has(node.type)) {
      const text = proseOf(node);
      if (text.trim() !== '') lines.push({ ...here, text });
    } else if (node.type !== 'code' && 'children' in node) for (const child of node.children) walk(child, here);
  };
  walk(tree, { line: 1, column: 1 });
  return lines;
}

function proseOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break' || notProse.has(node.type)) return ' ';
  return 'children' in node ? node.children.map(proseOf).join('') : '';
}
