import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { looksLikeHeading } from '../lib/heading-shape.ts';
import { UnfoldError } from '../lib/unfold-error.ts';
import type { ArticleTree, Position, Sourced } from '../types.ts';
import { cleanHtml } from './clean-html.ts';
import { htmlToMdast, proseLines } from './html-to-mdast.ts';
import type { WordReply } from './word-worker.ts';

/**
 * mammoth's style map: Word's heading styles are headings already; the Title style is the article's title
 * (marked here, taken out below) and the Subtitle a paragraph of the overview; Word's and LibreOffice's
 * quotation styles are a quotation, as a Markdown `>` is; the entries of a table of contents (styles
 * `toc 1` to `toc 9`) are marked, to become a list of links without their page numbers.
 */
const styleMap = [
  "p[style-name='Title'] => p.document-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  ...['Quote', 'Intense Quote', 'Quotations'].map((name) => `p[style-name='${name}'] => blockquote > p:fresh`),
  ...Array.from({ length: 9 }, (_, index) => `p[style-name='toc ${index + 1}'] => p.toc-entry:fresh`),
];
/** How long a document may take to convert before it is called broken. */
const timeoutMs = 120_000;

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads a Word document (`.docx`) with mammoth: headings, lists, tables, bold and italic, links, footnotes and
 * Word's internal bookmarks are kept; embedded images get a reference (`word-images/<hash>.png`) whose bytes
 * `files` returns. The language is the document's default (`w:docDefaults` in `word/styles.xml`). Word has no
 * lines: a block's `line` is its paragraph number in the document.
 */
export function readWord(file: string, bytes: Uint8Array): ArticleTree {
  if (startsWith(bytes, compoundFileSignature)) {
    throw new UnfoldError(file, 'is password-protected (encrypted) or an old Word 97–2003 document: it is an OLE compound file (bytes 0–7: D0 CF 11 E0 A1 B1 1A E1), not a .docx zip', {
      hint: 'open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password) and save it as a Word document (.docx)',
    });
  }
  if (!startsWith(bytes, zipSignature)) {
    throw new UnfoldError(file, `is not a Word document: a .docx is a zip file, which starts with "PK" at byte 0, and this one starts with ${hexOf(bytes.subarray(0, 4))}`, {
      hint: 'save the document from Word, LibreOffice, Pages or Google Docs as .docx (File › Save as, or File › Download › Microsoft Word)',
    });
  }
  const reply = convertInWorker(bytes);
  if (!reply.ok) throw wordError(file, bytes, reply);

  const hast = fromHtml(reply.html, { fragment: true });
  numberParagraphs(hast);
  const title = takeTitle(hast);
  listContents(hast);
  headingsFromBoldLines(hast, title !== undefined);
  const { tree, warnings } = cleanHtml(hast, file);
  markNotes(tree);
  const images = new Map(reply.images.map((image) => [image.reference, image.bytes]));
  const mdast = htmlToMdast(tree, footnoteHandlers);
  return {
    file,
    format: 'word',
    tree: mdast,
    lines: proseLines(mdast),
    ...(title ? { title } : {}),
    ...(reply.lang ? { lang: { value: reply.lang, from: 'Word document defaults, word/styles.xml' } } : {}),
    warnings,
    files: { read: (reference) => images.get(reference) },
  };
}

