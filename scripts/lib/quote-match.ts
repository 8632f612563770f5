/**
 * Text as a quote in a content file is compared with the article: case, curly or straight quotes and
 * apostrophes, spacing and leading quotation marks do not count. The one comparison every anchor uses.
 */
export function foldForQuoting(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^["'\s]+/, '')
    .trim()
    .toLowerCase();
}

/**
 * Finds the texts a quote points at: those that start or end with it, as content files point at a
 * block of the article. The texts are folded once, however many quotes are looked up, and not at all when none is.
 */
export function quoteFinder(texts: readonly string[]): (quote: string) => number[] {
  let folded: string[] | undefined;
  return (quote) => {
    folded ??= texts.map(foldForQuoting);
    const wanted = foldForQuoting(quote);
    return folded.flatMap((text, index) => (text.startsWith(wanted) || text.endsWith(wanted) ? [index] : []));
  };
}
