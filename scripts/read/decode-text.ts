import { UnfoldError } from '../lib/unfold-error.ts';
import type { SourceText } from '../types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const saveAsUtf8 = 'save the article as UTF-8 (in most editors: Save as, then Encoding: UTF-8)';

/** Control characters that never occur in text; their presence means binary data. U+0000–U+0008, U+000E–U+001F. */
const binaryControl = /[\u0000-\u0008\u000E-\u001F]/;

/**
 * The typographic punctuation of Windows' legacy code pages (‘ ’ “ ” • – — … and the no-break space), the
 * same bytes in every one of them (1250 to 1258). Word's "Plain Text" with its default encoding writes an
 * English document's quotes and dashes so: a file whose only bytes above ASCII are these has one reading.
 * Any other (an accented letter, Cyrillic) means a different letter in each code page, so it is refused.
 */
const sharedPunctuationBytes = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xa0]);
const windows1252 = new TextDecoder('windows-1252');

/** The text of a file in a legacy Windows code page, when it can be read only one way; otherwise undefined. */
function legacyPunctuationText(bytes: Uint8Array): string | undefined {
  let above = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    if (!sharedPunctuationBytes.has(byte)) return undefined;
    above++;
  }
  return above > 0 ? windows1252.decode(bytes) : undefined;
}

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
 * Decodes a text file (plain text, Markdown, a web page): UTF-8 with or without BOM, UTF-16 with its BOM, or
 * a Windows code page whose only non-ASCII bytes are its shared punctuation; LF, CRLF or CR line ends.
 * Any other invalid UTF-8, and binary data, are errors that name the file and the line.
 */
export function decodeText(file: string, bytes: Uint8Array, format: SourceText['format'] = 'text'): SourceText {
  let text: string;
  const utf16 = utf16Of(bytes);
  try {
    text = utf16 ? new TextDecoder(utf16, { fatal: true }).decode(bytes) : utf8.decode(bytes);
  } catch (cause) {
    if (utf16) throw new UnfoldError(file, `starts as ${utf16.toUpperCase()} text but is not valid ${utf16.toUpperCase()}`, { hint: saveAsUtf8, cause });
    const legacy = legacyPunctuationText(bytes);
    if (legacy !== undefined) return linesOf(file, legacy, format);
    const line = lineOfInvalidByte(bytes);
    throw new UnfoldError(file, 'is not valid UTF-8 text', {
      point: { line, column: 1 },
      hint: saveAsUtf8,
      cause,
    });
  }
  return linesOf(file, text, format);
}

function linesOf(file: string, text: string, format: SourceText['format']): SourceText {
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
