import { describe, expect, it } from 'vitest';
import { readArticle } from '../../scripts/read/read-article.ts';
import { noFiles, unfoldErrorOf } from '../pipeline/helpers.ts';

const text = (value: string) => new TextEncoder().encode(value);

const errorOf = (file: string, bytes: Uint8Array) => unfoldErrorOf(() => readArticle(file, bytes, noFiles));

describe('readArticle: one reader per format, by extension', () => {
  it('reads .txt, .text and files without an extension as plain text, in its own convention', async () => {
    for (const file of ['a.txt', 'A.TXT', 'notes.text', 'article']) {
      const read = await readArticle(file, text('Text.'), noFiles);
      expect('tree' in read, file).toBe(false);
      expect(read.format, file).toBe('text');
    }
  });

  it('reads .md and .markdown as Markdown, .html and .htm as web pages, into one mdast tree', async () => {
    for (const [file, format] of [['a.md', 'markdown'], ['A.MARKDOWN', 'markdown'], ['page.html', 'web-page'], ['page.HTM', 'web-page']] as const) {
      const contents = format === 'markdown' ? '# T\n\nText here.\n' : '<html><body><article><h1>T</h1><p>Text here, long enough to be an article by any measure of it.</p></article></body></html>';
      const read = await readArticle(file, text(contents), noFiles);
      expect('tree' in read && read.tree.type, file).toBe('root');
      expect(read.format, file).toBe(format);
    }
  });

  it('refuses every other format with one error that names the file, the formats that work and how to get one', async () => {
    for (const file of ['guide.pdf', 'guide.odt', 'guide.rtf', 'guide.pages', 'photo.png', 'guide.doc', 'book.epub']) {
      const error = await errorOf(file, text('whatever'));
      expect(error.file).toBe(file);
      expect(error.message).toBe(`unfold cannot read ${file.slice(file.lastIndexOf('.'))} files`);
      expect(error.hint).toContain('plain text (.txt), Markdown (.md), a web page (.html) or a Word document (.docx)');
      expect(error.hint).toContain('save it as .docx');
    }
  });
});

describe('readArticle: the content must agree with the extension', () => {
  it('refuses a .txt or .md that is really a saved web page, at the line where the page starts', async () => {
    const page = '\n<!DOCTYPE html>\n<html lang="en"><body><p>Hi</p></body></html>\n';
    for (const file of ['saved.txt', 'saved.md']) {
      const error = await errorOf(file, text(page));
      expect(error.message).toMatch(/^is a web page \(HTML\), not (plain text|Markdown)$/);
      expect(error.point).toEqual({ line: 2, column: 1 });
      expect(error.hint).toContain('rename it to .html');
    }
  });

  it('refuses a PDF, an image or a zip named .txt, .md or .html, saying what it is', async () => {
    expect((await errorOf('a.txt', text('%PDF-1.7\n...'))).message).toBe('is a PDF document, not text');
    expect((await errorOf('a.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).message).toBe('is a PNG image, not text');
    const zip = await errorOf('a.html', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(zip.message).toBe('is a zip archive (such as a Word, OpenDocument or Pages file), not a web page');
    expect(zip.hint).toContain('if it is a Word document, name it .docx');
  });

  it('refuses a .docx that is not a zip, with the bytes it starts with', async () => {
    const error = await errorOf('guide.docx', text('Just some text.'));
    expect(error.message).toBe('is not a Word document: a .docx is a zip file, which starts with "PK" at byte 0, and this one starts with 4A 75 73 74');
    expect((await errorOf('empty.docx', new Uint8Array())).message).toContain('nothing (the file is empty)');
  });

  it('refuses a password-protected .docx (an OLE compound file), saying how to remove the password', async () => {
    const error = await errorOf('secret.docx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(error.message).toMatch(/^is password-protected \(encrypted\) or an old Word 97–2003 document: it is an OLE compound file \(bytes 0–7: D0 CF 11 E0 A1 B1 1A E1\)/);
    expect(error.hint).toContain('remove the password');
  });
});
