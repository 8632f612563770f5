// Notes written in Obsidian (and other wiki-style editors) link with `[[Other note]]`, embed with
// `![[photo.png]]` and highlight with `==words==` (Bear with `::words::`): no Markdown parser knows them, so a
// site would show the brackets and equals signs. They become the links, images and highlights they stand for,
// in the tree's text only (never in code), so that the rest of the pipeline resolves them as it resolves any
// link or image. Foam and Dendron also write a reference definition for each (`[note]: note.md`), so that
// `[[note]]` is `[` and a reference link and `]` to any parser: the two brackets around it go.
import type { Image, Link, PhrasingContent, Root, Text } from 'mdast';
import { slug } from 'github-slugger';
import { SKIP, visit } from 'unist-util-visit';

const wikiSyntax = /(!?)\[\[([^[\]|\n]*?)(?:\|([^[\]\n]*))?\]\]|==(?=\S)([^=\n]*?\S)==|(?<![\w:])::(?=\S)([^:\n]*?\S)::(?![\w:])/g;
const imageFile = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** Replaces wiki links, embeds and highlights in the text of `tree` with mdast links, images and `<mark>`s. */
export function resolveWikiSyntax(tree: Root): void {
  // Only a definition of a note beside this one: `[[1]]` over `[1]: https://…` is a citation, its brackets the author's.
  const notes = new Set<string>();
  visit(tree, 'definition', (definition) => {
    if (!/^(?:[a-z][a-z\d+.-]*:|#)/i.test(definition.url)) notes.add(definition.identifier);
  });
  visit(tree, 'linkReference', (node, index, parent) => {
    const before = parent?.children[index! - 1];
    const after = parent?.children[index! + 1];
    if (node.referenceType !== 'shortcut' || !notes.has(node.identifier) || before?.type !== 'text' || after?.type !== 'text' || !before.value.endsWith('[') || !after.value.startsWith(']')) return;
    before.value = before.value.slice(0, -1);
    after.value = after.value.slice(1);
  });
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || (!node.value.includes('[[') && !node.value.includes('==') && !node.value.includes('::'))) return undefined;
    const nodes = wikiNodes(node);
    if (nodes.length === 1 && nodes[0] === node) return undefined;
    parent.children.splice(index, 1, ...(nodes as never[]));
    return [SKIP, index + nodes.length];
  });
}

function wikiNodes(text: Text): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let copied = 0;
  const at = (offset: number) => {
    const start = text.position?.start;
    // A text node spans one line unless it holds a line break: then only its first line's columns are known.
    if (!start || text.value.lastIndexOf('\n', offset) !== -1) return undefined;
    return { line: start.line, column: start.column + offset, ...(start.offset !== undefined ? { offset: start.offset + offset } : {}) };
  };
  const piece = (from: number, to: number): Text => {
    const start = at(from);
    const end = at(to);
    return { type: 'text', value: text.value.slice(from, to), ...(start && end ? { position: { start, end } } : {}) };
  };
  for (const match of text.value.matchAll(wikiSyntax)) {
    const [whole, embed, target, alias, equalled, colonned] = match;
    const highlighted = equalled ?? colonned;
    const from = match.index;
    const to = from + whole.length;
    const start = at(from);
    const end = at(to);
    const position = start && end ? { position: { start, end } } : {};
    let replacement: PhrasingContent;
    if (highlighted !== undefined) {
      replacement = { type: 'emphasis', data: { hName: 'mark' }, children: [piece(from + 2, to - 2)], ...position };
    } else {
      const [name = '', heading] = target!.trim().split('#') as [string, string?];
      if (name === '' && !heading) continue;
      if (embed && imageFile.test(name)) {
        // `![[photo.png|300]]` sizes the image; any other words after the bar describe it.
        const alt = alias && !/^\d+(x\d+)?$/.test(alias.trim()) ? alias.trim() : null;
        replacement = { type: 'image', url: encodeURI(name), alt, ...position } satisfies Image;
      } else {
        // Without an alias, the words Obsidian shows: `Jobs > In autumn` for `[[Jobs#In autumn]]`.
        const words = alias?.trim() || (heading ? (name ? `${name} > ${heading}` : heading) : name);
        const file = name === '' ? '' : /\.[a-z\d]+$/i.test(name) ? name : `${name}.md`;
        const url = encodeURI(file) + (heading ? `#${slug(heading)}` : '');
        replacement = { type: 'link', url, children: [{ type: 'text', value: words }], ...position } satisfies Link;
      }
    }
    if (from > copied) nodes.push(piece(copied, from));
    nodes.push(replacement);
    copied = to;
  }
  if (copied === 0) return [text];
  if (copied < text.value.length) nodes.push(piece(copied, text.value.length));
  return nodes;
}
