/** Splits text into sentences at `.`, `!`, `?` or `…` (with any closing quote or bracket) followed by a space. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’')\]]*)\s+/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence !== '');
}

/** The first sentence of a text, shortened at a word boundary when longer than `maxLength`. */
export function firstSentence(text: string, maxLength = 200): string {
  const [first = ''] = splitSentences(text);
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
