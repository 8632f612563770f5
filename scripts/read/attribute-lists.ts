// Pandoc, Quarto, kramdown (Jekyll), MkDocs and markdown-it give a heading its id in braces after its words:
// `## Watering {#watering .unnumbered}`, `## Light {: #light }`; Pandoc styles words with a bracketed span,
// `[ferns]{.smallcaps}`; kramdown styles a block with a line under it, `{: .notice--info}` (Jekyll's Minimal
// Mistakes theme makes that paragraph a notice). Those tools show none of the braces. Here the braces go, a
// heading's `#id` stays its id (so that the article's links to it still arrive), a span keeps its words, and
// a notice is a note, as `> [!NOTE]` is.
import type { Blockquote, Heading, Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { AlertKind } from '../types.ts';

/** One attribute: `#id`, `.class`, `key=value`, `key="value"`, or Pandoc's `-` (unnumbered). */
const attribute = String.raw`(?:#[\w:.-]+|\.[\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}"']+)|-)`;
const attributes = String.raw`(${attribute}(?:[ \t]+${attribute})*)`;
const trailingAttributes = new RegExp(String.raw`[ \t]*\{:?[ \t]*${attributes}[ \t]*\}[ \t]*$`);
/** kramdown's block attributes: a line of their own, `{: .class #id}`, at the end of the block they style. */
const blockAttributes = new RegExp(String.raw`(?:^|\n)[ \t]*\{:[ \t]*${attributes}[ \t]*\}[ \t]*$`);
const span = new RegExp(String.raw`\[([^\[\]\n]+)\]\{[ \t]*${attribute}(?:[ \t]+${attribute})*[ \t]*\}`, 'g');
/** An id as Pandoc writes one: a letter, then letters, digits, `_`, `-`, `.` or `:`. */
const validId = /^[A-Za-z][\w:.-]*$/;
/** Minimal Mistakes' notices, `.notice` and `.notice--info`, as the note GitHub would show. */
const notices: Record<string, AlertKind> = { notice: 'note', 'notice--primary': 'note', 'notice--info': 'note', 'notice--success': 'tip', 'notice--warning': 'warning', 'notice--danger': 'caution' };

/** Takes the braces of attributes off headings (their `#id` kept as the heading's id), blocks and bracketed spans. */
export function resolveAttributeLists(tree: Root): void {
  visit(tree, 'heading', (heading: Heading) => {
    const last = heading.children.at(-1);
    const match = last?.type === 'text' ? trailingAttributes.exec(last.value) : null;
    if (!last || last.type !== 'text' || !match) return;
    trimEnd(heading, last, match[0].length);
    const id = match[1]!.split(/[ \t]+/).find((word) => word.startsWith('#'))?.slice(1);
    if (id && validId.test(id)) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
  visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
    const last = paragraph.children.at(-1);
    const match = last?.type === 'text' ? blockAttributes.exec(last.value) : null;
    if (!last || last.type !== 'text' || !match || !parent || index === undefined) return undefined;
    trimEnd(paragraph, last, match[0].length);
    if (paragraph.children.length === 0) {
      parent.children.splice(index, 1);
      return index;
    }
    const kind = match[1]!.split(/[ \t]+/).map((word) => notices[word.slice(1)]).find((found) => found !== undefined);
    if (kind && parent.type === 'root') {
      const note: Blockquote = { type: 'blockquote', data: { hProperties: { dataAlert: kind } }, children: [paragraph], ...(paragraph.position ? { position: paragraph.position } : {}) };
      parent.children.splice(index, 1, note);
    }
    return undefined;
  });
  visit(tree, 'text', (text: Text) => {
    if (text.value.includes(']{')) text.value = text.value.replace(span, '$1');
  });
}

/** Takes `length` characters off the end of `parent`'s last text, and the text itself if nothing is left. */
function trimEnd(parent: Heading | Paragraph, last: Text, length: number): void {
  last.value = last.value.slice(0, -length);
  if (last.value === '') parent.children.pop();
  const end = last.position?.end;
  if (!end || last.value.includes('\n') || length > end.column - 1) return;
  last.position!.end = { ...end, column: end.column - length, ...(end.offset !== undefined ? { offset: end.offset - length } : {}) };
}
