// On every page, before anything else of the search: `/` and Ctrl/Cmd+K focus the field, and the search
// itself (search-ui.ts, then Pagefind's WebAssembly and index, about 70 kB) loads only when the reader
// focuses the field, types or submits, or follows a link to a search (`/search/#q=…`). Nothing of it is
// fetched for a reader who only reads, the search page included.

type SearchUi = typeof import('./search-ui.ts');

let ui: Promise<SearchUi> | undefined;
const load = () => (ui ??= import('./search-ui.ts'));

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) continue;
  const start = () => load().then((module) => module.mount(form, input));
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  // The terms stay in the page: without this the form would open the search page (the field has no name,
  // so the terms would not follow; see SearchField.astro). If the search cannot load, that page is the way on.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start().then(
      (search) => search.submit(),
      () => location.assign(form.action),
    );
  });
  // A link to a search (src/utils/search-link.ts), tested by its prefix: importing that module here would add
  // its code to what every page loads before search.
  if (form.dataset['search'] === 'page' && location.hash.startsWith('#q=')) start();
}

/** True when a key press is typing into something, where `/` is a character, not a shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const command = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typing(event.target);
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if ((!command && !slash) || !input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

// A module, not a global script, for the type checker too: its names must not meet `window.status` and the like.
export {};
