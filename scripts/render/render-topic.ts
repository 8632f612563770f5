import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { reservedIds } from '../lib/reserved-ids.ts';
import { UniqueSlugs } from '../lib/slug.ts';
import { articleAttributes, wordsAttributes, wordsOf, type LanguageAttributes, type TextKey, type Words } from '../../src/i18n/words.ts';
import { countCharacters, countWords, firstWords, readsByCharacters } from '../lib/text-segments.ts';
import { alertKindOf, type AlertKind, type Block, type Inline, type Topic } from '../types.ts';

/** The elements that get an id readers can link to: headings, paragraphs and list items. */
export const linkableTag = /^(h[1-6]|p|li)$/;

/** Words an id is made of: enough to read, few enough to survive edits further along the paragraph. */
const idWords = 6;
/** An "On this page" entry's label, taken from the start of a list item. */
const tocWords = 10;

/** What the site needs to know of a topic, written as the Markdown file's frontmatter. */
export interface TopicFrontmatter {
  title: string;
  kind: Topic['kind'];
  order: number;
  slug: string;
  number?: number;
  summary: string;
  headingId: string;
  sourceLines: [number, number];
  words: number;
  /** Letters and digits, for a language read by characters (Chinese, Japanese), whose reading time they measure. */
  characters?: number;
  toc: { id: string; text: string; depth: 2 | 3 }[];
  /** Slugs of the most related topics, most related first; the cross-link stage fills it in. */
  related: string[];
  /** Slugs of the topics whose text links here, in reading order; the link stage fills it in. */
  backlinks: string[];
}

export interface RenderedTopic {
  frontmatter: TopicFrontmatter;
  /** The body as hast: every heading, paragraph and list item has a stable id. */
  body: Root;
}

/**
 * Renders a topic's blocks to hast. Text is always a text node, so whatever the article says
 * (`<script>`, `{braces}`, `import`, Markdown syntax, entities) is shown literally, never interpreted.
 * Ids are slugs of an element's first words, unique in the page, so they do not change when text elsewhere does;
 * `lang`, the article's language, says where its words begin and end.
 * The words the page adds (link names, footnotes' labels) are the site's, in its language.
 */
