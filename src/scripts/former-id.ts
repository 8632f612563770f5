// On a page whose blocks keep former ids (FormerIds.astro). A link published before a block's first words
// changed names the block's former id, which the block keeps on an empty `span.former-id` at its start
// (scripts/links/keep-links.ts): without JavaScript the link lands there. With it, the address goes on to the
// block's own id, so the block is the `:target`, marked and read out as if the link had named it, and the
// address shows the id the site copies now. A passage's text directive goes along, for passage-mark.ts.

// On load: Chromium sets `:target` only then.
addEventListener('load', () => {
  const block = document.querySelector(':target.former-id')?.parentElement;
  if (!block?.id) return;
  // Browsers take a text directive out of `location`; the navigation entry keeps the address as it was asked for (as in follow-move.ts).
  const directive = /:~:.*/.exec(performance.getEntriesByType('navigation')[0]?.name ?? '')?.[0] ?? '';
  location.replace(`#${encodeURIComponent(block.id)}${directive}`);
});

export {};
