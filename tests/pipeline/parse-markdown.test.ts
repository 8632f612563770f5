import { readFileSync } from 'node:fs';
import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../scripts/read/decode-text.ts';
import { readMarkdown } from '../../scripts/read/markdown.ts';
import type { Block } from '../../scripts/types.ts';
import { defaultOutline, fixturePath, noFiles, parseMarkdown } from './helpers.ts';

const article = parseMarkdown(readFileSync(fixturePath('article.md'), 'utf8'));
const hostile = parseMarkdown(readFileSync(fixturePath('hostile.md'), 'utf8'), 'hostile.md');

/** Every hast node a block renders: its inline phrasing, its list items' phrasing, its kept HTML. */
function hastOf(block: Block): ElementContent[] {
  const roots: ElementContent[] = [];
  if ('phrasing' in block && block.phrasing) roots.push(...block.phrasing);
  if (block.type === 'list') roots.push(...block.items.flatMap((item) => item.phrasing ?? []));
  if (block.type === 'quote') roots.push(...block.paragraphs.flatMap((paragraph) => paragraph.phrasing ?? []));
  if (block.type === 'rich') roots.push(...block.hast);
  const all: ElementContent[] = [];
  const walk = (node: ElementContent): void => {
    all.push(node);
    if (node.type === 'element') node.children.forEach(walk);
  };
  roots.forEach(walk);
  return all;
}

function elementsOf(block: Block | undefined, tagName: string): Element[] {
  return block ? hastOf(block).filter((node): node is Element => node.type === 'element' && node.tagName === tagName) : [];
}

function findBlock(blocks: Block[], start: string): Block {
  const block = blocks.find((candidate) => candidate.text.startsWith(start));
  if (!block) throw new Error(`no block starts with ${JSON.stringify(start)}`);
  return block;
}

describe('parseMarkdown on article.md', () => {
  const { blocks } = article;

  it('takes the single leading `#` heading as the article title and leaves it out of the blocks', () => {
    expect(article.title).toBe('Growing tomatoes on a balcony');
    expect(blocks.some((block) => block.text === 'Growing tomatoes on a balcony')).toBe(false);
  });

  it('reads `##` headings as topic headings, with the number and label of a numbered one', () => {
    const headings = blocks.filter((block) => block.type === 'heading');
    expect(headings.map(({ text, label, number, position }) => ({ text, label, number, position }))).toEqual([
      { text: '1. First', label: 'First', number: 1, position: { line: 5, column: 1 } },
      { text: 'Second', label: 'Second', number: undefined, position: { line: 9, column: 1 } },
    ]);
  });

  it('reads a deeper `###` heading as a sub-heading', () => {
    expect(findBlock(blocks, 'Feeding')).toMatchObject({ type: 'subheading', text: 'Feeding', position: { line: 33, column: 1 } });
  });

  it('places every block at the line and column where it starts', () => {
    expect(blocks.map((block) => `${block.position.line}:${block.position.column} ${block.type}`)).toEqual([
      '3:1 paragraph',
      '5:1 heading',
      '7:1 paragraph',
      '9:1 heading',
      '11:1 paragraph',
      '13:1 rich',
      '18:1 list',
      '21:1 paragraph',
      '23:1 paragraph',
      '25:1 rich',
      '27:1 rich',
      '33:1 subheading',
      '35:1 paragraph',
    ]);
  });

  it('keeps a table as HTML, header and cells included, with the column alignment', () => {
    const table = findBlock(blocks, 'Pot size');
    expect(table.type).toBe('rich');
    expect(elementsOf(table, 'table')).toHaveLength(1);
    expect(elementsOf(table, 'th').map((cell) => cell.properties['align'] ?? null)).toEqual([null, 'right', null]);
    expect(elementsOf(table, 'td')).toHaveLength(6);
    expect(table.text).toContain('Needs daily water in summer.');
  });

  it('keeps a task list as a list whose items start with a disabled checkbox, checked or not', () => {
    const list = findBlock(blocks, 'Buy compost');
    expect(list).toMatchObject({ type: 'list', ordered: false, items: [{ text: 'Buy compost' }, { text: 'Buy stakes' }] });
    expect(elementsOf(list, 'input').map((input) => [input.properties['type'], input.properties['checked'], input.properties['disabled']])).toEqual([
      ['checkbox', true, true],
      ['checkbox', false, true],
    ]);
  });

  it('turns a bare URL into a link (GFM autolink)', () => {
    const [link] = elementsOf(findBlock(blocks, 'More pictures'), 'a');
    expect(link?.properties['href']).toBe('https://example.org/tomatoes');
  });

  it('keeps a footnote reference in its paragraph and the footnote right after the block that cites it', () => {
    const citing = blocks.findIndex((block) => block.text.includes('Water in the morning'));
    const [reference] = elementsOf(blocks[citing]!, 'a');
    expect(reference?.properties['dataFootnoteRef']).toBe(true);
    const footnote = blocks[citing + 1]!;
    expect(footnote.type).toBe('rich');
    // Labelled in the site's words when the page is rendered (render-topic.ts).
    expect(elementsOf(footnote, 'aside')[0]?.properties['className']).toEqual(['footnote']);
    expect(elementsOf(footnote, 'li')[0]?.properties['id']).toBe(String(reference?.properties['href']).slice(1));
    expect(footnote.text).toContain('Evening water sits on the leaves overnight.');
  });

  it('keeps a code block whole, the blank line inside it included', () => {
    const code = findBlock(blocks, 'mkdir balcony');
    const [element] = elementsOf(code, 'code');
    expect(element?.properties['className']).toEqual(['language-sh']);
    expect(element?.children).toEqual([expect.objectContaining({ type: 'text', value: 'mkdir balcony\n\necho "tomatoes" > balcony/plan.txt\n' })]);
  });

  it('keeps inline emphasis as phrasing and plain text as text', () => {
    const paragraph = findBlock(blocks, 'Feed weekly');
    expect(paragraph.text).toBe('Feed weekly once the first flowers open. Too much feed gives leaves, not fruit.');
    expect(elementsOf(paragraph, 'em').map((em) => em.children)).toEqual([[expect.objectContaining({ value: 'Too much' })]]);
  });
});

