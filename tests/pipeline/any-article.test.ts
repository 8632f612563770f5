import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLostSentences } from '../../scripts/render/check-conservation.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { makeLargeArticle } from '../fixtures/make-large-article.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { emittedTexts, fixtureArticle, fixturePath, fixtureSource, makeTempRoot, once, removeTempRoots, repoRoot, unfoldErrorOf } from './helpers.ts';

afterAll(removeTempRoots);

/** Builds the article at `file` (absolute) as `SITE_SOURCE`, with the project's settings. */
function build(file: string) {
  return runPipeline(repoRoot, { SITE_SOURCE: file });
}

describe.each([
  ['messy.txt', 8],
  ['hostile.txt', 3],
  ['article.md', 3],
  ['hostile.md', 3],
])('runPipeline with SITE_SOURCE=%s', (name, topicCount) => {
  const run = once(() => build(fixturePath(name)));

  it('splits it into complete, rendered topics', async () => {
    const result = await run();
    expect(result.topics).toHaveLength(topicCount);
    expect(result.rendered.map((page) => page.frontmatter.slug)).toEqual(result.topics.map((topic) => topic.slug));
    expect(new Set(result.topics.map((topic) => topic.slug)).size).toBe(topicCount);
    expect(result.topics.map((topic) => topic.order)).toEqual(result.topics.map((_, index) => index));
  });

  it('loses no sentence of the article', async () => {
    const { units } = parseArticle(await fixtureArticle(name));
    expect(findLostSentences(units ?? fixtureSource(name), emittedTexts(await run()), 'en')).toEqual([]);
  });

  it('applies neither the bundled corrections nor the bundled outline', async () => {
    const result = await run();
    expect(result.corrections).toEqual([]);
    expect(result.topics.every((topic) => ['overview', 'guide'].includes(topic.kind))).toBe(true);
  });
});

