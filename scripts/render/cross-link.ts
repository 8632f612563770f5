import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { reservedIds } from '../lib/reserved-ids.ts';
import { countWords, firstWords, splitSentences, unspacedScript, wordsOf } from '../lib/text-segments.ts';
import { slugify, UniqueSlugs } from '../lib/slug.ts';
import { foldForQuoting } from '../lib/quote-match.ts';
import { UnfoldError, type SourcePoint } from '../lib/unfold-error.ts';
import { stopWordsFor } from '../emit/stop-words.ts';
import { foldDiacritics } from '../../src/utils/pagefind-client.ts';
import { linkableTag, textOf, type RenderedTopic } from './render-topic.ts';
import type { TermConfig } from '../schemas/terms.ts';
import type { Topic } from '../types.ts';

/** A topic as the render stage left it, with the outline's topic it came from. */
export interface TopicToLink {
  topic: Topic;
  rendered: RenderedTopic;
}

/** One place a term occurs: a heading, paragraph or list item of a topic. */
export interface TermPlace {
  /** The topic's slug. */
  topic: string;
  /** The topic's title. */
  title: string;
  /** The id of the heading, paragraph or list item that contains the term. */
  id: string;
  /** The first words of that paragraph or item; absent when the place is the topic's own title. */
  excerpt?: string;
}

/** An entry of the index of terms. */
export interface TermEntry {
  /** The name shown in the index. */
  term: string;
  /** The entry's id on the index page, and the fragment term links point to. */
  slug: string;
  /** The article's own sentence that defines the term, and where it stands. */
  definition?: { text: string; topic: string; id: string };
  /** Every place the term occurs, in reading order. */
  places: TermPlace[];
}

export interface CrossLinked {
  /** The topics in the same order, with the first use of each term linked and `related` filled in. */
  topics: RenderedTopic[];
  /** The index of terms, in alphabetical order. */
  termIndex: TermEntry[];
  /** The slugs of each topic's related topics, most related first. */
  related: Map<string, string[]>;
}

export interface CrossLinkOptions {
  /** The terms file, as messages name it. */
  configFile?: string;
  /** Where a key of the terms file stands, such as `[3, 'definedBy']`. */
  pointAt?: (keyPath: readonly PropertyKey[]) => SourcePoint;
  /**
   * The index page's URL as the site serves it, base path included; default `/terms/`. The body's HTML is
   * final before Astro renders it, so the caller joins the base, with the same settings Astro is given.
   */
  termsHref?: string;
  /** The article's language (BCP 47), which says where its sentences and words end; default `en`. */
  lang?: string;
}

/** At most this many related topics per page: enough to go on reading, few enough to choose from. */
const maxRelated = 3;
/** Words an index entry's label takes from the start of its paragraph. */
const excerptWords = 8;
/** A shared term says more about two topics than a shared word: it is a concept an editor chose. */
const termWeight = 2;

const emptyOptions: CrossLinkOptions = {};

/**
 * Links the topics to each other and to the index of terms, from their text alone.
 * The first use of each term on a page links to its index entry; the index lists every place a term occurs
 * and quotes the article's own defining sentence; each topic gets up to three related topics (TF-IDF cosine
 * similarity of their words and terms). Links wrap existing text: what a reader sees stays exactly the same.
 */
