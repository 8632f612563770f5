// Where the site's words are the English fallback of a site in another language, the element that carries them
// to a script says so with its `lang` and `dir` (site-words.ts `wordsLang`); what the script builds from them
// must say so too, or a screen reader speaks them with the page's voice.

/** Gives `element` the `lang` and `dir` that `source` has of its own, if any. */
export function languageLike(element: HTMLElement, source: HTMLElement | null | undefined): void {
  if (source?.lang) element.lang = source.lang;
  if (source?.dir) element.dir = source.dir;
}
