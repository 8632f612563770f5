import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { keepLinks, type KeepLinksOptions, type Ledger } from '../../scripts/links/keep-links.ts';
import { ledgerFromConfig, serialiseLedger } from '../../scripts/links/ledger-file.ts';
import { readYamlConfig } from '../../scripts/lib/yaml-config.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { existingIds, renderTopic, type RenderedTopic } from '../../scripts/render/render-topic.ts';
import { publishedLinksSchema } from '../../scripts/schemas/published-links.ts';
import { defaultOutline, nbsp, sourceOf, thrownBy } from './helpers.ts';

const options: KeepLinksOptions = {
  ledgerFile: 'content/published-links/article.yaml',
  pointAt: (page, id) => ({ line: page + 1, column: id ?? 0 }),
  topicPath: (topic) => (topic.frontmatter.kind === 'overview' ? '/' : `/${topic.frontmatter.slug}/`),
  otherPages: ['/guides/'],
  fixedPages: ['/', '/search/'],
  homeTitle: 'Home',
};

const intro = 'An overview that says what the article is about, in a few plain words for the home page.';
const first = 'The first paragraph of the page explains why being steady and predictable helps a partner trust you.';
const second = 'The second paragraph of the page gives examples of keeping small promises, every day, without fuss.';
const third = 'The third paragraph of the page says what to do when you cannot keep a promise after all.';
const other = 'A paragraph on another page, about giving a partner room to breathe when they withdraw for a while.';

/** Renders an article of plain-text paragraphs and U+00A0 headings, as the pipeline does with no outline. */
function render(...blocks: string[]): RenderedTopic[] {
  return defaultOutline(parseArticle(sourceOf(blocks.join('\n\n')))).map((topic) => renderTopic(topic, 'en'));
}

const heading = (text: string) => `${nbsp}${text}`;
const edition = render(intro, heading('Be reliable'), first, second, third, heading('Give them space'), other);
const published = keepLinks(edition, [], options).ledger;
const html = (topic: RenderedTopic | undefined) => toHtml(topic!.body);
const page = (topics: RenderedTopic[], slug: string) => topics.find((topic) => topic.frontmatter.slug === slug);

