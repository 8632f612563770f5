import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { parseHTML } from 'linkedom';
import { lineStartsOf } from '../lib/line-starts.ts';
import { UnfoldError } from '../lib/unfold-error.ts';
import type { ArticleFiles, ArticleTree, Position, Sourced } from '../types.ts';
import { cleanHtml } from './clean-html.ts';
import { decodeText } from './decode-text.ts';
import { htmlToMdast, proseLines } from './html-to-mdast.ts';

/** Deeper than this, a page is not an article but a generated or hostile one; recursive tree code would overflow. */
export const maxNesting = 400;

/**
 * What a saved page holds around its article, found by role, tag, class or id: Readability leaves some of
 * it (a newsletter box inside the post, share links beside it), so it goes before Readability looks.
 */
const boilerplateRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);
const boilerplateTags = new Set(['nav', 'footer', 'form', 'noscript', 'button', 'dialog']);
const boilerplateName =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|share|sharing|social|comments?|respond|related|sidebar|widget|promo|advert|advertisement|ads?|sponsored|popup|modal|breadcrumbs?|pagination|tags|author-bio)(?:$|[\s_-])/i;
/**
 * A table of contents a blog's plugin puts inside the article (Easy Table of Contents' `ez-toc-container`, Yoast's
 * and Rank Math's blocks, a theme's `#toc`): the site lists the pages itself, and without it the box's title
 * ("Table of Contents") was left alone on the page once its `<nav>` went. Named so, and holding links to the page.
 */
const contentsName = /(?:^|[\s_-])(?:toc|table-of-contents)(?:$|[\s_-])/i;

/** Elements that are the article's frame, never boilerplate whatever their class says. */
const neverBoilerplate = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** The attribute that carries each element's offset in the file through Readability, which keeps attributes. */
const offsetAttribute = 'data-unfold-at';
const offsetMark = new RegExp(` ${offsetAttribute}=\\d+ `, 'g');

/**
 * Reads a saved web page: `@mozilla/readability` (Firefox's Reader View) finds the article over a `linkedom`
 * DOM, after the page's navigation, cookie banner, share buttons, comments, sidebars, forms, footers and
 * tracking pixels are removed; `cleanHtml` cleans it and rehype-remark's converter makes it mdast. Title from
 * a word processor's Title style, the page's one `<h1>`, `og:title` or `<title>` without the site's name;
 * description and language from `<meta name="description">` and `<html lang>`. Every block keeps its line
 * and column in the file.
 */
export function readWebPage(file: string, bytes: Uint8Array, files: ArticleFiles): ArticleTree {
  const html = decodeHtml(file, bytes);
  const lineStarts = lineStartsOf(html);
  const pointAt = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  checkNesting(file, html, pointAt);

  const marked = markStartTags(html);
  const { document, titleStyle } = openPage(marked);
  const title = titleStyle ?? pageTitle(document);
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  const description = metaContent(document, 'meta[name="description" i]') ?? metaContent(document, 'meta[property="og:description" i]');
  clearPage(document);

  const { content, offsets } = findArticle(document, () => {
    const again = openPage(marked).document;
    clearPage(again);
    return again;
  });
  if (!content) {
    throw new UnfoldError(file, 'holds no article that unfold can find', {
      hint: 'save the page that shows the whole article (not a list of articles or a login page), or copy its text into a .txt or .md file',
    });
  }
  const hast: HastRoot = { type: 'root', children: domToHast(content, offsets, pointAt) };
  const { tree: clean, warnings } = cleanHtml(hast, file);
  const tree = htmlToMdast(clean);
  return {
    file,
    format: 'web-page',
    tree,
    lines: proseLines(tree),
    ...(title ? { title } : {}),
    ...(description ? { description: { value: description, from: 'web page <meta name="description">' } } : {}),
    ...(lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang) ? { lang: { value: lang, from: 'web page <html lang>' } } : {}),
    warnings,
    files,
  };
}

/** Each element's offset in the file, by element: the marks taken out of the page (`takeOffsets`). */
type Offsets = Map<object, number>;

/**
 * The page's article, as the DOM element itself (serialising it and parsing the HTML again would double the
 * work), and where each of its elements stood. The offset marks leave the page before Readability looks: each
 * was an attribute node that every one of its thousands of walks over the page stepped through. `again` gives
 * the page once more, parsed and cleared the same way, with its marks.
 */