/** Runs mammoth in `word-worker.ts` and blocks until it answers: the pipeline stays one synchronous function. */
function convertInWorker(bytes: Uint8Array): WordReply {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./word-worker.ts', import.meta.url), { workerData: { bytes, styleMap, port: port2, done }, transferList: [port2] });
  try {
    const waited = Atomics.wait(done, 0, 0, timeoutMs);
    const message = receiveMessageOnPort(port1)?.message as WordReply | undefined;
    if (!message) return { ok: false, kind: 'document', message: waited === 'timed-out' ? `no answer in ${timeoutMs / 1000} s` : 'the converter stopped without an answer' };
    return message;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

function wordError(file: string, bytes: Uint8Array, reply: Extract<WordReply, { ok: false }>): UnfoldError {
  if (reply.kind === 'zip') {
    const directory = findEndOfDirectory(bytes);
    return new UnfoldError(
      file,
      directory === -1
        ? `is a damaged zip file: its directory, which ends every zip, is missing (the file has ${bytes.length} bytes; it may have been cut short while copying)`
        : `is a damaged zip file (${reply.message}; its directory starts at byte ${directory})`,
      { hint: 'open it in Word and save it again, or download it again' },
    );
  }
  if (reply.kind === 'not-word') {
    const parts = reply.parts ?? [];
    const what = parts.includes('content.xml') ? 'an OpenDocument file (.odt)' : parts.some((part) => part.startsWith('Index/')) ? 'a Pages document' : `a zip of ${parts.slice(0, 4).join(', ') || 'nothing'}`;
    return new UnfoldError(file, `is a zip file but not a Word document: it has no word/document.xml part; it looks like ${what}`, {
      hint: 'open it in Word, LibreOffice, Pages or Google Docs and save it as a Word document (.docx)',
    });
  }
  return new UnfoldError(file, `word/document.xml cannot be read: ${reply.message}`, { hint: 'open it in Word and save it again as .docx' });
}

/**
 * Many writers make a document's headings bold lines, not Heading styles (Google Docs' Normal text made bold,
 * most documents of small organisations), and mammoth sees only paragraphs. In a document with no heading at
 * all, a paragraph that is all bold and shaped like a heading (short, no final punctuation) with more text
 * after it becomes one: a page. The first is the title when it opens the document and no Title style gave one.
 */
function headingsFromBoldLines(tree: HastRoot, hasTitle: boolean): void {
  const blocks = tree.children.filter((node): node is Element => node.type === 'element');
  if (blocks.some((block) => /^h[1-6]$/.test(block.tagName))) return;
  // Each bold line's words without their bold, which a heading does not need.
  const boldLines = new Map<Element, ElementContent[]>();
  for (const block of blocks) {
    const bold = boldTextOf(block);
    if (bold && looksLikeHeading(textOf(block).replace(/\s+/g, ' ').trim())) boldLines.set(block, bold);
  }
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const words = boldLines.get(block);
    if (!words || !next || boldLines.has(next)) return;
    block.children = words;
    block.tagName = index === 0 && !hasTitle ? 'h1' : 'h2';
  });
}

/** What a paragraph says inside its bold runs (`<strong>`, one or several), when nothing of it is outside them. */
function boldTextOf(block: Element): ElementContent[] | undefined {
  if (block.tagName !== 'p') return undefined;
  const children = block.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (children.length === 0 || !children.every((child) => child.type === 'element' && child.tagName === 'strong')) return undefined;
  return children.flatMap((child) => (child as Element).children);
}

/** A page number at the end of a table of contents entry, after the tab (and any dot leader) that Word puts before it. */
const pageNumber = /\t[\t .\u00A0\u2026]*(\d+|[ivxlcdm]+)\s*$/i;

/**
 * Word's table of contents is its headings with the page each starts on: on a site, the pages are links and
 * the numbers mean nothing. Each run of entries becomes a list of their links, without the numbers.
 */
function listContents(parent: HastRoot | Element): void {
  const runs: Element[][] = [[]];
  for (const child of parent.children) {
    if (child.type === 'element' && child.tagName === 'p' && Array.isArray(child.properties['className']) && child.properties['className'].includes('toc-entry')) runs.at(-1)!.push(child);
    else if (child.type === 'element') {
      listContents(child);
      runs.push([]);
    } else if (child.type !== 'text' || child.value.trim() !== '') runs.push([]);
  }
  for (const run of runs.filter((entries) => entries.length > 0)) {
    for (const entry of run) {
      delete entry.properties['className'];
      dropPageNumber(entry);
    }
    const at = parent.children.indexOf(run[0]!);
    parent.children.splice(at, parent.children.indexOf(run.at(-1)!) - at + 1, { type: 'element', tagName: 'ul', properties: {}, children: run.map((entry) => ({ ...entry, tagName: 'li' })) });
  }
}

/** Takes the page number off the end of an entry's text, in whichever of its last elements it stands. */
function dropPageNumber(entry: Element): void {
  const last = entry.children.at(-1);
  if (!last) return;
  if (last.type === 'element') return dropPageNumber(last);
  if (last.type !== 'text') return;
  last.value = last.value.replace(pageNumber, '');
  if (last.value === '') {
    entry.children.pop();
    dropPageNumber(entry);
  }
}

