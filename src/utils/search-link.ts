// A link to a search: the search page with the query in the fragment (`/search/#q=…`), which no server sees.
// Made only when the reader asks for it (search-ui.ts); followed, it runs the search (search-loader.ts).

/** The fragment of a link to a search for `query`. */
export function searchFragment(query: string): string {
  return `#q=${encodeURIComponent(query)}`;
}

/** The query a fragment (`location.hash`) carries, or `undefined` when it is not a link to a search. */
export function sharedQuery(hash: string): string | undefined {
  const encoded = /^#q=(.*)$/s.exec(hash)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return encoded;
  }
}