function findArticle(document: LinkedDocument, again: () => LinkedDocument): { content: DomNode | undefined; offsets: Offsets } {
  try {
    const offsets = takeOffsets(document);
    return { content: articleIn(new ArticleFinder(document, offsets).parse()), offsets };
  } catch (error) {
    if (!(error instanceof SecondTry)) throw error;
  }
  // Readability's next tries start again from the page's HTML, saved before its first: new elements, which the
  // table does not know. Rare (a page whose first try found under 500 characters), so once more with the marks kept.
  const content = articleIn(new ArticleFinder(again()).parse());
  return { content, offsets: content ? takeOffsets(content) : new Map() };
}

function articleIn(found: ReturnType<ArticleFinder['parse']>): DomNode | undefined {
  return found?.content && (found.textContent ?? '').trim() !== '' ? (found.content as unknown as DomNode) : undefined;
}

/** Thrown when Readability starts a second try on a page whose marks are in a table. */
class SecondTry extends Error {}

/** Takes the offset marks out of the elements inside `root`, into a table. */
function takeOffsets(root: object): Offsets {
  const offsets: Offsets = new Map();
  eachElementIn(root as LinkedNode, (element) => {
    const offset = element.getAttribute(offsetAttribute);
    if (offset === null) return;
    offsets.set(element, Number(offset));
    element.removeAttribute(offsetAttribute);
  });
  return offsets;
}

type LinkedNode = LinkedDocument | LinkedElement;

/**
 * Calls `visit` on each element inside `root`, in document order, what a `<template>` holds and what stands after
 * `</html>` included. linkedom's `TreeWalker` lists a subtree's elements in one step over the DOM's own list:
 * walking the tree by `firstElementChild` and `nextElementSibling`, whose every step looks past attributes and
 * texts, cost twice as much. A walker of the document starts at `<html>`, so the document's own children are
 * taken one by one.
 */
function eachElementIn(root: LinkedNode, visit: (element: LinkedElement) => void): void {
  const document = (root.nodeType === 9 ? root : root.ownerDocument) as LinkedDocument;
  const visitInside = (parent: LinkedNode) => {
    const walker = document.createTreeWalker(parent as unknown as Node, 1);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as unknown as LinkedElement);
  };
  if (root.nodeType !== 9) return visitInside(root);
  for (const element of Array.from(root.children) as LinkedElement[]) {
    visit(element);
    visitInside(element);
  }
}

const tagNameOnly = /^[a-z][a-z0-9-]*$/i;

/**
 * Calls `visit` on each element inside `root`, in document order, as linkedom's `querySelectorAll` would list
 * them: a `<template>` is visited, what it holds is not.
 */
function eachElementOutsideTemplates(root: LinkedNode, visit: (element: LinkedElement) => void): void {
  let template: LinkedElement | undefined;
  eachElementIn(root, (element) => {
    if (template?.contains(element)) return;
    template = element.localName === 'template' ? element : undefined;
    visit(element);
  });
}

