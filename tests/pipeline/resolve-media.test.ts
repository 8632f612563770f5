import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';
import { filesBeside } from '../../scripts/media/files-beside.ts';
import { svgHazard } from '../../scripts/media/inspect-file.ts';
import { resolveMedia, type MediaOptions } from '../../scripts/media/resolve-media.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { findLostSentences } from '../../scripts/render/check-conservation.ts';
import { bodyToHtml, textOf } from '../../scripts/render/render-topic.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import type { ArticleFiles, Block } from '../../scripts/types.ts';
import { emittedTexts, fixtureArticle, makeTempRoot, parseMarkdown, removeTempRoots, unfoldErrorOf } from './helpers.ts';

afterAll(removeTempRoots);

const readmeDir = fileURLToPath(new URL('../fixtures/media/readme/', import.meta.url));
const screenshot = readFileSync(path.join(readmeDir, 'images/screenshot.png'));
const diagram = readFileSync(path.join(readmeDir, 'images/states.svg'));
const pdf = readFileSync(path.join(readmeDir, 'docs/quick-start.pdf'));

/** Files by path, recording every path asked for, so a test can tell what the stage tried to read. */
function filesOf(entries: Record<string, Uint8Array>): ArticleFiles & { asked: string[] } {
  const asked: string[] = [];
  return { asked, read: (reference) => (asked.push(reference), entries[reference]) };
}

const defaultFiles = () => filesOf({ 'images/screenshot.png': screenshot, 'images/team photo.png': screenshot, 'images/states.svg': diagram, 'docs/card.pdf': pdf });

function resolve(markdown: string, files: ArticleFiles = defaultFiles(), options: Partial<MediaOptions> = {}) {
  return resolveMedia(parseMarkdown(markdown).blocks, files, { file: 'README.md', base: '/', articleName: 'README.md', ...options });
}

/** The HTML of the first block's phrasing, as the page will show it. */
function html(blocks: Block[]): string {
  const [block] = blocks;
  if (!block || !('phrasing' in block) || !block.phrasing) throw new Error('expected a block with phrasing');
  return toHtml({ type: 'root', children: block.phrasing });
}

/** A paragraph block holding `nodes`, as a reader that produces hast (raw HTML, a web page) gives it. */
function paragraphOf(...nodes: ElementContent[]): Block[] {
  return [{ type: 'paragraph', text: textOf({ type: 'element', tagName: 'p', properties: {}, children: nodes }), phrasing: nodes, position: { line: 3, column: 1 } }];
}

const image = (properties: Element['properties']): Element => ({ type: 'element', tagName: 'img', properties, children: [] });
const link = (href: string, text: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] });
const hashName = (bytes: Uint8Array, extension: string) => `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`;

describe('resolveMedia: files beside the article', () => {
  it('shows an existing image from the site, named by its content, with its size, lazy loading and its alt text', () => {
    const { blocks, media, warnings } = resolve('![The main screen](images/screenshot.png)\n');
    const name = hashName(screenshot, 'png');
    expect(html(blocks)).toBe(`<img src="/media/${name}" alt="The main screen" width="640" height="400" loading="lazy" decoding="async">`);
    expect(media).toEqual([{ name, bytes: screenshot }]);
    expect(warnings).toEqual([]);
  });

  it('joins the copies’ URLs with the site’s base', () => {
    const { blocks } = resolve('![The main screen](images/screenshot.png)\n', defaultFiles(), { base: '/guide/' });
    expect(html(blocks)).toContain(`src="/guide/media/${hashName(screenshot, 'png')}"`);
  });

  it('stores the same content once, however many times and under whatever names it is used', () => {
    const { media } = resolve('![One](images/screenshot.png) and ![Two](./images/screenshot.png) and ![Three](images/team%20photo.png)\n');
    expect(media.map((file) => file.name)).toEqual([hashName(screenshot, 'png')]);
  });

  it('reads percent-encoded and spaced file names, and ignores a query or a fragment on the path', () => {
    for (const reference of ['images/team%20photo.png', '<images/team photo.png>', 'images/team%20photo.png?raw=true', 'images/team%20photo.png#top']) {
      const files = defaultFiles();
      const { blocks, warnings } = resolve(`![The makers](${reference})\n`, files);
      expect(files.asked, reference).toEqual(['images/team photo.png']);
      expect(html(blocks), reference).toContain('<img src="/media/');
      expect(warnings, reference).toEqual([]);
    }
  });

  it('copies a PDF and links to it, keeping its #page fragment', () => {
    const { blocks, media } = resolve('Print the [quick-start card](docs/card.pdf#page=2).\n');
    expect(html(blocks)).toBe(`Print the <a href="/media/${hashName(pdf, 'pdf')}#page=2">quick-start card</a>.`);
    expect(media.map((file) => file.bytes)).toEqual([pdf]);
  });

  it('links to an image that a link (rather than an image) refers to', () => {
    const { blocks } = resolve('See [the screen](images/screenshot.png).\n');
    expect(html(blocks)).toBe(`See <a href="/media/${hashName(screenshot, 'png')}">the screen</a>.`);
  });

  it('shows a safe SVG with the size it declares', () => {
    const { blocks, media } = resolve('![Timer states](images/states.svg)\n');
    expect(html(blocks)).toContain('width="480" height="160"');
    expect(media.map((file) => file.name)).toEqual([hashName(diagram, 'svg')]);
  });

  it('names a copy by what its bytes are, not by its extension', () => {
    const { media } = resolve('![Misnamed](images/photo.jpg)\n', filesOf({ 'images/photo.jpg': screenshot }));
    expect(media.map((file) => file.name)).toEqual([hashName(screenshot, 'png')]);
  });
});

