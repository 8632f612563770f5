// Quick exit, after the GOV.UK "Exit this page" component, changed so that Back does not return here
// (`location.replace`, and same-page links replace the history entry instead of adding one), and so that
// a Shift press counts only if no other key or click came while Shift was down.

const link = document.querySelector<HTMLAnchorElement>('#quick-exit');
const overlay = document.querySelector<HTMLElement>('.quick-exit-overlay');
const status = document.querySelector<HTMLElement>('#quick-exit-status');

if (link && overlay && status) {
  const root = document.documentElement;
  const title = document.title;
  // Up to 5 s between presses, as GOV.UK does: long enough for people who press keys slowly.
  const windowMs = 5000;
  let presses = 0;
  let shiftAlone = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const resetPresses = () => {
    presses = 0;
    clearTimeout(timer);
    status.textContent = '';
  };

  const exit = (event?: Event) => {
    event?.preventDefault();
    resetPresses();
    // Hide the page before anything else: on a slow connection the next page may take seconds to appear.
    root.classList.add('is-exiting');
    overlay.hidden = false;
    document.title = overlay.dataset['tabTitle'] ?? '';
    location.replace(link.href);
  };

  link.addEventListener('click', exit);

  // Capture phase, so a field that stops key events (the search box) cannot swallow the shortcut.
  addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Shift') {
        if (!event.repeat) shiftAlone = !(event.ctrlKey || event.altKey || event.metaKey);
      } else {
        shiftAlone = false;
        if (presses) resetPresses();
      }
    },
    true,
  );
  addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift' || !shiftAlone) return;
      shiftAlone = false;
      presses += 1;
      if (presses === 3) return exit();
      // The messages, in the site's language, are in the status's attributes (QuickExit.astro).
      status.textContent = status.dataset[presses === 1 ? 'twoLeft' : 'oneLeft'] ?? '';
      clearTimeout(timer);
      timer = setTimeout(resetPresses, windowMs);
    },
    true,
  );
  // Shift-click selects text; it is not a Shift press on its own.
  addEventListener('pointerdown', () => (shiftAlone = false), true);

  // The exit replaces only the current history entry. A same-page link ("#main", a table of contents)
  // would push another entry for this page, and Back after exiting would land on it; replace instead.
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!target || event.defaultPrevented || event.button || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    location.replace(target.getAttribute('href') ?? '#');
  });

  // A page restored from the back-forward cache keeps the overlay it had when it was left.
  addEventListener('pageshow', () => {
    root.classList.remove('is-exiting');
    overlay.hidden = true;
    document.title = title;
    resetPresses();
  });
}

// A module, not a global script, for the type checker too: its names must not meet `window.status` and the like.
export {};
