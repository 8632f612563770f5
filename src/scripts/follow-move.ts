// On a page whose address moved: goes on to the new address at once, keeping the #fragment of the link the
// reader followed, a text fragment (`#id:~:text=…`) included, and translating ids that moved elsewhere.

const link = document.querySelector<HTMLAnchorElement>('a#moved-to');
if (link) {
  const fragments = JSON.parse(link.dataset['fragments'] ?? '{}') as Record<string, string>;
  // Browsers take a text fragment out of `location`; the navigation entry keeps the address as it was asked for.
  const navigation = performance.getEntriesByType('navigation')[0];
  const [fragment = '', ...directives] = new URL(navigation?.name || location.href).hash.slice(1).split(':~:');
  const id = decodeURIComponent(fragment);
  const target = fragments[id] ?? (fragment ? `${link.pathname}#${fragment}` : link.pathname);
  const directive = directives.length > 0 ? `:~:${directives.join(':~:')}` : '';
  // Replacing, so that Back goes to where the reader came from, not to this page again.
  location.replace(directive ? `${target}${target.includes('#') ? '' : '#'}${directive}` : target);
}

export {};
