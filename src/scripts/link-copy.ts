// Turns each "#" link beside a heading or list item into "copy the link to here" (or, on a touch screen,
// "share it"), falling back to copying when sharing is not available. The link that follows the paragraph
// (block-link.ts) and the passage's controls (passage-link.ts) are `a.anchor-link`s too; a passage's
// "Copy link" (`data-copy`) copies even on a touch screen, where "Share" (`data-share`) sits beside it.

// The live region is in the page from the start (LinkCopy.astro), or screen readers may miss the message; its
// attributes carry the messages in the site's language.
import { languageLike } from './words-lang.ts';

const live = document.querySelector<HTMLElement>('#copy-status');

if (live && document.querySelector('a.anchor-link')) {
  const note = document.createElement('span');
  note.className = 'copy-status';
  // The live region speaks; this copy is for the eyes only, so it must not join the heading's text.
  note.setAttribute('aria-hidden', 'true');
  languageLike(note, live);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const announce = (control: Element, message: string) => {
    live.textContent = note.textContent = message;
    control.after(note);
    clearTimeout(timer);
    // Clearing the region lets the next copy be announced again.
    timer = setTimeout(() => {
      note.remove();
      live.textContent = '';
    }, 3000);
  };

  // Captured, so it comes before quick-exit.ts's handler of same-page links, which would follow the link.
  document.addEventListener('click', async (event) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.anchor-link') : null;
    // Modified clicks keep their usual meaning (open in a new tab, save the link).
    if (!control || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const href = control.getAttribute('href') ?? '';
    const url = new URL(href, location.href);
    // A fragment navigation, unlike history.replaceState, updates :target, so the section is marked as
    // it would be without JavaScript; replacing adds no history entry per click. A passage's link stays
    // out of the address: the reader is already looking at the passage (and Chromium's `url.hash` drops the
    // `:~:` part, hence the test on the attribute).
    if (url.hash && location.hash !== url.hash && !href.includes(':~:')) location.replace(url.hash);
    if (navigator.share && !('copy' in control.dataset) && matchMedia('(pointer: coarse)').matches) {
      try {
        return await navigator.share({ url: url.href });
      } catch (error) {
        // The reader closed the share sheet: that is an answer, not a failure to fall back from.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url.href);
      announce(control, live.dataset['copied'] ?? '');
    } catch {
      // No clipboard (an http: page, a refused permission): the address bar now shows the link.
      announce(control, live.dataset['inAddressBar'] ?? '');
    }
  }, true);
}

// A module, not a global script, for the type checker too: its names must not meet `window.status` and the like.
export {};
