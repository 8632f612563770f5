import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { renderTopic } from '../../scripts/render/render-topic.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import type { ArticleTree, Block } from '../../scripts/types.ts';
import { articleOf, defaultOutline, repoRoot, unfoldErrorOf } from '../pipeline/helpers.ts';

const formats = (name: string) => fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url));

/** A Markdown article (a fixture's path, or text) read, parsed, outlined and rendered as the pipeline does. */
async function siteOf(fixture: string, text?: string) {
  const article = (await articleOf(text ?? readFileSync(formats(fixture)), path.basename(fixture))) as ArticleTree;
  const parsed = parseArticle(article);
  const topics = defaultOutline(parsed);
  const pages = topics.map((topic) => toHtml(renderTopic(topic, 'en').body));
  const warnings = [...article.warnings, ...parsed.warnings].map((warning) => `${warning.position.line}:${warning.position.column} ${warning.rule}`);
  return { article, parsed, topics, pages, warnings, all: pages.join('\n') };
}

const alertsOf = (blocks: readonly Block[]) => blocks.flatMap((block) => (block.type === 'quote' && block.alert ? [block.alert] : []));
const phrasingHtml = (block: Block | undefined) => (block && 'phrasing' in block && block.phrasing ? toHtml({ type: 'root', children: block.phrasing }) : '');

describe('Markdown from a Docusaurus site: admonitions and MDX', async () => {
  const site = await siteOf('docusaurus/installation.md');

  it('makes each :::kind … ::: a note of its kind, its title strong above its words, and shows no colons', () => {
    expect(site.topics.map((topic) => topic.title)).toEqual(['Overview', 'Requirements', 'Install the package', 'Check the install']);
    expect(alertsOf(site.parsed.blocks)).toEqual(['note', 'tip', 'caution']);
    expect(site.pages[1]).toContain('<p class="alert-label added-words" data-pagefind-ignore="">Tip</p><p id="use-a-version-manager"><strong>Use a version manager</strong></p><p id="a-version-manager-lets-you-switch">A version manager lets you switch');
    expect(site.pages[2]).toContain('<strong>Keep your key secret</strong></p><p id="never-commit-the-key-file-to">Never commit the key file to your repository.');
    expect(site.all).not.toMatch(/:::/);
  });

  it('wraps a note inside a note, the outer fence having more colons', () => {
    expect(site.pages[3]).toMatch(/<div class="alert alert-note" role="note">[\s\S]*<strong>Nested notes<\/strong>[\s\S]*<div class="alert alert-warning" role="note">[\s\S]*The inner note is the last word\.<\/p>\s*<\/div>\s*<\/div>$/);
  });

  it('leaves out MDX import and export statements, each with a warning at its line, and keeps the words inside <Tabs>', () => {
    expect(site.all).not.toMatch(/import Tabs|@theme|export const|backgroundColor/);
    expect(site.warnings).toEqual(['2:1 front-matter-key-ignored', '4:1 front-matter-key-ignored', '7:1 mdx-code', '55:1 mdx-code']);
    expect(site.article.warnings.find((warning) => warning.rule === 'mdx-code')?.message).toBe("`import Tabs from '@theme/Tabs';` is code the docs site runs (MDX), left out");
    expect(site.pages[2]).toMatch(/<p id="install-tidy-with-npm">Install Tidy with npm\.<\/p><pre><code class="language-bash">npm install --save-dev tidy\n<\/code><\/pre><p id="install-tidy-with-yarn">Install Tidy with Yarn\.<\/p>/);
    // The lint rules do not read the code as prose: no words run together in `backgroundColor`.
    expect(site.article.lines[55]!.text.trim()).toBe('');
  });
});

