import type { Element } from 'hast';
import { Bookmark, Document, HeadingLevel, InternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { parseArticle, type ParsedSource } from '../../scripts/parse/parse-article.ts';
import { readWord } from '../../scripts/read/word.ts';
import { linkTopics } from '../../scripts/render/link-topics.ts';
import { renderTopic, textOf } from '../../scripts/render/render-topic.ts';
import type { ArticleTree, Topic } from '../../scripts/types.ts';
import { guideSections, makeWordGuide } from '../fixtures/formats/make-word-document.ts';
import { defaultOutline, thrownBy } from '../pipeline/helpers.ts';

let bytes: Uint8Array;
let read: ArticleTree;
let parsed: ParsedSource;
let topics: Topic[];

beforeAll(async () => {
  bytes = await makeWordGuide();
  read = readWord('guide.docx', bytes);
  parsed = parseArticle(read);
  topics = defaultOutline(parsed);
});

function errorOf(file: string, input: Uint8Array): UnfoldError {
  const error = thrownBy(() => readWord(file, input));
  expect(error).toBeInstanceOf(UnfoldError);
  return error as UnfoldError;
}

function elements(nodes: readonly unknown[], tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const element = node as Element;
    if (element.type === 'element' && element.tagName === tagName) found.push(element);
    for (const value of Object.values(node)) if (Array.isArray(value)) value.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
}

describe('readWord on a generated guide', () => {
  it('takes the Title style as the title and the document language from word/styles.xml', () => {
    expect(read.title).toEqual({ value: 'Keeping bees in a small garden', from: 'Word Title style' });
    expect(read.lang).toEqual({ value: 'en-GB', from: 'Word document defaults, word/styles.xml' });
    expect(read.format).toBe('word');
  });

  it('makes one page per Heading 1, a Heading 2 a section, and the text before the first heading the overview', () => {
    expect(topics.map((topic) => topic.title)).toEqual(['Overview', ...guideSections.map((section) => section.heading)]);
    expect(parsed.blocks.find((block) => block.text === 'What you need')?.type).toBe('subheading');
  });

  it('keeps the bulleted list, bold and italic, and the table', () => {
    const list = parsed.blocks.find((block) => block.type === 'list');
    expect(list?.type === 'list' && list.items.map((item) => item.text)).toEqual(['Shelter from the north wind.', 'Water within a short flight.', 'Flowers from spring to autumn.']);
    expect(elements([list], 'strong').length + elements([list], 'em').length).toBe(2);
    const table = parsed.blocks.find((block) => block.type === 'rich' && elements(block.hast, 'table').length === 1)!;
    expect(elements([table], 'td').map((cell) => textOf(cell))).toEqual(['Item', 'Why', 'A veil', 'Stings near the eyes are the ones that matter.', 'A smoker', 'Smoke keeps the colony calm while you work.', 'A hive tool', 'Frames are glued down with propolis.']);
  });

  it('keeps the footnote right after the paragraph that cites it, with its reference', () => {
    const citing = parsed.blocks.findIndex((block) => block.text.startsWith('A colony of bees'));
    const [reference] = elements([parsed.blocks[citing]], 'a').filter((link) => 'dataFootnoteRef' in link.properties);
    expect(reference).toBeDefined();
    expect(parsed.blocks[citing + 1]?.text).toContain('Check the rules of your council first');
    expect(parsed.blocks.some((block) => block.text.includes('↑'))).toBe(false);
  });

  it('keeps the external link and points the bookmark link at the page and section of its heading', () => {
    const links = elements(parsed.blocks, 'a').map((link) => String(link.properties['href']));
    expect(links).toContain('https://www.bbka.org.uk/');
    const rendered = linkTopics(topics.map((topic) => renderTopic(topic, 'en')), (slug) => `/${slug}/`);
    const overviewLinks = elements(rendered[0]!.body.children, 'a').map((link) => String(link.properties['href']));
    expect(overviewLinks).toContain('/harvesting-honey/#harvesting-honey');
    expect(rendered.find((topic) => topic.frontmatter.slug === 'harvesting-honey')?.frontmatter.headingId).toBe('harvesting-honey');
  });

  it('gives the embedded image a stable reference and its bytes through ArticleFiles', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0]!)!.async('uint8array');
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const links = elements(parsed.blocks, 'img').map((image) => String(image.properties['src']));
    expect(links).toEqual([expect.stringMatching(/^word-images\/[0-9a-f]{16}\.png$/)]);
    expect(Buffer.from(read.files.read(links[0]!)!).equals(Buffer.from(png))).toBe(true);
    expect(read.files.read('word-images/nothing.png')).toBeUndefined();
    expect(parsed.blocks.some((block) => block.text === 'A yellow hive on a stand')).toBe(true);
  });

  it('numbers blocks by their paragraph in the document', () => {
    expect(parsed.blocks[0]).toMatchObject({ text: expect.stringMatching(/^A colony/), position: { line: 2, column: 1 } });
    const lines = parsed.blocks.map((block) => block.position.line);
    expect(lines.every((line, index) => index === 0 || line >= lines[index - 1]! || parsed.blocks[index - 1]!.text.includes('council'))).toBe(true);
  });
});

