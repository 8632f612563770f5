// The text of a page as a browser's find-in-page reads it (the standard for text fragments matches in
// that text), with the way back from a place in the text to a place in the document. passage-link.ts
// measures a selection in it, passage-mark.ts finds a shared passage in it: the same text on both sides.

/** Text the reader does not read as the page's: our controls and messages, hidden and non-rendered elements. */
const skipped = 'script, style, noscript, template, [hidden], .anchor-link, .copy-status, .passage-share';
/** Elements that start a new line: a word never runs from one into the next. */
const blocks = 'address, article, aside, blockquote, dd, div, dl, dt, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, li, main, nav, ol, p, pre, section, table, td, th, tr, ul';

export interface PageText {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export function readPageText(root: Element): PageText {
  const page: PageText = { text: '', nodes: [], starts: [] };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let block: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(skipped)) continue;
    const own = parent.closest(blocks);
    if (own !== block && page.text !== '') page.text += '\n';
    block = own;
    page.nodes.push(node);
    page.starts.push(page.text.length);
    page.text += node.data;
  }
  return page;
}

/** The place in `page.text` of a boundary point of the document (a selection's start or end). */
export function offsetAt(page: PageText, container: Node, offset: number): number {
  const index = page.nodes.indexOf(container as Text);
  if (index !== -1) return (page.starts[index] ?? 0) + offset;
  const point = document.createRange();
  point.setStart(container, offset);
  // Not in a text node we read: the point is where the next text we read begins.
  const next = page.nodes.findIndex((node) => point.comparePoint(node, 0) >= 0);
  return next === -1 ? page.text.length : (page.starts[next] ?? 0);
}

/** The document range of `page.text.slice(start, end)`. */
export function rangeAt(page: PageText, start: number, end: number): Range {
  const locate = (at: number, isEnd: boolean): [Text, number] => {
    let index = 0;
    while (index + 1 < page.nodes.length && (page.starts[index + 1] ?? 0) + (isEnd ? 1 : 0) <= at) index++;
    const node = page.nodes[index]!;
    return [node, Math.min(Math.max(at - (page.starts[index] ?? 0), 0), node.length)];
  };
  const range = document.createRange();
  range.setStart(...locate(start, false));
  range.setEnd(...locate(end, true));
  return range;
}