/** The elements inside `root` that pass `test`, in document order, as linkedom's `querySelectorAll` finds them. */
function elementsIn(root: LinkedNode, test: (element: LinkedElement) => boolean): LinkedElement[] {
  const found: LinkedElement[] = [];
  eachElementOutsideTemplates(root, (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/**
 * Readability (pinned at 0.6.0 in package.json) with its byline test in a cheaper order, to the same answer: it
 * read every element's whole text before looking at its attributes and class, which was 5 MB of text on a 1 MB page.
 * Where Readability moves an element's attributes to another element, the offset in `offsets` moves with them.
 */
class ArticleFinder extends Readability<Node> {
  declare REGEXPS: { byline: RegExp };
  declare _removeAndGetNext: (node: LinkedElement) => LinkedElement | null;
  declare _hasSingleTagInsideElement: (node: LinkedElement, tag: string) => boolean;
  declare _getNextNode: (node: LinkedElement) => LinkedElement | null;

  declare _doc: LinkedDocument;

  readonly offsets: Offsets | undefined;

  /** With `offsets`, the page's marks are in that table, not in its elements. */
  constructor(document: LinkedDocument, offsets?: Offsets) {
    super(document as unknown as Document, { keepClasses: false, serializer: (node) => node });
    this.offsets = offsets;
  }

  /**
   * Two serialisations of Readability 0.6.0 that are never used here go. Before its first try it saves the page's
   * HTML for the next: with the marks in a table, a next try is made on a new parse instead (`findArticle`). After
   * its last, it logs the article's HTML, debug or not: the article is taken as the DOM element itself.
   */
  _grabArticle(page?: LinkedElement): LinkedElement | null {
    const grab = (Readability.prototype as unknown as { _grabArticle(page?: LinkedElement): LinkedElement | null })._grabArticle;
    const body = this.offsets ? this._doc.body : undefined;
    if (body) {
      Object.defineProperty(body, 'innerHTML', {
        configurable: true,
        get: () => '',
        set: () => {
          throw new SecondTry('Readability tries again');
        },
      });
    }
    try {
      const article = grab.call(this, page);
      if (article) Object.defineProperty(article, 'innerHTML', { configurable: true, get: () => '' });
      return article;
    } finally {
      if (body) delete (body as { innerHTML?: string }).innerHTML;
    }
  }

  override parse(): ReturnType<Readability<Node>['parse']> {
    const found = super.parse();
    if (found?.content) delete (found.content as unknown as { innerHTML?: string }).innerHTML;
    return found;
  }

  /** Renaming an element makes a new one, with the old one's attributes. */
  _setNodeTag(node: LinkedElement, tag: string): LinkedElement {
    const replacement = (Readability.prototype as unknown as { _setNodeTag(node: LinkedElement, tag: string): LinkedElement })._setNodeTag.call(this, node, tag);
    this.moveOffset(node, replacement);
    return replacement;
  }

  /** Readability 0.6.0's own, but for the offset: a `div` or `section` holding one other gives it its attributes, and goes. */
  _simplifyNestedElements(articleContent: LinkedElement): void {
    let node: LinkedElement | null = articleContent;
    while (node) {
      if (node.parentNode && ['DIV', 'SECTION'].includes(node.tagName) && !(node.id && node.id.startsWith('readability'))) {
        if (this._isElementWithoutContent(node)) {
          node = this._removeAndGetNext(node);
          continue;
        } else if (this._hasSingleTagInsideElement(node, 'DIV') || this._hasSingleTagInsideElement(node, 'SECTION')) {
          const child = node.children[0]!;
          for (let index = 0; index < node.attributes.length; index++) child.setAttributeNode(node.attributes[index]!.cloneNode() as Attr);
          this.moveOffset(node, child);
          node.parentNode.replaceChild(child, node);
          node = child;
          continue;
        }
      }
      node = this._getNextNode(node);
    }
  }

  /**
   * Readability's every look for elements by tag (a dozen walks over the page or the article) asks the DOM's
   * `querySelectorAll`, which in linkedom compiles the selector with css-select each time and matches through its
   * adapter: the same elements, in the same order, come from a plain walk (`elementsIn`) at a fraction of the cost.
   */
  _getAllNodesWithTag(node: LinkedNode, tagNames: string[]): LinkedElement[] {
    if (!tagNames.every((name) => tagNameOnly.test(name))) {
      return (Readability.prototype as unknown as { _getAllNodesWithTag(node: LinkedNode, tagNames: string[]): LinkedElement[] })._getAllNodesWithTag.call(this, node, tagNames);
    }
    const wanted = new Set(tagNames.map((name) => name.toLowerCase()));
    return elementsIn(node, (element) => wanted.has(element.localName.toLowerCase()));
  }

  private moveOffset(from: object, to: object): void {
    const offset = this.offsets?.get(from);
    if (offset !== undefined) this.offsets?.set(to, offset);
  }

  /**
   * Readability 0.6.0's own, but that an element without a style attribute is not asked for its style: linkedom
   * makes every element whose `style` is read a style declaration of its own (a map behind a proxy), and an
   * element without the attribute has no display or visibility to read.
   */
  _isProbablyVisible(node: LinkedElement): boolean {
    if (node.hasAttribute('style')) return (Readability.prototype as unknown as { _isProbablyVisible(node: LinkedElement): boolean })._isProbablyVisible.call(this, node);
    return !node.hasAttribute('hidden') && (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' || node.className.includes('fallback-image'));
  }

  /**
   * Readability 0.6.0's own, but that whether an element holds any text is answered at its first text that is not
   * white space: its whole text was joined for that, for every `div` and `section` of the page and its article.
   */
  _isElementWithoutContent(node: LinkedElement): boolean {
    return (
      node.nodeType === 1 &&
      !holdsText(node) &&
      (node.children.length === 0 || node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  }

  _isValidByline(node: { getAttribute(name: string): string | null; textContent: string | null }, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || this.REGEXPS.byline.test(matchString))) return false;
    const bylineLength = (node.textContent ?? '').trim().length;
    return bylineLength > 0 && bylineLength < 100;
  }
}

/** Whether any text inside `node` (what its `textContent` joins: text and CDATA) is more than white space, as `trim` takes it. */
function holdsText(node: ChildNode): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4 ? /\S/.test(child.nodeValue ?? '') : holdsText(child)) return true;
  }
  return false;
}

/** UTF-8, or the encoding the page declares (`<meta charset>`) when it is not UTF-8. */
function decodeHtml(file: string, bytes: Uint8Array): string {
  try {
    return decodeText(file, bytes).lines.map((line) => line.text).join('\n');
  } catch (error) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    if (!declared || /^utf-?8$/i.test(declared)) throw error;
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      throw error;
    }
    return decoder.decode(bytes).replace(/\r\n?/g, '\n');
  }
}

