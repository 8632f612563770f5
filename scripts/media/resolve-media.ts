import { createHash } from 'node:crypto';
import type { Element, ElementContent, Properties } from 'hast';
import { joinBase } from '../../src/utils/url.ts';
import { addedWordsClass, textOf } from '../render/render-topic.ts';
import type { ArticleFiles, Block, Inline, LintWarning, Position } from '../types.ts';
import { extensionOf, inspectImage, kindOfFile } from './inspect-file.ts';
import { unwrapRedirect } from './redirect-link.ts';
import { wordsOf, type TextKey, type Words } from '../../src/i18n/words.ts';

/** A file copied into the site: `name` is `<content hash>.<extension>`, served under `/media/`. */
export interface MediaFile {
  name: string;
  bytes: Uint8Array;
}

export interface MediaOptions {
  /** The article, as messages name it. */
  file: string;
  /** The site's base path (`/` or `/guide/`), for the copies' URLs. */
  base: string;
  /** Where links to other documents go (`linkBase` in `content/site.yaml`): the URL of the article's folder. */
  linkBase?: string | undefined;
  /** The article's own file name, so that a link to itself (`README.md#usage`) stays within it. */
  articleName?: string | undefined;
  /** The site's words, for the few the media stage adds beside the author's (`media.*`). Default: English. */
  words?: Words | undefined;
}

export interface ResolvedMedia {
  blocks: Block[];
  /** Every file the blocks now refer to, each content stored once, sorted by name. */
  media: MediaFile[];
  warnings: LintWarning[];
}

/** The site path the copies are served at; `src/pages/media/[file].ts` serves them there. */
export const mediaPath = '/media/';

/**
 * Resolves every link and image of the blocks against the files beside the article, so the site has no
 * broken link and loads nothing from elsewhere:
 * - a file beside the article is copied into the site (named by its content) and linked, or shown if it
 *   is an image, with its size, `loading="lazy"` and its alt text;
 * - a link to another document, or to a file that is not there, keeps its words as text (or points at
 *   `linkBase`), with a warning;
 * - a link through another site's redirect (Google Docs', Outlook's) goes straight to its address;
 * - a remote image becomes a link to it, and a link or image whose URL would run (`javascript:`,
 *   `vbscript:`) is no link at all.
 * Links to `#fragments` are left to the link stage.
 */