describe('Markdown from a MkDocs Material site: !!! and ??? admonitions', async () => {
  const site = await siteOf('mkdocs/composting.md');

  it('makes each admonition a note of its kind with its indented body as Markdown, not code; a folded one is shown open', () => {
    expect(site.topics.map((topic) => topic.title)).toEqual(['Composting at home', 'What to add', 'When it is ready', 'Using it']);
    expect(site.pages[1]).toContain('<p id="greens-and-browns"><strong>Greens and browns</strong></p><p id="mix-green-waste-such-as-peelings">Mix green waste');
    expect(site.pages[1]).toMatch(/<div class="alert alert-tip" role="note">[\s\S]*<strong>Why turn the heap\?<\/strong>[\s\S]*<li id="turn-it-every-two-weeks">Turn it every two weeks\.<\/li>/);
    expect(site.pages[2]).toContain('<strong>How do I know?</strong>');
    expect(site.all).not.toMatch(/!!!|\?\?\?|<pre><code>Mix|<pre><code>Turning/);
    expect(site.warnings).toEqual([]);
  });

  it('shows each content tab (=== "Label") as its label in bold over its blocks, one after the other', () => {
    expect(site.pages[3]).toBe('<p id="in-the-garden"><strong>In the garden</strong></p><p id="spread-a-layer-five-centimetres-deep">Spread a layer five centimetres deep in spring.</p><p id="in-pots"><strong>In pots</strong></p><p id="mix-one-part-compost-with-three">Mix one part compost with three parts soil.</p>');
  });

  it('keeps a fenced code block inside a body as code, and every block at its line and column in the file', () => {
    expect(site.pages[2]).toMatch(/Most heaps are ready in six to twelve months\.<\/p>\s*<pre><code class="language-text">This block stays code\.\n<\/code><\/pre>/);
    const mix = site.parsed.blocks.flatMap((block) => (block.type === 'quote' ? block.paragraphs : [])).find((paragraph) => paragraph.text.startsWith('Mix green'));
    expect(mix?.position).toEqual({ line: 8, column: 5 });
    const title = site.parsed.blocks.find((block) => block.type === 'quote' && block.text.startsWith('Greens'));
    expect(title?.type === 'quote' && title.paragraphs[0]!.position).toEqual({ line: 7, column: 11 });
    expect(site.article.lines[7]!.text).toBe('    Mix green waste, such as peelings and grass, with brown waste, such as dry leaves and card.');
  });
});