describe('resolveMedia: a <picture>, as READMEs give a logo for light and dark mode', () => {
  it('shows the image inside it and leaves out its sources, so nothing loads from another site in dark mode', () => {
    const markdown = [
      '<p align="center"><picture>',
      '<source media="(prefers-color-scheme: dark)" srcset="https://example.com/logo-dark.svg">',
      '<source srcset="images/states.svg 2x, https://cdn.example.org/wide.png 800w">',
      '<img alt="Tidy" src="images/screenshot.png">',
      '</picture></p>',
      '',
    ].join('\n');
    const { blocks, media, warnings } = resolve(markdown);
    const page = toHtml({ type: 'root', children: blocks.flatMap((block) => (block.type === 'rich' ? block.hast : 'phrasing' in block && block.phrasing ? block.phrasing : [])) });
    expect(page).not.toMatch(/<source|srcset|example\.(com|org)/);
    expect(page).toMatch(new RegExp(`<picture>\\s*<img src="/media/${hashName(screenshot, 'png')}" alt="Tidy"`));
    expect(media.map((file) => file.name)).toEqual([hashName(screenshot, 'png')]);
    expect(warnings.map((warning) => [warning.rule, warning.position.line])).toEqual([['picture-source', 2], ['picture-source', 3]]);
    expect(warnings[0]!.message).toContain('on another site (example.com)');
    expect(warnings[1]!.message).toContain('on another site (cdn.example.org)');
  });
});