export function resolveMedia(blocks: readonly Block[], files: ArticleFiles, options: MediaOptions): ResolvedMedia {
  const media = new Map<string, MediaFile>();
  const warnings: LintWarning[] = [];
  const linkBase = options.linkBase && !options.linkBase.endsWith('/') ? `${options.linkBase}/` : options.linkBase;
  const siteWords = options.words ?? wordsOf('en');
  const phrase = (key: MediaWordKey, values: { alt?: string; host?: string }) => phraseOf(siteWords.text(key), values);

  const resolved = blocks.map((block): Block => {
    switch (block.type) {
      case 'rich':
        return { ...block, hast: resolveNodes(block.hast, block.position, false) };
      case 'list':
        return { ...block, items: block.items.map(resolveInline) };
      case 'quote':
        return { ...block, paragraphs: block.paragraphs.map(resolveInline) };
      default:
        return resolveInline(block);
    }
  });
  return { blocks: resolved, media: [...media.values()].sort((a, b) => (a.name < b.name ? -1 : 1)), warnings };

  function resolveInline<T extends Inline>(inline: T): T {
    return inline.phrasing ? { ...inline, phrasing: resolveNodes(inline.phrasing, inline.position, false) } : inline;
  }

  function resolveNodes(nodes: readonly ElementContent[], at: Position, inLink: boolean): ElementContent[] {
    return nodes.flatMap((node) => {
      if (node.type !== 'element') return [node];
      const place = placeOf(node, at);
      if (node.tagName === 'a' && typeof node.properties['href'] === 'string') return resolveLink(node, node.properties['href'], place);
      if (node.tagName === 'img') return resolveImage(node, place, inLink);
      if (node.tagName === 'source') return leaveOutSource(node, place);
      return [{ ...node, children: resolveNodes(node.children, place, inLink || node.tagName === 'a') }];
    });
  }

  function resolveLink(link: Element, href: string, at: Position): ElementContent[] {
    const children = resolveNodes(link.children, at, true);
    const linkTo = (url: string): ElementContent[] => [{ ...link, properties: { ...link.properties, href: url }, children }];
    const target = targetOf(href);
    const text = hastText(children);
    switch (target.kind) {
      case 'remote': {
        const redirect = unwrapRedirect(target.url);
        if (!redirect) return linkTo(target.url);
        warn(at, 'redirect-link', `the link "${text}" went through ${redirect.via}'s redirect (${new URL(target.url).host}); it now goes straight to ${redirect.url}`, 'nothing to do; the redirect would have told that site which link a reader followed');
        return linkTo(redirect.url);
      }
      case 'fragment':
      case 'address':
        return linkTo(target.url);
      case 'empty':
        return children;
      case 'unsafe':
      case 'data':
        warn(at, 'unsafe-url', `the link "${text}" has a ${target.scheme}: URL, which the site does not link to`, 'the words stay as text; link to a web address (https://…) instead');
        return children;
      case 'outside':
        if (linkBase) return linkTo(new URL(href, linkBase).href);
        warn(at, 'outside-folder', `the link "${text}" points outside the article's folder (${href})`, 'the words stay as text; put the file beside the article, or set linkBase in content/site.yaml to link to it where it is published');
        return children;
      case 'local': {
        if (target.path === options.articleName) return target.fragment ? linkTo(target.fragment) : children;
        const kind = target.directory ? undefined : kindOfFile(target.path);
        const bytes = kind ? read(target.path) : undefined;
        if (bytes) {
          const copied = copy(bytes, kind === 'image' ? inspectImage(bytes) : { extension: extensionOf(target.path) }, target.path, at);
          if (copied) return linkTo(copied.url + (kind === 'download' ? target.fragment : ''));
          return children;
        }
        if (linkBase) return linkTo(linkBaseUrl(target, linkBase));
        if (kind) {
          warn(at, 'missing-file', `the link "${text}" goes to ${target.path}, which is not a file in the article's folder`, 'the words stay as text; put the file there, correct the path, or set linkBase in content/site.yaml');
        } else {
          warn(at, 'other-document', `the link "${text}" goes to ${target.path || href}, another document that is not part of this site`, 'the words stay as text; set linkBase in content/site.yaml to the address where the article\'s folder is published (such as https://github.com/you/project/blob/main/) to link there');
        }
        return children;
      }
    }
  }

  function resolveImage(image: Element, at: Position, inLink: boolean): ElementContent[] {
    const src = typeof image.properties['src'] === 'string' ? image.properties['src'] : '';
    const alt = typeof image.properties['alt'] === 'string' ? image.properties['alt'] : undefined;
    const altText: ElementContent[] = alt ? [{ type: 'text', value: alt }] : [];
    const target = targetOf(src);
    const label = alt ? `the image "${alt}"` : 'an image without alt text';

    const remote = (url: string): ElementContent[] => {
      const host = new URL(url).host;
      const becomes = inLink ? 'it is shown as words inside its link' : 'it becomes a link to it';
      warn(at, 'remote-image', `${label} is on another site (${host}); ${becomes}, because a page may load nothing from elsewhere`, 'copy the image beside the article and refer to it by a relative path to show it');
      const words = alt ? phrase('media.remoteImage', { alt, host }) : phrase('media.remoteImageWithoutAlt', { host });
      // A link cannot hold a link: inside one, the author's link stays and the image is its words.
      if (inLink) return alt ? altText : words;
      return [{ type: 'element', tagName: 'a', properties: { href: url }, children: words }];
    };

    let bytes: Uint8Array | undefined;
    let name = src;
    switch (target.kind) {
      case 'remote':
        return remote(target.url);
      case 'data':
        bytes = decodeDataUrl(src);
        name = 'inline data: URL';
        if (!bytes) {
          warn(at, 'unsafe-url', `${label} has a data: URL that is not a base64 image`, 'the alt text stays; put the image in a file beside the article instead');
          return altText;
        }
        break;
      case 'local': {
        const kind = target.directory ? undefined : kindOfFile(target.path);
        if (kind) bytes = read(target.path);
        name = target.path;
        if (bytes) break;
        if (linkBase) return remote(linkBaseUrl(target, linkBase));
        if (kind) warn(at, 'missing-file', `${label} is ${target.path}, which is not a file in the article's folder`, 'its alt text stays as text; put the image there, correct the path, or set linkBase in content/site.yaml');
        else warn(at, 'other-document', `${label} is ${target.path || src}, which is not an image`, 'its alt text stays as text; refer to a PNG, JPEG, GIF, WebP, AVIF or SVG file beside the article');
        return altText;
      }
      case 'outside':
        if (linkBase) return remote(new URL(src, linkBase).href);
        warn(at, 'outside-folder', `${label} is outside the article's folder (${src}), so it is not read`, 'its alt text stays as text; put the image beside the article');
        return altText;
      case 'empty':
        warn(at, 'missing-file', `${label} names no file`, 'its alt text stays as text; give the path of an image beside the article');
        return altText;
      default:
        warn(at, 'unsafe-url', `${label} has a source the site cannot show (${src.slice(0, 40)})`, 'its alt text stays as text; refer to an image file beside the article');
        return altText;
    }

    const isImage = target.kind === 'data' || kindOfFile(name) === 'image';
    const copied = copy(bytes, isImage ? inspectImage(bytes) : { extension: extensionOf(name) }, name, at);
    if (!copied) return altText;
    if (!copied.size) return inLink ? altText : [{ type: 'element', tagName: 'a', properties: { href: copied.url }, children: altText.length ? altText : phrase('media.imageWithoutAlt', {}) }];
    if (alt === undefined) {
      warn(at, 'missing-alt', `an image (${name}) has no alt text`, 'describe the image in its alt text, ![like this](image.png); an image that only decorates is written in HTML as <img src="…" alt="">');
      const words = phrase('media.imageWithoutAlt', {});
      return inLink ? words : [{ type: 'element', tagName: 'a', properties: { href: copied.url }, children: words }];
    }
    if (isPlaceholderAlt(alt, name)) {
      warn(at, 'placeholder-alt', `the image ${name} has "${alt}" for alt text, which does not say what it shows`, 'describe the image in its alt text, ![A raised bed in spring](bed.jpg); Notion and some editors put "Untitled" or the file name there');
    }
    const properties: Properties = {
      src: copied.url,
      alt,
      ...(typeof image.properties['title'] === 'string' ? { title: image.properties['title'] } : {}),
      width: copied.size.width,
      height: copied.size.height,
      loading: 'lazy',
      decoding: 'async',
    };
    return [{ type: 'element', tagName: 'img', properties, children: [] }];
  }

  /**
   * A `<source>` of a `<picture>`: another file for the image inside it, in dark mode or at another width
   * (`srcset`). The site keeps that image alone: a source on another site would be loaded from there.
   */
  function leaveOutSource(source: Element, at: Position): ElementContent[] {
    const srcset = String(source.properties['srcSet'] ?? '');
    const hosts = [...new Set(srcset.split(',').map((candidate) => targetOf(candidate.trim().split(/\s+/)[0] ?? '')).flatMap((target) => (target.kind === 'remote' ? [new URL(target.url).host] : [])))];
    const where = hosts.length > 0 ? `, on another site (${hosts.join(', ')}),` : '';
    warn(at, 'picture-source', `a <source> of <picture>${where} is left out: the site shows the image inside the <picture>`, 'nothing to do if that image will do; a page may load nothing from elsewhere, and keeps one file per image');
    return [];
  }

  /** Stores a file's copy once per content; `undefined` (after a warning) when it cannot be shown. */
  function copy(bytes: Uint8Array, inspected: { extension: string; width?: number; height?: number } | { refused: string }, name: string, at: Position) {
    if ('refused' in inspected) {
      warn(at, 'unusable-image', `${name} ${inspected.refused}`, 'its alt text or link words stay as text; save it as PNG, JPEG, WebP or a plain SVG');
      return undefined;
    }
    const fileName = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${inspected.extension === 'jpeg' ? 'jpg' : inspected.extension}`;
    if (!media.has(fileName)) media.set(fileName, { name: fileName, bytes });
    const size = inspected.width && inspected.height ? { width: inspected.width, height: inspected.height } : undefined;
    return { url: joinBase(options.base, `${mediaPath}${fileName}`), size };
  }

  function read(reference: string): Uint8Array | undefined {
    return reference === '' ? undefined : files.read(reference);
  }

  function warn(position: Position, rule: string, message: string, hint: string): void {
    warnings.push({ file: options.file, position, rule, message, hint });
  }
}

/** Alt text an editor fills in for the writer: a word for any image, a camera's file name, or the image's own file name. */
function isPlaceholderAlt(alt: string, file: string): boolean {
  const text = alt.trim().toLowerCase();
  const base = (file.split('/').at(-1) ?? '').toLowerCase();
  return (
    /^(untitled( image)?|image|img|photo|picture|pic|screenshot|screen shot|graphic|figure|alt( text)?|unnamed)$/.test(text) ||
    /^(img|dsc|dscn|pxl|photo|image|screenshot|screen shot)[\s_-]?\d/.test(text) ||
    text === base ||
    text === base.replace(/\.[a-z\d]+$/, '')
  );
}

/** What a link or image URL refers to. Paths are relative to the article's folder, percent-decoded, normalised. */
type Target =
  | { kind: 'fragment' | 'remote' | 'address'; url: string }
  | { kind: 'unsafe' | 'data'; scheme: string }
  | { kind: 'outside' | 'empty' }
  | { kind: 'local'; path: string; directory: boolean; fragment: string };

const schemePattern = /^([a-z][a-z\d+.-]*):/i;

/**
 * Link schemes a reader may follow; any other (`javascript:`, `vbscript:`, `file:`) is not a link.
 * `data:` is never a link either, but an image may carry its bytes in one.
 */
const followableSchemes = new Set(['http', 'https', 'mailto', 'tel']);

function targetOf(raw: string): Target {
  // As browsers read a URL: tabs and line breaks anywhere are dropped, so `java\tscript:` is seen for what it is.
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (url === '') return { kind: 'empty' };
  if (url.startsWith('#')) return { kind: 'fragment', url };
  if (url.startsWith('//')) return { kind: 'remote', url: `https:${url}` };
  const scheme = schemePattern.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'remote', url };
  if (scheme && followableSchemes.has(scheme)) return { kind: 'address', url };
  if (scheme === 'data') return { kind: 'data', scheme };
  if (scheme) return { kind: 'unsafe', scheme };

  const split = url.search(/[?#]/);
  const fragmentAt = url.indexOf('#');
  const pathPart = split === -1 ? url : url.slice(0, split);
  const fragment = fragmentAt === -1 ? '' : url.slice(fragmentAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    decoded = pathPart;
  }
  // A leading `/` is the article's folder, as GitHub reads it for a README at the repository's root.
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { kind: 'outside' };
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return { kind: 'local', path: segments.join('/'), directory: segments.length === 0 || /\/\.{0,2}$/.test(decoded), fragment };
}

/** `linkBase` joined with a path of the article's folder, its query and fragment kept. */
function linkBaseUrl(target: Extract<Target, { kind: 'local' }>, linkBase: string): string {
  const path = target.path.split('/').map(encodeURIComponent).join('/');
  return new URL(path + (target.directory && path !== '' ? '/' : '') + target.fragment, linkBase).href;
}

const dataImage = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)(?:;[\w=.+-]+)*?(;base64)?,(.*)$/is;

/** The bytes of a `data:image/…` URL, or `undefined` when it is not an image type browsers show. */
function decodeDataUrl(url: string): Uint8Array | undefined {
  const match = dataImage.exec(url.trim());
  if (!match) return undefined;
  const payload = match[2]!;
  if (match[1]) return Uint8Array.from(Buffer.from(payload, 'base64'));
  try {
    return new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    return undefined;
  }
}

/** The only words the media stage adds to an article (src/i18n/en.ts): `{alt}` is the author's alt text, `{host}` ours. */
type MediaWordKey = Extract<TextKey, `media.${string}`>;

/** One of the media words, with the author's alt text as text and our words marked as added. */
function phraseOf(template: string, values: { alt?: string; host?: string }): ElementContent[] {
  return template
    .split(/(\{alt\})/)
    .filter((part) => part !== '')
    .map((part): ElementContent => {
      if (part === '{alt}') return { type: 'text', value: values.alt ?? '' };
      return { type: 'element', tagName: 'span', properties: { className: [addedWordsClass] }, children: [{ type: 'text', value: part.replace('{host}', values.host ?? '') }] };
    });
}

function placeOf(element: Element, fallback: Position): Position {
  const start = element.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

function hastText(nodes: readonly ElementContent[]): string {
  return nodes.map(textOf).join('').replace(/\s+/g, ' ').trim();
}