export function crossLink(topics: readonly TopicToLink[], terms: readonly TermConfig[], options: CrossLinkOptions = emptyOptions): CrossLinked {
  const configFile = options.configFile ?? 'content/terms.yaml';
  const pointAt = options.pointAt ?? (() => ({ line: 1, column: 1 }));
  const termsHref = options.termsHref ?? '/terms/';
  const lang = options.lang ?? 'en';
  const matcher = termMatcher(terms, configFile, pointAt);
  // Without terms there is nothing to find in the blocks: an article of thousands of them skips the search.
  const blocks = topics.map(({ topic, rendered }) => (terms.length > 0 ? blocksOf(topic, rendered) : []));
  let sentences: { text: string; folded: string; topic: string; id: string }[] | undefined;

  // Index: every place each term occurs, in reading order.
  const places: TermPlace[][] = terms.map(() => []);
  const counts = topics.map(() => new Map<number, number>());
  topics.forEach(({ rendered }, index) => {
    for (const block of blocks[index]!) {
      const found = new Set<number>();
      for (const match of block.text.matchAll(matcher.pattern)) {
        const term = matcher.termOf(match);
        found.add(term);
        counts[index]!.set(term, (counts[index]!.get(term) ?? 0) + 1);
      }
      for (const term of [...found].sort((a, b) => a - b)) {
        places[term]!.push({
          topic: rendered.frontmatter.slug,
          title: rendered.frontmatter.title,
          id: block.id,
          ...(block.isTitle ? {} : { excerpt: excerpt(block.text, lang) }),
        });
      }
    }
  });
  terms.forEach((term, index) => {
    if (places[index]!.length === 0) {
      throw new UnfoldError(configFile, `the term "${term.term}" occurs nowhere in the article`, {
        point: pointAt([index, 'term']),
        hint: 'list only terms the article uses: check the spelling, add the form the article uses to `aliases`, or remove the entry',
      });
    }
  });

  const termIndex = terms
    .map((term, index): TermEntry => {
      const definition = term.definedBy === undefined ? undefined : findDefinition(term, index);
      return { term: term.term, slug: matcher.slugs[index]!, ...(definition ? { definition } : {}), places: places[index]! };
    })
    .sort((a, b) => collator.compare(a.term, b.term) || a.slug.localeCompare(b.slug));

  const related = relatedTopics(topics, counts, lang);
  return {
    topics: topics.map(({ rendered }) => ({
      frontmatter: { ...rendered.frontmatter, related: related.get(rendered.frontmatter.slug) ?? [] },
      body: terms.length > 0 ? linkTerms(rendered.body, matcher, termsHref) : rendered.body,
    })),
    termIndex,
    related,
  };

  /** Every sentence of the article with its place, folded for quoting: split once, however many terms quote one. */
  function allSentences() {
    sentences ??= topics.flatMap(({ rendered }, topicIndex) =>
      blocks[topicIndex]!.flatMap((block) => splitSentences(block.text, lang).map((text) => ({ text, folded: foldForQuoting(text), topic: rendered.frontmatter.slug, id: block.id }))),
    );
    return sentences;
  }

  /** The one sentence of the article that starts with the entry's `definedBy` words; it must use the term. */
  function findDefinition(term: TermConfig, index: number): TermEntry['definition'] {
    const quote = foldForQuoting(term.definedBy!);
    const found = allSentences().filter((sentence) => sentence.folded.startsWith(quote)).map(({ text, topic, id }) => ({ text, topic, id }));
    const point = pointAt([index, 'definedBy']);
    if (found.length === 0) {
      throw new UnfoldError(configFile, `\`definedBy\` of "${term.term}" matches no sentence of the article: "${term.definedBy}"`, {
        point,
        hint: 'quote the first words of the sentence exactly as the article writes them, or remove `definedBy`; the index never shows a definition of its own',
      });
    }
    if (found.length > 1) {
      throw new UnfoldError(configFile, `\`definedBy\` of "${term.term}" matches ${found.length} sentences: ${found.map((place) => `${place.topic}#${place.id}`).join(', ')}`, {
        point,
        hint: 'quote more of the sentence, until it matches only one',
      });
    }
    const [definition] = found as [(typeof found)[number]];
    if (![...definition.text.matchAll(matcher.pattern)].some((match) => matcher.termOf(match) === index)) {
      throw new UnfoldError(configFile, `the sentence \`definedBy\` quotes does not use the term "${term.term}": "${definition.text}"`, {
        point,
        hint: 'quote the sentence that names the term, or add the form it uses to `aliases`',
      });
    }
    return definition;
  }
}

/** Sorts the index the way a reader looks things up: letters first, case and accents aside. */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

// Term matching --------------------------------------------------------------------------------------------

interface TermMatcher {
  /** Finds every form of every term: whole words, any case, straight or curly apostrophes. */
  pattern: RegExp;
  /** The index (in the terms file) of the term a match of `pattern` found. */
  termOf: (match: RegExpMatchArray) => number;
  /** Each term's slug, by its index in the terms file. */
  slugs: string[];
}

