import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { describe, expect, it } from 'vitest';
import { htmlToMdast, proseLines } from '../../scripts/read/html-to-mdast.ts';

const blogPage = readFileSync(new URL('../fixtures/formats/saved-blog-page.html', import.meta.url), 'utf8');

/** Elements `htmlToMdast` keeps (as directives) renamed to ones both converters treat alike, and ids dropped. */
function withDefaultElements(node: Nodes): Nodes {
  if (node.type === 'element') {
    delete node.properties['id'];
    if (/^(aside|details|figure|summary|figcaption)$/.test(node.tagName)) node.tagName = 'div';
    if (/^(kbd|sub|sup|abbr|mark|small|u|cite|dfn|time|samp|var)$/.test(node.tagName)) node.tagName = 'span';
  }
  if ('children' in node) for (const child of node.children) withDefaultElements(child);
  return node;
}

const treeOf = (html: string) => withDefaultElements(fromHtml(html, { fragment: true })) as Root;

describe('htmlToMdast: whitespace as rehype-remark’s own converter minifies it', () => {
  const cases: Record<string, string> = {
    'spaces around inline elements': '<p>  One <em> two </em>three<strong> four</strong> , five  </p>\n\n<p>\tSix\n seven</p>',
    'whitespace between blocks and loose text in a div': '<div>\n  Loose words\n  <p>A paragraph.</p>\n  more loose words <b>bold</b>\n</div>',
    'line breaks and images': '<p>Line one<br>\n   line two <img src="a.png" alt="An image"> after the image<br> </p>',
    'lists and tables': '<ul>\n  <li> One </li>\n  <li><p> Two </p>\n</li>\n</ul>\n<table>\n <tr>\n  <td> a  b </td><td nowrap>c   d</td>\n </tr>\n</table>',
    'preformatted text': '<pre>  keep   these\n    spaces  </pre>\n<pre wrap> and these  </pre><p>then <code>  code  </code> and <nobr>no   break</nobr></p>',
    'fields, hidden elements and comments': '<p>Pick <select><option>one</option></select> then <button> go </button> <!-- a note --> <span hidden> hidden </span> end</p>',
    'non-breaking spaces stay': '<p>\u00A0 Indented\u00A0\u00A0words \u00A0</p>',
    'texts the converter joins: unwrapped elements, a line break, loose text': '<p>One<span> two</span><font>three </font><br>\n four <unknown-tag>five</unknown-tag></p><div>loose <span>text</span><p>then</p> after</div>',
    'texts beside a text area and a cell that does not wrap': '<p>a<textarea>one \t\n two</textarea><span>\t three</span></p><table><tr><td nowrap> x \n <b>y</b> </td></tr></table>',
    'only phrasing at the top level': 'Top-level words <b>bold</b> and<span> more </span>',
  };
  for (const [name, html] of Object.entries(cases)) {
    it(name, () => {
      expect(htmlToMdast(treeOf(html))).toEqual(toMdast(treeOf(html)));
    });
  }

  it('text the converter takes as it is (a literal node), line breaks and edge spaces included', () => {
    const tree = (): Root => ({
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'raw', value: ' \tone \t\n\t two\n three ' }, { type: 'text', value: 'four ' }] },
        { type: 'raw', value: '\t five \n six ' },
      ],
    });
    expect(htmlToMdast(tree())).toEqual(toMdast(tree()));
  });

  it('a saved blog page', () => {
    expect(htmlToMdast(treeOf(blogPage))).toEqual(toMdast(treeOf(blogPage)));
  });
});

describe('proseLines', () => {
  it('gives the text of each paragraph, heading and cell where its element starts, without code and links', () => {
    const tree = fromHtml('<h2>A title</h2>\n<p>Run <code>defaultSchema</code> first, <a href="/x">click here</a>.</p>\n<table><tr><td>cellText</td></tr></table>', { fragment: true });
    const lines = proseLines(htmlToMdast(tree));
    expect(lines.map((line) => [line.line, line.column, line.text])).toEqual([
      [1, 1, 'A title'],
      [2, 1, 'Run   first,  .'],
      [3, 12, 'cellText'],
    ]);
  });

  it('leaves out code blocks', () => {
    const tree = fromHtml('<pre><code>const fooBar = 1;</code></pre><p>After.</p>', { fragment: true });
    expect(proseLines(htmlToMdast(tree)).map((line) => line.text)).toEqual(['After.']);
  });
});
