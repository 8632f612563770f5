import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { decodeText } from '../../scripts/read/decode-text.ts';
import { fixturePath, thrownBy } from './helpers.ts';

const utf8 = new TextEncoder();

/** Bytes from text (UTF-8) and raw byte values, in order. */
function bytesOf(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8.encode(part)] : part)));
}

function errorOf(file: string, bytes: Uint8Array): UnfoldError {
  const error = thrownBy(() => decodeText(file, bytes));
  expect(error).toBeInstanceOf(UnfoldError);
  return error as UnfoldError;
}

describe('decodeText: UTF-16, as Windows saves "Unicode" text', () => {
  const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((character) => { const code = character.charCodeAt(0); return [code & 0xff, code >> 8]; })]);
  const utf16be = (text: string) => Uint8Array.from([0xfe, 0xff, ...[...text].flatMap((character) => { const code = character.charCodeAt(0); return [code >> 8, code & 0xff]; })]);

  it('decodes UTF-16 with its byte order mark, little- or big-endian, without the mark', () => {
    for (const bytes of [utf16le('Café notes\r\n\r\nRésumé text.\r\n'), utf16be('Café notes\r\n\r\nRésumé text.\r\n')]) {
      expect(decodeText('notes.txt', bytes).lines).toEqual([
        { line: 1, text: 'Café notes' },
        { line: 2, text: '' },
        { line: 3, text: 'Résumé text.' },
      ]);
    }
  });

  it('says that UTF-16 without its mark is UTF-16, and how to save it', () => {
    const bytes = utf16le('Hello there friend\r\n').subarray(2);
    expect(errorOf('notes.txt', bytes).format()).toBe('notes.txt:1:2: looks like UTF-16 text without its byte order mark\n  hint: save the article as UTF-8 (in most editors: Save as, then Encoding: UTF-8)');
  });
});

