import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import type { ArticleTree } from '../../scripts/types.ts';
import { articleOf, defaultOutline, unfoldErrorOf } from '../pipeline/helpers.ts';

const formats = (name: string) => fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url));
const readMd = async (text: string, file = 'guide.md') => (await articleOf(text, file)) as ArticleTree;
const errorOf = (text: string) => unfoldErrorOf(() => readMd(text));

describe('readMarkdown: front matter', async () => {
  const guide = await articleOf(readFileSync(formats('garden-guide.md')), 'garden-guide.md') as ArticleTree;

  it('takes title, description and lang from the front matter, saying so', () => {
    expect(guide.title).toEqual({ value: "A beginner's guide to composting", from: 'front matter' });
    expect(guide.description).toEqual({ value: 'How to turn kitchen and garden waste into compost, step by step.', from: 'front matter' });
    expect(guide.lang).toEqual({ value: 'en-GB', from: 'front matter' });
  });

  it('lists every other key as a lint warning at its line and column', () => {
    expect(guide.warnings.map((warning) => `${warning.file}:${warning.position.line}:${warning.position.column} ${warning.rule} ${warning.message}`)).toEqual([
      'garden-guide.md:5:1 front-matter-key-ignored the front matter key `author` is not used',
      'garden-guide.md:6:1 front-matter-key-ignored the front matter key `date` is not used',
      'garden-guide.md:7:1 front-matter-key-ignored the front matter key `tags` is not used',
      'garden-guide.md:8:1 front-matter-key-ignored the front matter key `layout` is not used',
    ]);
  });

  it('never shows the front matter: the first block is the first paragraph, at its own line', () => {
    const { blocks, units } = parseArticle(guide);
    expect(blocks[0]).toMatchObject({ type: 'paragraph', position: { line: 11, column: 1 } });
    expect(blocks[0]!.text).toMatch(/^Compost is what is left/);
    expect(units!.some((unit) => /Sam Rivers|layout|title:/.test(unit.text))).toBe(false);
  });

  it('stops at invalid YAML with its line and column in the Markdown file and a hint', async () => {
    const error = await errorOf('---\ntitle: A guide\ndescription: "unclosed\n---\n\nText.\n');
    expect(error.format()).toMatch(/^guide\.md:3:23: invalid YAML in the front matter: .+\n  hint: check the indentation and quoting/);
  });

  it('stops at a Markdown file with only front matter', async () => {
    const error = await errorOf('---\ntitle: Only settings\n---\n');
    expect(error.format()).toBe('guide.md:3:1: has front matter but no text after it\n  hint: write the article below the closing `---` line');
  });

  it('stops at a front matter title that is not text, or a lang that is not a language tag', async () => {
    expect((await errorOf('---\ntitle: [a, b]\n---\n\nText.\n')).format()).toMatch(/^guide\.md:2:1: the front matter key `title` needs a text value/);
    expect((await errorOf('---\nlang: Spanish please\n---\n\nText.\n')).format()).toMatch(/^guide\.md:2:7: the front matter `lang` "Spanish please" is not a language tag/);
  });

  it('reads TOML front matter, as Hugo writes it between +++ lines: its settings used, its other keys listed where they are, never shown', async () => {
    const hugo = await readMd('+++\ntitle = "Setting boundaries without guilt"\ndate = 2023-05-14T10:00:00+01:00\ndraft = false\ndescription = \'A short guide to saying no kindly.\'\n\n[params]\nauthor = "Sam"\n+++\n\nSaying no is hard.\n');
    expect(hugo.title).toEqual({ value: 'Setting boundaries without guilt', from: 'front matter' });
    expect(hugo.description).toEqual({ value: 'A short guide to saying no kindly.', from: 'front matter' });
    expect(hugo.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.message}`)).toEqual([
      '3:1 the front matter key `date` is not used',
      '4:1 the front matter key `draft` is not used',
      '7:1 the front matter key `params` is not used',
    ]);
    const { blocks } = parseArticle(hugo);
    expect(blocks.map((block) => block.text)).toEqual(['Saying no is hard.']);
    // The lint rules read no line of it as prose, from the opening +++ to the closing one.
    expect(hugo.lines.slice(0, 9).map((line) => line.text.trim())).toEqual(Array(9).fill(''));
    expect(hugo.lines[10]!.text).toBe('Saying no is hard.');
  });

  it('stops at invalid TOML, a TOML title that is not text, or a file of TOML front matter only, each at its line and column', async () => {
    expect((await errorOf('+++\ntitle = "A guide"\ndescription = "unclosed\n+++\n\nText.\n')).format()).toMatch(/^guide\.md:3:\d+: invalid TOML in the front matter: .+\n  hint: check the quoting/);
    expect((await errorOf('+++\ntitle = 42\n+++\n\nText.\n')).format()).toMatch(/^guide\.md:2:1: the front matter key `title` needs a text value\n  hint: write it as `title = "some text"`/);
    expect((await errorOf('+++\ntitle = "Only settings"\n+++\n')).format()).toBe('guide.md:3:1: has front matter but no text after it\n  hint: write the article below the closing `+++` line');
  });

  it('reads an article without front matter as before', async () => {
    const read = await readMd('# Title\n\nText.\n');
    expect(read.title).toBeUndefined();
    expect(read.warnings).toEqual([]);
  });
});

describe('readMarkdown: a README with a preface before its title', async () => {
  const readme = await articleOf(readFileSync(formats('README.md')), 'README.md');
  const parsed = parseArticle(readme);
  const topics = defaultOutline(parsed);

  it('takes the one `#` heading as the title, though badges, a language bar and a note come first', () => {
    expect(parsed.title).toBe('Tidy Notes');
  });

  it('makes one page per `##` section and puts the preface on the overview', () => {
    expect(topics.map((topic) => topic.title)).toEqual([
      'Tidy Notes', 'Contents', 'Install', 'Quick start', 'Configuration', 'Filing by date', 'Finding duplicates', 'Searching', 'Tags', 'Archiving', 'Upgrading from version 2', 'Contributing', 'Licence',
    ]);
    expect(topics[0]!.kind).toBe('overview');
    expect(topics[0]!.blocks.map((block) => block.text.slice(0, 30))).toEqual(['Build status npm version Licen', 'English | Español | Français', 'Version 3 renames the --dir op', 'Tidy Notes keeps a folder of p']);
    // The preface's `> [!NOTE]` is GitHub's alert: a note, without its marker.
    expect(topics[0]!.blocks[2]).toMatchObject({ type: 'quote', alert: 'note' });
  });
});

describe('Markdown: raw HTML that writers use stays structure', async () => {
  const guide = parseArticle(await articleOf(readFileSync(formats('garden-guide.md')), 'garden-guide.md'));
  const html = guide.blocks.map((block) => JSON.stringify(block)).join('\n');

  it('keeps aside, details and summary, kbd, sub, sup, abbr, figure and figcaption as elements, and their text', () => {
    for (const tagName of ['aside', 'details', 'summary', 'kbd', 'sub', 'sup', 'abbr', 'figure', 'figcaption', 'strong']) {
      expect(html, tagName).toContain(`"tagName":"${tagName}"`);
    }
    const texts = guide.blocks.map((block) => block.text);
    expect(texts).toContain('Safety first: wear gloves when you turn the heap, and wash your hands afterwards.');
    expect(texts.find((text) => text.startsWith('Press'))).toBe('Press Ctrl + P to print this list for the shed. Water is H2O, and a heap at 60 m2 is far too big.');
    expect(guide.warnings).toEqual([]);
  });
});
