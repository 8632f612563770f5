import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { readWord } from '../../scripts/read/word.ts';
import { blockTexts, renderTopic } from '../../scripts/render/render-topic.ts';
import type { ArticleTree, SourceText, Topic } from '../../scripts/types.ts';
import { makeWordGuide } from '../fixtures/formats/make-word-document.ts';
import { checkConservation, findLostSentences } from '../../scripts/render/check-conservation.ts';
import { splitSentences } from '../../scripts/lib/text-segments.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { bundledSource, defaultOutline, emittedTexts, fixtureArticle, nbsp, once, parseMarkdown, repoRoot, sourceOf } from './helpers.ts';

describe('findLostSentences on the bundled article', () => {
  const source = bundledSource({ corrected: true });
  const emittedOnce = once(async () => emittedTexts(await runPipeline(repoRoot, {})));

  it('finds nothing lost: every sentence of the corrected article is on some page', async () => {
    expect(findLostSentences(source, await emittedOnce(), 'en')).toEqual([]);
  });

  it('reports each sentence of a paragraph dropped from the emitted text, with the paragraph’s line', async () => {
    const emitted = await emittedOnce();
    const paragraphStart = 'Since the avoidant had an unreliable caregiver growing up';
    const line = source.lines.find((candidate) => candidate.text.startsWith(paragraphStart))!;
    const page = emitted.findIndex((text) => text.includes(paragraphStart));
    const paragraph = emitted[page]!.split('\n').find((text) => text.startsWith(paragraphStart))!;
    const withoutParagraph = emitted.map((text, index) => (index === page ? text.replace(paragraph, '') : text));

    const lost = findLostSentences(source, withoutParagraph, 'en');
    expect(lost).toEqual(splitSentences(paragraph, 'en').map((sentence) => ({ line: line.line, sentence })));
    expect(lost[0]).toEqual({ line: line.line, sentence: 'Since the avoidant had an unreliable caregiver growing up, showing them that you are dependable can go a long way in developing trust in the relationship.' });
  });

  it('reports a list item dropped from the emitted text, with its own line', async () => {
    const emitted = await emittedOnce();
    const item = 'He puts up with me and still loves me.';
    const line = source.lines.find((candidate) => candidate.text.includes(item))!.line;
    const lost = findLostSentences(source, emitted.map((text) => text.replace(`${item}\n`, '')), 'en');
    expect(lost).toEqual([{ line, sentence: item }]);
  });

  it('reports a heading dropped from the emitted text', async () => {
    const lost = findLostSentences(source, (await emittedOnce()).map((text) => text.replace('Things to look for in a partner\n', '')), 'en');
    expect(lost.map((entry) => entry.sentence)).toEqual(['Things to look for in a partner']);
  });
});

describe('findLostSentences', () => {
  it('does not count spacing, list markers or heading markers as text', () => {
    const source = sourceOf(`${nbsp} 1. A heading\n\nOne   sentence.  Two\nwrapped sentence.\n\n  • An item.\n\nSteps:\n\n1. First step.\n`);
    expect(findLostSentences(source, ['1. A heading\nOne sentence. Two wrapped sentence.', 'An item.\nSteps:\nFirst step.'], 'en')).toEqual([]);
  });

  it('reads each line as its own stretch when the article puts one paragraph per line, as the parser does', () => {
    const long = 'A tap on site saves hours of carrying, and if there is no tap a neighbouring building may well let you fill water butts from its own';
    const source = sourceOf(`Water and tools\n${long}\nTools go missing\n`);
    expect(findLostSentences(source, ['Water and tools', long, 'Tools go missing'], 'en')).toEqual([]);
    expect(findLostSentences(source, ['Water and tools', long], 'en')).toEqual([{ line: 3, sentence: 'Tools go missing' }]);
  });

  it('checks a Markdown source by the text of its tree, without the syntax', () => {
    const { units: source } = parseMarkdown('# Title\n\nSome *emphasis* here. And a [link](https://example.org).\n\n| a | b |\n| - | - |\n| cell one | cell two |\n');
    expect(findLostSentences(source, ['Title', 'Some emphasis here. And a link.', 'a\nb\ncell one\ncell two'], 'en')).toEqual([]);
    expect(findLostSentences(source, ['Title', 'Some emphasis here. And a link.', 'a\nb\ncell one'], 'en')).toEqual([{ line: 7, sentence: 'cell two' }]);
  });

  it('counts every sentence it checked, a repeated one each time, whether it was found or lost', () => {
    const source = sourceOf(`${nbsp}Plan\n\n  • Rest.\n  • Run.\n\n${nbsp}Week two\n\nRest. Then run again.\n`);
    expect(checkConservation(source, ['Plan\nRest.\nRun.', 'Week two\nRest. Then run again.'], 'en')).toEqual({ checked: 6, lost: [] });
    expect(checkConservation(source, ['Plan\nRun.', 'Week two\nRest. Then run again.'], 'en').checked).toBe(6);
  });

  it('reports a dropped sentence even when the same words stand inside a longer sentence elsewhere', () => {
    // A check that only asks whether the sentence occurs somewhere cannot tell a lost "Rest." from the "Rest." that starts another paragraph.
    const source = sourceOf(`${nbsp}Plan\n\n  • Rest.\n  • Run.\n\n${nbsp}Week two\n\nRest. Then run again.\n`);
    const emitted = ['Plan\nRun.', 'Week two\nRest. Then run again.'];
    // Plain texts carry no positions, so which of the two source occurrences is reported is not determined.
    const lost = findLostSentences(source, emitted, 'en');
    expect(lost.map(({ sentence }) => sentence)).toEqual(['Rest.']);
    expect([3, 8]).toContain(lost[0]!.line);
  });
});

describe('findLostSentences for every format read into a tree', () => {
  const formats = (name: string) => path.join(repoRoot, 'tests/fixtures/formats', name);
  const cases: [string, () => Promise<SourceText | ArticleTree>, string][] = [
    ['a Markdown README', () => fixtureArticle(formats('README.md')), 'Two notes are duplicates when'],
    ['a saved web page', () => fixtureArticle(formats('saved-blog-page.html')), 'Revisa el envés de las hojas'],
    ['a Word document', async () => readWord('guide.docx', await makeWordGuide()), 'Take only the frames'],
  ];
  for (const [name, read, paragraphStart] of cases) {
    it(`catches a paragraph of ${name} dropped after reading, at its place in the file`, async () => {
      const article = parseArticle(await read());
      // What runPipeline hands the check: each page's heading and the text of each of its blocks.
      const emitted = (topics: Topic[]) => topics.flatMap((topic) => [topic.heading?.text ?? topic.title, ...blockTexts(renderTopic(topic, 'en').body)]);
      const complete = emitted(defaultOutline(article));
      expect(findLostSentences(article.units!, [...complete, article.title ?? ''], 'en')).toEqual([]);

      const dropped = article.blocks.find((block) => block.text.startsWith(paragraphStart))!;
      const topics = defaultOutline({ ...article, blocks: article.blocks.filter((block) => block !== dropped) });
      const lost = findLostSentences(article.units!, [...emitted(topics), article.title ?? ''], 'en');
      expect(lost).toEqual(splitSentences(dropped.text, 'en').map((sentence) => ({ line: dropped.position.line, sentence })));
    });
  }
});