describe('parseMarkdown: which headings start topics', () => {
  it('makes `#` headings topics when there are several of them, with no title', () => {
    const { title, blocks } = parseMarkdown('# One\n\nText.\n\n# Two\n\n## Part\n\nMore.\n');
    expect(title).toBeUndefined();
    expect(blocks.map((block) => `${block.type} ${block.text}`)).toEqual(['heading One', 'paragraph Text.', 'heading Two', 'subheading Part', 'paragraph More.']);
  });

  it('takes the first of several `#` headings as the title when it names the file, as Google Docs and Notion export a document', () => {
    const exported = '# **Volunteer Handbook 2025**\n\nRiverside Community Garden\n\n# **Welcome**\n\nThank you for joining us.\n\n# **Safety**\n\nCarry tools pointing down.\n\n## **What to wear**\n\nOld clothes.\n';
    const parsed = parseMarkdown(exported, 'Volunteer Handbook 2025.md');
    expect(parsed.title).toBe('Volunteer Handbook 2025');
    expect(parsed.blocks.map((block) => `${block.type} ${block.text}`)).toEqual(['paragraph Riverside Community Garden', 'heading Welcome', 'paragraph Thank you for joining us.', 'heading Safety', 'paragraph Carry tools pointing down.', 'subheading What to wear', 'paragraph Old clothes.']);
    expect(parseMarkdown(exported, 'handbook.md').title).toBe('Volunteer Handbook 2025');
    // A README is named after its folder: `# Acme` in acme/README.md.
    expect(parseMarkdown('# Acme\n\nA small tool.\n\n# Install\n\nRun it.\n', 'projects/acme/README.md').title).toBe('Acme');
    // A first `#` that does not name the file is a topic like the others.
    expect(parseMarkdown(exported, 'riverside.md').title).toBeUndefined();
  });

  it('takes the one `#` heading as the title even after a preface of badges and a language bar, which stays in the overview', () => {
    const readme = '[![Build](https://ci.example/badge.svg)](https://ci.example) [![npm](https://img.example/npm.svg)](https://npm.example)\n\n[English](README.md) | [Español](README.es.md)\n\n# Tool\n\nIntro.\n\n## Install\n\nRun it.\n\n## Use\n\nUse it.\n';
    const parsed = parseMarkdown(readme);
    expect(parsed.title).toBe('Tool');
    expect(parsed.blocks.map((block) => `${block.type} ${block.text}`)).toEqual(['paragraph Build npm', 'paragraph English | Español', 'paragraph Intro.', 'heading Install', 'paragraph Run it.', 'heading Use', 'paragraph Use it.']);
    const topics = defaultOutline(parsed);
    expect(topics.map((topic) => topic.title)).toEqual(['Tool', 'Install', 'Use']);
    expect(topics[0]!.blocks.map((block) => block.text)).toEqual(['Build npm', 'English | Español', 'Intro.']);
  });

  it('does not take a `#` heading as the title when another heading comes before it', () => {
    const { title, blocks } = parseMarkdown('## Contents\n\nIntro.\n\n# One\n\nText.\n');
    expect(title).toBeUndefined();
    expect(blocks.map((block) => block.type)).toEqual(['subheading', 'paragraph', 'heading', 'paragraph']);
  });

  it('starts topics at the shallowest level the article uses below its title', () => {
    const { blocks } = parseMarkdown('# Title\n\n### A\n\nText.\n\n#### A.1\n\nMore.\n');
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'subheading', 'paragraph']);
  });

  it('reads an article with no heading as paragraphs only', () => {
    expect(parseMarkdown('One.\n\nTwo.\n').blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps the footnotes on the page that cites them, not on the last page', () => {
    // The reference links to `#user-content-fn-a`: that id must be on the same page as the reference.
    const parsed = parseMarkdown('## One\n\nA claim.[^a]\n\n## Two\n\nOther text.\n\n[^a]: The source of the claim.\n');
    const topics = defaultOutline(parsed);
    const pageOf = (text: string) => topics.find((topic) => topic.blocks.some((block) => block.text.includes(text)))?.slug;
    expect(pageOf('The source of the claim.')).toBe(pageOf('A claim.'));
  });
});