export function renderTopic(topic: Topic, lang: string, siteWords: Words = englishWords): RenderedTopic {
  // Ids an article brings (footnotes, a web page's anchors, Word's bookmarks) are taken first, so no generated id can repeat them.
  const ids = new UniqueSlugs([...reservedIds, ...[topic.heading, ...topic.blocks].flatMap((block) => (block ? existingIds(hastOfBlock(block)) : []))]);
  const toc: TopicFrontmatter['toc'] = [];
  const headingId = ids.take(topic.title, { fallback: 'topic' });
  const children: ElementContent[] = [];
  // The same for every link control and alert label of the page, and each costs a few Intl.Locale: asked once.
  const languageMarks: LanguageMarks = { words: wordsAttributes(lang), article: articleAttributes(lang) };

  // An outline title that replaces the author's heading keeps the heading's words on the page.
  if (topic.heading && topic.heading.label !== topic.title) children.push(subheading(topic.heading));
  for (const block of topic.blocks) children.push(...renderBlock(block));

  const lines = [topic.heading, ...topic.blocks].flatMap((block) => (block ? [block.position.line, ...lastLines(block)] : []));
  const text = [topic.heading?.text ?? '', ...topic.blocks.map((block) => block.text)].join(' ');
  return {
    frontmatter: {
      title: topic.title,
      kind: topic.kind,
      order: topic.order,
      slug: topic.slug,
      ...(topic.number !== undefined ? { number: topic.number } : {}),
      summary: topic.summary,
      headingId,
      sourceLines: [Math.min(...lines), Math.max(...lines)],
      words: countWords(text, lang),
      ...(readsByCharacters(lang) ? { characters: countCharacters(text, lang) } : {}),
      toc,
      related: [],
      backlinks: [],
    },
    body: { type: 'root', children },
  };

  function renderBlock(block: Block): ElementContent[] {
    switch (block.type) {
      case 'heading':
      case 'subheading':
        return [subheading(block)];
      case 'paragraph':
        return [h('p', { id: ids.take(firstWords(block.text, idWords, lang)) }, phrasing(block))];
      case 'quote': {
        const paragraphs = block.paragraphs.map((paragraph) => h('p', { id: ids.take(firstWords(paragraph.text, idWords, lang)) }, phrasing(paragraph)));
        return [block.alert ? alertBox(block.alert, paragraphs, siteWords, languageMarks.words) : h('blockquote', paragraphs)];
      }
      case 'list': {
        const items = block.items.map((item) => {
          const id = ids.take(firstWords(item.text, idWords, lang), { fallback: 'item' });
          const itemLabel = label(item.text, lang);
          toc.push({ id, text: itemLabel, depth: 3 });
          return h('li', { id }, [...phrasing(item), anchorLink(id, itemLabel, siteWords, languageMarks)]);
        });
        return [block.ordered ? h('ol', block.start === 1 ? {} : { start: block.start }, items) : h('ul', items)];
      }
      case 'rich':
        return block.hast.map((node) => withIds(node));
    }
  }

  function subheading(block: Inline): Element {
    const id = ids.take(block.text, { fallback: 'section' });
    toc.push({ id, text: block.text, depth: 2 });
    return h('h2', { id }, [...phrasing(block), anchorLink(id, label(block.text, lang), siteWords, languageMarks)]);
  }

  /** Gives Markdown's own headings, paragraphs and list items an id where they have none, and footnotes their labels. */
  function withIds(node: ElementContent): ElementContent {
    if (node.type !== 'element') return node;
    const children = node.children.map(withIds);
    const footnoteLabel = footnoteLabelOf(node, siteWords);
    if (footnoteLabel !== undefined) return { ...node, properties: { ...node.properties, ariaLabel: footnoteLabel }, children };
    const alert = node.tagName === 'blockquote' ? alertKindOf(node.properties) : undefined;
    if (alert) return alertBox(alert, children, siteWords, languageMarks.words);
    if (linkableTag.test(node.tagName) && node.properties['id'] === undefined) {
      const text = textOf(node);
      return { ...node, properties: { ...node.properties, id: ids.take(firstWords(text, idWords, lang), { fallback: node.tagName }) }, children };
    }
    return { ...node, children };
  }
}

/** The `lang` and `dir` of our words in a site in this language (`wordsAttributes`), and of the article's words inside them. */
interface LanguageMarks {
  words: LanguageAttributes;
  article: LanguageAttributes;
}

/**
 * The link control beside a heading or list item, named with its `label`; the site's script turns it into "copy link".
 * Its name is visually hidden text rather than `aria-label`, so the article's words stay escaped text.
 */
function anchorLink(id: string, text: string, words: Words, marks: LanguageMarks): Element {
  // Words in the English fallback are marked as English, and the article's words inside them as the article's.
  const { article } = marks;
  const name = article.lang ? words.parts('link.to', { text: h('span', { ...article }, text) }) : words.text('link.to', { text });
  return h('a', { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { ariaHidden: 'true' }, '#'),
    h('span', { className: ['visually-hidden'], ...marks.words }, name),
  ]);
}

const englishWords = wordsOf('en');

const alertWords = { note: 'alert.note', tip: 'alert.tip', important: 'alert.important', warning: 'alert.warning', caution: 'alert.caution' } as const satisfies Record<AlertKind, TextKey>;

/**
 * A note, tip or warning the author set apart (GitHub's `> [!NOTE]`), as github.com shows one: not a quotation
 * but a note, its kind in the site's words above the author's (`alert.*`), left out of search and the text count.
 */
function alertBox(kind: AlertKind, children: ElementContent[], words: Words, wordsMarks: LanguageAttributes): Element {
  const label = h('p', { className: ['alert-label', addedWordsClass], ...wordsMarks, dataPagefindIgnore: '' }, words.text(alertWords[kind]));
  return h('div', { className: ['alert', `alert-${kind}`], role: 'note' }, [label, ...children]);
}

/**
 * The label of a footnote (parse-tree.ts places each after the block that cites it) or of its link back to
 * the citation, whose number mdast-util-to-hast put at the end of its own English label; else `undefined`.
 */
