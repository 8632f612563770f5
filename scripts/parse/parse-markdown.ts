import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root, RootContent, Heading } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Block, Inline, Position } from '../types.ts';
import type { ParsedArticle } from './parse-article.ts';

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const numberMarker = /^(\d{1,3})[.)]\s+/;

/**
 * Parses a Markdown article with remark and remark-gfm into the same blocks as the plain-text convention.
 * Tables, task lists, autolinks and footnotes keep their HTML; raw HTML is kept as literal text, never run.
 * Links and images are left as written: `scripts/media/resolve-media.ts` resolves them.
 * A single leading `#` heading is the article's title; the shallowest remaining heading level starts topics.
 */
export function parseMarkdown(text: string): ParsedArticle {
  const tree = markdownParser.parse(text);
  literaliseRawHtml(tree);
  markMissingAlt(tree);
  const hast = toHast(tree, { allowDangerousHtml: false }) as HastRoot;
  const hastByStart = new Map<string, Element>();
  const unplaced: Element[] = [];
  for (const child of hast.children) {
    if (child.type !== 'element') continue;
    const start = child.position?.start;
    if (start) hastByStart.set(`${start.line}:${start.column}`, child);
    else unplaced.push(child); // the footnotes section that remark-rehype appends
  }

  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const titleHeading = headings[0]?.depth === 1 && headings.filter((node) => node.depth === 1).length === 1 && tree.children[0] === headings[0] ? headings[0] : undefined;
  const topicDepth = Math.min(...headings.filter((node) => node !== titleHeading).map((node) => node.depth), 6);

  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node === titleHeading || node.type === 'definition' || node.type === 'footnoteDefinition' || node.type === 'yaml') continue;
    const element = node.position ? hastByStart.get(`${node.position.start.line}:${node.position.start.column}`) : undefined;
    if (!element) continue;
    blocks.push(toBlock(node, element));
  }
  for (const section of unplaced) placeFootnotes(blocks, section);
  return { blocks, ...(titleHeading ? { title: toString(titleHeading) } : {}) };

  function toBlock(node: RootContent, element: Element): Block {
    const position: Position = { line: node.position!.start.line, column: node.position!.start.column };
    const inline = (from: Element): Inline => ({ text: hastText(from), phrasing: from.children, position });
    switch (node.type) {
      case 'heading': {
        const text = toString(node);
        if (node.depth > topicDepth) return { type: 'subheading', ...inline(element), text };
        const numbered = numberMarker.exec(text);
        return {
          type: 'heading',
          ...inline(element),
          text,
          label: numbered ? text.slice(numbered[0].length) : text,
          ...(numbered ? { number: Number(numbered[1]) } : {}),
        };
      }
      case 'paragraph':
        return { type: 'paragraph', ...inline(element) };
      case 'blockquote': {
        const children = element.children.filter((child): child is Element => child.type === 'element');
        const onlyParagraphs = element.children.every((child) => (child.type === 'element' ? child.tagName === 'p' : child.type === 'text' && child.value.trim() === ''));
        if (onlyParagraphs) {
          const paragraphs = children.map((child) => ({ ...inline(child), position: placeOf(child, position) }));
          return { type: 'quote', paragraphs, text: paragraphs.map((p) => p.text).join('\n'), position };
        }
        break;
      }
      case 'list': {
        const items = element.children
          .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
          .map((item) => ({ text: hastText(item), phrasing: unwrapTightParagraph(item.children), position: placeOf(item, position) }));
        return { type: 'list', ordered: node.ordered === true, start: node.start ?? 1, items, text: items.map((item) => item.text).join('\n'), position };
      }
    }
    return { type: 'rich', hast: [element], text: hastText(element), position };
  }
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
      properties: { className: ['footnote'], ariaLabel: 'Footnote' },
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

/**
 * Markdown has no way to say an image only decorates: `![](x.png)` is an image whose description is
 * missing, not HTML's `alt=""`. Without an alt, the media stage warns instead of hiding it from screen readers.
 */
function markMissingAlt(tree: Root): void {
  visit(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt) node.alt = null;
  });
}

/** Raw HTML in an article is the author's text, shown as written: never parsed, never executed. */
function literaliseRawHtml(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const text = { type: 'text' as const, value: node.value };
    parent.children[index] = (parent.type === 'root' ? { type: 'paragraph', children: [text], position: node.position } : { ...text, position: node.position }) as never;
  });
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
