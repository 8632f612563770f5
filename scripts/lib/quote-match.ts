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

/** True when `text` starts or ends with the quote: how content files point at a block of the article. */
export function quotes(text: string, quote: string): boolean {
  const folded = foldForQuoting(text);
  const wanted = foldForQuoting(quote);
  return folded.startsWith(wanted) || folded.endsWith(wanted);
}