function footnoteLabelOf(node: Element, words: Words): string | undefined {
  if (node.tagName === 'aside' && String(node.properties['className']).split(' ').includes('footnote')) return words.text('footnote.label');
  if (!('dataFootnoteBackref' in node.properties)) return undefined;
  const number = /(\d+(?:-\d+)?)$/.exec(String(node.properties['ariaLabel'] ?? ''))?.[1];
  return number === undefined ? undefined : words.text('footnote.backLink', { number });
}

/** The article's own hast in a block: its kept HTML or its phrasing. */
function hastOfBlock(block: Block): ElementContent[] {
  if (block.type === 'rich') return block.hast;
  if (block.type === 'list') return block.items.flatMap((item) => item.phrasing ?? []);
  if (block.type === 'quote') return block.paragraphs.flatMap((paragraph) => paragraph.phrasing ?? []);
  return block.phrasing ?? [];
}

/** Every id in a hast subtree, in document order. */
export function existingIds(nodes: readonly ElementContent[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [];
    const id = node.properties['id'];
    return [...(typeof id === 'string' ? [id] : []), ...existingIds(node.children)];
  });
}

function phrasing(inline: Inline): ElementContent[] {
  return inline.phrasing ?? [{ type: 'text', value: inline.text }];
}

function label(text: string, lang: string): string {
  return countWords(text, lang, tocWords + 1) <= tocWords ? text : `${firstWords(text, tocWords, lang)}…`;
}

function lastLines(block: Block): number[] {
  if (block.type === 'list') return block.items.map((item) => item.position.line);
  if (block.type === 'quote') return block.paragraphs.map((paragraph) => paragraph.position.line);
  return [];
}

/** Marks words we add beside the author's (`media.*` in src/i18n/en.ts), so they are not taken for the article's. */
export const addedWordsClass = 'added-words';

/** Elements whose text is ours, not the article's: link controls, added words and Markdown's footnote markers. */
function isAddedControl(node: Element): boolean {
  const className = node.properties['className'];
  return (Array.isArray(className) && (className.includes('anchor-link') || className.includes(addedWordsClass))) || 'dataFootnoteRef' in node.properties || 'dataFootnoteBackref' in node.properties;
}

/** The text a reader sees in a rendered body, without the link controls; an image's is its alt text. */
export function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && isAddedControl(node)) return '';
  if (node.type === 'element' && node.tagName === 'img') return String(node.properties['alt'] ?? '');
  if (node.type === 'element' || node.type === 'root') {
    const separator = node.type === 'root' || /^(ul|ol|blockquote|table|tr|section|div|aside)$/.test(node.tagName) ? '\n' : '';
    return node.children.map((child) => textOf(child as ElementContent)).join(separator);
  }
  return '';
}

/** Elements that hold other blocks. */
const containers = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'section', 'aside', 'div', 'blockquote', 'figure', 'dl', 'details']);
/** Elements whose text is read as one stretch: a paragraph, an item, a heading, a cell. */
const textBlocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'pre', 'dt', 'dd', 'figcaption', 'summary']);

/** The text of each paragraph, item, heading and cell of a body, one string each, in order. */
export function blockTexts(node: Root | Element): string[] {
  const texts: string[] = [];
  let run = '';
  const flush = () => {
    if (run.trim() !== '') texts.push(run.trim());
    run = '';
  };
  for (const child of node.children) {
    if (child.type === 'element' && /^h[1-6]$/.test(child.tagName)) {
      // One line, as the article's units count a heading (parse-tree.ts `textUnits`).
      flush();
      const heading = textOf(child).replace(/\s+/g, ' ').trim();
      if (heading !== '') texts.push(heading);
    } else if (child.type === 'element' && (containers.has(child.tagName) || textBlocks.has(child.tagName))) {
      flush();
      texts.push(...blockTexts(child));
    } else {
      run += textOf(child as ElementContent);
    }
  }
  flush();
  return texts;
}

/** Serialises a body as the HTML the site shows, unchanged: the topics loader hands it to Astro as it is. */
export function bodyToHtml(body: Root): string {
  return toHtml(body, { characterReferences: { useNamedReferences: false } });
}
