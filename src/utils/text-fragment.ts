// URL Text Fragments (https://wicg.github.io/scroll-to-text-fragment/): `#block-id:~:text=start,end`.
// Pure string work, shared by the code that makes a passage link and the code that lands on one.

/** One `text=` directive: the passage's first words (`start`), and for a long passage its last words (`end`). */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** What a fragment names: the block's id (the part before `:~:`) and its text directives. */
export interface ParsedFragment {
  id: string;
  directives: TextDirective[];
}

/** A passage of at most this many words is linked by all its words; a longer one by its first and last. */
const exactWords = 8;
/** Words each end of a long passage starts with; more are added until the link finds no earlier match. */
const edgeWords = 3;
/** Words of context before the passage, tried when its own words occur earlier in the page. */
const prefixWords = 3;

/**
 * Percent-encodes a term: besides what `encodeURIComponent` encodes, `-` (it marks a prefix or suffix),
 * so `,` and `&` (encoded by it) keep their meaning as separators.
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replaceAll('-', '%2D');
}

/** The text after `text=`: `prefix-,start,end,-suffix`, each part encoded. */
export function formatDirective(directive: TextDirective): string {
  return [
    directive.prefix === undefined ? [] : [`${encodeTerm(directive.prefix)}-`],
    [encodeTerm(directive.start)],
    directive.end === undefined ? [] : [encodeTerm(directive.end)],
    directive.suffix === undefined ? [] : [`-${encodeTerm(directive.suffix)}`],
  ]
    .flat()
    .join(',');
}

/** The fragment of a passage link: `#id:~:text=…`. */
export function passageFragment(id: string, directive: TextDirective): string {
  return `#${encodeURIComponent(id)}:~:text=${formatDirective(directive)}`;
}

/** Reads a fragment such as `location.hash`; `undefined` when it carries no text directive. Malformed parts are skipped. */
export function parseFragment(hash: string): ParsedFragment | undefined {
  const at = hash.indexOf(':~:');
  if (at === -1) return undefined;
  const directives = hash
    .slice(at + 3)
    .split('&')
    .flatMap((part) => (part.startsWith('text=') ? parseDirective(part.slice(5)) : []));
  return { id: safeDecode(hash.slice(hash.startsWith('#') ? 1 : 0, at)) ?? '', directives };
}

function parseDirective(value: string): TextDirective[] {
  const parts = value.split(',');
  const prefix = parts[0]?.endsWith('-') ? parts.shift()?.slice(0, -1) : undefined;
  const suffix = parts.at(-1)?.startsWith('-') ? parts.pop()?.slice(1) : undefined;
  if (parts.length < 1 || parts.length > 2) return [];
  const decoded = { prefix, start: parts[0], end: parts[1], suffix };
  const directive: Partial<Record<keyof TextDirective, string>> = {};
  for (const [key, part] of Object.entries(decoded) as [keyof TextDirective, string | undefined][]) {
    if (part === undefined) continue;
    const term = safeDecode(part)?.trim();
    // An empty or undecodable term makes the whole directive unusable, as in browsers.
    if (!term) return [];
    directive[key] = term;
  }
  return directive.start === undefined ? [] : [directive as TextDirective];
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** A letter or digit: terms match whole words only, as the standard asks. */
const wordChar = '[\\p{L}\\p{N}_]';

/** A term as a pattern: its words in order, any run of white space between them, case ignored. */
function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s+');
}

/**
 * Where `directive` matches in `text`, searching from `from`: the first match, as a browser finds it
 * (case-insensitive, whole words, `end` the first one after `start`, prefix and suffix next to it).
 */
export function findDirective(text: string, directive: TextDirective, from = 0): [number, number] | undefined {
  const before = directive.prefix === undefined ? '' : `(?<=(?<!${wordChar})${termPattern(directive.prefix)}\\s+)`;
  const after = directive.suffix === undefined ? '' : `(?=\\s+${termPattern(directive.suffix)}(?!${wordChar}))`;
  const body = termPattern(directive.start) + (directive.end === undefined ? '' : `(?!${wordChar})[\\s\\S]*?(?<!${wordChar})${termPattern(directive.end)}`);
  const pattern = new RegExp(`${before}(?<!${wordChar})${body}(?!${wordChar})${after}`, 'giu');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

/**
 * The directive for the passage `text.slice(start, end)` of a page whose text is `text`: the passage
 * widened to whole words, all its words when it is short, else its first and last few, with more words
 * (and then a prefix) until no earlier place in the page matches. `undefined` for a passage of white space.
 */
export function chooseDirective(text: string, start: number, end: number): { directive: TextDirective; start: number; end: number } | undefined {
  const isWord = (char: string | undefined) => char !== undefined && new RegExp(wordChar, 'u').test(char);
  while (start > 0 && isWord(text[start - 1]) && isWord(text[start])) start--;
  while (end < text.length && isWord(text[end]) && isWord(text[end - 1])) end++;
  const passage = text.slice(start, end);
  const lead = passage.length - passage.trimStart().length;
  start += lead;
  end -= passage.length - lead - passage.trim().length;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;

  const lands = (directive: TextDirective) => {
    const found = findDirective(text, directive);
    return found?.[0] === start && found[1] === end;
  };
  const candidates: TextDirective[] = [];
  if (words.length <= exactWords) candidates.push({ start: words.join(' ') });
  for (let count = edgeWords; count * 2 < words.length; count++) {
    candidates.push({ start: words.slice(0, count).join(' '), end: words.slice(-count).join(' ') });
  }
  if (words.length > exactWords) candidates.push({ start: words.join(' ') });
  const unique = candidates.find(lands);
  if (unique) return { directive: unique, start, end };

  // The passage's own words occur earlier too: the words just before it tell the two apart.
  const shortest = candidates[0] ?? { start: words.join(' ') };
  const before = text.slice(0, start).split(/\s+/).filter(Boolean);
  for (let count = 1; count <= Math.min(prefixWords, before.length); count++) {
    const withPrefix = { ...shortest, prefix: before.slice(-count).join(' ') };
    if (lands(withPrefix)) return { directive: withPrefix, start, end };
  }
  return { directive: shortest, start, end };
}