describe('resolveMedia: what cannot be shown or linked keeps its words', () => {
  it('keeps the words of a link to a missing file and warns at its line and column', () => {
    const { blocks, media, warnings } = resolve('Intro.\n\nThe [old photo](images/missing.png) is gone.\n');
    expect(html(blocks.slice(1))).toBe('The old photo is gone.');
    expect(media).toEqual([]);
    expect(warnings).toMatchObject([{ file: 'README.md', position: { line: 3, column: 5 }, rule: 'missing-file' }]);
  });

  it('keeps a missing image’s alt text as text, with a warning', () => {
    const { blocks, warnings } = resolve('An old picture: ![The first prototype](images/prototype.jpg)\n');
    expect(html(blocks)).toBe('An old picture: The first prototype');
    expect(warnings.map((warning) => [warning.rule, warning.position.column])).toEqual([['missing-file', 17]]);
  });

  it('keeps the words of links to other documents, without reading them, with a warning for each', () => {
    const files = defaultFiles();
    const { blocks, warnings } = resolve('Read [the guide](docs/setup.md), [the French version](README-fr.md), [the rules](CONTRIBUTING.md#section), [the licence](LICENSE), [the docs](docs/) and [the assets](/assets/x.html).\n', files);
    expect(html(blocks)).toBe('Read the guide, the French version, the rules, the licence, the docs and the assets.');
    expect(warnings.map((warning) => warning.rule)).toEqual(Array(6).fill('other-document'));
    expect(warnings[0]?.message).toContain('docs/setup.md');
    expect(files.asked).toEqual([]);
  });

  it('never reads a path that leaves the article’s folder', () => {
    const files = filesOf({ 'etc/passwd': new TextEncoder().encode('root:x:0:0') });
    const { blocks, warnings } = resolve('See [the password file](../../etc/passwd) and ![a picture](../secret.png).\n', files);
    expect(files.asked).toEqual([]);
    expect(html(blocks)).toBe('See the password file and a picture.');
    expect(warnings.map((warning) => warning.rule)).toEqual(['outside-folder', 'outside-folder']);
  });

  it('turns a remote image into a link to it, with its alt text and our few words, and warns', () => {
    const { blocks, media, warnings } = resolve('Our logo: ![Tomato Timer logo](https://example.com/logo.png)\n');
    expect(html(blocks)).toBe('Our logo: <a href="https://example.com/logo.png"><span class="added-words">Image: </span>Tomato Timer logo<span class="added-words">, on example.com</span></a>');
    expect(media).toEqual([]);
    expect(warnings).toMatchObject([{ rule: 'remote-image', position: { line: 1, column: 11 } }]);
  });

  it('shows a badge (a remote image inside a link) as the link with the image’s alt text as its words', () => {
    const { blocks, warnings } = resolve('[![Build status](https://img.shields.io/badge/build-passing-green.svg)](https://github.com/example/x/actions)\n');
    expect(html(blocks)).toBe('<a href="https://github.com/example/x/actions">Build status</a>');
    expect(warnings.map((warning) => warning.rule)).toEqual(['remote-image']);
  });

  it('treats a protocol-relative image as remote', () => {
    const { blocks } = resolve('![Logo](//cdn.example.com/logo.png)\n');
    expect(html(blocks)).toContain('<a href="https://cdn.example.com/logo.png">');
  });

  it('never links to javascript:, vbscript: or data: URLs, keeping the words', () => {
    // The article's HTML is cleaned before the media stage (read/clean-html.ts): the sanitiser removes these URLs and warns.
    const markdown = 'A [first](javascript:alert(1)), a [second](VBScript:msgbox) and a [third](data:text/html,<script>alert(1)</script>).\n';
    const { blocks, warnings } = resolve(markdown);
    expect(html(blocks)).toBe('A first, a second and a third.');
    expect(warnings).toEqual([]);
    expect(parseMarkdown(markdown).warnings.map((warning) => warning.rule)).toEqual(['html-url-removed', 'html-url-removed', 'html-url-removed']);
  });

  it('sees through tabs and line breaks inside a scheme, as browsers do', () => {
    const { blocks } = resolveMedia(paragraphOf(link('java\tscr\nipt:alert(1)', 'click')), defaultFiles(), { file: 'page.html', base: '/' });
    expect(html(blocks)).toBe('click');
  });

  it('copies an inline data: image, but not a data: URL of another type', () => {
    const { blocks, media } = resolve(`![A dot](data:image/png;base64,${screenshot.toString('base64')}) ![Not an image](data:text/html;base64,PHNjcmlwdD4=)\n`);
    expect(media.map((file) => file.name)).toEqual([hashName(screenshot, 'png')]);
    expect(html(blocks)).toMatch(/^<img src="\/media\/[\da-f]{16}\.png" alt="A dot" width="640" height="400"[^>]*> Not an image$/);
  });

  it('refuses an SVG that could run or load something when opened directly', () => {
    const hostile = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const { blocks, media, warnings } = resolve('![Chart](chart.svg) and [the chart](chart.svg)\n', filesOf({ 'chart.svg': hostile }));
    expect(media).toEqual([]);
    expect(html(blocks)).toBe('Chart and the chart');
    expect(warnings.map((warning) => warning.rule)).toEqual(['unusable-image', 'unusable-image']);
  });

  it('keeps the words of a link to nothing, `[words]()`, and an image without a source as its alt text', () => {
    const { blocks, warnings } = resolve('Some [words]() and ![a picture]() here.\n');
    expect(html(blocks)).toBe('Some words and a picture here.');
    expect(warnings.map((warning) => warning.rule)).toEqual(['missing-file']);
  });

  it('keeps a link to the article itself within the page', () => {
    const { blocks, warnings } = resolve('See [usage](README.md#usage) and [top](./README.md).\n');
    expect(html(blocks)).toBe('See <a href="#usage">usage</a> and top.');
    expect(warnings).toEqual([]);
  });
});

