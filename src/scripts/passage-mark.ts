// Lands on a shared passage (`#block-id:~:text=…`), in every browser, whether or not it knows text fragments
// (those that do mark it too, in the same colours): scrolls to the passage, or to the block when its words are
// no longer there, and marks it. The mark is the CSS Custom Highlight API where there is one (it changes nothing in the
// document), else each piece of text is wrapped in a `span.shared-passage`.
import { findDirective, parseFragment } from '../utils/text-fragment.ts';
import { offsetAt, rangeAt, readPageText, type PageText } from './page-text.ts';
import { openedAddress } from './opened-address.ts';

function markPassage(): void {
  const fragment = parseFragment(new URL(openedAddress()).hash);
  if (!fragment) return;
  const block = fragment.id ? document.getElementById(fragment.id) : null;
  const page = readPageText(document.body);
  // From the block the link names: the words it quotes may also occur earlier in the page.
  const from = block ? offsetAt(page, block, 0) : 0;
  const ranges = fragment.directives.flatMap((directive) => {
    const found = findDirective(page.text, directive, from, document.documentElement.lang);
    return found ? [rangeAt(page, ...found)] : [];
  });

  if ('highlights' in CSS) CSS.highlights.set('shared-passage', new Highlight(...ranges));
  else for (const range of ranges) wrap(page, range);

  const first = ranges[0];
  const scroll = () => {
    if (!first) return block?.scrollIntoView();
    const box = first.getBoundingClientRect();
    // The passage in the middle of the screen, or its top just below the sticky bar when it is taller than the screen.
    scrollBy(0, box.height < innerHeight / 2 ? box.top - (innerHeight - box.height) / 2 : box.top - 80);
  };
  // Until the page has loaded, the browser may scroll back to the block's id (the fragment it understood).
  if (document.readyState === 'complete') scroll();
  else addEventListener('load', scroll, { once: true });
}

/** Wraps each piece of text in `range` in a `span.shared-passage`. */
function wrap(page: PageText, range: Range): void {
  const pieces = page.nodes.filter((node) => range.intersectsNode(node));
  for (const node of pieces) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (start >= end) continue;
    const piece = start > 0 ? node.splitText(start) : node;
    if (end - start < piece.length) piece.splitText(end - start);
    const mark = document.createElement('span');
    mark.className = 'shared-passage';
    piece.replaceWith(mark);
    mark.append(piece);
  }
}

markPassage();
// A later link to a passage of this same page (loaded again, this module would not run again).
addEventListener('hashchange', markPassage);