/**
 * The page with each start tag marked with its offset, so that the article's elements still know where they
 * stood. Scripts and style sheets go in the same pass: Readability removes them before it looks (it reads
 * only JSON-LD, which stays), and a saved page often carries more bytes of them than of its article.
 */
function markStartTags(html: string): string {
  const endOf = rawTextEnds(html);
  const startTag = /<([a-zA-Z][^\s/>]*)/g;
  let marked = '';
  let copied = 0;
  for (let match = startTag.exec(html); match; match = startTag.exec(html)) {
    const name = match[1]!.toLowerCase();
    const end = name === 'script' || name === 'style' ? endOf(name, startTag.lastIndex) : -1;
    if (end !== -1 && !/^[^>]*application\/ld\+json/i.test(html.slice(startTag.lastIndex, end))) {
      marked += html.slice(copied, match.index);
      copied = startTag.lastIndex = end;
      continue;
    }
    marked += `${html.slice(copied, startTag.lastIndex)} ${offsetAttribute}=${match.index} `;
    copied = startTag.lastIndex;
  }
  return marked + html.slice(copied);
}

/**
 * Where the element whose raw text starts at `from` ends, after its end tag (`</script>`, as HTML ends it), or
 * -1 when it has none. Each end tag found is remembered, so that a page of unclosed `<script>`s stays linear.
 */
