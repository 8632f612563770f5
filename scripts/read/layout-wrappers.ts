// A README centres its top with `<div align="center">` around the title, the badges and a tagline, as
// github.com shows it. The wrapper is only layout, but it makes the title, the badges and the tagline one
// block: the title is not found and the site is named after the file. The wrapper's tags go (blanked, so
// every position inside stays), and what it held is the article's own blocks again.
import type { Html, Root } from 'mdast';

const wrapperOpening = /^<div\s+align\s*=\s*(?:"[^"]*"|'[^']*'|\w+)\s*>/i;
const wrapperClosing = /^<\/div\s*>$/i;
const divTags = /<div\b[^>]*>|<\/div\s*>/gi;

/** Unwraps `<div align="…">` at the top of the tree: around Markdown blocks, or around the HTML of one block that holds a heading. */
export function unwrapLayoutDivs(tree: Root): void {
  for (let index = 0; index < tree.children.length; index++) {
    const node = tree.children[index]!;
    if (node.type !== 'html') continue;
    const value = node.value.trim();
    if (!wrapperOpening.test(value)) continue;
    if (wrapperOpening.exec(value)![0].length === value.length) {
      const closing = closingIndex(tree, index);
      if (closing === undefined) continue;
      tree.children.splice(closing, 1);
      tree.children.splice(index, 1);
      index--;
    } else if (/<h[1-6][\s>]/i.test(value) && closesAtEnd(value)) {
      // Only around a heading: a wrapper of badges or of a tagline alone is one block, as github.com shows it.
      blankWrapper(node);
    }
  }
}

/** The top-level `</div>` that closes the lone `<div align>` at `opening`, past any lone `<div>` opened between. */
function closingIndex(tree: Root, opening: number): number | undefined {
  let depth = 0;
  for (let index = opening + 1; index < tree.children.length; index++) {
    const node = tree.children[index]!;
    if (node.type !== 'html') continue;
    for (const tag of node.value.matchAll(divTags)) depth += tag[0].startsWith('</') ? -1 : 1;
    if (depth < 0) return depth === -1 && wrapperClosing.test(node.value.trim()) ? index : undefined;
  }
  return undefined;
}

/** Whether the `<div>` an HTML block opens with is closed by the `</div>` it ends with. */
function closesAtEnd(value: string): boolean {
  if (!/<\/div\s*>$/i.test(value)) return false;
  let depth = 0;
  const tags = [...value.matchAll(divTags)];
  return tags.every((tag, index) => {
    depth += tag[0].startsWith('</') ? -1 : 1;
    return depth > 0 || index === tags.length - 1;
  });
}

/** Spaces in place of the block's first and last tags: the HTML inside keeps its lines and columns. */
function blankWrapper(node: Html): void {
  const start = node.value.indexOf('<');
  const opening = wrapperOpening.exec(node.value.slice(start))![0].length;
  const end = node.value.lastIndexOf('</');
  node.value = node.value.slice(0, start) + ' '.repeat(opening) + node.value.slice(start + opening, end) + node.value.slice(end).replace(/[^\n]/g, ' ');
}