describe('Markdown from Pandoc or Quarto: heading attributes, fenced divs, spans', async () => {
  const site = await siteOf('pandoc/houseplants.md');

  it('takes {#id .class} off headings, and points the article\'s links to that id at the heading', () => {
    expect(site.topics.map((topic) => topic.title)).toEqual(['Overview', 'Watering', 'Light', 'Repotting']);
    expect(phrasingHtml(site.parsed.blocks[0])).toContain('see\n<a href="#light">Light</a> before you move a plant.');
    expect(phrasingHtml(site.parsed.blocks.find((block) => block.text.startsWith('A north window')))).toBe(
      'A north window suits ferns and other shade plants. Read <a href="#watering">Watering</a> again\nbefore summer.',
    );
    expect(site.all).not.toMatch(/\{[#.-]/);
  });

  it('makes ::: {.callout-kind} and ::: kind notes, and leaves out a div of another class with a warning, its words kept', () => {
    expect(alertsOf(site.parsed.blocks)).toEqual(['note', 'tip', 'warning']);
    expect(site.pages[1]).toContain('<strong>A quick check</strong>');
    expect(site.pages[2]).toContain('<p id="cacti-are-the-exception">Cacti are the exception.</p>');
    expect(site.warnings).toEqual(['3:1 front-matter-key-ignored', '6:1 front-matter-key-ignored', '34:1 fence-left-out']);
  });
});

describe('A README centred with <div align="center">', async () => {
  const site = await siteOf('centred-readme/README.md');

  it('takes the # heading inside the wrapper as the title, the logo, badges and tagline going to the home page', () => {
    expect(site.parsed.title).toBe('Tidy Notes');
    expect(site.topics.map((topic) => topic.title)).toEqual(['Tidy Notes', 'Install', 'Usage', 'Contributing']);
    expect(site.topics[0]!.blocks.map((block) => block.text)).toEqual(['Tidy Notes logo', 'CI npm', 'Keep a folder of notes in order, by date and by tag.', 'Install · Usage · Contributing']);
  });

  it('leaves out [TOC], with a warning', () => {
    expect(site.all).not.toContain('[TOC]');
    expect(site.warnings).toContain('16:1 toc-marker');
  });

  it('takes <h1 align="center"> after a centred logo as the title, as before', async () => {
    const html = await siteOf('README.md', '<p align="center">\n  <img src="logo.svg" alt="Tidy logo" width="120">\n</p>\n\n<h1 align="center">Tidy</h1>\n\n<p align="center">Keep your notes in order.</p>\n\n## Install\n\nRun it.\n');
    expect(html.parsed.title).toBe('Tidy');
    expect(html.topics.map((topic) => topic.title)).toEqual(['Tidy', 'Install']);
  });

  it('also finds the title in a wrapper written as one block of HTML', async () => {
    const html = await siteOf('README.md', '<div align="center">\n  <img src="logo.svg" alt="Tidy logo">\n  <h1>Tidy</h1>\n  <p>Keep your notes in order.</p>\n</div>\n\n## Install\n\nRun it.\n');
    expect(html.parsed.title).toBe('Tidy');
    expect(html.topics.map((topic) => topic.title)).toEqual(['Tidy', 'Install']);
  });
});

describe('VitePress containers and tables of contents of other tools', () => {
  it('reads ::: kind Title … ::: without blank lines, and ::: details as a folded block under its title', async () => {
    const site = await siteOf('guide.md', '# Notes\n\nIntro.\n\n::: warning Before you start\nBack up your files first.\n:::\n\n::: details Show the reason\nThe disk may fail.\n:::\n');
    expect(alertsOf(site.parsed.blocks)).toEqual(['warning']);
    expect(site.pages[0]).toContain('<strong>Before you start</strong></p><p id="back-up-your-files-first">Back up your files first.</p>');
    expect(site.pages[0]).toMatch(/<details>\s*<summary>Show the reason<\/summary>\s*<p id="the-disk-may-fail">The disk may fail\.<\/p>\s*<\/details>/);
  });

  it('reads the Markdown of a title, as the tools do', async () => {
    const site = await siteOf('guide.md', '# Notes\n\n:::tip[Use `npm ci` on *servers*]\nIt is faster.\n:::\n\n::: details Why **not** npm install?\nIt may change the lock file.\n:::\n');
    expect(site.pages[0]).toContain('<p id="use-npm-ci-on-servers"><strong>Use <code>npm ci</code> on <em>servers</em></strong></p>');
    expect(site.pages[0]).toContain('<summary>Why <strong>not</strong> npm install?</summary>');
  });

  it("leaves out GitLab's [[_TOC_]] and kramdown's * TOC {:toc}, each with a warning", async () => {
    const site = await siteOf('guide.md', '# Notes\n\n[[_TOC_]]\n\n* TOC\n{:toc}\n\nIntro.\n');
    expect(site.parsed.blocks.map((block) => block.text)).toEqual(['Intro.']);
    expect(site.warnings).toEqual(['3:1 toc-marker', '5:1 toc-marker']);
  });
});

describe('kramdown block attributes, MDX comments and Pandoc title blocks', () => {
  it("makes a paragraph under {: .notice--warning} (Jekyll's Minimal Mistakes) a note, and drops other block attributes", async () => {
    const site = await siteOf('post.md', '# Packing\n\nPack the night before.\n{: .notice--info}\n\n**Heads up:** check the weather.\n{: .notice--warning}\n\n* Bread\n* Cheese\n{: .list}\n\n{: #plain .wide}\n\nThe end.\n');
    expect(alertsOf(site.parsed.blocks)).toEqual(['note', 'warning']);
    expect(site.parsed.blocks.map((block) => block.text)).toEqual(['Pack the night before.', 'Heads up: check the weather.', 'Bread\nCheese', 'The end.']);
    expect(site.warnings).toEqual([]);
  });

  it('drops an MDX comment such as Docusaurus\'s {/* truncate */}, as an HTML comment is', async () => {
    const site = await siteOf('post.md', '# News\n\nWe moved to a new office.\n\n{/* truncate */}\n\nThe rest of the post.\n');
    expect(site.parsed.blocks.map((block) => block.text)).toEqual(['We moved to a new office.', 'The rest of the post.']);
    expect(site.article.lines[4]!.text.trim()).toBe('');
  });

  it("takes a Pandoc title block's first line as the title, and warns of its author and date lines", async () => {
    const site = await siteOf('plants.md', '% Caring for houseplants\n% Ana Silva; Ben Okafor\n% March 2024\n\nPlants need light.\n\n# Watering\n\nWater when dry.\n\n# Light\n\nA north window suits ferns.\n');
    expect(site.article.title).toEqual({ value: 'Caring for houseplants', from: 'title block' });
    expect(site.topics.map((topic) => topic.title)).toEqual(['Overview', 'Watering', 'Light']);
    expect(site.all).not.toContain('%');
    expect(site.article.warnings.map((warning) => `${warning.position.line}:${warning.position.column} ${warning.message}`)).toEqual([
      "2:3 the title block's author line is not used",
      "3:3 the title block's date line is not used",
    ]);
  });

  it('stops at a file that is only a title block, at its last line', async () => {
    const error = await unfoldErrorOf(() => siteOf('plants.md', '% Caring for houseplants\n% Ana Silva\n'));
    expect(error.format()).toBe("plants.md:2:1: has a title block but no text after it\n  hint: write the article below the title block's `%` lines");
  });
});

describe('Prose that only looks like those dialects is left as written', () => {
  const prose = [
    '# Notes', // 1
    '', // 2
    'Wow!!! That was close. Did it work???', // 3
    '', // 4
    '::: this fence is never closed', // 5
    '', // 6
    'import duties rose by a tenth, as the table shows.', // 7
    '', // 8
    'export default settings before you share the file.', // 9
    '', // 10
    '## Using {braces} in names', // 11
    '', // 12
    'Write [TOC] where the contents go, and [a word]{in braces}.', // 13
    '', // 14
    '```md', // 15
    ':::note', // 16
    'Inside code.', // 17
    ':::', // 18
    '!!! note', // 19
    '    Still code.', // 20
    '```', // 21
    '', // 22
    '<div align="center">', // 23
    '  <a href="https://example.com">Home</a> · <a href="https://example.com/docs">Docs</a>', // 24
    '</div>', // 25
    '', // 26
    '% of the vote went to the others, and {: this} stays.', // 27
    '', // 28
    '=== Results, in full ===', // 29
  ].join('\n');

  it('changes no text and warns of nothing', async () => {
    const site = await siteOf('notes.md', prose);
    expect(site.parsed.blocks.map((block) => block.text)).toEqual([
      'Wow!!! That was close. Did it work???',
      '::: this fence is never closed',
      'import duties rose by a tenth, as the table shows.',
      'export default settings before you share the file.',
      'Using {braces} in names',
      'Write [TOC] where the contents go, and [a word]{in braces}.',
      ':::note Inside code. ::: !!! note Still code.',
      'Home · Docs',
      '% of the vote went to the others, and {: this} stays.',
      '=== Results, in full ===',
    ]);
    expect(site.all).toContain('<code class="language-md">:::note\nInside code.\n:::\n!!! note\n    Still code.\n</code>');
    expect(site.warnings).toEqual([]);
  });
});

describe('Each dialect through the whole pipeline, as SITE_SOURCE builds it', () => {
  const cases: [string, string, number, string[]][] = [
    ['docusaurus/installation.md', 'Installation', 4, ['front-matter-key-ignored', 'mdx-code']],
    ['mkdocs/composting.md', 'Composting at home', 4, []],
    ['pandoc/houseplants.md', 'Caring for houseplants', 4, ['fence-left-out', 'front-matter-key-ignored']],
    ['centred-readme/README.md', 'Tidy Notes', 4, ['remote-image', 'toc-marker']],
  ];
  for (const [fixture, title, pages, rules] of cases) {
    it(`builds ${fixture}: its own title, one page per section, every sentence found on the pages, no link left as words`, async () => {
      // runPipeline stops when a sentence of the article is on no page.
      const result = await runPipeline(repoRoot, { SITE_SOURCE: formats(fixture) });
      expect(result.provenance.title.value).toBe(title);
      expect(result.topics).toHaveLength(pages);
      expect(result.sentences).toBeGreaterThan(5);
      // No missing file, other document or broken heading link: only the warnings each dialect's input asks for.
      expect([...new Set(result.warnings.map((warning) => warning.rule))].sort()).toEqual(rules);
    });
  }
});
