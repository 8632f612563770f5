import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { reservedIds } from '../lib/reserved-ids.ts';
import { alertKinds, type LintWarning, type Position } from '../types.ts';

/** Elements that run, load, style or submit something: removed with everything inside them, each with a warning. */
const removedElements = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link'] as const;

/**
 * What HTML in an article may hold: GitHub's own allow-list (`defaultSchema`, what github.com keeps of the
 * HTML in a README), with these changes.
 */
export const articleSchema: Schema = {
  ...defaultSchema,
  // Added: structure and phrasing elements writers use that GitHub's list lacks. Everything not listed is
  // unwrapped: the element goes, its text stays.
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'figure', 'figcaption', 'caption', 'abbr', 'mark', 'cite', 'small', 'u', 'time', 'dfn'],
  // Added: a quotation's kind of alert, which the Markdown reader sets from GitHub's `> [!NOTE]`.
  attributes: { ...defaultSchema.attributes, time: ['dateTime'], blockquote: [...(defaultSchema.attributes?.['blockquote'] ?? []), ['dataAlert', ...alertKinds]] },
  // Changed: GitHub prefixes every id with `user-content-` so it cannot clobber the page's own; here ids keep
  // their names, so that the article's `#links` work, and `claimIds` keeps the site's own ids and duplicates out.
  clobber: [],
  clobberPrefix: '',
  // Changed: GitHub strips only `script`; every removed element goes with its content (a form's labels, a style sheet's rules).
  strip: [...removedElements],
  // Changed: an image may be inline (`data:image/png;base64,…`): the media stage copies it into the site as a file,
  // and drops any other `data:` source, so no `data:` URL reaches a page.
  protocols: { ...defaultSchema.protocols, src: [...(defaultSchema.protocols?.['src'] ?? []), 'data'] },
};

