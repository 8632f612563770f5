import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { maxNesting } from '../../scripts/read/web-page.ts';
import { renderTopic, textOf } from '../../scripts/render/render-topic.ts';
import type { ArticleTree } from '../../scripts/types.ts';
import { articleOf, defaultOutline, unfoldErrorOf } from '../pipeline/helpers.ts';

const formats = (name: string) => fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url));
const page = async (html: string, file = 'page.html') => (await articleOf(html, file)) as ArticleTree;
const paragraphs = (count: number, words = 'about the garden, the weather and the bees, long enough to read as an article') =>
  Array.from({ length: count }, (_, index) => `<p>Paragraph ${index + 1} is ${words}.</p>`).join('\n');

const errorOf = (html: string, file = 'page.html') => unfoldErrorOf(() => page(html, file));

describe('readWebPage on a saved blog page', async () => {
  const read = await articleOf(readFileSync(formats('saved-blog-page.html')), 'saved-blog-page.html') as ArticleTree;
  const parsed = parseArticle(read);
  const topics = defaultOutline(parsed);
  const siteText = topics.map((topic) => [topic.title, textOf(renderTopic(topic, 'en').body)].join('\n')).join('\n');

  it('takes the title from the page’s heading, the description from its meta tag and the language from <html lang>', () => {
    expect(read.title).toEqual({ value: 'Cómo cuidar un huerto urbano', from: 'web page <h1>' });
    expect(read.description).toEqual({ value: 'Una guía práctica para empezar un huerto en el balcón o la azotea.', from: 'web page <meta name="description">' });
    expect(read.lang).toEqual({ value: 'es', from: 'web page <html lang>' });
  });

  it('makes one page per section of the article', () => {
    expect(topics.map((topic) => topic.title)).toEqual(['Overview', 'Elegir el lugar', 'Qué plantar primero', 'Regar sin desperdiciar agua', 'Prevenir las plagas', 'La primera cosecha']);
  });

  it('keeps every paragraph, item and cell of the article', () => {
    const source = readFileSync(formats('saved-blog-page.html'), 'utf8');
    const article = source.slice(source.indexOf('<div class="post-content">'), source.indexOf('<div class="share-buttons share-bottom">'));
    const expected = [...article.matchAll(/<(p|li|td|th|h2|figcaption)>([^<]+)</g)].map((match) => match[2]!.trim()).filter((text) => !text.includes('boletín'));
    expect(expected.length).toBeGreaterThan(20);
    for (const text of expected) expect(siteText).toContain(text);
  });

  it('leaves out the cookie banner, navigation, share buttons, newsletter box, comments, sidebar, footer, scripts and pixels', () => {
    for (const boilerplate of ['Usamos cookies', 'Aceptar todas', 'Inicio', 'Tienda', 'Compartir', 'Facebook', 'Pinterest', 'WhatsApp', 'Suscríbete', 'boletín', 'Marta', 'Responder', 'Deja un comentario', 'Entradas populares', 'Publicidad', 'Todos los derechos reservados', 'Aviso legal', 'Etiquetas', 'gtag', 'fbq', 'Lucía Gómez', '8 min de lectura']) {
      expect(siteText, boilerplate).not.toContain(boilerplate);
    }
    const hrefs = JSON.stringify(parsed.blocks);
    for (const host of ['facebook.com', 'stats.example', 'googletagmanager', 'ads.example', 'newsletter.example']) expect(hrefs, host).not.toContain(host);
  });

  it('places each block at its line and column in the HTML file', () => {
    const source = readFileSync(formats('saved-blog-page.html'), 'utf8').split('\n');
    for (const block of parsed.blocks.filter((candidate) => candidate.type === 'paragraph' || candidate.type === 'heading')) {
      const line = source[block.position.line - 1]!;
      expect(line.slice(block.position.column - 1), block.text).toMatch(/^<(p|h2)[ >]/);
      expect(line).toContain(block.text.slice(0, 20));
    }
  });

  it('points the page’s own #links at the heading they name, wherever it ends up', () => {
    const link = JSON.stringify(parsed.blocks.find((block) => block.text.includes('Un riego por goteo')));
    expect(link).toContain('"href":"#prevenir-las-plagas"');
  });
});

