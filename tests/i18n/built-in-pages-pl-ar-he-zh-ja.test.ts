// The Polish, Arabic, Hebrew, Chinese and Japanese built-in pages beyond what tests/unit/built-in-pages.test.ts
// checks of every language (the English page's headings, paragraphs, list items and links): the front matter
// translated, and the site's controls named as the language's table names them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/i18n/words.ts';
import { builtInPages, builtInPagesDir } from '../../src/utils/site-pages.ts';

const markdown = unified().use(remarkParse).use(remarkFrontmatter);

/** A built-in page's front matter, and the text of its bold words (which name the site's own controls). */
function read(lang: string, id: string): { frontMatter: Record<string, unknown>; strong: string[] } {
  const tree = markdown.parse(readFileSync(path.join(builtInPagesDir, lang, `${id}.md`), 'utf8')) as Root;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const strong: string[] = [];
  visit(tree, 'strong', (node) => void strong.push(toString(node)));
  return { frontMatter: yaml?.type === 'yaml' ? (parseYaml(yaml.value) as Record<string, unknown>) : {}, strong };
}

describe.each(['pl', 'ar', 'he', 'zh', 'ja'])('the built-in pages in %s', (lang) => {
  const words = wordsOf(lang);

  it.each(builtInPages)('%s has the English front matter’s keys, each translated', (id) => {
    const english = read('en', id).frontMatter;
    const translated = read(lang, id).frontMatter;
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(translated)) {
      expect(typeof value, key).toBe('string');
      expect(value, key).not.toBe(english[key]);
    }
  });

  it('names Browsing safely and the quick exit as the site’s own words do', () => {
    const page = read(lang, 'browsing-safely');
    expect(page.frontMatter['title']).toBe(words.text('pages.browsingSafely'));
    expect(page.strong).toEqual([words.text('quickExit.label')]);
    expect(read('en', 'browsing-safely').strong).toEqual([wordsOf('en').text('quickExit.label')]);
  });
});
