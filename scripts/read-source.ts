import { UnfoldError } from './lib/unfold-error.ts';
import type { SourceText } from './types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Control characters that never occur in text; their presence means binary data. U+0000–U+0008, U+000E–U+001F. */
const binaryControl = /[\u0000-\u0008\u000E-\u001F]/;

/**
 * Decodes an article: UTF-8 with or without BOM, LF, CRLF or CR line ends.
 * Invalid UTF-8 and binary data are errors that name the file and the line.
 */
export function readSource(file: string, bytes: Uint8Array): SourceText {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    const line = lineOfInvalidByte(bytes);
    throw new UnfoldError(file, 'is not valid UTF-8 text', {
      point: { line, column: 1 },
      hint: 'save the article as UTF-8 (plain text or Markdown); binary files such as PDF or Word documents cannot be read',
      cause,
    });
  }
  const lines = text.split(/\r\n|\r|\n/);
  const binaryLine = lines.findIndex((line) => binaryControl.test(line));
  if (binaryLine !== -1) {
    const column = lines[binaryLine]!.search(binaryControl) + 1;
    throw new UnfoldError(file, 'contains binary data (control characters), not text', {
      point: { line: binaryLine + 1, column },
      hint: 'give a plain-text (.txt) or Markdown (.md) file',
    });
  }
  if (lines.at(-1) === '') lines.pop();
  return {
    file,
    format: /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text',
    lines: lines.map((line, index) => ({ line: index + 1, text: line })),
  };
}

/** The 1-based line of the first byte sequence that is not valid UTF-8. */
function lineOfInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === 0x0a) line++;
    if (byte < 0x80) continue;
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    if (length === 0) return line;
    for (let next = 1; next < length; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return line;
    }
    index += length - 1;
  }
  return line;
}