describe('keepLinks', () => {
  it('records every page and id of a first build in page order, and changes nothing else', () => {
    const kept = keepLinks(edition, [], options);
    expect(kept.ledger.map((entry) => [entry.path, entry.ids.map(({ id }) => id)])).toEqual([
      ['/', ['an-overview-that-says-what-the']],
      ['/be-reliable/', ['be-reliable', 'the-first-paragraph-of-the-page', 'the-second-paragraph-of-the-page', 'the-third-paragraph-of-the-page']],
      ['/give-them-space/', ['give-them-space', 'a-paragraph-on-another-page-about']],
      ['/guides/', []],
    ]);
    expect(kept.rendered).toEqual(edition);
    expect(kept.redirects).toEqual([]);
    expect(kept.warnings).toEqual([]);
  });

  it('leaves the ledger exactly as it was when the same content is built again', () => {
    const kept = keepLinks(edition, published, options);
    expect(serialiseLedger(kept.ledger, 'content/article.txt')).toBe(serialiseLedger(published, 'content/article.txt'));
    expect(kept.rendered).toEqual(edition);
    expect(kept.warnings).toEqual([]);
  });

  it('keeps the old id of a block whose first words changed as an empty element at its start, and adds the new id after the block before it', () => {
    const next = render(intro, heading('Be reliable'), first, second.replace('The second paragraph', 'Another paragraph'), third, heading('Give them space'), other);
    const kept = keepLinks(next, published, options);
    expect(html(page(kept.rendered, 'be-reliable'))).toContain('<p id="another-paragraph-of-the-page-gives"><span id="the-second-paragraph-of-the-page" class="former-id"></span>Another paragraph');
    expect(kept.warnings.map((warning) => [warning.rule, warning.message, warning.position])).toEqual([
      ['link-id-changed', '#the-second-paragraph-of-the-page of /be-reliable/ is now #another-paragraph-of-the-page-gives: its first words changed; the old link still lands on it', { line: 2, column: 2 }],
    ]);
    expect(kept.ledger[1]!.ids.map(({ id }) => id)).toEqual([
      'be-reliable', 'the-first-paragraph-of-the-page', 'another-paragraph-of-the-page-gives', 'the-second-paragraph-of-the-page', 'the-third-paragraph-of-the-page',
    ]);
  });

  it('lands the id of a deleted block on the nearest block that survives, the next one first, and says so', () => {
    const kept = keepLinks(render(intro, heading('Be reliable'), first, third, heading('Give them space'), other), published, options);
    expect(html(page(kept.rendered, 'be-reliable'))).toContain('<p id="the-third-paragraph-of-the-page"><span id="the-second-paragraph-of-the-page" class="former-id"></span>');
    expect(kept.warnings.map((warning) => warning.message)).toEqual([
      '#the-second-paragraph-of-the-page of /be-reliable/: its block is gone; the old link lands on #the-third-paragraph-of-the-page, the nearest block that is still there',
    ]);
    expect(kept.ledger).toEqual(published);
  });

  it('redirects a retitled page to its new address, translating only the ids that changed; the old title lands on the first block', () => {
    const next = render(intro, heading('Be dependable'), first, second, third.replace('The third', 'A third'), heading('Give them space'), other);
    const kept = keepLinks(next, published, options);
    expect(kept.redirects).toEqual([
      {
        from: '/be-reliable/',
        to: '/be-dependable/',
        title: 'Be dependable',
        fragments: { 'be-reliable': '/be-dependable/#the-first-paragraph-of-the-page', 'the-third-paragraph-of-the-page': '/be-dependable/#a-third-paragraph-of-the-page' },
      },
    ]);
    expect(kept.warnings.map((warning) => warning.rule)).toEqual(['link-block-deleted', 'link-page-moved']);
    expect(kept.warnings[1]!.message).toBe('/be-reliable/ is gone: it redirects to /be-dependable/, which has 3 of its 4 blocks');
    expect(kept.ledger.map((entry) => entry.path)).toEqual(['/', '/be-dependable/', '/be-reliable/', '/give-them-space/', '/guides/']);
  });

  it('redirects a page whose heading was deleted to the page that received its blocks, and a page with nothing left to the home page', () => {
    const merged = keepLinks(render(intro, heading('Be reliable'), first, second, third, other), published, { ...options, otherPages: [] });
    expect(merged.redirects.map(({ from, to, fragments }) => [from, to, fragments])).toEqual([
      ['/give-them-space/', '/be-reliable/', { 'give-them-space': '/be-reliable/#a-paragraph-on-another-page-about' }],
      ['/guides/', '/', {}],
    ]);
    const gone = keepLinks(render(intro, heading('Be reliable'), first, second, third), published, options);
    expect(gone.redirects[0]).toEqual({ from: '/give-them-space/', to: '/', title: 'Overview', fragments: { 'give-them-space': '/', 'a-paragraph-on-another-page-about': '/' } });
    expect(gone.warnings.map((warning) => warning.rule)).toContain('link-page-deleted');
  });

  it('redirects a page whose blocks went to two pages equally to the one that comes first in reading order', () => {
    const before = keepLinks(render(intro, heading('Keep calm'), first, second, heading('Be reliable'), third, heading('Give them space'), other), [], options).ledger;
    // Either way round: the tie goes to /be-reliable/, which comes before /give-them-space/, whichever block was found first.
    for (const after of [
      render(intro, heading('Be reliable'), first, third, heading('Give them space'), second, other),
      render(intro, heading('Be reliable'), second, third, heading('Give them space'), first, other),
    ]) {
      const kept = keepLinks(after, before, options);
      expect(kept.redirects.map(({ from, to }) => [from, to])).toEqual([['/keep-calm/', '/be-reliable/']]);
    }
  });

  it('never gives an old id as an alias when a block now uses it, and repeats no id in a page', () => {
    const twice = render(intro, heading('Be reliable'), first, first.replace('explains', 'tells'), third);
    const ledger = keepLinks(twice, [], options).ledger;
    expect(ledger[1]!.ids.map(({ id }) => id)).toContain('the-first-paragraph-of-the-page-2');
    // The first of the two is deleted: the second takes its id, and the second's old id lands on it.
    const kept = keepLinks(render(intro, heading('Be reliable'), first.replace('explains', 'tells'), third), ledger, options);
    const ids = existingIds(page(kept.rendered, 'be-reliable')!.body.children as never);
    expect(ids).toEqual(['the-first-paragraph-of-the-page', 'the-first-paragraph-of-the-page-2', 'the-third-paragraph-of-the-page']);
    expect(html(page(kept.rendered, 'be-reliable'))).toContain('<p id="the-first-paragraph-of-the-page"><span id="the-first-paragraph-of-the-page-2" class="former-id"></span>The first paragraph of the page tells');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the ledger file', () => {
  it('reads back what it writes, one line per id', () => {
    const text = serialiseLedger(published, 'content/article.txt');
    expect(text.split('\n').filter((line) => line.startsWith('    - '))).toHaveLength(7);
    const { value } = readYamlConfig('ledger.yaml', text, publishedLinksSchema);
    expect(ledgerFromConfig(value)).toEqual(published satisfies Ledger);
  });

  it('stops at a hand-edited line that is not an id and a fingerprint, with its place', () => {
    const error = thrownBy(() => readYamlConfig('ledger.yaml', '- page: /be-reliable/\n  ids:\n    - be-reliable\n', publishedLinksSchema));
    expect(String((error as Error).message)).toContain('expected an id, a space and a 32-digit hex fingerprint');
    expect((error as { point: unknown }).point).toEqual({ line: 3, column: 7 });
  });
});