describe('decodeText: text from Word\'s "Plain Text" in its default, Windows encoding', () => {
  // Word saves an English document's curly quotes, dashes, bullets and ellipses in the code page of Windows.
  const windows = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((character) => character.charCodeAt(0)) : part)));

  it('reads a file whose only bytes above ASCII are the punctuation every Windows code page shares', () => {
    const bytes = windows([0xa0], ' 1. Don', [0x92], 't take it personally\r\n\r\n', [0x93], 'It', [0x92], 's not you,', [0x94], ' he said ', [0x97], ' twice', [0x85], '\r\n', [0x95], ' 9', [0x96], '5 days\r\n');
    expect(decodeText('guide.txt', bytes).lines).toEqual([
      { line: 1, text: '\u00a0 1. Don’t take it personally' },
      { line: 2, text: '' },
      { line: 3, text: '“It’s not you,” he said — twice…' },
      { line: 4, text: '• 9–5 days' },
    ]);
  });

  it('refuses a file with an accented letter or Cyrillic in a code page, which each code page reads as another letter', () => {
    // 0xE9 is é in Windows-1252 and й in Windows-1251; the second file is «Привет» in 1251 and «Ïðèâåò» in 1252: the bytes alone cannot say which.
    for (const bytes of [windows('Caf', [0xe9], ' ', [0x93], 'noir', [0x94], '\r\n'), windows([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], '\r\n')]) {
      expect(errorOf('notes.txt', bytes).format()).toBe('notes.txt:1:1: is not valid UTF-8 text\n  hint: save the article as UTF-8 (in most editors: Save as, then Encoding: UTF-8)');
    }
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 into lines numbered from 1, keeping blank lines', () => {
    const source = decodeText('article.txt', bytesOf('First “line” — café\n\nThird line\n'));
    expect(source).toEqual({
      file: 'article.txt',
      format: 'text',
      lines: [
        { line: 1, text: 'First “line” — café' },
        { line: 2, text: '' },
        { line: 3, text: 'Third line' },
      ],
    });
  });

  it('drops a byte order mark, so the first line starts with its first character', () => {
    const source = decodeText('article.txt', bytesOf([0xef, 0xbb, 0xbf], '\u00A0 1. Heading\nText.'));
    expect(source.lines[0]).toEqual({ line: 1, text: '\u00A0 1. Heading' });
    expect(source.lines).toHaveLength(2);
  });

  it('splits CRLF line ends and keeps no carriage return in the text', () => {
    const source = decodeText('article.txt', bytesOf('one\r\ntwo\r\n\r\nfour\r\n'));
    expect(source.lines.map((line) => line.text)).toEqual(['one', 'two', '', 'four']);
  });

  it('splits CR line ends (classic Mac OS) like LF', () => {
    const source = decodeText('article.txt', bytesOf('one\rtwo\r\rfour\r'));
    expect(source.lines).toEqual([
      { line: 1, text: 'one' },
      { line: 2, text: 'two' },
      { line: 3, text: '' },
      { line: 4, text: 'four' },
    ]);
  });

  it('splits a mix of LF, CRLF and CR, counting CRLF as one line end', () => {
    const source = decodeText('article.txt', bytesOf('a\nb\r\nc\rd'));
    expect(source.lines.map(({ line, text }) => `${line}:${text}`)).toEqual(['1:a', '2:b', '3:c', '4:d']);
  });

  it('reads the CRLF fixture messy.txt with no carriage return left and its 63 lines numbered', () => {
    const source = decodeText('messy.txt', readFileSync(fixturePath('messy.txt')));
    expect(source.lines).toHaveLength(63);
    expect(source.lines.some((line) => line.text.includes('\r'))).toBe(false);
    expect(source.lines[8]).toEqual({ line: 9, text: '\u00A0 1. Start slower than you think' });
  });

  it('rejects invalid UTF-8 with an error that names the file and the line', () => {
    const error = errorOf('content/article.txt', bytesOf('Good line.\nAlso good.\nBad ', [0xff], ' byte.\nGood again.'));
    expect(error.file).toBe('content/article.txt');
    expect(error.point).toEqual({ line: 3, column: 1 });
    expect(error.format()).toMatchInlineSnapshot(`
      "content/article.txt:3:1: is not valid UTF-8 text
        hint: save the article as UTF-8 (in most editors: Save as, then Encoding: UTF-8)"
    `);
  });

  it('names the line of invalid UTF-8 in a file with CRLF line ends', () => {
    const error = errorOf('article.txt', bytesOf('one\r\ntwo\r\nthree ', [0xc3, 0x28], '\r\n'));
    expect(error.point?.line).toBe(3);
  });

  it('names the line of invalid UTF-8 in a file with CR line ends', () => {
    // decodeText splits lines at a lone CR, so the error must count lone CRs as line ends too.
    const error = errorOf('article.txt', bytesOf('one\rtwo\rthree ', [0xff], '\rfour'));
    expect(error.point?.line).toBe(3);
  });

  it('names the line of a truncated multi-byte sequence', () => {
    const error = errorOf('article.txt', bytesOf('one\ntwo ', [0xe2, 0x80], '\nthree'));
    expect(error.point?.line).toBe(2);
  });

  it('names the line of an overlong encoding, which UTF-8 forbids', () => {
    // E0 80 80 is an overlong NUL: it has the shape of a 3-byte sequence, but TextDecoder rejects it.
    expect(errorOf('article.txt', bytesOf('one\ntwo ', [0xe0, 0x80, 0x80], '\nthree\nfour')).point?.line).toBe(2);
  });

  it('names the line of an encoded surrogate, which UTF-8 forbids', () => {
    // ED A0 80 encodes the surrogate U+D800: the shape of a 3-byte sequence again.
    expect(errorOf('article.txt', bytesOf('one\ntwo\n', [0xed, 0xa0, 0x80], '\nfour\nfive\n')).point?.line).toBe(3);
  });

  it('rejects binary data with an error at the line and column of the first control character', () => {
    const error = errorOf('data.txt', bytesOf('Looks like text\nab', [0x00, 0x01], 'cd\n'));
    expect(error.point).toEqual({ line: 2, column: 3 });
    expect(error.format()).toMatchInlineSnapshot(`
      "data.txt:2:3: contains binary data (control characters), not text
        hint: give a plain-text (.txt), Markdown (.md), web page (.html) or Word (.docx) file"
    `);
  });

  it('rejects the binary fixture (NULs and invalid UTF-8) at the line of its first invalid byte', () => {
    const error = errorOf('binary.bin', readFileSync(fixturePath('binary.bin')));
    expect(error.file).toBe('binary.bin');
    expect(error.point).toEqual({ line: 2, column: 1 });
    expect(error.message).toBe('is not valid UTF-8 text');
  });

  it('accepts tabs, vertical tabs and form feeds as text', () => {
    expect(decodeText('a.txt', bytesOf('a\tb\u000Bc\u000Cd')).lines).toEqual([{ line: 1, text: 'a\tb\u000Bc\u000Cd' }]);
  });

  it('reads an empty file as no lines (normalise reports it)', () => {
    expect(decodeText('empty.txt', new Uint8Array()).lines).toEqual([]);
  });
});
