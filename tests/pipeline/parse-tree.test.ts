import { readFileSync } from 'node:fs';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { mdastToHast } from '../../scripts/parse/parse-tree.ts';
import { readArticle } from '../../scripts/read/read-article.ts';
import { readMarkdown } from '../../scripts/read/markdown.ts';
import { decodeText } from '../../scripts/read/decode-text.ts';
import type { ArticleTree } from '../../scripts/types.ts';
import { fixturePath } from './helpers.ts';

const noFiles = { read: () => undefined };
const formats = (name: string) => new URL(`../fixtures/formats/${name}`, import.meta.url);
const markdownTree = (text: string): ArticleTree => readMarkdown(decodeText('article.md', new TextEncoder().encode(text), 'markdown'), noFiles);

const references = `# Links by name

A [link by name][Garden], an [other one][garden] (the first definition of a name wins, in any case),
an ![image by name][photo], a [collapsed one][] and a [missing one][nowhere].
A sentence that cites a note[^first], another[^Second] and the first again[^FIRST].

> A quotation with [a link][garden] and a note[^inside].

- An item with a [link][Garden]

[garden]: https://example.org/garden "The garden"
[GARDEN]: https://example.org/other
[photo]: ./photo.jpg
[collapsed one]: https://example.org/collapsed

[^first]: The first note, with a [link][garden].
[^second]: The second note.

    Its second paragraph.
[^inside]: A note cited inside a quotation.
`;

describe('mdastToHast: the hast toHast gives, without its walk for definitions', () => {
  const trees: Record<string, () => ArticleTree | Promise<ArticleTree>> = {
    'links and images by name, footnotes cited twice and in any case': () => markdownTree(references),
    'a Markdown guide with front matter and raw HTML': () => markdownTree(readFileSync(formats('garden-guide.md'), 'utf8')),
    'hostile raw HTML in Markdown': () => markdownTree(readFileSync(formats('hostile-html.md'), 'utf8')),
    'a README with badges': () => markdownTree(readFileSync(formats('plugin-readme.md'), 'utf8')),
    'the Markdown fixture article': () => markdownTree(readFileSync(fixturePath('article.md'), 'utf8')),
    'a saved blog page': async () => (await readArticle('saved-blog-page.html', readFileSync(formats('saved-blog-page.html')), noFiles)) as ArticleTree,
  };
  for (const [name, tree] of Object.entries(trees)) {
    it(name, async () => {
      const article = await tree();
      const expected = toHast(structuredClone(article.tree), { allowDangerousHtml: true });
      expect(mdastToHast(article.tree)).toEqual(expected);
    });
  }

  it('the references are resolved, so the case above checks something', () => {
    const html = JSON.stringify(mdastToHast(markdownTree(references).tree));
    expect(html).toContain('https://example.org/garden');
    expect(html).not.toContain('https://example.org/other');
    expect(html).toContain('./photo.jpg');
    expect(html).toContain('Its second paragraph.');
  });
});
