// Pagefind indexes a word's parts when they are joined by ASCII punctuation ("l'eau": "leau", and "eau"), but
// it only drops the typographic apostrophe U+2019: "l’eau" is indexed as "leau" alone, so a reader's "eau"
// finds nothing, though French, Italian and Catalan writers (and Word's autocorrect) write ’ nearly always.
// The copy of a page that Pagefind reads has each ’ between letters as an ASCII stand-in the page does not
// otherwise hold, named in the page's Pagefind metadata; the search client puts ’ back in everything it reads
// of that page, so results show the author's own apostrophes. Pure: the build and the client share it.

/** The Pagefind metadata key that names a page's stand-in for ’. */
export const apostropheMetaKey = 'apostrophe';

/** ASCII punctuation Pagefind splits words at, rare in prose; the first one a page does not contain is used. */
const standIns = ['^', '~', '`'];

/** An apostrophe inside a word: after a letter (or its mark) and before a letter. */
const inWordApostrophe = /(?<=[\p{L}\p{M}])\u2019(?=\p{L})/gu;

/**
 * The page's HTML as Pagefind should read it: each ’ inside a word replaced by a stand-in, and a `<meta>`
 * naming it before `</head>`. The page as it is when it has no such apostrophe, no `</head>`, or holds every
 * stand-in already (a stand-in that was the author's own would come back as ’).
 */
export function withIndexableApostrophes(html: string): string {
  const standIn = standIns.find((candidate) => !html.includes(candidate));
  if (standIn === undefined || !html.includes('</head>')) return html;
  const indexed = html.replace(inWordApostrophe, standIn);
  if (indexed === html) return html;
  return indexed.replace('</head>', `<meta data-pagefind-meta="${apostropheMetaKey}[content]" content="${standIn}"></head>`);
}

/** A text Pagefind stored for a page, with the page's stand-in (`withIndexableApostrophes`) back as ’. */
export function restoreApostrophes(text: string, standIn: string | undefined): string {
  return standIn ? text.replaceAll(standIn, '\u2019') : text;
}
