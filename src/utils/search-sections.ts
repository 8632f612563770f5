// Where in a page a search result should land. Pagefind's own `sub_results` split a page only at headings,
// and most of our pages are a heading and a run of paragraphs, so its best link is the top of a long page.
// Every paragraph, list item and heading carries a stable id, and `result.data()` lists them as `anchors`
// with the word position each starts at; grouping the matched word positions by the anchor before them
// gives sections as small as one paragraph or one item. Pure: the page data is passed in.

/** An element with an id, as Pagefind records it: the word position (`location`) where it starts. */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** A matched word: its position in `content` and Pagefind's score for it. */
export interface MatchLocation {
  location: number;
  balanced_score: number;
}

/** The part of Pagefind's `result.data()` the sections are made from. */
export interface PageData {
  url: string;
  /** The indexed text: words separated by white space, as Pagefind counts them for `location`. */
  content: string;
  /**
   * The indexed text as Pagefind stored it, when it differs from `content`: in a language written without
   * spaces (Chinese, Japanese) Pagefind puts a zero-width space between the words it found, and counts them.
   */
  raw_content?: string;
  anchors: readonly PageAnchor[];
  weighted_locations: readonly MatchLocation[];
}

/** A run of excerpt text, marked when it is a word the query matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface PageSection {
  /** The paragraph, item or heading the section starts at; `undefined` for text before the first anchor. */
  id: string | undefined;
  /** The page URL with `#id`: following it lands on the section. */
  url: string;
  /** The heading the section sits under, for paragraphs and items; a heading section has none. */
  heading: string | undefined;
  excerpt: ExcerptPart[];
  /** Matched words that are not shown in the text: keywords indexed on the element (synonyms). */
  keywords: string[];
  /** How many different query words the section matched. */
  terms: number;
  /** How many matched words the section holds. */
  hits: number;
}

export interface SectionOptions {
  /** Words of text around the best match. Default: 24. */
  excerptWords?: number;
  /** At most this many sections, best first. Default: all. */
  limit?: number;
}

const defaultOptions: SectionOptions = {};

/** The elements a search result may land on. */
const anchorElement = /^(p|li|h[1-6]|blockquote|dd|dt|td|th|figcaption|pre)$/i;
const headingElement = /^h[1-6]$/i;
/** Pagefind's own word separator (white space but not U+FEFF): positions count words split by it. */
const wordSeparator = /[^\S\uFEFF]+/;
/** The same with the zero-width spaces Pagefind puts between the words of unspaced text, kept by the split. */
const indexedSeparator = /((?:[^\S\uFEFF]|\u200B)+)/;

/**
 * The sections of a page that match a query, best first: most different query words, then most matched
 * words, then Pagefind's score, then the earliest. `words` are the words the query searched for; each
 * matched word is counted as the query word it shares the longest beginning with (Pagefind stems, so
 * "ultimatum" matches "ultimatums").
 */
export function pageSections(page: PageData, words: readonly string[], options: SectionOptions = defaultOptions): PageSection[] {
  const excerptWords = options.excerptWords ?? 24;
  const pieces = (page.raw_content ?? page.content).split(indexedSeparator);
  const content = pieces.filter((_, index) => index % 2 === 0);
  // What separates each word from the next, as shown: a zero-width space only marks a break between words.
  const gaps = pieces.filter((_, index) => index % 2 === 1).map((gap) => gap.replace(/\u200B/g, ''));
  const anchors = page.anchors.filter((anchor) => anchor.id && anchorElement.test(anchor.element)).sort((a, b) => a.location - b.location);
  const queryStems = words.map(normaliseWord).filter(Boolean);

  interface Group {
    index: number;
    locations: MatchLocation[];
  }
  const groups = new Map<number, Group>();
  for (const match of page.weighted_locations) {
    const index = anchorIndexAt(anchors, match.location);
    const group = groups.get(index) ?? { index, locations: [] };
    group.locations.push(match);
    groups.set(index, group);
  }

  const sections = [...groups.values()].map((group) => {
    const anchor = anchors[group.index];
    const start = anchor?.location ?? 0;
    const end = anchors[group.index + 1]?.location ?? content.length;
    const visibleStart = anchor ? start + hiddenWordCount(content, start, end, anchor.text) : start;
    const matched = new Set(group.locations.map((match) => match.location));
    const termOf = (location: number) => matchedTerm(content[location] ?? '', queryStems);
    const visible = [...matched].filter((location) => location >= visibleStart).sort((a, b) => a - b);
    const window = bestWindow(visible, visibleStart, end, excerptWords, termOf);
    const terms = new Set([...matched].map(termOf)).size;
    return {
      rank: {
        terms,
        hits: matched.size,
        score: group.locations.reduce((sum, match) => sum + match.balanced_score, 0),
        location: start,
      },
      section: {
        id: anchor?.id,
        url: anchor ? `${page.url.replace(/#.*$/, '')}#${anchor.id}` : page.url,
        heading: anchor && !headingElement.test(anchor.element) ? headingBefore(anchors, group.index) : undefined,
        excerpt: excerptParts(content, gaps, window.start, window.end, matched, visibleStart, end),
        keywords: [...new Set([...matched].filter((location) => location < visibleStart).map((location) => cleanWord(content[location] ?? '')))],
        terms,
        hits: matched.size,
      } satisfies PageSection,
    };
  });

  sections.sort(
    (a, b) =>
      b.rank.terms - a.rank.terms || b.rank.hits - a.rank.hits || b.rank.score - a.rank.score || a.rank.location - b.rank.location,
  );
  return sections.slice(0, options.limit ?? sections.length).map(({ section }) => section);
}