describe('readWord on a document whose headings are bold lines, not Heading styles', () => {
  const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const plain = (...runs: TextRun[]) => new Paragraph({ children: runs });
  const text = (value: string) => new TextRun(value);
  const documentOf = (...children: Paragraph[]) => Packer.toBuffer(new Document({ sections: [{ children }] })).then((buffer) => readWord('handbook.docx', new Uint8Array(buffer)));

  it('makes each bold line that leads into text a page, and the one that opens the document the title', async () => {
    const read = await documentOf(
      new Paragraph({ children: [new TextRun({ text: 'Volunteer handbook', bold: true, size: 36 })] }),
      plain(text('Welcome to the food bank. This handbook explains how a shift works.')),
      bold('Before your first shift'),
      plain(text('Read the safety sheet and bring closed shoes.')),
      bold('During a shift'),
      plain(text('Sign in at the desk. '), new TextRun({ text: 'Always', bold: true }), text(' wear your badge.')),
      bold('Remember:'),
      plain(text('Ask the shift lead when in doubt.')),
    );
    const parsed = parseArticle(read);
    expect(parsed.title).toBe('Volunteer handbook');
    expect(defaultOutline(parsed).map((topic) => topic.title)).toEqual(['Volunteer handbook', 'Before your first shift', 'During a shift']);
    // A bold word inside a sentence, and a bold label ending with a colon, stay text.
    expect(parsed.blocks.map((block) => `${block.type} ${block.text}`)).toContain('paragraph Remember:');
    expect(elements(parsed.blocks, 'strong').length).toBeGreaterThan(0);
  });

  it('leaves bold lines alone in a document that has headings of its own, or when nothing follows them', async () => {
    const styled = await documentOf(new Paragraph({ text: 'Before your first shift', heading: HeadingLevel.HEADING_1 }), plain(text('Read the safety sheet.')), bold('Bring closed shoes'), plain(text('They protect your feet.')));
    expect(defaultOutline(parseArticle(styled)).map((topic) => topic.title)).toEqual(['Before your first shift']);
    const last = await documentOf(plain(text('Read the safety sheet.')), bold('Thank you'));
    expect(parseArticle(last).blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('readWord: files that are not a readable Word document', () => {
  it('names a damaged (cut short) zip and says how to get a good copy', () => {
    const error = errorOf('cut.docx', bytes.subarray(0, 4000));
    expect(error.message).toMatch(/^is a damaged zip file: its directory, which ends every zip, is missing \(the file has 4000 bytes/);
    expect(error.hint).toContain('save it again');
  });

  it('names a zip that is not Word by the part it lacks, and recognises an OpenDocument file', async () => {
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text');
    odt.file('content.xml', '<office:document-content/>');
    const error = errorOf('guide.docx', await odt.generateAsync({ type: 'uint8array' }));
    expect(error.message).toBe('is a zip file but not a Word document: it has no word/document.xml part; it looks like an OpenDocument file (.odt)');
  });

  it('names word/document.xml when it is not well-formed', async () => {
    const zip = await JSZip.loadAsync(bytes);
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    const error = errorOf('broken.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(error.message).toMatch(/^word\/document\.xml cannot be read: /);
  });
});

describe('readWord: quotations', () => {
  it('makes paragraphs in a quotation style one quotation, as Word (Quote, Intense Quote) and LibreOffice (Quotations) name them', async () => {
    for (const { id, name } of [{ id: 'Quote', name: 'Quote' }, { id: 'IntenseQuote', name: 'Intense Quote' }, { id: 'Quotations', name: 'Quotations' }]) {
      const document = new Document({
        styles: { paragraphStyles: [{ id, name, basedOn: 'Normal' }] },
        sections: [{ children: [
          new Paragraph({ text: 'What volunteers said', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('We asked three volunteers about their first year.'),
          new Paragraph({ style: id, text: 'The first sting is the worst.' }),
          new Paragraph({ style: id, text: 'After that you learn to move slowly.' }),
          new Paragraph('Most of them stayed for a second year.'),
        ] }],
      });
      const blocks = parseArticle(readWord('voices.docx', new Uint8Array(await Packer.toBuffer(document)))).blocks;
      // The one Heading 1 is the title; the quotation stands between the paragraphs around it.
      expect(blocks.map((block) => block.type), name).toEqual(['paragraph', 'quote', 'paragraph']);
      expect(blocks[1]?.type === 'quote' && blocks[1].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The first sting is the worst.', 'After that you learn to move slowly.']);
    }
  });
});

describe('readWord: a table of contents', () => {
  it('becomes a list of links to the headings it names, without the page numbers', async () => {
    const headings = ['Choosing a spot', 'Compost mix', 'Harvesting honey'];
    const document = new Document({
      styles: { paragraphStyles: [1, 2].map((level) => ({ id: `TOC${level}`, name: `toc ${level}`, basedOn: 'Normal' })) },
      sections: [{ children: [
        new Paragraph({ text: 'Contents', heading: HeadingLevel.HEADING_1 }),
        ...headings.map((heading, index) => new Paragraph({ style: index === 1 ? 'TOC2' : 'TOC1', children: [new InternalHyperlink({ anchor: `_Toc${index}`, children: [new TextRun(heading), new TextRun('\t'), new TextRun(['iv', '7', '12'][index]!)] })] })),
        ...headings.flatMap((heading, index) => [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: `_Toc${index}`, children: [new TextRun(heading)] })] }), new Paragraph(`Advice about ${heading.toLowerCase()}.`)]),
      ] }],
    });
    const read = readWord('bees.docx', new Uint8Array(await Packer.toBuffer(document)));
    const list = parseArticle(read).blocks.find((block) => block.type === 'list');
    expect(list?.type === 'list' && list.items.map((item) => item.text)).toEqual(headings);
    const topics = defaultOutline(parseArticle(read));
    const contents = linkTopics(topics.map((topic) => renderTopic(topic, 'en')), (slug) => `/${slug}/`).find((topic) => topic.frontmatter.title === 'Contents')!;
    expect(textOf(contents.body)).not.toMatch(/\d/);
    expect(JSON.stringify(contents.body)).toContain('"href":"/compost-mix/#compost-mix"');
  });
});
