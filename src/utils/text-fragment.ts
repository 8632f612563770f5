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
/** Characters before the passage its prefix words are looked for in: more than three words take. */
const prefixWindow = 200;

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
const wordChar = /[\p{L}\p{N}_]/u;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai…): inside a run of their letters, a
 * word ends where Intl.Segmenter says, as browsers find words for text fragments.
 */
const unspacedScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

const isWordChar = (char: string | undefined) => char !== undefined && wordChar.test(char);
const isUnspaced = (char: string | undefined) => char !== undefined && unspacedScript.test(char);

/** Segmenters by language: costly to make, and a page has one language. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let made = segmenters.get(lang);
  if (!made) segmenters.set(lang, (made = new Intl.Segmenter(lang || undefined, { granularity: 'word' })));
  return made;
}

/** The run of text between white space around `at`, as `[start, end]`. */
function runAround(text: string, at: number): [number, number] {
  let start = at;
  let end = at;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return [start, end];
}

/**
 * Whether a word may start or end at `at`: anywhere but between two letters or digits, and between two letters
 * of a script without spaces, where the segmenter puts a boundary.
 */
function isWordBoundary(text: string, at: number, lang: string): boolean {
  const before = text[at - 1];
  const after = text[at];
  if (!isWordChar(before) || !isWordChar(after)) return true;
  if (!isUnspaced(before) && !isUnspaced(after)) return false;
  const [start, end] = runAround(text, at);
  return segmenterFor(lang).segment(text.slice(start, end)).containing(at - start)?.index === at - start;
}

/**
 * Where a passage may be cut into terms, from `start` to `end`: at white space, and in a run of a script
 * without spaces before each of the segmenter's words. Each piece runs to the next, so pieces put back
 * together are the passage, punctuation included.
 */
function piecesOf(text: string, start: number, end: number, lang: string): [number, number][] {
  const pieces: [number, number][] = [];
  for (const run of text.slice(start, end).matchAll(/\S+/g)) {
    const from = start + run.index;
    const cuts = [from];
    if (unspacedScript.test(run[0])) {
      for (const { index, isWordLike } of segmenterFor(lang).segment(run[0])) if (isWordLike && index > 0 && isUnspaced(run[0][index])) cuts.push(from + index);
    }
    cuts.forEach((cut, index) => pieces.push([cut, cuts[index + 1] ?? from + run[0].length]));
  }
  return pieces;
}

/** The text of pieces `first` to `last` of a passage, white space collapsed: a term. */
const termOf = (text: string, pieces: [number, number][], first: number, last: number) =>
  text.slice(pieces[first]![0], pieces[last]![1]).replace(/\s+/g, ' ');

/** A term as a pattern: its words in order, any run of white space between them, case ignored. */
function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s+');
}

/** Each place from `from` on where `term` occurs as whole words, as `[start, end]`. */
function* occurrences(text: string, term: string, from: number, lang: string): Generator<[number, number]> {
  const pattern = new RegExp(termPattern(term), 'giu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; pattern.lastIndex = match.index + 1, match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (isWordBoundary(text, match.index, lang) && isWordBoundary(text, end, lang)) yield [match.index, end];
  }
}

/** Whether `term` ends right before `at`, white space between them aside, as whole words. */
function endsBefore(text: string, term: string, at: number, lang: string): boolean {
  const found = new RegExp(`${termPattern(term)}\\s*$`, 'iu').exec(text.slice(0, at));
  return found !== null && isWordBoundary(text, found.index, lang) && isWordBoundary(text, at - (found[0].length - found[0].trimEnd().length), lang);
}

/** Whether `term` starts right after `at`, white space between them aside, as whole words. */
function startsAfter(text: string, term: string, at: number, lang: string): boolean {
  const pattern = new RegExp(`\\s*(?:${termPattern(term)})`, 'iuy');
  pattern.lastIndex = at;
  const found = pattern.exec(text);
  if (!found) return false;
  const end = at + found[0].length;
  return isWordBoundary(text, end - found[0].trimStart().length, lang) && isWordBoundary(text, end, lang);
}

/**
 * Where `directive` matches in `text`, searching from `from`: the first match, as a browser finds it
 * (case-insensitive, whole words as `lang` has them, `end` the first one after `start` that the suffix
 * follows, prefix and suffix next to it).
 */
export function findDirective(text: string, directive: TextDirective, from = 0, lang = ''): [number, number] | undefined {
  for (const [start, startEnd] of occurrences(text, directive.start, from, lang)) {
    if (directive.prefix !== undefined && !endsBefore(text, directive.prefix, start, lang)) continue;
    const ends = directive.end === undefined ? [[start, startEnd] as [number, number]] : occurrences(text, directive.end, startEnd, lang);
    for (const [, end] of ends) {
      if (directive.suffix === undefined || startsAfter(text, directive.suffix, end, lang)) return [start, end];
    }
  }
  return undefined;
}

/**
 * The directive for the passage `text.slice(start, end)` of a page whose text is `text` and language `lang`:
 * the passage widened to whole words, all its words when it is short, else its first and last few, with more
 * words (and then a prefix) until no earlier place in the page matches. `undefined` for a passage of white space.
 */
export function chooseDirective(text: string, start: number, end: number, lang = ''): { directive: TextDirective; start: number; end: number } | undefined {
  while (start > 0 && !isWordBoundary(text, start, lang)) start--;
  while (end < text.length && !isWordBoundary(text, end, lang)) end++;
  const passage = text.slice(start, end);
  const lead = passage.length - passage.trimStart().length;
  start += lead;
  end -= passage.length - lead - passage.trim().length;
  const pieces = piecesOf(text, start, end, lang);
  if (pieces.length === 0) return undefined;
  const last = pieces.length - 1;
  const whole = { start: termOf(text, pieces, 0, last) };

  const lands = (directive: TextDirective) => {
    const found = findDirective(text, directive, 0, lang);
    return found?.[0] === start && found[1] === end;
  };
  const candidates: TextDirective[] = [];
  if (pieces.length <= exactWords) candidates.push(whole);
  for (let count = edgeWords; count * 2 < pieces.length; count++) {
    candidates.push({ start: termOf(text, pieces, 0, count - 1), end: termOf(text, pieces, last - count + 1, last) });
  }
  if (pieces.length > exactWords) candidates.push(whole);
  const unique = candidates.find(lands);
  if (unique) return { directive: unique, start, end };

  // The passage's own words occur earlier too: the words just before it tell the two apart.
  const shortest = candidates[0] ?? whole;
  const window = Math.max(0, start - prefixWindow);
  // The first piece of a window that starts inside the text may be the end of a word.
  const before = piecesOf(text, window, start, lang).slice(window > 0 ? 1 : 0);
  for (let count = 1; count <= Math.min(prefixWords, before.length); count++) {
    const withPrefix = { ...shortest, prefix: termOf(text, before, before.length - count, before.length - 1) };
    if (lands(withPrefix)) return { directive: withPrefix, start, end };
  }
  return { directive: shortest, start, end };
}
