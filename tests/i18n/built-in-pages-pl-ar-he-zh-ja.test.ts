import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/i18n/words.ts';

/** The English originals the translations follow. */
const englishDir = 'src/i18n/pages/en';
const pagesDir = 'src/i18n/pages';
const languages = ['pl', 'ar', 'he', 'zh', 'ja'] as const;
const pages = ['about', 'browsing-safely'] as const;

const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

interface PageShape {
  frontMatter: Record<string, unknown>;
  /** The page's blocks by type, in order, with the depth of headings ("heading2", "paragraph", "list3"). */
  blocks: string[];
  links: string[];
  /** The text of the page's bold words, which name the site's own controls. */
  strong: string[];
}

function shapeOf(file: string): PageShape {
  const tree = markdown.parse(readFileSync(file, 'utf8')) as Root;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const blocks = tree.children
    .filter((node) => node.type !== 'yaml')
    .map((node: RootContent) => (node.type === 'heading' ? `heading${node.depth}` : node.type === 'list' ? `list${node.children.length}` : node.type));
  const links: string[] = [];
  const strong: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') links.push(node.url);
    if (node.type === 'strong') strong.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
  });
  return { frontMatter: yaml && 'value' in yaml ? (parseYaml(yaml.value) as Record<string, unknown>) : {}, blocks, links, strong };
}

describe.each(languages)('the built-in pages in %s', (lang) => {
  const words = wordsOf(lang);

  it.each(pages)('%s has the English page’s front matter, blocks and links, translated', (page) => {
    const english = shapeOf(path.join(englishDir, `${page}.md`));
    const translated = shapeOf(path.join(pagesDir, lang, `${page}.md`));
    expect(Object.keys(translated.frontMatter).sort()).toEqual(Object.keys(english.frontMatter).sort());
    for (const [key, value] of Object.entries(translated.frontMatter)) {
      expect(typeof value).toBe('string');
      expect(value).not.toBe(english.frontMatter[key]);
    }
    expect(translated.blocks).toEqual(english.blocks);
    expect(translated.links).toEqual(english.links);
  });

  it('names the quick exit and the Browsing safely page as the site’s own words do', () => {
    const safety = shapeOf(path.join(pagesDir, lang, 'browsing-safely.md'));
    expect(safety.frontMatter['title']).toBe(words.text('pages.browsingSafely'));
    expect(safety.strong).toEqual([words.text('quickExit.label')]);
  });
});
