import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { resolveTemplates } from '../../scripts/read/template-tags.ts';
import type { ArticleTree } from '../../scripts/types.ts';
import { articleOf } from '../pipeline/helpers.ts';

const post = [
  '---', // 1
  'layout: post', // 2
  'title: "Saying no"', // 3
  '---', // 4
  '', // 5
  'Saying no is how people learn where you stand.', // 6
  '', // 7
  '{% include toc.html %}', // 8
  '', // 9
  '## Scripts', // 10
  '', // 11
  '{% highlight text %}', // 12
  "No, I can't this weekend.", // 13
  '{% endhighlight %}', // 14
  '', // 15
  '![A notebook]({{ site.baseurl }}/images/notebook.png) and [my post on rest]({% post_url 2023-11-10-rest %}) or [the list]({{ "/reading/" | relative_url }}).', // 16
  '', // 17
  '{% raw %}', // 18
  'Write {{ page.title }} in a layout.', // 19
  '{% endraw %}', // 20
  '', // 21
  '{% comment %}', // 22
  'Remember to add the photo.', // 23
  '{% endcomment %}', // 24
  '', // 25
  '```liquid', // 26
  '{% include note.html %}', // 27
  '```', // 28
  '', // 29
  'Use `{{ site.url }}` in templates.', // 30
].join('\n');

const read = async (text: string) => (await articleOf(text, 'post.md')) as ArticleTree;

describe('Markdown from a Jekyll blog', () => {
  it('leaves out a line that is only a Liquid tag, saying where it stood', async () => {
    const article = await read(post);
    const texts = parseArticle(article).blocks.map((block) => block.text);
    expect(texts.join('\n')).not.toContain('{% include toc.html %}');
    expect(article.warnings.filter((warning) => warning.rule === 'template-tag').map((warning) => `${warning.position.line}:${warning.position.column} ${warning.message}`)).toEqual([
      "8:1 {% include toc.html %} is template code of the blog's site generator, left out",
      "22:1 {% comment %} is template code of the blog's site generator, left out",
    ]);
  });

  it('makes {% highlight %} a code block, keeps {% raw %} as written, and drops what {% comment %} holds', async () => {
    const blocks = parseArticle(await read(post)).blocks;
    const code = blocks.find((block) => block.text === "No, I can't this weekend.");
    expect(code?.type === 'rich' && code.hast[0]).toMatchObject({ tagName: 'pre', children: [{ tagName: 'code', properties: { className: ['language-text'] } }] });
    expect(code?.position).toEqual({ line: 12, column: 1 });
    const texts = blocks.map((block) => block.text);
    expect(texts).toContain('Write {{ page.title }} in a layout.');
    expect(texts.join('\n')).not.toContain('Remember to add the photo.');
  });

  it('gives an address the path its template code names, so an image is an image and a link a link', async () => {
    const { tree } = await read(post);
    const paragraph = JSON.stringify(tree.children.find((node) => node.position?.start.line === 16));
    expect(paragraph).toContain('"type":"image","title":null,"url":"/images/notebook.png","alt":"A notebook"');
    expect(paragraph).toContain('"url":"2023-11-10-rest"');
    expect(paragraph).toContain('"url":"/reading/"');
  });

  it('places what follows a resolved address at its column in the file', async () => {
    const { tree } = await read(post);
    const paragraph = tree.children.find((node) => node.position?.start.line === 16) as { children: { type: string; position: { start: { column: number } } }[] };
    const links = paragraph.children.filter((node) => node.type === 'link').map((node) => node.position.start.column);
    const line = post.split('\n')[15]!;
    expect(links).toEqual([line.indexOf('[my post'), line.indexOf('[the list')].map((index) => index + 1));
  });

  it('leaves template code in code blocks and code spans as written', async () => {
    const texts = parseArticle(await read(post)).blocks.map((block) => block.text);
    expect(texts).toContain('{% include note.html %}');
    expect(texts).toContain('Use {{ site.url }} in templates.');
  });
});

describe('Markdown from a Hugo blog', () => {
  it('makes a figure shortcode its image and caption, keeps what a paired shortcode holds, and leaves out an embed', () => {
    const hugo = [
      '{{< figure src="/images/walk.jpg" alt="A path in the woods" caption="A walk helps." >}}',
      '',
      '{{< note >}}',
      'Take breaks.',
      '{{< /note >}}',
      '',
      '{{< youtube dQw4w9WgXcQ >}}',
      '',
      'See [the other post]({{< ref "rest.md" >}}).',
    ].join('\n');
    const { text, warnings } = resolveTemplates(hugo, [], 'post.md');
    expect(text.split('\n')).toEqual([
      '<figure><img src="/images/walk.jpg" alt="A path in the woods"><figcaption>A walk helps.</figcaption></figure>',
      '',
      '',
      'Take breaks.',
      '',
      '',
      '',
      '',
      'See [the other post](rest.md).',
    ]);
    expect(warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.rule}`)).toEqual(['7:1 template-tag']);
  });

  it('leaves Markdown without template code as it is', () => {
    const text = '# Title\n\nA {curly} brace and a [link](https://example.org/?a={b}).\n';
    expect(resolveTemplates(text, [], 'a.md')).toEqual({ text, edits: [], warnings: [] });
  });
});