/** The first paragraph in Word's Title style is the article's title; it leaves the body. */
function takeTitle(tree: HastRoot): Sourced<string> | undefined {
  let title: string | undefined;
  visit(tree, 'element', (node, index, parent) => {
    const className = node.properties['className'];
    if (node.tagName !== 'p' || !Array.isArray(className) || !className.includes('document-title')) return undefined;
    delete node.properties['className'];
    if (title !== undefined || !parent || index === undefined) return undefined;
    title = textOf(node).replace(/\s+/g, ' ').trim();
    if (title === '') return undefined;
    parent.children.splice(index, 1);
    return index;
  });
  return title ? { value: title, from: 'Word Title style' } : undefined;
}

/** Gives each paragraph, heading, list item and cell the number of its Word paragraph, from 1. */
function numberParagraphs(tree: HastRoot): void {
  let paragraph = 0;
  visit(tree, 'element', (node) => {
    const counts = /^(p|h[1-6])$/.test(node.tagName) || (/^(li|td|th)$/.test(node.tagName) && !node.children.some((child) => child.type === 'element' && child.tagName === 'p'));
    if (counts) paragraph++;
    // A list or table starts where its first paragraph does: the next one.
    const start: Position = { line: counts ? paragraph : paragraph + 1, column: 1 };
    node.position = { start, end: start };
  });
}

const footnoteId = /^#?((?:footnote|endnote)-\d+)$/;

/**
 * mammoth writes footnotes as a `sup` link to an item of a list at the end, each item ending in a "↑" link
 * back; as mdast footnotes they follow the block that cites them, like a Markdown article's.
 */
const footnoteHandlers: Record<string, Handle> = {
  sup(state, node) {
    const [only] = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const id = only?.type === 'element' && only.tagName === 'a' ? footnoteId.exec(String(only.properties['href'] ?? ''))?.[1] : undefined;
    if (id === undefined) return defaultHandlers['sup'] ? defaultHandlers['sup'](state, node) : state.all(node);
    const reference: FootnoteReference = { type: 'footnoteReference', identifier: id, label: id };
    state.patch(node, reference);
    return reference;
  },
  ol(state, node) {
    const items = node.children.filter((child): child is Element => child.type === 'element');
    const isNotes = items.length > 0 && items.every((item) => item.tagName === 'li' && typeof item.properties['dataNote'] === 'string');
    if (!isNotes) return defaultHandlers['ol']!(state, node);
    return items.map((item) => {
      const identifier = String(item.properties['dataNote']);
      const definition: FootnoteDefinition = { type: 'footnoteDefinition', identifier, label: identifier, children: state.toFlow(state.all(item)) as FootnoteDefinition['children'] };
      state.patch(item, definition);
      return definition;
    });
  },
};

/**
 * Marks the notes for the handlers above before ids move into anchors (`htmlToMdast`): each note item carries
 * its id as `dataNote`, references lose their own id (nothing links to it but the back links, which go).
 */
function markNotes(tree: HastRoot): void {
  visit(tree, 'element', (node) => {
    const id = String(node.properties['id'] ?? '');
    if (node.tagName === 'li' && footnoteId.test(id)) {
      node.properties['dataNote'] = id;
      delete node.properties['id'];
      removeBackLinks(node);
    }
    if (node.tagName === 'a' && footnoteId.test(String(node.properties['href'] ?? ''))) delete node.properties['id'];
  });
}

function removeBackLinks(node: Element): void {
  node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'a' && /^#(?:footnote|endnote)-ref-\d+$/.test(String(child.properties['href'] ?? ''))));
  for (const child of node.children) if (child.type === 'element') removeBackLinks(child);
}

function textOf(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : '';
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function hexOf(bytes: Uint8Array): string {
  return bytes.length === 0 ? 'nothing (the file is empty)' : [...bytes].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** The byte offset of the zip's end-of-central-directory record (`PK\x05\x06`), searched from the end; -1 when absent. */
function findEndOfDirectory(bytes: Uint8Array): number {
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 65_557); index--) {
    if (bytes[index] === 0x50 && bytes[index + 1] === 0x4b && bytes[index + 2] === 0x05 && bytes[index + 3] === 0x06) return index;
  }
  return -1;
}
