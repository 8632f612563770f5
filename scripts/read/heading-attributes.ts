// Pandoc, Quarto, kramdown (Jekyll), MkDocs and markdown-it give a heading its id in braces after its words:
// `## Watering {#watering .unnumbered}`, `## Light {: #light }`; Pandoc also styles words with a bracketed
// span, `[ferns]{.smallcaps}`. Those tools show neither the braces nor the brackets. Here the braces go, a
// heading's `#id` stays its id (so that the article's links to it still arrive), and a span keeps its words.
import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** One attribute: `#id`, `.class`, `key=value`, `key="value"`, or Pandoc's `-` (unnumbered). */
const attribute = String.raw`(?:#[\w:.-]+|\.[\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}"']+)|-)`;
const trailingAttributes = new RegExp(String.raw`[ \t]*\{:?[ \t]*(${attribute}(?:[ \t]+${attribute})*)[ \t]*\}[ \t]*$`);
const span = new RegExp(String.raw`\[([^\[\]\n]+)\]\{[ \t]*${attribute}(?:[ \t]+${attribute})*[ \t]*\}`, 'g');
/** An id as Pandoc writes one: a letter, then letters, digits, `_`, `-`, `.` or `:`. */
const validId = /^[A-Za-z][\w:.-]*$/;

/** Takes the braces of attributes off headings (their `#id` kept as the heading's id) and off bracketed spans. */
export function resolveHeadingAttributes(tree: Root): void {
  visit(tree, 'heading', (heading: Heading) => {
    const last = heading.children.at(-1);
    const match = last?.type === 'text' ? trailingAttributes.exec(last.value) : null;
    if (!last || last.type !== 'text' || !match) return;
    last.value = last.value.slice(0, match.index);
    if (last.value === '') heading.children.pop();
    if (last.position) last.position.end = { ...last.position.end, column: last.position.end.column - match[0].length, ...(last.position.end.offset !== undefined ? { offset: last.position.end.offset - match[0].length } : {}) };
    const id = match[1]!.split(/[ \t]+/).find((word) => word.startsWith('#'))?.slice(1);
    if (id && validId.test(id)) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
  visit(tree, 'text', (text: Text) => {
    if (text.value.includes(']{')) text.value = text.value.replace(span, '$1');
  });
}