describe('parseMarkdown on hostile.md: raw HTML is parsed and cleaned', () => {
  const nodes = hostile.blocks.flatMap(hastOf);
  const tagNames = nodes.filter((node): node is Element => node.type === 'element').map((node) => node.tagName);

  it('never produces a script, style, frame or comment node, nor raw HTML (images are the media stage’s)', () => {
    expect(tagNames.filter((tagName) => ['script', 'style', 'iframe', 'object', 'embed', 'form'].includes(tagName))).toEqual([]);
    expect(nodes.filter((node) => node.type !== 'element' && node.type !== 'text')).toEqual([]);
    expect(nodes.flatMap((node) => (node.type === 'element' ? Object.keys(node.properties) : [])).filter((name) => /^on/i.test(name) || name === 'style')).toEqual([]);
  });

  it('removes each script, handler and javascript: URL with a lint warning at its line and column', () => {
    const removed = hostile.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.rule} ${warning.message}`);
    expect(removed).toEqual([
      '5:1 html-removed <script> removed',
      '7:1 html-attribute-removed the onerror attribute of <img> removed',
      '9:8 html-removed <script> removed',
      '9:38 html-attribute-removed the onerror attribute of <img> removed',
      '25:8 html-url-removed the javascript: URL of <a> removed',
      '37:7 html-removed <script> removed',
      '41:3 html-attribute-removed the onerror attribute of <img> removed',
      '42:57 html-url-removed the javascript: URL of <a> removed',
      '43:13 html-removed <script> removed',
      '48:1 html-removed <script> removed',
    ]);
    expect(hostile.warnings.every((warning) => warning.file === 'hostile.md' && warning.hint !== '')).toBe(true);
  });

  it('keeps the text around removed markup, and safe elements as elements', () => {
    expect(findBlock(hostile.blocks, 'Inline').text).toBe('Inline and inside a paragraph.');
    expect(findBlock(hostile.blocks, '1. in a heading')).toMatchObject({ type: 'heading', number: 1, label: 'in a heading {props.x}' });
    expect(tagNames).toContain('div');
  });

  it('makes a titled frame a link to its page, with its title, and removes one without a title or with another address', () => {
    const parsed = parseMarkdown(
      [
        'A video from the talk:',
        '',
        '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abc123" title="YouTube video player" allowfullscreen></iframe>',
        '',
        '<iframe src="https://tracker.example/frame"></iframe>',
        '',
        '<iframe src="javascript:alert(1)" title="Click me"></iframe>',
        '',
      ].join('\n'),
      'talk.md',
    );
    const links = parsed.blocks.flatMap((block) => elementsOf(block, 'a'));
    expect(links.map((link) => [link.properties['href'], link.children])).toEqual([['https://www.youtube-nocookie.com/embed/abc123', [{ type: 'text', value: 'YouTube video player' }]]]);
    expect(parsed.blocks.flatMap((block) => elementsOf(block, 'iframe'))).toEqual([]);
    expect(parsed.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.rule}`)).toEqual(['3:1 html-embed', '5:1 html-removed', '7:1 html-removed']);
  });

  it('drops comments and decodes entities inside HTML', () => {
    expect(hostile.blocks.some((block) => block.text.includes('comment'))).toBe(false);
    const [block] = parseMarkdown('<p>Fish &amp; chips &mdash; &lt;b&gt; as text</p>\n').blocks;
    expect(block).toMatchObject({ type: 'paragraph', text: 'Fish & chips — <b> as text' });
  });

  it('keeps raw HTML inside a blockquote as part of the quotation', () => {
    const [quote] = parseMarkdown('> <div>A quoted block of HTML.</div>\n>\n> A quoted paragraph.\n').blocks;
    expect(quote?.text).toContain('A quoted block of HTML.');
    expect(quote?.text).toContain('A quoted paragraph.');
  });

  it('keeps braces as plain paragraphs, and leaves out import and export lines as MDX code, with a warning: never run, never shown', () => {
    for (const text of ['Some {braces} and {props.x} in a sentence.', '{']) {
      expect(findBlock(hostile.blocks, text)).toMatchObject({ type: 'paragraph', text });
    }
    expect(hostile.blocks.filter((block) => /import x|export const/.test(block.text))).toEqual([]);
    const read = readMarkdown(decodeText('hostile.md', readFileSync(fixturePath('hostile.md')), 'markdown'), noFiles);
    expect(read.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.rule}`)).toEqual(['13:1 mdx-code', '15:1 mdx-code']);
  });
});

describe('parseMarkdown: GitHub’s alerts (`> [!NOTE]`)', () => {
  const quoteOf = (markdown: string) => parseMarkdown(markdown).blocks[0]!;

  it('reads a quotation marked `[!NOTE]`…`[!CAUTION]` as an alert of that kind, without the marker', () => {
    for (const kind of ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION', 'warning'] as const) {
      const block = quoteOf(`> [!${kind}]\n> Never mix bleach with other cleaners.\n`);
      expect(block).toMatchObject({ type: 'quote', alert: kind.toLowerCase(), text: 'Never mix bleach with other cleaners.' });
    }
    // A marker on a line of its own, the text after a blank quoted line.
    expect(quoteOf('> [!TIP]\n>\n> Label the shelves.\n')).toMatchObject({ type: 'quote', alert: 'tip', text: 'Label the shelves.' });
  });

  it('keeps an alert holding a list as HTML, its kind with it', () => {
    const block = quoteOf('> [!IMPORTANT]\n> Before you start:\n>\n> - empty the fridge\n> - unplug it\n');
    expect(block.type).toBe('rich');
    expect(block.type === 'rich' && (block.hast[0] as Element).properties['dataAlert']).toBe('important');
    expect(block.text).not.toContain('[!IMPORTANT]');
  });

  it('leaves a quotation as it is when its marker is not one of GitHub’s, or has words after it on its line', () => {
    for (const markdown of ['> [!DANGER]\n> Hot.\n', '> [!NOTE] Hot.\n', '> Some say [!NOTE]\n> here.\n']) {
      const block = quoteOf(markdown);
      expect(block.type, markdown).toBe('quote');
      expect(block.type === 'quote' && block.alert, markdown).toBeUndefined();
      expect(block.text, markdown).toContain('!');
    }
  });
});