describe('resolveMedia: alt text', () => {
  it('keeps an image whose HTML says it decorates (an explicit alt="") with an empty alt, without a warning', () => {
    const { blocks, warnings } = resolveMedia(paragraphOf(image({ src: 'images/screenshot.png', alt: '' })), defaultFiles(), { file: 'page.html', base: '/' });
    expect(html(blocks)).toMatch(/^<img src="\/media\/[\da-f]{16}\.png" alt="" width="640"/);
    expect(warnings).toEqual([]);
  });

  it('warns about a Markdown image without alt text and links to it in our words, never using its file name', () => {
    const { blocks, warnings } = resolve('![](images/screenshot.png)\n');
    expect(html(blocks)).toBe(`<a href="/media/${hashName(screenshot, 'png')}"><span class="added-words">Image without a description</span></a>`);
    expect(html(blocks)).not.toContain('screenshot');
    expect(warnings).toMatchObject([{ rule: 'missing-alt', position: { line: 1, column: 1 } }]);
  });

  it('treats an HTML image with no alt attribute as missing its description too', () => {
    const { warnings } = resolveMedia(paragraphOf(image({ src: 'images/screenshot.png' })), defaultFiles(), { file: 'page.html', base: '/' });
    expect(warnings.map((warning) => warning.rule)).toEqual(['missing-alt']);
  });

  it('warns about alt text an editor filled in (Notion\'s "Untitled", a camera\'s file name, the image\'s own name), keeping the image', () => {
    const { blocks, warnings } = resolve('![Untitled](images/screenshot.png) ![IMG_2041](images/screenshot.png) ![screenshot](images/screenshot.png) ![A screenshot of the timer](images/screenshot.png)\n');
    expect(html(blocks).match(/<img /g)).toHaveLength(4);
    expect(warnings.map((warning) => `${warning.position.column} ${warning.rule} ${warning.message}`)).toEqual([
      '1 placeholder-alt the image images/screenshot.png has "Untitled" for alt text, which does not say what it shows',
      '36 placeholder-alt the image images/screenshot.png has "IMG_2041" for alt text, which does not say what it shows',
      '71 placeholder-alt the image images/screenshot.png has "screenshot" for alt text, which does not say what it shows',
    ]);
  });

  it('keeps an image’s alt text in the text readers get, and leaves our added words out of it', () => {
    const { blocks } = resolve('Our logo: ![Tomato Timer logo](https://example.com/logo.png) and ![The screen](images/screenshot.png).\n');
    const [block] = blocks;
    expect(textOf({ type: 'element', tagName: 'p', properties: {}, children: block && 'phrasing' in block ? block.phrasing! : [] })).toBe('Our logo: Tomato Timer logo and The screen.');
    expect(block?.text).toBe('Our logo: Tomato Timer logo and The screen.');
  });
});

describe('resolveMedia with linkBase', () => {
  const linkBase = 'https://github.com/example/tomato-timer/blob/main';

  it('points links to other documents and absent files at linkBase, fragment kept, without a warning', () => {
    const { blocks, warnings } = resolve('Read [the guide](docs/setup.md), [the rules](CONTRIBUTING.md#pull-requests), [the code](/CODE_OF_CONDUCT.md), [the parent](../README.md) and [the photo](images/old%20one.png).\n', defaultFiles(), { linkBase });
    expect(html(blocks)).toBe(
      'Read <a href="https://github.com/example/tomato-timer/blob/main/docs/setup.md">the guide</a>, ' +
        '<a href="https://github.com/example/tomato-timer/blob/main/CONTRIBUTING.md#pull-requests">the rules</a>, ' +
        '<a href="https://github.com/example/tomato-timer/blob/main/CODE_OF_CONDUCT.md">the code</a>, ' +
        '<a href="https://github.com/example/tomato-timer/blob/README.md">the parent</a> and ' +
        '<a href="https://github.com/example/tomato-timer/blob/main/images/old%20one.png">the photo</a>.',
    );
    expect(warnings).toEqual([]);
  });

  it('still copies what is beside the article, and links an absent image there as a remote one', () => {
    const { blocks, warnings } = resolve('![Screen](images/screenshot.png) ![Prototype](images/prototype.jpg)\n', defaultFiles(), { linkBase });
    expect(html(blocks)).toMatch(/^<img src="\/media\/[^"]+" alt="Screen"[^>]*> <a href="https:\/\/github.com\/example\/tomato-timer\/blob\/main\/images\/prototype.jpg"><span class="added-words">Image: <\/span>Prototype<span class="added-words">, on github.com<\/span><\/a>$/);
    expect(warnings.map((warning) => warning.rule)).toEqual(['remote-image']);
  });
});