function rawTextEnds(html: string): (name: string, from: number) => number {
  const found = new Map<string, { from: number; at: number; end: number }>();
  return (name, from) => {
    const known = found.get(name);
    if (known && known.from <= from && (known.end === -1 || known.at >= from)) return known.end;
    const endTag = new RegExp(`</${name}(?=[\\s/>])[^>]*>?`, 'gi');
    endTag.lastIndex = from;
    const match = endTag.exec(html);
    found.set(name, { from, at: match?.index ?? -1, end: match ? endTag.lastIndex : -1 });
    return match ? endTag.lastIndex : -1;
  };
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Elements whose end tag may be left out: not counted, so that unclosed `<p>` and `<li>` do not pile up. */
const optionalEnd = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body']);
const rawText = /^(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)$/i;

/**
 * Refuses a page nested deeper than `maxNesting` elements, in one pass over its tags: the tree libraries after
 * Readability recurse, and a page of ten thousand nested `<div>`s would overflow the stack instead of failing clearly.
 */
function checkNesting(file: string, html: string, pointAt: (offset: number) => Position): void {
  const endOf = rawTextEnds(html);
  const open: string[] = [];
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
      continue;
    }
    if (rawText.test(name)) {
      const end = endOf(name, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (voidElements.has(name) || optionalEnd.has(name) || selfClosing) continue;
    open.push(name);
    if (open.length > maxNesting) {
      throw new UnfoldError(file, `nests elements more than ${maxNesting} deep (here, <${name}> inside ${maxNesting} others)`, {
        point: pointAt(match.index),
        hint: 'this is not the shape of an article page; save the article itself, or copy its text into a .txt or .md file',
      });
    }
  }
}

/** What the DOM → hast step reads of a linkedom node. */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  hasAttributes?: () => boolean;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/**
 * The children of a DOM node as hast; `hastscript` turns attributes into hast properties the way rehype-parse does.
 * Each element is placed from its offset in the table, and the marks left in text and attribute values (where a `<`
 * looked like a start tag) are removed in this same walk: a second walk over the hast tree cost as much as the conversion.
 */
function domToHast(node: DomNode, offsets: Offsets, pointAt: (offset: number) => Position): ElementContent[] {
  const children: ElementContent[] = [];
  // Child by child and, where there are any, attribute by attribute: linkedom makes a new list of a node's
  // children each time `childNodes` is read, and a proxy of its attributes each time `attributes` is.
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) children.push({ type: 'text', value: unmark(child.nodeValue ?? '') });
    if (child.nodeType !== 1 || !child.localName) continue;
    const attributes: Record<string, string> = {};
    if (child.hasAttributes!()) {
      for (const { name, value } of Array.from(child.attributes!)) {
        if (!(name === 'id' && value === 'readability-page-1')) attributes[name] = unmark(value);
      }
    }
    // Most elements of an article have no attribute left: they need none of hastscript's property parsing.
    const element: Element = Object.keys(attributes).length === 0 && plainName.test(child.localName)
      ? { type: 'element', tagName: child.localName, properties: {}, children: domToHast(child, offsets, pointAt) }
      : (h(child.localName, attributes, domToHast(child, offsets, pointAt)) as Element);
    const offset = offsets.get(child);
    if (offset !== undefined) {
      const start = pointAt(offset);
      element.position = { start, end: start };
    }
    children.push(element);
  }
  return children;
}

/** A tag name hastscript would take as it is: lowercase, not a selector, not `template` (whose children it moves). */
const plainName = /^(?!template$)[a-z][a-z0-9-]*$/;

/** A `<` inside text or an attribute value looked like a start tag to the marking pass: its mark goes. */
function unmark(value: string): string {
  return value.includes(offsetAttribute) ? value.replace(offsetMark, '') : value;
}

type LinkedDocument = ReturnType<typeof parseHTML>['document'];

/**
 * What Readability is given of the page: without its boilerplate (`isBoilerplate`), and with its headings'
 * classes gone (`unclassHeadings`), both found in one pass over the page's elements, before any is changed.
 */
function clearPage(document: LinkedDocument): void {
  const boilerplate: LinkedElement[] = [];
  const classedHeadings: LinkedElement[] = [];
  eachElementOutsideTemplates(document, (element) => {
    if (isBoilerplate(element)) boilerplate.push(element);
    else if (headingTag.test(element.localName) && element.hasAttribute('class')) classedHeadings.push(element);
  });
  for (const element of boilerplate) element.remove();
  unclassHeadings(classedHeadings);
}

const headingTag = /^h[1-6]$/i;

