// One "#" link that follows the block a reader is in, so that every paragraph and quotation (and, in a
// Markdown article, every item and heading without its own "#") can have its link copied or shared,
// with one tab stop instead of one per paragraph. It goes to the end of the block last pointed at,
// tapped, holding the caret or selection, or holding focus; at first, the block the address points to,
// else the first one. With focus on it, the up and down arrows move it to the block before or after.
// It is an `a.anchor-link` like the others, so link-copy.ts copies or shares it.
import { loadPassageLink } from './passage-loader.ts';

const body = document.querySelector<HTMLElement>('.topic-body');
// The link is in the page (LinkCopy.astro), its words in the site's language, marked as the site's words are.
const link = document.querySelector<HTMLTemplateElement>('#block-link')?.content.querySelector('a');

if (body && link) {
  /** Blocks with an id and no "#" link of their own. */
  const shareable = ':is(p, li, h2, h3, h4, h5, h6)[id]:not(:has(> .anchor-link:not(.block-link)))';
  /** Where its name quotes the block's first words. */
  const quoted = link.querySelector('span span')!;

  const blockOf = (node?: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(`.topic-body ${shareable}`);

  const place = (block?: HTMLElement | null) => {
    if (!block || link.parentElement === block) return;
    const focused = document.activeElement === link;
    // Words as the block's language has them: Chinese and Japanese put no spaces between theirs.
    const text = block.textContent;
    const words = new Intl.Segmenter(block.closest<HTMLElement>('[lang]')?.lang, { granularity: 'word' }).segment(text);
    const eleventh = [...words].filter((word) => word.isWordLike)[10];
    link.href = `#${block.id}`;
    // Named as the "#" of headings and items are (render-topic.ts): the block's first ten words, up to where the
    // eleventh starts, so the tenth keeps the punctuation after it ("respect,…").
    quoted.textContent = eleventh ? `${text.slice(0, eleventh.index).trimEnd()}…` : text;
    block.append(link);
    // Moving an element drops its focus; the reader moving it with the arrows keeps it.
    if (focused) link.focus();
  };

  for (const type of ['pointerover', 'focusin']) body.addEventListener(type, (event) => place(blockOf(event.target as Node)));
  let passages: unknown;
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    place(blockOf(selection?.focusNode));
    // Words selected in the text, not only a caret: time for "Copy link to this passage".
    if (!selection?.isCollapsed && body.contains(selection?.anchorNode ?? null) && body.contains(selection?.focusNode ?? null)) passages ??= loadPassageLink();
  });
  link.addEventListener('keydown', (event) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const blocks = [...body.querySelectorAll<HTMLElement>(shareable)];
    const next = step && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && blocks[blocks.indexOf(link.parentElement!) + step];
    if (next) {
      event.preventDefault();
      place(next);
    }
  });

  // The block the address names: Chromium sets :target only once the page has loaded, after this runs.
  place(blockOf(document.getElementById(decodeURIComponent(location.hash.slice(1)))) ?? body.querySelector<HTMLElement>(shareable));
}

export {};