describe('readWebPage: titles, languages and encodings', () => {
  it('takes og:title when the page has no single <h1>, and <title> without the site name otherwise', async () => {
    const body = `<body><article>${paragraphs(6)}</article></body>`;
    expect((await page(`<html><head><meta property="og:title" content="From Open Graph"><title>Tab | Site</title></head>${body}</html>`)).title).toEqual({ value: 'From Open Graph', from: 'web page og:title' });
    expect((await page(`<html><head><title>How to prune roses | Garden Weekly</title></head>${body}</html>`)).title).toEqual({ value: 'How to prune roses', from: 'web page <title>' });
    expect((await page(`<html><head><title>Garden Weekly – How to prune roses in winter</title></head>${body}</html>`)).title?.value).toBe('How to prune roses in winter');
  });

  it('takes a word processor\'s Title-style paragraph as the title, out of the body: Google Docs\' and Word\'s "web page"', async () => {
    const body = paragraphs(6);
    const google = await page(`<html><head><style>.title{font-size:26pt}</style></head><body class="doc-content"><p class="c4 title" id="h.gjdgxs"><span class="c7">Keeping hens</span></p><p class="subtitle">A starter guide</p><h1>Housing</h1>${body}<h1>Feeding</h1>${body}</body></html>`);
    expect(google.title).toEqual({ value: 'Keeping hens', from: 'web page Title style' });
    const googleBlocks = parseArticle(google).blocks.map((block) => block.text);
    expect(googleBlocks).not.toContain('Keeping hens');
    expect(googleBlocks[0]).toBe('A starter guide');
    const word = await page(`<html><head><meta name=Generator content="Microsoft Word 15"><title>hens</title></head><body lang=EN-GB><div class=WordSection1><p class=MsoTitle>Keeping hens</p><h1>Housing</h1>${body}</div></body></html>`);
    expect(word.title).toEqual({ value: 'Keeping hens', from: 'web page Title style' });
  });

  it('leaves a paragraph of class "title" in the body when text comes before it', async () => {
    const read = await page(`<html><head><title>Pruning roses in winter | Garden Weekly</title></head><body><article><h2>Pruning</h2>${paragraphs(6)}<p class="title">Related: pruning</p></article></body></html>`);
    expect(read.title).toEqual({ value: 'Pruning roses in winter', from: 'web page <title>' });
    expect(parseArticle(read).blocks.map((block) => block.text)).toContain('Related: pruning');
  });

  it('ignores a language that is not a language tag', async () => {
    expect((await page(`<html lang="x"><body><article>${paragraphs(6)}</article></body></html>`)).lang).toBeUndefined();
  });

  it('reads a page saved in the encoding its <meta charset> declares', async () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><article>${paragraphs(6, 'about a caf\u00e9 and its cr\u00e8me br\u00fbl\u00e9e')}</article></body></html>`;
    const bytes = Uint8Array.from([...html].map((char) => char.charCodeAt(0)));
    const parsed = parseArticle(await articleOf(bytes, 'latin.html'));
    expect(parsed.blocks[0]!.text).toBe('Paragraph 1 is about a café and its crème brûlée.');
  });
});

describe('readWebPage: scripts and style sheets', () => {
  it('leaves out inline scripts and style sheets, markup in their text included, and still places each block where it stands', async () => {
    const script = '<script>document.write("<p class=\'ad\'>Buy now</p>"); if (a < b && c > d) track("<div>");</script>';
    const html = [
      '<!DOCTYPE html><html lang="en"><head><title>Bees</title>',
      '<script type="application/ld+json">{"@type": "Article", "headline": "Bees"}</script>',
      `<style>p::before { content: "<b>"; }</style>${script}`,
      '</head><body><article><h1>Bees</h1>',
      `${script}${script}<p>Bees are insects that live in colonies, and a colony can hold many thousands of them in one hive.</p>`,
      `<SCRIPT>var x = "</scripts>";</SCRIPT  ><p>Each colony has a queen, workers and drones, and every one of them has a task of its own.</p>`,
      paragraphs(3),
      '</article></body></html>',
    ].join('\n');
    const read = await page(html);
    const { blocks } = parseArticle(read);
    expect(JSON.stringify(read.tree)).not.toMatch(/Buy now|track|content:|scripts/);
    const lines = html.split('\n');
    for (const block of blocks) expect(lines[block.position.line - 1]!.slice(block.position.column - 1), block.text).toMatch(new RegExp(`^<p>${block.text.slice(0, 20)}`));
    expect(blocks.slice(0, 2).map((block) => [block.position.line, block.position.column])).toEqual([[5, script.length * 2 + 1], [6, 41]]);
  });

  it('reads a page of unclosed scripts in linear time: what follows one is its text, as browsers read it', async () => {
    // Searching for each script's end from its start would read the rest of the page 50,000 times.
    const { blocks } = parseArticle(await page(`<html><body><article><p>${'An introduction long enough to be read as an article. '.repeat(10)}</p>${'<p>x<script>y</p>'.repeat(50_000)}</article></body></html>`));
    expect(blocks.map((block) => block.text.slice(-11))).toEqual(['an article.', 'x']);
  });
});

describe('readWebPage: pages that are not articles', () => {
  it('stops at a page where no article can be found, with a hint', async () => {
    const error = await errorOf('<html><body><nav><a href="/">Home</a></nav><footer>© Site</footer></body></html>', 'login.html');
    expect(error.format()).toMatch(/^login\.html: holds no article that unfold can find\n  hint: save the page that shows the whole article/);
  });

  it(`stops at a page nested more than ${maxNesting} elements deep, at the element that goes too deep, without overflowing the stack`, async () => {
    const html = `<html><body>\n${'<div>'.repeat(100_000)}<p>Deep.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const error = await errorOf(html, 'deep.html');
    expect(error.format()).toMatch(new RegExp(`^deep\\.html:2:${maxNesting * 5 + 1}: nests elements more than ${maxNesting} deep`));
  });

  it('reads a page nested just under the limit', async () => {
    const depth = maxNesting - 10;
    const parsed = parseArticle(await page(`<html><body>${'<div>'.repeat(depth)}${paragraphs(4)}${'</div>'.repeat(depth)}</body></html>`));
    expect(parsed.blocks.map((block) => block.text)).toHaveLength(4);
  });

  it('does not count unclosed paragraphs and list items as nesting', async () => {
    const parsed = parseArticle(await page(`<html><body><article>${'<p>An unclosed paragraph of the article, with words enough. '.repeat(maxNesting + 50)}</article></body></html>`));
    expect(parsed.blocks.length).toBeGreaterThan(maxNesting);
  });
});