/** Where a share or subscribe button goes: the page's own share action, or a social site's share form. */
const shareAddress = /[?&]action=share\b|\/(subscribe|share)\/?(\?|#|$)|[?&]share=|sharer\.php|\/intent\/(tweet|post)|\/sharing\/share-offsite|addtoany\.com/i;

/**
 * A link that is a share or subscribe button, whatever its class: a few words ("Share", "Subscribe now") to
 * one of those addresses, standing alone in its block. A sentence that links there keeps its link and words.
 */
function isShareButton(link: LinkedElement): boolean {
  const href = link.getAttribute('href');
  if (href === null || !shareAddress.test(href)) return false;
  const words = plainText(link.textContent);
  let block = link.parentElement;
  while (block && /^(span|strong|b|em|i|small)$/.test(block.localName)) block = block.parentElement;
  return words.split(' ').length <= 3 && plainText(block?.textContent) === words;
}

/**
 * Readability drops any element whose class names an unlikely part of a page (`header`, `menu`, `extra`…),
 * headings included: Substack gives every heading of a post `class="header-anchor-post"`, and the article
 * lost them all. The article's own headings stay: the boilerplate they might head is gone already (above),
 * and the site keeps no class of the page anyway.
 */
function unclassHeadings(headings: readonly LinkedElement[]): void {
  for (const heading of headings) heading.removeAttribute('class');
}

type LinkedElement = ReturnType<LinkedDocument['querySelectorAll']>[number];

/** Boilerplate by tag, role, class or id; or a tracking pixel: an image of one pixel or a hidden one. */
function isBoilerplate(element: LinkedElement): boolean {
  if (boilerplateTags.has(element.localName)) return true;
  const role = element.getAttribute('role');
  if (role !== null && boilerplateRoles.has(role)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (names !== ' ' && !neverBoilerplate.has(element.tagName)) {
    if (boilerplateName.test(names)) return true;
    if (contentsName.test(names) && element.querySelector('a[href^="#"]') !== null) return true;
  }
  if (element.localName === 'a') return isShareButton(element);
  if (element.localName !== 'img') return false;
  const tiny = (attribute: string) => element.hasAttribute(attribute) && Number(element.getAttribute(attribute)) <= 2;
  return tiny('width') || tiny('height') || /display\s*:\s*none/i.test(element.getAttribute('style') ?? '');
}

/** The page's DOM, and the title a word processor's Title style gives it, taken out of its text (`takeTitleStyle`). */
function openPage(marked: string): { document: LinkedDocument; titleStyle: Sourced<string> | undefined } {
  const { document } = parseHTML(marked);
  return { document, titleStyle: takeTitleStyle(document) };
}

/** An element's or attribute's text on one line, without the offset marks. */
const plainText = (value: string | null | undefined) => value?.replace(/[\s\u00A0]+/g, ' ').replace(offsetMark, '').trim() ?? '';

/**
 * A document written in a word processor and saved as a web page (Google Docs' "Web page", Word's "Save as
 * Web Page") marks its Title-style paragraph with a class: that is the article's title, as in a .docx, and it
 * leaves the body. Google Docs' `title` is a common class name on other pages, so it counts only when the
 * paragraph opens the document's text.
 */
function takeTitleStyle(document: LinkedDocument): Sourced<string> | undefined {
  // One pass for both classes (`p.MsoTitle`, `p.title`), the class matched as a selector matches it.
  const classed = elementsIn(document, (element) => element.localName.toLowerCase() === 'p' && element.hasAttribute('class'));
  const titled = classed.find((element) => /(?:^|\s)MsoTitle(?:$|\s)/.test(element.getAttribute('class')!)) ?? openingTitle(document, classed);
  const value = plainText(titled?.textContent);
  if (!titled || value === '') return undefined;
  titled.remove();
  return { value, from: 'web page Title style' };
}

/** Google Docs' Title-style paragraph, when it is the first block of the document with any text. */
function openingTitle(document: LinkedDocument, classed: readonly LinkedElement[]) {
  const title = classed.find((element) => /(?:^|\s)title(?:$|\s)/.test(element.getAttribute('class')!));
  if (!title) return undefined;
  const opening = [...document.querySelectorAll('body p, body h1, body h2, body h3, body h4, body h5, body h6, body li, body td')].find((block) => plainText(block.textContent) !== '');
  return opening === title ? title : undefined;
}

/** The page's one `<h1>`, its `og:title`, or its `<title>` without the site's name. */
function pageTitle(document: LinkedDocument): Sourced<string> | undefined {
  const headings = elementsIn(document, (element) => element.localName.toLowerCase() === 'h1').map((heading) => plainText(heading.textContent)).filter(Boolean);
  if (headings.length === 1) return { value: headings[0]!, from: 'web page <h1>' };
  const og = plainText(metaContent(document, 'meta[property="og:title" i]'));
  if (og) return { value: og, from: 'web page og:title' };
  const title = plainText(document.querySelector('title')?.textContent);
  if (!title) return undefined;
  // "Article | Site", "Article – Site", "Article - Site": the longest part is the article's.
  const parts = title.split(/\s+[|–—·»]\s+|\s+-\s+|\s+::\s+/);
  return { value: parts.reduce((longest, part) => (part.length > longest.length ? part : longest), ''), from: 'web page <title>' };
}

function metaContent(document: LinkedDocument, selector: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute('content')?.replace(offsetMark, '').trim();
  return value ? value : undefined;
}
