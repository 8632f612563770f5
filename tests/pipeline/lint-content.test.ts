import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { formatWarning, lintContent } from '../../scripts/outline/lint-content.ts';
import { parseText } from '../../scripts/parse/parse-text.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import type { LintWarning, SourceText } from '../../scripts/types.ts';
import { bundledSource, defaultOutline, makeTempRoot, nbsp, removeTempRoots, repoRoot, sourceOf } from './helpers.ts';

/** Where `text` first stands in the source: 1-based line and column. */
function placeOf(source: SourceText, text: string): { line: number; column: number } {
  const line = source.lines.find((candidate) => candidate.text.includes(text));
  if (!line) throw new Error(`${JSON.stringify(text)} is not in ${source.file}`);
  return { line: line.line, column: line.text.indexOf(text) + 1 };
}

function warningsOf(text: string): LintWarning[] {
  const source = sourceOf(text);
  return lintContent(source, defaultOutline({ blocks: parseText(source) }), 'en');
}

describe('lintContent on the bundled article before corrections', () => {
  // Lint sees the normalised article without corrections and without the outline's moves: the defects as scraped.
  const source = bundledSource({ corrected: false });
  const warnings = lintContent(source, defaultOutline({ blocks: parseText(source) }), 'en');
  const byRule = (rule: string) => warnings.filter((warning) => warning.rule === rule);

  it('finds "specifyCommunicate" and the other capitalised words run together that content/corrections.yaml fixes', () => {
    const runTogether = byRule('words-run-together');
    expect(runTogether.find((warning) => warning.message.includes('specifyCommunicate'))?.position).toEqual(placeOf(source, 'specifyCommunicate'));
    // "themfollowed" and "safehappy" have no capital to give them away: only the corrections file knows them.
    expect(runTogether.map((warning) => warning.message.match(/^"(.*)"/)?.[1])).toEqual(['specifyCommunicate', 'expectationsQuestion', 'distanceThings', 'terms.This', 'us.The', 'bondingSigns']);
    for (const warning of runTogether) expect(warning.position).toEqual(placeOf(source, warning.message.match(/^"(.*)"/)![1]!));
  });

  it('formats a warning as file:line:column, message and rule, then the hint', () => {
    const warning = byRule('words-run-together').find((candidate) => candidate.message.includes('specifyCommunicate'))!;
    const { line, column } = placeOf(source, 'specifyCommunicate');
    expect(formatWarning(warning)).toBe(
      `content/article.txt:${line}:${column}: "specifyCommunicate" looks like words run together (words-run-together)\n  hint: add the missing space or punctuation with an entry in content/corrections.yaml`,
    );
  });

  it('finds the references to links the scrape lost', () => {
    const lostLinks = byRule('lost-link');
    const readThis = lostLinks.find((warning) => warning.position.line === placeOf(source, 'Read this article (part 1 and part 2)').line);
    expect(readThis?.message).toBe('"Read this article" refers to a link or page the scrape lost');
    const article = lostLinks.find((warning) => warning.position.line === placeOf(source, 'Article: signs that your relationship is one-sided.').line);
    expect(article).toMatchObject({ position: { column: 1 }, message: '"Article:" refers to a link or page the scrape lost' });
    expect(formatWarning(article!)).toMatch(/^content\/article\.txt:\d+:1: "Article:" refers to a link or page the scrape lost \(lost-link\)\n {2}hint: \S/);
  });

  it('finds the empty heading "10. Be prepared to leave" when no outline moves text into it', () => {
    const empty = byRule('empty-heading');
    expect(empty.map((warning) => warning.message)).toEqual(['the heading "10. Be prepared to leave" has no text under it']);
    expect(empty[0]?.position).toEqual({ line: placeOf(source, '10. Be prepared to leave').line, column: 2 });
    expect(formatWarning(empty[0]!)).toMatch(/^content\/article\.txt:\d+:2: the heading "10\. Be prepared to leave" has no text under it \(empty-heading\)\n {2}hint: .*`moves`/);
  });

  it('gives every warning a file, a place, a rule, a message and a hint, sorted by place', () => {
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(formatWarning(warning)).toMatch(/^content\/article\.txt:\d+:\d+: .+ \([a-z-]+\)\n {2}hint: .+/);
    }
    const places = warnings.map(({ position }) => position.line * 100_000 + position.column);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});

describe('lintContent in the pipeline', () => {
  it('reports no words run together and no empty heading once corrections and the outline apply', async () => {
    const { warnings } = await runPipeline(repoRoot, {});
    expect(warnings.filter((warning) => warning.rule !== 'lost-link')).toEqual([]);
    expect(warnings.map((warning) => warning.message)).toContain('"Read this article" refers to a link or page the scrape lost');
  });
});

describe('lintContent rules', () => {
  it('finds stray invisible characters, with their code point', () => {
    const warnings = warningsOf('Zero\u200Bwidth and soft\u00ADhyphen and \uFFFD replacement.');
    expect(warnings.map((warning) => [warning.rule, warning.message, warning.position.column])).toEqual([
      ['stray-character', 'stray character U+200B', 5],
      ['stray-character', 'stray character U+00AD', 20],
      ['stray-character', 'stray character U+FFFD', 32],
    ]);
  });

  it('does not take names such as McDonald, iPhone, GitHub or TypeScript for words run together', () => {
    expect(warningsOf('We met at McDonald’s. I lost my iPhone there; the photos are on GitHub, in a TypeScript app.').filter((warning) => warning.rule === 'words-run-together')).toEqual([]);
  });

  it('finds a heading with no text under it at the heading’s place', () => {
    expect(warningsOf(`Intro.\n\n${nbsp} 5. What comes next\n`)).toEqual([
      {
        file: 'article.txt',
        position: { line: 3, column: 3 },
        rule: 'empty-heading',
        message: 'the heading "5. What comes next" has no text under it',
        hint: 'write its text, or give it paragraphs from elsewhere with a `moves` entry in content/outline.yaml',
      },
    ]);
  });

  it('finds words run together where a letter beyond ASCII is the capital, the word before it or in the same line', () => {
    // The pattern runs only on lines a quick ASCII test lets through: a line with such a letter always goes to it.
    const text = 'Elle a dit specifyÉtat hier.\nUn caféTerrasse ici.\nLa leçon est finie.Demain encore.\nNothing here at all.';
    expect(warningsOf(text).filter((warning) => warning.rule === 'words-run-together').map((warning) => [warning.position, warning.message])).toEqual([
      [{ line: 1, column: 12 }, '"specifyÉtat" looks like words run together'],
      [{ line: 2, column: 4 }, '"caféTerrasse" looks like words run together'],
      [{ line: 3, column: 14 }, '"finie.Demain" looks like words run together'],
    ]);
  });

  it('reports and never changes the text', () => {
    const source = sourceOf('specifyCommunicate (read this) now.');
    const copy = structuredClone(source);
    lintContent(source, [], 'en');
    expect(source).toEqual(copy);
  });
});

describe('lintContent on Markdown, web pages and Word documents', () => {
  afterAll(removeTempRoots);
  const lint = async (file: string, contents: string | Uint8Array) => {
    const root = makeTempRoot({ [file]: contents });
    return (await runPipeline(root, { SITE_SOURCE: path.join(root, file) })).warnings.filter((warning) => ['words-run-together', 'lost-link', 'stray-character'].includes(warning.rule));
  };
  const described = (warnings: readonly LintWarning[]) => warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.message}`);

  it('leaves out code, links and their addresses in a plugin’s README: only the words run together in its prose, at their place', async () => {
    const file = 'plugin-readme.md';
    const text = readFileSync(new URL(`../fixtures/formats/${file}`, import.meta.url), 'utf8');
    // Over the file's raw lines, `defaultSchema`, `clobberPrefix`, `rehypeTidy`, the code and the addresses gave 37 more.
    expect(lintContent(sourceOf(text, file), [], 'en').filter((warning) => warning.rule === 'words-run-together')).toHaveLength(39);
    expect(described(await lint(file, text))).toEqual(['119:23 "safe.Camel" looks like words run together', '119:71 "likeThis" looks like words run together']);
  });

  it('reads the text of a web page’s blocks, without code and links, and points at each block’s element', async () => {
    const page = [
      '<!DOCTYPE html><html lang="en"><head><title>Notes</title></head><body><article>',
      '<h1>Field notes</h1>',
      '<p>The first paragraph of these notes is long enough to be an article on its own, about the garden and the bees.</p>',
      '  <p>The hive stood by the wallThen it rained for a week, and the bees stayed in (see the photos below).</p>',
      '<p>Call <code>startHive()</code> or <a href="https://example.com/">click here</a> for the manual, which is long and about bees and honey.</p>',
      '</article></body></html>',
    ].join('\n');
    expect(described(await lint('notes.html', page))).toEqual(['4:3 "wallThen" looks like words run together', '4:3 "(see the photos below)" refers to a link or page the scrape lost']);
  });

  it('reads a Word document’s paragraphs and names the paragraph in the message, not a line', async () => {
    const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const document = new Document({
      sections: [{ children: [paragraph('Keeping bees is a quiet pleasure, and this guide tells you how to start.'), paragraph('A second paragraph, about the hive.'), paragraph('Bees need waterGive them a shallow dish with stones in it.')] }],
    });
    const warnings = await lint('bees.docx', await Packer.toBuffer(document));
    expect(warnings.map(formatWarning)).toEqual(['bees.docx, paragraph 3: "waterGive" looks like words run together (words-run-together)\n  hint: add the missing space or punctuation with an entry in content/corrections.yaml']);
  });
});
