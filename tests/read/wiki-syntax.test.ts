import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import type { ArticleTree } from '../../scripts/types.ts';
import { articleOf } from '../pipeline/helpers.ts';

const note = [
  '# Allotment notes', // 1
  '', // 2
  'See also [[Compost]], [[Seed list|my seed list]] and [[Jobs#In autumn]], or [[#Pests|the pests below]].', // 3
  '', // 4
  'The soil is heavy clay. ==Dig in organic matter every autumn.== Ask if a == b is true.', // 5
  '', // 6
  '![[sketch.png|300]] ![[plot map.png|The plot from the gate]]', // 7
  '', // 8
  '`[[not a link]]` and ==`code`==', // 9
].join('\n');

const read = async () => (await articleOf(note, 'Allotment.md')) as ArticleTree;
const phrasingOf = async (line: number) => {
  const block = parseArticle(await read()).blocks.find((candidate) => candidate.position.line === line);
  return block && 'phrasing' in block && block.phrasing ? toHtml({ type: 'root', children: block.phrasing }) : undefined;
};

describe('Markdown notes written in Obsidian', () => {
  it('makes [[wiki links]] links to the notes they name, in their words or their alias, at their column', async () => {
    expect(await phrasingOf(3)).toBe('See also <a href="Compost.md">Compost</a>, <a href="Seed%20list.md">my seed list</a> and <a href="Jobs.md#in-autumn">Jobs > In autumn</a>, or <a href="#pests">the pests below</a>.');
    const { tree } = await read();
    const links: number[] = [];
    JSON.stringify(tree, (_key, value) => (value?.type === 'link' && links.push(value.position.start.column), value));
    const line = note.split('\n')[2]!;
    expect(links).toEqual([...line.matchAll(/\[\[/g)].map((match) => match.index + 1));
  });

  it('makes ==words== a highlight, and leaves an equals sign between words alone', async () => {
    expect(await phrasingOf(5)).toBe('The soil is heavy clay. <mark>Dig in organic matter every autumn.</mark> Ask if a == b is true.');
  });

  it('makes an embedded image ![[file]] an image, its size left out and any other words after the bar its alt text', async () => {
    const { tree } = await read();
    const images: unknown[] = [];
    JSON.stringify(tree, (_key, value) => (value?.type === 'image' && images.push({ url: value.url, alt: value.alt }), value));
    expect(images).toEqual([{ url: 'sketch.png', alt: null }, { url: 'plot%20map.png', alt: 'The plot from the gate' }]);
  });

  it('leaves wiki syntax in code as written', async () => {
    expect(await phrasingOf(9)).toBe('<code>[[not a link]]</code> and ==<code>code</code>==');
  });
});

describe('Markdown notes written in Bear, Foam or Dendron', () => {
  const phrasing = async (text: string) => {
    const [block] = parseArticle((await articleOf(text, 'note.md')) as ArticleTree).blocks;
    return block && 'phrasing' in block && block.phrasing ? toHtml({ type: 'root', children: block.phrasing }) : undefined;
  };

  it("makes Bear's ::words:: a highlight, and leaves a C++ name such as std::string::npos alone", async () => {
    expect(await phrasing('The ::best one:: is first; std::string::npos and a :: b stay.\n')).toBe('The <mark>best one</mark> is first; std::string::npos and a :: b stay.');
  });

  it("reads Foam's [[note]] over its reference definition as a link to the note, without the brackets; a citation [[1]] keeps them", async () => {
    expect(await phrasing('See [[baking.flour]] and the study [[1]].\n\n[baking.flour]: baking.flour.md "Flour"\n[1]: https://example.com/study\n')).toBe(
      'See <a href="baking.flour.md" title="Flour">baking.flour</a> and the study [<a href="https://example.com/study">1</a>].',
    );
  });
});
