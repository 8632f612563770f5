import type { Element, ElementContent } from 'hast';
import { quoteFinder } from '../lib/quote-match.ts';
import { UnfoldError, type SourcePoint } from '../lib/unfold-error.ts';
import { textOf, type RenderedTopic } from './render-topic.ts';
import type { SynonymEntry } from '../schemas/synonyms.ts';

export interface SynonymOptions {
  configFile: string;
  pointAt: (path: readonly (string | number)[]) => SourcePoint;
}

/**
 * The attribute that carries the words (hast's `dataUnfoldSynonyms`), named in `data-pagefind-index-attrs` so
 * Pagefind indexes it. The site never reads it: src/utils/search-sections.ts recognises the indexed words
 * as the ones that precede an element's own text.
 */
const synonymsAttribute = 'data-unfold-synonyms';

/**
 * Attaches readers' words to the paragraph or list item that answers them, as an attribute Pagefind
 * indexes (`data-pagefind-index-attrs`). Pagefind has no synonyms of its own; the words are never shown
 * as the article's text. A quote that matches no paragraph or item, or more than one, is an error.
 */
export function addSynonyms(topics: readonly RenderedTopic[], entries: readonly SynonymEntry[], options: SynonymOptions): RenderedTopic[] {
  const wordsByElement = new Map<Element, string[]>();
  const places = topics.flatMap((topic) => answerableElements(topic.body.children as ElementContent[]).map((element) => ({ topic, element })));
  const quoted = quoteFinder(places.map(({ element }) => textOf(element)));
  entries.forEach((entry, index) => {
    const matches = quoted(entry.at).map((place) => places[place]!);
    if (matches.length !== 1) {
      const where = matches.map(({ topic, element }) => `${topic.frontmatter.slug}#${String(element.properties['id'])}`).join(', ');
      throw new UnfoldError(options.configFile, matches.length === 0 ? `"${entry.at}" matches no paragraph or list item` : `"${entry.at}" matches ${matches.length} places: ${where}`, {
        point: options.pointAt([index, 'at']),
        hint: matches.length === 0 ? 'quote the first (or last) words of one paragraph or list item exactly as written' : 'quote more words, so that only one place matches',
      });
    }
    const { element } = matches[0]!;
    wordsByElement.set(element, [...(wordsByElement.get(element) ?? []), ...entry.words]);
  });
  return topics.map((topic) => ({ ...topic, body: { ...topic.body, children: topic.body.children.map((child) => withSynonyms(child as ElementContent, wordsByElement)) } }));
}

function answerableElements(nodes: readonly ElementContent[]): Element[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [];
    const own = /^(p|li)$/.test(node.tagName) && typeof node.properties['id'] === 'string' ? [node] : [];
    return [...own, ...answerableElements(node.children)];
  });
}

function withSynonyms(node: ElementContent, wordsByElement: ReadonlyMap<Element, string[]>): ElementContent {
  if (node.type !== 'element') return node;
  const children = node.children.map((child) => withSynonyms(child, wordsByElement));
  const words = wordsByElement.get(node);
  if (!words) return { ...node, children };
  return {
    ...node,
    properties: { ...node.properties, dataUnfoldSynonyms: [...new Set(words)].join(' '), dataPagefindIndexAttrs: synonymsAttribute },
    children,
  };
}
