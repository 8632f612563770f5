import { UnfoldError } from '../lib/unfold-error.ts';
import type { SourceText } from '../types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const saveAsUtf8 = 'save the article as UTF-8 (in most editors: Save as, then Encoding: UTF-8)';

/** Control characters that never occur in text; their presence means binary data. U+0000–U+0008, U+000E–U+001F. */
const binaryControl = /[\u0000-\u0008\u000E-\u001F]/;

/**
 * The encoding a byte order mark names, other than UTF-8's: Windows' Notepad saves "Unicode" text as UTF-16
 * with a BOM, and so does Word's "Plain Text" with Unicode chosen. Without a BOM, text is UTF-8 or refused.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a text file (plain text, Markdown, a web page): UTF-8 with or without BOM, or UTF-16 with its BOM;
 * LF, CRLF or CR line ends. Invalid UTF-8 and binary data are errors that name the file and the line.
 */
export function decodeText(file: string, bytes: Uint8Array, format: SourceText['format'] = 'text'): SourceText {
  let text: string;
  const utf16 = utf16Of(bytes);
  try {
    text = utf16 ? new TextDecoder(utf16, { fatal: true }).decode(bytes) : utf8.decode(bytes);
  } catch (cause) {
    if (utf16) throw new UnfoldError(file, `starts as ${utf16.toUpperCase()} text but is not valid ${utf16.toUpperCase()}`, { hint: saveAsUtf8, cause });
    const line = lineOfInvalidByte(bytes);
    throw new UnfoldError(file, 'is not valid UTF-8 text', {
      point: { line, column: 1 },
      hint: saveAsUtf8,
      cause,
    });
  }
  const lines = text.split(/\r\n|\r|\n/);
  const binaryLine = lines.findIndex((line) => binaryControl.test(line));
  if (binaryLine !== -1) {
    const column = lines[binaryLine]!.search(binaryControl) + 1;
    // Text saved as UTF-16 without its BOM: every other byte of its Latin letters is zero.
    const looksUtf16 = /^(?:[^\u0000]\u0000){4}|^(?:\u0000[^\u0000]){4}/.test(text);
    throw new UnfoldError(file, looksUtf16 ? 'looks like UTF-16 text without its byte order mark' : 'contains binary data (control characters), not text', {
      point: { line: binaryLine + 1, column },
      hint: looksUtf16 ? saveAsUtf8 : 'give a plain-text (.txt), Markdown (.md), web page (.html) or Word (.docx) file',
    });
  }
  if (lines.at(-1) === '') lines.pop();
  return {
    file,
    format,
    lines: lines.map((line, index) => ({ line: index + 1, text: line })),
  };
}

/** The 1-based line of the first byte sequence that is not valid UTF-8: lines are decoded one by one. */
function lineOfInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    const byte = bytes[index];
    if (index < bytes.length && byte !== 0x0a && byte !== 0x0d) continue;
    try {
      utf8.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    // CRLF is one line end; a lone CR or LF is one too.
    if (byte === 0x0d && bytes[index + 1] === 0x0a) index++;
    start = index + 1;
    line++;
  }
  return line;
}