describe('readWebPage: what the article itself holds', () => {
  it('keeps headings whose class Readability takes for a page header, as Substack gives every heading of a post', async () => {
    const post = `<html><body><article><h1 class="post-title">Learning to rest</h1><div class="body markup">${paragraphs(3)}<h2 class="header-anchor-post">Start small<div class="header-anchor-widget"><button aria-label="Link">🔗</button></div></h2>${paragraphs(3)}<h2 class="header-anchor-post">Protect it</h2>${paragraphs(2)}</div></article></body></html>`;
    const headings = parseArticle(await page(post)).blocks.filter((block) => block.type === 'heading').map((block) => block.text);
    expect(headings).toEqual(['Start small', 'Protect it']);
  });

  it('leaves out a share or subscribe button inside the article, and keeps a sentence that links there', async () => {
    const post = `<html><body><article>${paragraphs(4)}<p class="button-wrapper"><a class="button primary" href="https://notes.example/p/rest?utm_source=substack&amp;action=share"><span>Share</span></a></p><p><a href="https://notes.example/subscribe?utm_medium=web">Subscribe now</a></p><p>If this helped, you can <a href="https://notes.example/subscribe">subscribe</a> for the next one.</p></article></body></html>`;
    const texts = parseArticle(await page(post)).blocks.map((block) => block.text);
    expect(texts).not.toContain('Share');
    expect(texts).not.toContain('Subscribe now');
    expect(texts).toContain('If this helped, you can subscribe for the next one.');
  });

  it('leaves out the table of contents a blog plugin puts in the article, its title too, and keeps the headings it links to', async () => {
    // Shaped as the Easy Table of Contents plugin for WordPress writes it.
    const toc = `<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p></div><nav><ul class="ez-toc-list"><li><a class="ez-toc-link" href="#Start_small">Start small</a></li><li><a class="ez-toc-link" href="#Protect_it">Protect it</a></li></ul></nav></div>`;
    const heading = (id: string, text: string) => `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${id}"></span>${text}<span class="ez-toc-section-end"></span></h2>`;
    const post = `<html><body><article><h1>Learning to rest</h1><div class="entry-content">${paragraphs(2)}${toc}${heading('Start_small', 'Start small')}${paragraphs(3)}${heading('Protect_it', 'Protect it')}${paragraphs(2)}<p>Back to <a href="#Start_small">the first step</a>.</p></div></article></body></html>`;
    const blocks = parseArticle(await page(post)).blocks;
    expect(blocks.map((block) => block.text)).not.toContain('Table of Contents');
    expect(blocks.filter((block) => block.type === 'list')).toEqual([]);
    expect(blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['Start small', 'Protect it']);
    // The anchors inside the headings stay, so the article's own links to them still land.
    const anchors = blocks.filter((block) => block.type === 'heading').map((block) => (block.phrasing?.[0] as { properties?: { id?: string } }).properties?.id);
    expect(anchors).toEqual(['Start_small', 'Protect_it']);
  });

  it('makes an embedded video that names itself a link to it, with its title, and loads nothing from that site', async () => {
    // YouTube's embed code, as WordPress's video block writes it.
    const html = `<html><body><article>\n${paragraphs(5)}\n<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\n<iframe loading="lazy" title="How to make compost" width="800" height="450" src="https://www.youtube.com/embed/abcDEF12345?feature=oembed" frameborder="0" allowfullscreen></iframe>\n</div></figure>\n</article></body></html>`;
    const read = await page(html);
    const blocks = parseArticle(read).blocks;
    const elements = (nodes: readonly ElementContent[]): Element[] => nodes.flatMap((node) => (node.type === 'element' ? [node, ...elements(node.children)] : []));
    const link = elements(blocks.flatMap((block) => (block.type === 'rich' ? block.hast : 'phrasing' in block ? block.phrasing ?? [] : []))).find((node) => node.tagName === 'a');
    expect(link).toMatchObject({ tagName: 'a', properties: { href: 'https://www.youtube.com/embed/abcDEF12345?feature=oembed' }, children: [{ type: 'text', value: 'How to make compost' }] });
    expect(JSON.stringify(blocks)).not.toContain('iframe');
    expect(read.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.rule} ${warning.message}`)).toEqual(['8:1 html-embed <iframe> "How to make compost" becomes a link to it, on www.youtube.com']);
  });

  it('leaves out what the page hides, by its style or its attributes, and keeps what a style does not hide', async () => {
    const hidden = (attributes: string, words: string) => `<div ${attributes}><p>${words}, a sentence long enough to be read as part of the article.</p></div>`;
    const post = `<html><body><article>${paragraphs(4)}${hidden('style="display: none"', 'Hidden by display')}${hidden('style="color: red; visibility: hidden"', 'Hidden by visibility')}${hidden('hidden', 'Hidden by its attribute')}${hidden('aria-hidden="true"', 'Hidden from readers')}${hidden('aria-hidden="true" class="fallback-image"', 'A fallback image')}${hidden('style="color: red"', 'Shown in red')}${hidden('aria-hidden="false"', 'Not hidden')}</article></body></html>`;
    const texts = parseArticle(await page(post)).blocks.map((block) => block.text.split(',')[0]!);
    expect(texts.filter((text) => !text.startsWith('Paragraph'))).toEqual(['A fallback image', 'Shown in red', 'Not hidden']);
  });

  it('does not take a heading inside a <template> for the page\'s own', async () => {
    const html = `<html><head><title>From the title | A site</title></head><body><template><h1>A heading of a template</h1></template><article><h1>The one heading</h1>${paragraphs(4)}</article></body></html>`;
    expect((await page(html)).title).toEqual({ value: 'The one heading', from: 'web page <h1>' });
  });

  it('removes an embedded video frame Readability keeps and an event handler inside the article, each with a warning at its line and column', async () => {
    const html = `<html><body><article>\n${paragraphs(5)}\n<iframe src="https://www.youtube.com/embed/abc123"></iframe>\n<p onclick="steal()">Clicked text stays.</p>\n</article></body></html>`;
    const read = await page(html);
    expect(read.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.message}`)).toEqual(['7:1 <iframe> removed', '8:1 the onclick attribute of <p> removed']);
  });
});

