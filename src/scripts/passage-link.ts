// "Copy link to this passage" (and "Share" on a touch screen) beside words selected in the article's
// text, by mouse, finger or keyboard (caret browsing: the controls come right after the selection in
// the Tab order). The link is a URL Text Fragment on the block where the selection starts:
// `page/#block-id:~:text=start,end`. The controls are `a.anchor-link`s, so link-copy.ts copies or shares them.
import { chooseDirective, passageFragment } from '../utils/text-fragment.ts';
import { offsetAt, readPageText } from './page-text.ts';
import { languageLike } from './words-lang.ts';

const body = document.querySelector<HTMLElement>('.topic-body');
// The words, in the site's language, are on the live region that announces a copy (LinkCopy.astro).
const live = document.querySelector<HTMLElement>('#copy-status');
const said = live?.dataset ?? {};
const coarse = matchMedia('(pointer: coarse)').matches;

/** The element with an id that holds `node`, inside the article's text; links and footnote marks have ids of their own, not blocks. */
const blockOf = (node: Node): HTMLElement | null => {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>(':not(a, sup)[id]');
  return block && body?.contains(block) && block !== body && !block.closest('.passage-share') ? block : null;
};

const control = (text: string, action: 'copy' | 'share') => {
  const link = document.createElement('a');
  link.className = 'anchor-link';
  link.dataset[action] = '';
  link.textContent = text;
  return link;
};

const bar = document.createElement('span');
const copy = control(said['copyPassage'] ?? '', 'copy');
const share = control(said['share'] ?? '', 'share');
bar.className = 'passage-share';
bar.setAttribute('role', 'group');
bar.setAttribute('aria-label', said['passageGroup'] ?? '');
languageLike(bar, live);
bar.append(copy, ...(coarse && 'share' in navigator ? [share] : []));
// A press of the mouse on the controls must not end the selection they are about.
bar.addEventListener('mousedown', (event) => event.preventDefault());

const withdraw = () => {
  if (!bar.contains(document.activeElement)) bar.remove();
};

function offer(): void {
  const selection = getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const first = range && blockOf(range.startContainer);
  const last = range && blockOf(range.endContainer);
  if (!range || range.collapsed || !first || !last) return withdraw();
  const page = readPageText(document.body);
  const chosen = chooseDirective(page.text, offsetAt(page, range.startContainer, range.startOffset), offsetAt(page, range.endContainer, range.endOffset), document.documentElement.lang);
  if (!chosen) return withdraw();
  copy.href = share.href = passageFragment(first.id, chosen.directive);
  // Right after the selection's last words (outside any link), so that Tab from the caret comes to it next.
  const end = page.nodes[page.starts.findLastIndex((start) => start < chosen.end)];
  const after = end?.parentElement?.closest('a') ?? end;
  if (after && after.nextSibling !== bar) after.after(bar);

  // Below the selection's last line, where the system's own selection menu (above it) does not cover it.
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
  const line = rects.at(-1) ?? range.getBoundingClientRect();
  // A finger's selection handles hang below the last line.
  const gap = coarse ? 28 : 6;
  const width = bar.offsetWidth;
  // Lined up with the start of that line: its right end in a right-to-left block.
  const start = last.matches(':dir(rtl)') ? line.right - width : line.left;
  bar.style.top = `${scrollY + line.bottom + gap}px`;
  bar.style.left = `${scrollX + Math.max(8, Math.min(start, document.documentElement.clientWidth - width - 8))}px`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
// A selection made by dragging changes at every step: the controls come once it rests, or when the
// pointer is lifted; and a press on them first brings their link up to date with the selection.
document.addEventListener('selectionchange', () => {
  clearTimeout(timer);
  timer = setTimeout(offer, 150);
});
const now = () => {
  clearTimeout(timer);
  offer();
};
document.addEventListener('pointerup', now);
bar.addEventListener('pointerdown', now);
offer();
