import { afterAll, describe, expect, it } from 'vitest';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { readYamlConfig } from '../../scripts/lib/yaml-config.ts';
import { parseText } from '../../scripts/parse/parse-text.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { outlineSchema } from '../../scripts/schemas/outline.ts';
import type { Topic } from '../../scripts/types.ts';
import { defaultOutline, fixtureSource, makeTempRoot, nbsp, outlineFromYaml, removeTempRoots, sourceOf, thrownBy, unfoldErrorOf } from './helpers.ts';

afterAll(removeTempRoots);

function errorOf(action: () => unknown): UnfoldError {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(UnfoldError);
  return error as UnfoldError;
}

function summaryOf(topics: Topic[]): string[] {
  return topics.map((topic) => `${topic.order} ${topic.kind} ${topic.slug} "${topic.title}" [${topic.blocks.map((block) => block.type).join(', ')}]`);
}

const plainArticle = parseText(
  sourceOf(
    [
      'Intro paragraph one. It says what the article is about.',
      '',
      'Intro paragraph two.',
      '',
      `${nbsp} 1. First strategy`,
      '',
      'The first strategy’s text. It has two sentences.',
      '',
      'A sub part',
      '',
      'Text under the sub part.',
      '',
      `${nbsp} Search`,
      '',
      '  • Search for the first item. Then the second.',
      '',
      `${nbsp} Overview`,
      '',
      '“A quoted opening line.” Then more.',
      '',
      `${nbsp} Repeated`,
      '',
      'A.',
      '',
      `${nbsp} Repeated`,
      '',
      'B.',
      '',
      `${nbsp} 2. Empty strategy`,
    ].join('\n'),
  ),
);