describe('readWebPage: places through what Readability changes', () => {
  const placeOf = (read: ArticleTree, text: string) => {
    const block = parseArticle(read).blocks.find((candidate) => candidate.text.startsWith(text));
    return block && `${block.position.line}:${block.position.column}`;
  };

  it('places a block Readability renamed (the cell of a one-cell layout table, made a paragraph) at its start tag', async () => {
    const html = `<html><body><article>\n${paragraphs(5)}\n<table>\n  <tr>\n    <td>A layout table of one cell, which Readability makes a paragraph, with words, commas, and more.</td>\n  </tr>\n</table>\n</article></body></html>`;
    expect(placeOf(await page(html), 'A layout table of one cell')).toBe('9:5');
  });

  it('places what a <div> holding only another <div> gives that one (its attributes) at the outer <div>', async () => {
    const html = `<html><body><article>\n<div onclick="go()">\n  <div>\n${paragraphs(5)}\n  </div>\n</div>\n</article></body></html>`;
    const warnings = (await page(html)).warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.message}`);
    expect(warnings).toEqual(['2:1 the onclick attribute of <div> removed']);
  });

  it('places each block of a page that takes Readability a second try (its first finds under 500 characters)', async () => {
    // "remarks" is a name Readability passes by on its first try, as it would a comment section.
    const html = `<html><body>\n<div class="remarks">\n${paragraphs(4, 'short')}\n</div>\n</body></html>`;
    const read = await page(html);
    expect([1, 2, 3, 4].map((number) => placeOf(read, `Paragraph ${number} is short`))).toEqual(['3:1', '4:1', '5:1', '6:1']);
  });

  it('leaves a word processor’s Title paragraph out of the article on a second try too', async () => {
    const html = `<html><body>\n<div class="remarks">\n<p class="title">The remarks handbook</p>\n${paragraphs(4, 'short')}\n</div>\n</body></html>`;
    const read = await page(html);
    expect(read.title).toEqual({ value: 'The remarks handbook', from: 'web page Title style' });
    expect(parseArticle(read).blocks.map((block) => block.text)).toEqual([1, 2, 3, 4].map((number) => `Paragraph ${number} is short.`));
  });
});