describe('runPipeline with other articles', () => {
  it('takes a Markdown article’s `#` heading as its title', async () => {
    expect((await build(fixturePath('article.md'))).articleTitle).toBe('Growing tomatoes on a balcony');
  });

  it('builds a Markdown article whose title is followed directly by its first section', async () => {
    // With no text before the first `##`, there is no overview page to show the `#` title on.
    const root = makeTempRoot({ 'notes.md': '# Just a title\n\n## One\n\nSome text here.\n\n## Two\n\nMore text here.\n' });
    const result = await build(path.join(root, 'notes.md'));
    expect(result.articleTitle).toBe('Just a title');
    expect(result.topics.map((topic) => topic.title)).toEqual(['One', 'Two']);
  });

  it('takes the first line of text copied from a page as its title when it stands alone before the text', async () => {
    const text = 'How to Support a Friend After a Breakup\n\nWhen someone you love goes through a breakup, it can be hard to know what to say.\n\nListen first\n\nLet them tell the story as many times as they need to.\n\nOffer practical help\n\nBring food, or help with laundry.\n';
    const root = makeTempRoot({ 'notes.txt': text });
    const result = await build(path.join(root, 'notes.txt'));
    expect(result.articleTitle).toBe('How to Support a Friend After a Breakup');
    expect(result.provenance.title).toEqual({ value: 'How to Support a Friend After a Breakup', from: "the article's first line" });
    expect(result.topics.map((topic) => [topic.kind, topic.title])).toEqual([['overview', 'How to Support a Friend After a Breakup'], ['guide', 'Listen first'], ['guide', 'Offer practical help']]);
    expect(result.topics[0]!.blocks.map((block) => block.text)).toEqual(['When someone you love goes through a breakup, it can be hard to know what to say.']);
    // A first line that is the only text stays the text.
    expect((await build(path.join(makeTempRoot({ 'one.txt': 'Just one line\n' }), 'one.txt'))).articleTitle).toBeUndefined();
  });

  it('builds a README whose HTML headings span several lines, as a reader of the original sees them: one line each', async () => {
    // chai's README opens so: its logo's alt text and its name, on lines of their own inside the <h1>.
    const readme = '<h1 align=center>\n  <a href="https://chaijs.com"><img alt="ChaiJS" src="https://chaijs.com/logo.png"></a>\n  <br>\n  chai\n</h1>\n\nAn assertion library.\n\n<h2>\n  Getting\n  started\n</h2>\n\nInstall it first.\n\n## Usage\n\n<h3>Writing\nan assertion</h3>\n\nCall expect.\n';
    const result = await build(path.join(makeTempRoot({ 'README.md': readme }), 'README.md'));
    expect(result.articleTitle).toBe('ChaiJS chai');
    expect(result.topics.map((topic) => topic.title)).toEqual(['ChaiJS chai', 'Getting started', 'Usage']);
    expect(result.sentences).toBeGreaterThanOrEqual(6);
  });

  it('builds a Markdown article with an image, whose alt text readers get in place of the image', async () => {
    const root = makeTempRoot({ 'garden.md': 'Intro text here.\n\n![A tomato plant on a balcony](tomato.jpg)\n\nMore text.\n' });
    expect((await build(path.join(root, 'garden.md'))).topics).toHaveLength(1);
  });

  it('builds a Markdown article with raw HTML inside a blockquote', async () => {
    const root = makeTempRoot({ 'quoted.md': 'Intro.\n\n> <div>A quoted block of HTML.</div>\n>\n> A quoted paragraph.\n' });
    expect((await build(path.join(root, 'quoted.md'))).topics).toHaveLength(1);
  });

  it('builds an article with a single paragraph and no heading as one overview', async () => {
    const root = makeTempRoot({ 'one.txt': 'Just one paragraph.\n' });
    expect((await build(path.join(root, 'one.txt'))).topics.map((topic) => [topic.kind, topic.title])).toEqual([['overview', 'Overview']]);
  });

  it('rejects an empty article', async () => {
    const root = makeTempRoot({ 'empty.txt': '' });
    const error = await unfoldErrorOf(() => build(path.join(root, 'empty.txt')));
    expect(error.message).toBe('is empty');
    expect(error.file).toMatch(/empty\.txt$/);
  });

  it('rejects an article of nothing but scraping boilerplate', async () => {
    const root = makeTempRoot({ 'scraped.txt': 'top of page\r\n\r\n\r\nbottom of page\r\n' });
    expect((await unfoldErrorOf(() => build(path.join(root, 'scraped.txt')))).message).toBe('has no text besides scraping boilerplate ("top of page", "bottom of page")');
  });

  it('rejects binary data at its line and column', async () => {
    const root = makeTempRoot({ 'data.txt': Uint8Array.from([0x50, 0x4b, 0x0a, 0x41, 0x00, 0x01]) });
    const error = await unfoldErrorOf(() => build(path.join(root, 'data.txt')));
    expect(error.message).toBe('contains binary data (control characters), not text');
    expect(error.point).toEqual({ line: 2, column: 2 });
  });

  it('rejects a file of a format it cannot read, saying which formats it can', async () => {
    const error = await unfoldErrorOf(() => build(fixturePath('binary.bin')));
    expect(error.message).toBe('unfold cannot read .bin files');
    expect(error.hint).toMatch(/plain text \(\.txt\), Markdown \(\.md\), a web page \(\.html\) or a Word document \(\.docx\)/);
  });

  it('rejects an article that does not exist', async () => {
    const error = await unfoldErrorOf(() => build(path.join(repoRoot, 'tests', 'fixtures', 'articles', 'missing.txt')));
    expect(error.message).toBe('does not exist');
    expect(error.hint).toMatch(/SITE_SOURCE/);
  });
});

describe('runPipeline on a large article', () => {
  it('splits a 1 MB article made of the bundled one into a plausible number of unique topics', async () => {
    const text = makeLargeArticle(1_000_000);
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeGreaterThanOrEqual(1_000_000);
    expect(bytes).toBeLessThan(1_100_000);
    const headings = text.split('\n').filter((line) => line.startsWith('\u00A0')).length;
    const root = makeTempRoot({ 'large.txt': text });

    const started = performance.now();
    const result = await build(path.join(root, 'large.txt'));
    console.log(`runPipeline: ${result.topics.length} topics from ${(bytes / 1e6).toFixed(2)} MB in ${(performance.now() - started).toFixed(0)} ms`);

    expect(result.topics).toHaveLength(headings + 1);
    expect(new Set(result.topics.map((topic) => topic.slug)).size).toBe(result.topics.length);
  });

  it('makes articles of about the size asked for, with every heading unique', () => {
    for (const target of [60_000, 250_000]) {
      const text = makeLargeArticle(target);
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(target);
      expect(Buffer.byteLength(text)).toBeLessThan(target + 60_000);
      const headings = text.split('\n').filter((line) => line.startsWith('\u00A0'));
      expect(new Set(headings).size).toBe(headings.length);
    }
  });
});