describe('resolveMedia: links through another site\'s redirect', () => {
  it('gives a Google Docs link, an Outlook Safe Link and a Facebook link the address they go on to, saying so', () => {
    const links = [
      link('https://www.google.com/url?q=https://example.org/garden-rules&sa=D&source=editors&ust=1764600000000000&usg=AOvVaw0abc', 'garden rules'),
      { type: 'text' as const, value: ', ' },
      link('https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fform%3Fid%3D7%26lang%3Den&data=05%7C02&sdata=abc&reserved=0', 'the form'),
      { type: 'text' as const, value: ' and ' },
      link('https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fevents%2F&h=AT0abc', 'our events'),
    ];
    const { blocks, warnings } = resolveMedia(paragraphOf(...links), filesOf({}), { file: 'page.html', base: '/', articleName: 'page.html' });
    expect(html(blocks)).toBe('<a href="https://example.org/garden-rules">garden rules</a>, <a href="https://example.org/form?id=7&#x26;lang=en">the form</a> and <a href="https://example.org/events/">our events</a>');
    expect(warnings.map((warning) => `${warning.rule} ${warning.message}`)).toEqual([
      'redirect-link the link "garden rules" went through Google\'s redirect (www.google.com); it now goes straight to https://example.org/garden-rules',
      'redirect-link the link "the form" went through Outlook Safe Links\'s redirect (eur02.safelinks.protection.outlook.com); it now goes straight to https://example.org/form?id=7&lang=en',
      'redirect-link the link "our events" went through Facebook\'s redirect (l.facebook.com); it now goes straight to https://example.org/events/',
    ]);
  });

  it('leaves a link to the redirector\'s own pages, and a redirect to anything but a web address, as they are', () => {
    const search = 'https://www.google.com/search?q=compost';
    const script = 'https://www.google.com/url?q=javascript:alert(1)';
    const { blocks, warnings } = resolveMedia(paragraphOf(link(search, 'a search'), link(script, 'odd')), filesOf({}), { file: 'page.html', base: '/', articleName: 'page.html' });
    expect(html(blocks)).toBe(`<a href="${search}">a search</a><a href="${script}">odd</a>`);
    expect(warnings).toEqual([]);
  });
});

describe('filesBeside', () => {
  it('reads files in the article’s folder and below it', () => {
    const root = makeTempRoot({ 'guide/README.md': '# Guide\n', 'guide/images/a.png': screenshot });
    expect(Buffer.from(filesBeside(path.join(root, 'guide/README.md')).read('images/a.png')!).equals(screenshot)).toBe(true);
  });

  it('reads nothing outside the folder, by `..`, an absolute path or a symbolic link, and no folder', () => {
    const root = makeTempRoot({ 'guide/README.md': '# Guide\n', 'secret.png': screenshot, 'guide/images/a.png': screenshot });
    symlinkSync(path.join(root, 'secret.png'), path.join(root, 'guide/linked.png'));
    mkdirSync(path.join(root, 'guide/folder.png'));
    const files = filesBeside(path.join(root, 'guide/README.md'));
    for (const reference of ['../secret.png', path.join(root, 'secret.png'), 'linked.png', 'folder.png', 'images/../../secret.png', 'missing.png']) {
      expect(files.read(reference), reference).toBeUndefined();
    }
  });

  it('follows a symbolic link that stays inside the folder', () => {
    const root = makeTempRoot({ 'guide/README.md': '# Guide\n', 'guide/images/a.png': screenshot });
    symlinkSync(path.join(root, 'guide/images/a.png'), path.join(root, 'guide/b.png'));
    expect(Buffer.from(filesBeside(path.join(root, 'guide/README.md')).read('b.png')!).equals(screenshot)).toBe(true);
  });
});