/** Letters, digits and combining marks: a match must not start or end inside a word. */
const wordChar = String.raw`[\p{L}\p{N}\p{M}]`;
const apostrophes = /['‘’ʼ]/g;

function termMatcher(terms: readonly TermConfig[], configFile: string, pointAt: (keyPath: readonly PropertyKey[]) => SourcePoint): TermMatcher {
  const ids = new UniqueSlugs(reservedIds);
  const slugOf: string[] = [];
  const names = new Map<string, number>();
  const forms: { form: string; term: number }[] = [];
  const seenForms = new Map<string, number>();
  terms.forEach((term, index) => {
    const name = slugify(term.term);
    const other = names.get(name);
    if (other !== undefined) {
      throw new UnfoldError(configFile, `the term "${term.term}" has the same name as "${terms[other]!.term}"`, {
        point: pointAt([index, 'term']),
        hint: 'give each term one entry; put other forms of it in `aliases`',
      });
    }
    names.set(name, index);
    // Names are unique among the terms, so a suffix is added only to a name the page's layout uses as an id.
    slugOf.push(ids.take(term.term, { fallback: 'term' }));
    [term.term, ...term.aliases].forEach((form, formIndex) => {
      const key = foldForQuoting(form);
      const other = seenForms.get(key);
      if (other !== undefined) {
        throw new UnfoldError(configFile, `"${form}" is already a form of the term "${terms[other]!.term}"`, {
          point: pointAt(formIndex === 0 ? [index, 'term'] : [index, 'aliases', formIndex - 1]),
          hint: 'each word or phrase may belong to one term only',
        });
      }
      seenForms.set(key, index);
      forms.push({ form, term: index });
    });
  });
  // Longest forms first, so that at any place "anxious attachment" wins over "attachment" and "avoidants" over "avoidant".
  forms.sort((a, b) => b.form.length - a.form.length || a.term - b.term);
  // Without terms the pattern must match nothing, not the empty string everywhere.
  const alternatives = forms.length === 0 ? '(?!)' : forms.map(({ form }) => `(${formPattern(form)})`).join('|');
  return {
    pattern: new RegExp(`(?<!${wordChar})(?:${alternatives})(?!${wordChar})`, 'giu'),
    termOf: (match) => forms[match.slice(1).findIndex((group) => group !== undefined)]!.term,
    slugs: slugOf,
  };
}

/** A regular expression for one form of a term: any run of spaces between words, any apostrophe. */
function formPattern(form: string): string {
  return form
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(apostrophes, "['‘’ʼ]"))
    .join(String.raw`\s+`);
}

// Places ---------------------------------------------------------------------------------------------------

/** The text of a heading, paragraph or list item, with the id readers link to. */
interface TextBlock {
  id: string;
  text: string;
  /** True for the topic's own title, whose place is the page itself. */
  isTitle: boolean;
}

/** Every element of a body that has an id (the render stage gives one to each heading, paragraph and list item), in reading order. */
function blocksOf(topic: Topic, rendered: RenderedTopic): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The author's heading is the page's title only when the outline kept it; otherwise the body repeats it as a sub-heading.
  if (topic.heading && topic.heading.label === topic.title) blocks.push({ id: rendered.frontmatter.headingId, text: topic.heading.label, isTitle: true });
  const walk = (node: ElementContent): void => {
    if (node.type !== 'element') return;
    if (isIdBlock(node)) blocks.push({ id: String(node.properties['id']), text: ownText(node), isTitle: false });
    node.children.forEach(walk);
  };
  (rendered.body.children as ElementContent[]).forEach(walk);
  return blocks;
}

function isIdBlock(node: ElementContent): node is Element {
  return node.type === 'element' && linkableTag.test(node.tagName) && typeof node.properties['id'] === 'string';
}

/** An element's text without that of the blocks nested in it (a Markdown list item's paragraphs are places of their own). */
function ownText(node: Element): string {
  return node.children.map((child) => (isIdBlock(child) ? ' ' : textOf(child))).join('');
}

function excerpt(text: string, lang: string): string {
  if (countWords(text, lang) <= excerptWords) return firstWords(text, excerptWords, lang);
  // "life,…" reads as a typo: the ellipsis takes the place of a comma, colon or dash the cut falls on.
  return `${firstWords(text, excerptWords, lang).replace(/[,;:–—、，；：-]+$/u, '')}…`;
}

// Term links -----------------------------------------------------------------------------------------------

/** Text inside these is never linked: headings stay plain, a link may not hold a link, code is literal. */
const unlinkable = /^(h[1-6]|a|code|pre|kbd|samp|script|style|svg|math)$/;

