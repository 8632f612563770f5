import { UnfoldError } from '../lib/unfold-error.ts';
import type { ArticleFiles, ArticleTree, SourceText } from '../types.ts';
import { decodeText } from './decode-text.ts';

/** The formats unfold reads, by file extension; a file without one is plain text. */
const formatOfExtension: Record<string, 'text' | 'markdown' | 'web-page' | 'word'> = {
  '': 'text',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'web-page',
  '.htm': 'web-page',
  '.xhtml': 'web-page',
  '.docx': 'word',
};

/** How to tell the formats people hand over by their first bytes, whatever their name says. */
const signatures: { kind: string; bytes: number[] }[] = [
  { kind: 'a PDF document', bytes: [...'%PDF-'].map((char) => char.charCodeAt(0)) },
  { kind: 'a zip archive (such as a Word, OpenDocument or Pages file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'an encrypted (password-protected) Office document or an old .doc file', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [...'GIF8'].map((char) => char.charCodeAt(0)) },
  { kind: 'an RTF document', bytes: [...'{\\rtf'].map((char) => char.charCodeAt(0)) },
];

export const supportedFormats = 'plain text (.txt), Markdown (.md), a web page (.html) or a Word document (.docx)';
const saveAsHint = `unfold reads ${supportedFormats}: open it in Word, LibreOffice, Pages or Google Docs and save it as .docx (File › Save as, or File › Download › Microsoft Word), or save the web page as .html`;

/**
 * Reads an article with the reader of its format, chosen by extension, after checking that the content
 * is what the extension says. Plain text comes back as lines for its own convention; every other format
 * as one mdast tree (`ArticleTree`). `beside` gives the files next to the article, for its relative links.
 * Each reader is loaded only for its format: the web page's DOM and Readability, and the Markdown and HTML
 * parsers, are about 350 ms of one core that a plain-text build would spend for nothing.
 */
export async function readArticle(file: string, bytes: Uint8Array, beside: ArticleFiles): Promise<SourceText | ArticleTree> {
  const extension = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? '';
  const format = formatOfExtension[extension];
  if (format === undefined) {
    throw new UnfoldError(file, `unfold cannot read ${extension} files`, { hint: saveAsHint });
  }
  const kind = signatures.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte))?.kind;
  if (format === 'word') return (await import('./word.ts')).readWord(file, bytes);
  if (kind !== undefined) {
    throw new UnfoldError(file, `is ${kind}, not ${format === 'web-page' ? 'a web page' : 'text'}`, {
      point: { line: 1, column: 1 },
      hint: kind.includes('zip') ? `if it is a Word document, name it .docx; otherwise ${saveAsHint}` : saveAsHint,
    });
  }
  if (format === 'web-page') return (await import('./web-page.ts')).readWebPage(file, bytes, beside);
  const source = decodeText(file, bytes, format);
  const html = looksLikeWebPage(source);
  if (html) {
    throw new UnfoldError(file, `is a web page (HTML), not ${format === 'markdown' ? 'Markdown' : 'plain text'}`, {
      point: html,
      hint: 'rename it to .html, and unfold will find the article in the page and leave out its menus and footer',
    });
  }
  return format === 'markdown' ? (await import('./markdown.ts')).readMarkdown(source, beside) : source;
}

/** Where a text starts like a saved web page (`<!DOCTYPE html>` or `<html>` before any text). */
function looksLikeWebPage(source: SourceText): { line: number; column: number } | undefined {
  const first = source.lines.find((line) => line.text.trim() !== '');
  if (!first || !/^\s*<(!doctype\s+html|html[\s>])/i.test(first.text)) return undefined;
  return { line: first.line, column: first.text.search(/\S/) + 1 };
}