/** The index of the last anchor starting at or before `location`; -1 before the first one. */
function anchorIndexAt(anchors: readonly PageAnchor[], location: number): number {
  let low = 0;
  let high = anchors.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (anchors[middle]!.location <= location) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The text of the nearest heading before anchor `index` (its link control is not indexed: index-search.ts). */
function headingBefore(anchors: readonly PageAnchor[], index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const anchor = anchors[at]!;
    if (/^h[2-6]$/i.test(anchor.element)) return anchor.text.trim() || undefined;
    if (/^h1$/i.test(anchor.element)) return undefined;
  }
  return undefined;
}

/**
 * Words Pagefind indexed at the start of an element that are not its text: the values of attributes named
 * by `data-pagefind-index-attrs` (our synonyms). They are found by lining the element's own text up with
 * the words from its position: the offset at which its first words appear.
 */
function hiddenWordCount(content: readonly string[], start: number, end: number, text: string): number {
  const first = text.split(wordSeparator).filter(Boolean).slice(0, 3).map(normaliseWord);
  if (first.length === 0) return 0;
  for (let offset = 0; start + offset < end; offset++) {
    if (first.every((word, index) => normaliseWord(content[start + offset + index] ?? '') === word)) return offset;
  }
  return 0;
}

/** The query word a matched word counts as: the one sharing its longest beginning, else the word itself. */
function matchedTerm(word: string, queryStems: readonly string[]): string {
  const normal = normaliseWord(word);
  let best = '';
  let bestLength = 0;
  for (const stem of queryStems) {
    let shared = 0;
    while (shared < stem.length && shared < normal.length && stem[shared] === normal[shared]) shared++;
    // Three letters is where English stems start to mean something ("ult" of "ultimatum", "ultimately").
    if (shared > bestLength && (shared >= Math.min(3, stem.length) || shared === normal.length)) {
      best = stem;
      bestLength = shared;
    }
  }
  return best || normal;
}

/**
 * The `size`-word window inside [from, to) holding the most different query words, then the most matches,
 * then the earliest; centred on its matches when the section is longer than the window.
 */
function bestWindow(
  locations: readonly number[],
  from: number,
  to: number,
  size: number,
  termOf: (location: number) => string,
): { start: number; end: number } {
  if (to - from <= size || locations.length === 0) return { start: from, end: Math.min(to, from + size) };
  let best = { terms: -1, hits: -1, first: from, last: from };
  for (let i = 0; i < locations.length; i++) {
    const inside = locations.filter((location) => location >= locations[i]! && location < locations[i]! + size);
    const terms = new Set(inside.map(termOf)).size;
    if (terms > best.terms || (terms === best.terms && inside.length > best.hits)) {
      best = { terms, hits: inside.length, first: inside[0]!, last: inside.at(-1)! };
    }
  }
  // A third of the free room goes before the first match, for context; answers tend to follow the words asked for.
  const lead = Math.floor((size - (best.last - best.first + 1)) / 3);
  const start = Math.max(from, Math.min(best.first - Math.max(lead, 0), to - size));
  return { start, end: Math.min(to, start + size) };
}

/** The words [start, end) as text runs, matched words marked, with an ellipsis where the section goes on. */
function excerptParts(
  content: readonly string[],
  gaps: readonly string[],
  start: number,
  end: number,
  matched: ReadonlySet<number>,
  sectionStart: number,
  sectionEnd: number,
): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > sectionStart) push('… ', false);
  for (let location = start; location < end; location++) {
    const word = content[location] ?? '';
    if (location > start) push(gaps[location - 1] ?? ' ', false);
    if (!matched.has(location)) {
      push(word, false);
      continue;
    }
    // Only the word is marked, not the punctuation around it: "(‘breadcrumbing’)" marks breadcrumbing.
    const [, before = '', core = word, after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    if (before) push(before, false);
    push(core, true);
    if (after) push(after, false);
  }
  if (end < sectionEnd) push(' …', false);
  return parts;
}

/** A word as it is compared: lowercase, without accents or punctuation. */
function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A word as it is shown in a list of keywords: without the punctuation Pagefind adds after attributes. */
function cleanWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