describe('svgHazard', () => {
  const svg = (body: string, attributes = '') => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"${attributes}>${body}</svg>`);

  it('accepts a plain drawing that refers only to its own fragments', () => {
    expect(svgHazard(diagram)).toBeUndefined();
    expect(svgHazard(svg('<use href="#a"/><rect fill="url(#g)"/>'))).toBeUndefined();
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>')],
    ['a namespaced script', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>')],
    ['an event handler', svg('', ' onload="alert(1)"')],
    ['embedded HTML', svg('<foreignObject><iframe src="x"></iframe></foreignObject>')],
    ['an external image', svg('<image href="https://tracker.example/p.gif"/>')],
    ['an entity-encoded javascript: link', svg('<a xlink:href="&#106;avascript:alert(1)"><rect/></a>')],
    ['an animated link', svg('<a><set attributeName="href" to="x"/></a>')],
    ['an external style', svg('<style>@import "https://x.example/a.css";</style>')],
    ['an external url()', svg('<rect fill="url(https://x.example/p.svg#g)"/>')],
    ['an entity declaration', new TextEncoder().encode('<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['UTF-16 text', Uint8Array.from(Buffer.from('\uFEFF<svg><script>alert(1)</script></svg>', 'utf16le'))],
  ])('refuses an SVG with %s', (_name, bytes) => {
    expect(svgHazard(bytes)).toBeDefined();
  });
});

describe('runPipeline on the README fixture', () => {
  /** A project root holding the README fixture in `readme/` and `site.yaml` in `content/`. */
  function project(siteYaml: string) {
    const root = makeTempRoot({ 'content/site.yaml': siteYaml });
    cpSync(readmeDir, path.join(root, 'readme'), { recursive: true });
    return { root, run: () => runPipeline(root, { SITE_SOURCE: path.join(root, 'readme/README.md') }) };
  }
  const pagesHtml = (result: Awaited<ReturnType<typeof runPipeline>>) => result.rendered.map((topic) => bodyToHtml(topic.body)).join('\n');

  it('loses no sentence and no alt text, and warns about each link and image it could not keep, at its place', async () => {
    const result = await project('').run();
    const { units } = parseArticle(await fixtureArticle(path.join(readmeDir, 'README.md')));
    expect(findLostSentences(units!, [...emittedTexts(result), result.articleTitle ?? ''], 'en')).toEqual([]);
    const html = pagesHtml(result);
    for (const alt of ['The main screen on a phone', 'The three makers of the timer, smiling', 'The first prototype', 'Build status', 'Tomato Timer logo']) expect(html).toContain(alt);
    expect(result.media).toHaveLength(5);
    expect(result.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.rule}`)).toEqual([
      '1:2 remote-image',
      '1:145 remote-image',
      '1:252 remote-image',
      '11:6 other-document',
      '15:94 other-document',
      '30:1 missing-alt',
      '32:25 missing-file',
      '34:32 remote-image',
      '38:13 other-document',
      '38:70 other-document',
      '42:1 other-document',
    ]);
  });

  it('links other documents to linkBase from content/site.yaml', async () => {
    const result = await project('linkBase: https://github.com/example/tomato-timer/blob/main/\n').run();
    const html = pagesHtml(result);
    expect(html).toContain('<a href="https://github.com/example/tomato-timer/blob/main/docs/setup.md">the setup guide</a>');
    expect(html).toContain('<a href="https://github.com/example/tomato-timer/blob/main/CONTRIBUTING.md#pull-requests">CONTRIBUTING.md</a>');
    expect(html).toContain('<a href="https://github.com/example/tomato-timer/blob/main/LICENSE">MIT</a>');
    expect(result.warnings.map((warning) => warning.rule)).not.toContain('other-document');
  });

  it('stops at a linkBase that is not a web address, naming its line and column', async () => {
    const error = await unfoldErrorOf(project('title: Timer\nlinkBase: docs/\n').run);
    expect(error.format()).toMatch(/^content\/site\.yaml:2:11: /);
  });
});