/** Wraps the first use of each term in a link to its index entry; every other node is copied as it is. */
function linkTerms(body: Root, matcher: TermMatcher, termsHref: string): Root {
  const linked = new Set<number>();
  const visit = (node: ElementContent): ElementContent[] => {
    if (node.type === 'text') return splitText(node);
    if (node.type !== 'element' || unlinkable.test(node.tagName)) return [node];
    return [{ ...node, children: node.children.flatMap(visit) }];
  };
  return { ...body, children: (body.children as ElementContent[]).flatMap(visit) };

  function splitText(node: Text): ElementContent[] {
    const parts: ElementContent[] = [];
    let end = 0;
    for (const match of node.value.matchAll(matcher.pattern)) {
      const term = matcher.termOf(match);
      if (linked.has(term)) continue;
      linked.add(term);
      if (match.index > end) parts.push({ type: 'text', value: node.value.slice(end, match.index) });
      parts.push(h('a', { href: `${termsHref}#${matcher.slugs[term]}`, className: ['term-link'] }, match[0]));
      end = match.index + match[0].length;
    }
    if (parts.length === 0) return [node];
    if (end < node.value.length) parts.push({ type: 'text', value: node.value.slice(end) });
    return parts;
  }
}

// Related topics -------------------------------------------------------------------------------------------

/**
 * Up to three related topics per topic page: the others whose words and terms are most alike (cosine
 * similarity of TF-IDF vectors, discounted for topics alike to everything), most alike first, ties in
 * reading order. The overview is no topic page: it gets none and is nobody's.
 */
function relatedTopics(topics: readonly TopicToLink[], termCounts: readonly Map<number, number>[], lang: string): Map<string, string[]> {
  const contentWordsOf = contentWordReader(lang);
  const counts = topics.map(({ rendered }, index) => {
    const features = new Map<string, number>();
    for (const word of contentWordsOf(`${rendered.frontmatter.title}\n${textOf(rendered.body)}`)) features.set(word, (features.get(word) ?? 0) + 1);
    for (const [term, count] of termCounts[index]!) features.set(`term:${term}`, count);
    return features;
  });
  const documentFrequency = new Map<string, number>();
  for (const features of counts) for (const feature of features.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const vectors = counts.map((features) => {
    const vector = new Map<string, number>();
    for (const [feature, count] of features) {
      const idf = Math.log(topics.length / documentFrequency.get(feature)!);
      const weight = (1 + Math.log(count)) * idf * (feature.startsWith('term:') ? termWeight : 1);
      if (weight > 0) vector.set(feature, weight);
    }
    return vector;
  });
  const isPage = (index: number) => topics[index]!.rendered.frontmatter.kind !== 'overview';
  const pages = topics.map((_, index) => index).filter(isPage);
  // Unit vectors, so that a dot product is a cosine similarity.
  const units = vectors.map((vector) => {
    const norm = Math.hypot(...vector.values());
    return norm === 0 ? new Map<string, number>() : new Map([...vector].map(([feature, weight]) => [feature, weight / norm]));
  });
  // Similarities through an inverted index: only topics that share a feature are compared, and a feature
  // found in more than `maxFeatureTopics` topics says little about any of them, so the work grows with
  // the text, not with the square of the number of topics.
  // Each list is two arrays, the topics and their weights: the inner loop below runs millions of times at ×50.
  const postings = new Map<string, { topics: number[]; weights: number[] }>();
  for (const index of pages) {
    for (const [feature, weight] of units[index]!) {
      const list = postings.get(feature) ?? postings.set(feature, { topics: [], weights: [] }).get(feature)!;
      list.topics.push(index);
      list.weights.push(weight);
    }
  }
  for (const [feature, list] of postings) if (list.topics.length > maxFeatureTopics) postings.delete(feature);
  // The sums build up in an array (a Map's lookups cost more than the arithmetic), and the Map made from them
  // lists the topics in the order they were first met, as the rest expects.
  const sums = new Float64Array(topics.length);
  const metBy = new Int32Array(topics.length).fill(-1);
  const similarities = (index: number): Map<number, number> => {
    const met: number[] = [];
    for (const [feature, weight] of units[index]!) {
      const list = postings.get(feature);
      if (!list) continue;
      for (let at = 0; at < list.topics.length; at++) {
        const other = list.topics[at]!;
        const otherWeight = list.weights[at]!;
        if (other === index) continue;
        if (metBy[other] !== index) {
          metBy[other] = index;
          met.push(other);
          sums[other] = 0;
        }
        sums[other]! += weight * otherWeight;
      }
    }
    return new Map(met.map((other) => [other, sums[other]!]));
  };
  const similarityOf = pages.map((index) => [index, similarities(index)] as const);
  // A long topic shares some words with every other and would be related to all of them. Dividing by each
  // topic's mean similarity to the others (as a normalised graph Laplacian does) lets the specific links win.
  const mean = new Map(similarityOf.map(([index, dots]) => [index, [...dots.values()].reduce((sum, value) => sum + value, 0) / Math.max(1, pages.length - 1)]));
  const score = (a: number, b: number, similarity: number): number => {
    const spread = Math.sqrt(mean.get(a)! * mean.get(b)!);
    return spread > 0 ? similarity / spread : 0;
  };
  const dotsOf = new Map(similarityOf);

  const related = new Map<string, string[]>();
  topics.forEach(({ rendered }, index) => {
    const ranked = isPage(index)
      ? firstInOrder(
          [...dotsOf.get(index)!].map(([other, similarity]) => ({ other, score: score(index, other, similarity) })).filter((candidate) => candidate.score > 0),
          maxRelated,
          (a, b) => b.score - a.score || topics[a.other]!.rendered.frontmatter.order - topics[b.other]!.rendered.frontmatter.order,
        )
      : [];
    related.set(rendered.frontmatter.slug, ranked.map(({ other }) => topics[other]!.rendered.frontmatter.slug));
  });
  return related;
}

/**
 * The first `count` items as a stable sort by `compare` would order them, without sorting them all: a topic
 * of a long article has hundreds of candidates and keeps three.
 */
function firstInOrder<Item>(items: readonly Item[], count: number, compare: (a: Item, b: Item) => number): Item[] {
  const first: Item[] = [];
  for (const item of items) {
    // After the items it equals, as a stable sort leaves it.
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]!) < 0) at--;
    if (at < count) first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}