/** URLs that run code or embed content instead of pointing somewhere: never a link or a source. */
const unsafeUrl = /^(?:javascript|data|vbscript):/i;
const urlProperties = ['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'srcSet', 'background'];

/**
 * Cleans HTML that came with an article (raw HTML in Markdown, a web page's article, a Word document's
 * HTML) with `articleSchema`. Every script, style, frame, form, event handler, style attribute and
 * `javascript:`/`data:` URL it removes is reported where it stood, and so is a titled frame it makes a
 * link (`embeddedPage`); comments go without a word.
 * Ids stay unique and never take one of the site's own (`reservedIds`).
 */
export function cleanHtml(tree: Root, file: string): { tree: Root; warnings: LintWarning[] } {
  const warnings: LintWarning[] = [];
  const warn = (node: Element, rule: string, message: string, hint: string) =>
    warnings.push({ file, position: positionOf(node), rule, message, hint });

  eachElement(tree, (node, index, parent) => {
    const embedded = node.tagName === 'iframe' ? embeddedPage(node) : undefined;
    if (embedded) {
      warn(node, 'html-embed', `<iframe> "${embedded.title}" becomes a link to it, on ${new URL(embedded.href).host}`, 'the site loads nothing from another site; a reader follows the link to see it there');
      parent.children[index] = { type: 'element', tagName: 'a', properties: { href: embedded.href }, children: [{ type: 'text', value: embedded.title }], ...(node.position ? { position: node.position } : {}) };
      return index + 1;
    }
    if ((removedElements as readonly string[]).includes(node.tagName)) {
      warn(node, 'html-removed', `<${node.tagName}> removed`, `the site runs and loads nothing of the article's own; ${removalHint[node.tagName] ?? 'delete it from the source'}`);
      return 'skip';
    }
    for (const [property, value] of Object.entries(node.properties)) {
      const attribute = find(html, property).attribute;
      if (/^on./i.test(attribute)) {
        warn(node, 'html-attribute-removed', `the ${attribute} attribute of <${node.tagName}> removed`, 'event handlers never run on the site; delete it from the source');
      } else if (attribute === 'style') {
        warn(node, 'html-attribute-removed', `the style attribute of <${node.tagName}> removed`, 'the site has one style for every article; delete it from the source');
      } else if (urlProperties.includes(property) && unsafeUrl.test(String(value).replace(/[\u0000-\u0020]/g, '')) && !(node.tagName === 'img' && property === 'src' && /^data:/i.test(String(value)))) {
        warn(node, 'html-url-removed', `the ${String(value).split(':')[0]!.trim()}: URL of <${node.tagName}> removed`, 'link to a page with an http(s) address instead');
      }
    }
    return undefined;
  });

  const clean = sanitize(tree, articleSchema) as Root;
  unwrapDeadLinks(clean);
  claimIds(clean, (node, id) => warn(node, 'id-removed', `the id "${id}" removed: ${reservedIds.includes(id) ? 'the site uses it for its own' : 'an earlier element has it'}`, 'give each element its own id'));
  return { tree: clean, warnings };
}

/**
 * The page a frame shows, when the frame names it (a video's `title`, as YouTube's and Vimeo's embed codes
 * give it): the frame becomes a link to it with those words, as hast-util-to-mdast turns one, so the reader
 * keeps what the author embedded and the page loads nothing from that site. Without a title, or with
 * another kind of address, the frame is removed.
 */
function embeddedPage(frame: Element): { href: string; title: string } | undefined {
  const href = typeof frame.properties['src'] === 'string' ? frame.properties['src'].trim() : '';
  const title = typeof frame.properties['title'] === 'string' ? frame.properties['title'].replace(/\s+/g, ' ').trim() : '';
  if (title === '' || !/^https?:\/\/[^/]/i.test(href) || !URL.canParse(href)) return undefined;
  return { href, title };
}

/** A link whose URL was removed is no link: its words stay, as text. An `<a id>` anchor stays. */
function unwrapDeadLinks(tree: Root): void {
  eachElement(tree, (node, index, parent) => {
    if (node.tagName !== 'a' || node.properties['href'] !== undefined || node.properties['id'] !== undefined || node.properties['name'] !== undefined) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
}

const removalHint: Record<string, string> = {
  iframe: 'link to the embedded page instead',
  object: 'link to the file instead',
  embed: 'link to the file instead',
  form: 'link to the form on its own site instead',
};

/**
 * Keeps the first element with each id, drops the id from later ones and from any that takes one of the
 * site's own ids. `<a name>` is how older HTML marks an anchor: it becomes the id it stands for.
 */
function claimIds(tree: Root, dropped: (node: Element, id: string) => void): void {
  const taken = new Set(reservedIds);
  eachElement(tree, (node) => {
    const name = node.properties['name'];
    if (node.tagName === 'a' && node.properties['id'] === undefined && typeof name === 'string' && name !== '') node.properties['id'] = name;
    delete node.properties['name'];
    const id = node.properties['id'];
    if (id === undefined) return;
    const value = String(id);
    if (taken.has(value) || value === '') {
      delete node.properties['id'];
      if (value !== '') dropped(node, value);
    } else {
      taken.add(value);
    }
    return undefined;
  });
}

/**
 * Calls `enter` on each element in document order, as `unist-util-visit` does, which also names a function for
 * every node it passes: on a 1 MB page that naming cost more than the cleaning. `enter` returns `'skip'` to
 * leave the element's inside alone, or the index to go on from after it changed its parent's children.
 */
function eachElement(parent: Root | Element, enter: (node: Element, index: number, parent: Root | Element) => 'skip' | number | undefined): void {
  const children = parent.children;
  for (let index = 0; index < children.length; ) {
    const node = children[index]!;
    if (node.type !== 'element') {
      index += 1;
      continue;
    }
    const next = enter(node, index, parent);
    if (next !== 'skip') eachElement(node, enter);
    index = typeof next === 'number' ? next : index + 1;
  }
}

function positionOf(node: Element): Position {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}