describe('buildOutline without configuration', () => {
  const topics = defaultOutline({ blocks: plainArticle });

  it('makes one overview of the text before the first heading and one topic per heading, in order', () => {
    expect(summaryOf(topics)).toEqual([
      '0 overview overview "Overview" [paragraph, paragraph]',
      '1 guide first-strategy "First strategy" [paragraph, subheading, paragraph]',
      '2 guide search-2 "Search" [list]',
      '3 guide overview-2 "Overview" [quote]',
      '4 guide repeated "Repeated" [paragraph]',
      '5 guide repeated-2 "Repeated" [paragraph]',
      '6 guide empty-strategy "Empty strategy" []',
    ]);
  });

  it('gives every heading the kind guide (a number says where a section stands, not what it is) and numbered ones their number', () => {
    expect(topics.map((topic) => [topic.kind, topic.number])).toEqual([
      ['overview', undefined],
      ['guide', 1],
      ['guide', undefined],
      ['guide', undefined],
      ['guide', undefined],
      ['guide', undefined],
      ['guide', 2],
    ]);
  });

  it('keeps the heading block that starts each topic', () => {
    expect(topics[1]?.heading).toMatchObject({ type: 'heading', text: '1. First strategy', label: 'First strategy', number: 1, position: { line: 5, column: 3 } });
    expect(topics[0]?.heading).toBeUndefined();
  });

  it('keeps slugs unique when a heading is repeated, and never takes a slug the site reserves', () => {
    const slugs = topics.map((topic) => topic.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('repeated-2');
    expect(slugs.filter((slug) => ['search', 'strategies', 'guides', 'red-flags', 'signs', 'stories', 'terms', 'source', '404'].includes(slug))).toEqual([]);
    expect(slugs.filter((slug) => slug === 'overview')).toHaveLength(1);
  });

  it('summarises each topic with the first sentence of its first paragraph, list item or quotation', () => {
    expect(topics.map((topic) => topic.summary)).toEqual([
      'Intro paragraph one.',
      'The first strategy’s text.',
      'Search for the first item.',
      '“A quoted opening line.”',
      'A.',
      'B.',
      '',
    ]);
  });

  it('shortens a long first sentence at a word boundary for the summary', () => {
    const long = `${'word '.repeat(60).trim()}.`;
    const [overview] = defaultOutline({ blocks: parseText(sourceOf(long)) });
    expect(overview?.summary.length).toBeLessThanOrEqual(201);
    expect(overview?.summary.endsWith('word…')).toBe(true);
  });

  it('titles the overview with the article’s own title when it has one', () => {
    expect(defaultOutline({ title: 'Growing tomatoes', blocks: plainArticle })[0]?.title).toBe('Growing tomatoes');
  });

  it('makes no overview when the article starts with a heading, and numbers topics from 1', () => {
    const topics = defaultOutline({ blocks: parseText(sourceOf(`${nbsp}First\n\nText.\n\n${nbsp}Second\n\nMore.`)) });
    expect(topics.map((topic) => [topic.order, topic.slug])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
  });

  it('outlines messy.txt: the repeated heading gets two topics with unique slugs and the trailing heading an empty one', () => {
    expect(summaryOf(defaultOutline({ blocks: parseText(fixtureSource('messy.txt')) }))).toEqual([
      '0 overview overview "Overview" [paragraph, paragraph]',
      '1 guide start-slower-than-you-think "Start slower than you think" [paragraph, paragraph, list]',
      '2 guide choose-your-shoes "Choose your shoes" [paragraph, list]',
      '3 guide build-up-gradually "Build up gradually" [paragraph, subheading, paragraph, paragraph]',
      '4 guide common-mistakes "Common mistakes" [list]',
      '5 guide keep-a-log "Keep a log" [paragraph, quote]',
      '6 guide common-mistakes-2 "Common mistakes" [paragraph]',
      '7 guide what-comes-next "What comes next" []',
    ]);
  });
});

/** Lines: 1 intro, 3 heading 1, 5/7/9 paragraphs, 11 heading 2, 13 paragraph, 15 sub-heading, 17–19 quotation, 21 paragraph, 23 heading 10. */
const configuredArticle = {
  blocks: parseText(
    sourceOf(
      [
        'Intro text.',
        '',
        `${nbsp} 1. Don't take it personally`,
        '',
        'First strategy text. More text.',
        '',
        'Red flags of the avoidant include not responding, and more.',
        '',
        'Closing words of strategy one.',
        '',
        `${nbsp} 2. Be reliable`,
        '',
        'Being reliable matters.',
        '',
        'A partner takes responsibility',
        '',
        '"When Ben and I met, we fought.',
        '',
        'It got better."',
        '',
        'Things move on from here.',
        '',
        `${nbsp} 10. Be prepared to leave`,
      ].join('\n'),
    ),
  ),
};

function outline(yaml: string): Topic[] {
  return outlineFromYaml(configuredArticle, yaml);
}

describe('buildOutline with content/outline.yaml', () => {
  it('sets a heading topic’s kind, title, slug and summary, keeping its heading and number', () => {
    const topics = outline(['topics:', `  - at: "1. Don't take it personally"`, '    kind: signs', '    title: Not about you', '    slug: not-about-you', '    summary: Why it is not about you.'].join('\n'));
    expect(topics[1]).toMatchObject({
      kind: 'signs',
      title: 'Not about you',
      slug: 'not-about-you',
      summary: 'Why it is not about you.',
      number: 1,
      heading: { text: "1. Don't take it personally" },
    });
  });

  it('sets the overview’s title and summary', () => {
    const [overview] = outline('overview:\n  title: Start here\n  summary: What this is.\n');
    expect(overview).toMatchObject({ slug: 'overview', kind: 'overview', title: 'Start here', summary: 'What this is.' });
  });

  it('starts a topic at a paragraph: the paragraph and the blocks after it, up to the next heading', () => {
    const topics = outline('topics:\n  - at: "Red flags of the avoidant include"\n    kind: red-flags\n    title: Red flags of the avoidant\n');
    expect(summaryOf(topics).slice(1, 3)).toEqual([
      '1 guide dont-take-it-personally "Don\'t take it personally" [paragraph]',
      '2 red-flags red-flags-of-the-avoidant "Red flags of the avoidant" [paragraph, paragraph]',
    ]);
    expect(topics[2]?.heading).toBeUndefined();
    expect(topics[2]?.summary).toBe('Red flags of the avoidant include not responding, and more.');
  });

  it('starts a topic at a sub-heading, which becomes its title and heading instead of a block', () => {
    const topics = outline('topics:\n  - at: "A partner takes responsibility"\n    kind: story\n');
    const story = topics.find((topic) => topic.kind === 'story');
    expect(story).toMatchObject({ slug: 'a-partner-takes-responsibility', title: 'A partner takes responsibility', heading: { type: 'heading', label: 'A partner takes responsibility', position: { line: 15, column: 1 } } });
    expect(story?.blocks.map((block) => block.type)).toEqual(['quote', 'paragraph']);
  });

  it('moves a run of blocks into another topic and out of the one it stood in', () => {
    const topics = outline('moves:\n  - from: "Red flags of the avoidant"\n    to: "Closing words of strategy one."\n    into: "10. Be prepared to leave"\n');
    const first = topics.find((topic) => topic.number === 1);
    const last = topics.find((topic) => topic.number === 10);
    expect(first?.blocks.map((block) => block.position.line)).toEqual([5]);
    expect(last?.blocks.map((block) => block.position.line)).toEqual([7, 9]);
    expect(last?.summary).toBe('Red flags of the avoidant include not responding, and more.');
  });

  it('matches anchors whatever the quotes and spacing, at the start or the end of a block', () => {
    const topics = outline(['topics:', '  - at: "1.  Don’t take it personally"', '    slug: curly', '  - at: "not responding, and more."', '    title: By its last words'].join('\n'));
    expect(topics.map((topic) => topic.slug)).toContain('curly');
    expect(topics.map((topic) => topic.title)).toContain('By its last words');
  });
});

describe('buildOutline errors', () => {
  it('rejects an unknown key of a topic in outline.yaml at the line and column of the key', () => {
    const error = errorOf(() => readYamlConfig('content/outline.yaml', 'topics:\n  - at: "1. Don\'t take it personally"\n    kidn: story\n', outlineSchema));
    expect(error.point?.line).toBe(3);
    // The key `kidn` starts at column 5; its value `story` at column 11.
    expect(error.format()).toMatchInlineSnapshot(`
      "content/outline.yaml:3:5: \`topics.0\`: Unrecognized key: "kidn"
        hint: remove or rename \`kidn\`; the README lists the keys this file accepts"
    `);
  });

  it('rejects an unknown top-level key of outline.yaml at the line of the key, not of its value', () => {
    const error = errorOf(() => readYamlConfig('content/outline.yaml', '# Outline\ntopic:\n  - at: "1. Don\'t"\n', outlineSchema));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/outline.yaml:2:1: Unrecognized key: "topic"
        hint: remove or rename \`topic\`; the README lists the keys this file accepts"
    `);
  });

  it('rejects an anchor that matches no block, at the anchor’s place', () => {
    const error = errorOf(() => outline('topics:\n  - at: "1. Don\'t take it personally"\n  - at: "Nowhere in the article"\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/outline.yaml:3:9: "Nowhere in the article" matches no block of the article
        hint: quote the first (or last) words of a paragraph, list or heading exactly as written"
    `);
  });

  it('rejects an anchor that matches two blocks, naming their lines', () => {
    const error = errorOf(() => outline('moves:\n  - from: "text."\n    to: "Closing words"\n    into: "10. Be prepared"\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/outline.yaml:2:11: "text." matches 2 blocks (lines 1, 5)
        hint: quote more words, so that only one block matches"
    `);
  });

  it('rejects a moved run that contains a heading', () => {
    const error = errorOf(() => outline('moves:\n  - from: "Closing words"\n    to: "Being reliable matters."\n    into: "10. Be prepared"\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/outline.yaml:2:5: the run from "Closing words" to "Being reliable matters." contains the start of a topic or another moved run
        hint: a moved run may hold paragraphs, lists and sub-headings, not headings"
    `);
  });

  it('rejects a moved run whose end stands before its start', () => {
    const error = errorOf(() => outline('moves:\n  - from: "Closing words"\n    to: "First strategy text."\n    into: "10. Be prepared"\n'));
    expect(error.message).toBe('`to` quotes a block that stands before `from`');
    expect(error.point).toEqual({ line: 3, column: 9 });
  });

  it('rejects a move into a block that does not start a topic', () => {
    const error = errorOf(() => outline('moves:\n  - from: "Closing words"\n    to: "Closing words"\n    into: "Being reliable"\n'));
    expect(error.message).toBe('`into` quotes a block that does not start a topic');
    expect(error.point).toEqual({ line: 4, column: 11 });
  });

  it('rejects a topic started at a paragraph without a title', () => {
    const error = errorOf(() => outline('topics:\n  - at: "Things move on"\n    kind: guide\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/outline.yaml:2:5: the topic that starts at "Things move on" needs a \`title\`
        hint: a topic that starts at a paragraph or list has no heading to take its title from"
    `);
  });

  it('rejects a slug the site reserves for its own pages', () => {
    const error = errorOf(() => outline('topics:\n  - at: "2. Be reliable"\n    slug: search\n'));
    expect(error.message).toBe('the slug "search" is already used by another page');
    expect(error.point).toEqual({ line: 3, column: 11 });
  });

  it('rejects two entries that start a topic at the same block, rather than ignoring the first', () => {
    const yaml = 'topics:\n  - at: "2. Be reliable"\n    kind: guide\n  - at: "2. Be reliable"\n    summary: A second entry for the same heading.\n';
    expect(() => outline(yaml)).toThrow(UnfoldError);
  });

  it('stops the pipeline with the outline error and its place in content/outline.yaml', async () => {
    const root = makeTempRoot({
      'content/article.txt': `${nbsp} 1. First heading\n\nFirst paragraph here.\n\nSecond paragraph here.\n\n${nbsp} 2. Second heading\n\nThird paragraph here.\n`,
      'content/outline.yaml': '# Outline\ntopics:\n  - at: "paragraph here."\n',
    });
    expect((await unfoldErrorOf(() => runPipeline(root, {}))).format()).toMatchInlineSnapshot(`
      "content/outline.yaml:3:9: "paragraph here." matches 3 blocks (lines 3, 5, 9)
        hint: quote more words, so that only one block matches"
    `);
  });

  it('avoids the slugs of the site’s own pages in content/pages', async () => {
    const root = makeTempRoot({
      'content/article.txt': `${nbsp}About\n\nAbout this site.\n`,
      'content/pages/about.md': '# About\n',
    });
    expect((await runPipeline(root, {})).topics.map((topic) => topic.slug)).toEqual(['about-2']);
  });
});