/** A feature (word or term) shared by more topics than this is too common to relate any two of them. */
const maxFeatureTopics = 100;

/** The stop words of each language, as a set: the search's list (emit/stop-words.ts), read once. */
const stopWordSets = new Map<string, ReadonlySet<string>>();

function stopWordsOf(lang: string): ReadonlySet<string> {
  let set = stopWordSets.get(lang);
  if (!set) stopWordSets.set(lang, (set = new Set(stopWordsFor(lang))));
  return set;
}

/** A letter: a word of digits alone ("2024") says nothing about what a topic is about. */
const letter = /\p{L}/u;

/**
 * Reads the content words of texts in `lang`: the segmenter's words (Chinese and Japanese have no spaces
 * between theirs), lowercase, stop words and contractions out, plural and verb endings folded. Scripts with
 * spaces drop words under three letters too; in Chinese and Japanese one character is often a whole noun.
 */
function contentWordReader(lang: string): (text: string) => string[] {
  const stopWords = stopWordsOf(lang);
  const isStopWord = (word: string) => stopWords.has(foldDiacritics(word));
  const contentWordOf = (token: string): string | undefined => {
    if (!letter.test(token)) return undefined;
    const [word = '', ending] = token.split(/['’]/);
    // "partner's" is about a partner; "don't", "they're", "you'll" are function words.
    if (ending !== undefined && ending !== 's') return undefined;
    if ((word.length < 3 && !unspacedScript.test(word)) || isStopWord(word)) return undefined;
    const folded = foldSuffix(word);
    return isStopWord(folded) ? undefined : folded;
  };
  // An article uses a few thousand words a hundred times each: each is looked at once.
  const seen = new Map<string, string | null>();
  return (text) => {
    const words: string[] = [];
    for (const token of wordsOf(text.toLocaleLowerCase(lang), lang)) {
      let word = seen.get(token);
      if (word === undefined) seen.set(token, (word = contentWordOf(token) ?? null));
      if (word !== null) words.push(word);
    }
    return words;
  };
}

/** Folds the commonest English endings so that "needs", "needed" and "needing" count as one word. Crude on purpose: it only has to be consistent. */
function foldSuffix(word: string): string {
  let stem = word;
  if (stem.length > 5 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  for (const ending of ['ing', 'ed', 'ly']) {
    if (stem.length > ending.length + 3 && stem.endsWith(ending)) return stem.slice(0, -ending.length);
  }
  return stem;
}
