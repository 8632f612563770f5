// Client code that cuts text into words, on a page whose language puts no spaces between them: the Japanese
// article of tests/fixtures/rtl/ja/ built and opened in Chromium. The "#" that follows the block a reader is
// in is named by the block's first ten words as Intl.Segmenter finds them in the page's language, as the "#"
// of headings and items are at build time, not by the whole paragraph that splitting at spaces gives; and a
// link to a selected passage quotes the words selected, widened to whole words, not the whole run of text.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../build/project.ts';
import { useSiteInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

const TOPIC = '水やりのこつ/';
/** A paragraph of that topic of some forty words, and its first ten as a Japanese segmenter finds them. */
const PARAGRAPH = '土の表面が乾いたら、鉢の底から水が流れ出るまでたっぷりと与えます。受け皿にたまった水は必ず捨ててください。';
const FIRST_TEN = '土の表面が乾いたら、鉢の底';
/** Words inside that paragraph's first sentence, selected from the middle of a word. */
const SELECTED = 'っぷりと与え';
const PASSAGE = 'たっぷりと与え';

const site = useSiteInBrowser({ env: { SITE_SOURCE: path.join(repoRoot, 'tests/fixtures/rtl/ja/herbs.md') } });

describe('a Japanese page', () => {
  it('names the "#" of a paragraph by its first ten words, not by the whole paragraph', async () => {
    expect([...new Intl.Segmenter('ja', { granularity: 'word' }).segment(FIRST_TEN)].filter((word) => word.isWordLike)).toHaveLength(10);
    const context = await newTestContext(site.browser);
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    try {
      const page = await context.newPage();
      await page.goto(site.url(TOPIC));
      const paragraph = page.locator('.topic-body > p[id]', { hasText: PARAGRAPH });
      await paragraph.hover();
      const link = paragraph.locator('a.block-link');
      await link.waitFor({ state: 'attached' });
      // The name is the site's "Link to: {text}" (LinkCopy.astro's template) around the block's first words.
      const name = (await link.textContent()) ?? '';
      expect(name).toContain(`${FIRST_TEN}…`);
      expect(name).not.toContain(PARAGRAPH.slice(FIRST_TEN.length, FIRST_TEN.length + 4));
    } finally {
      await context.close();
    }
  });

  it('links a passage selected inside a sentence by the words selected, and lands on it highlighted', async () => {
    const context = await newTestContext(site.browser);
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    try {
      const page = await context.newPage();
      await page.goto(site.url(TOPIC));
      const id = await page.locator('.topic-body > p[id]', { hasText: PARAGRAPH }).getAttribute('id');
      await page.evaluate((text) => {
        const walker = document.createTreeWalker(document.querySelector('.topic-body')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(text);
          if (at !== -1) return void getSelection()!.setBaseAndExtent(node, at, node, at + text.length);
        }
        throw new Error(`"${text}" is not on the page`);
      }, SELECTED);
      const copy = page.locator('.passage-share a[data-copy]');
      await copy.waitFor();
      const link = new URL((await copy.getAttribute('href'))!, page.url()).href;
      expect(decodeURIComponent(new URL(link).hash)).toBe(`#${id}:~:text=${PASSAGE}`);

      const landed = await context.newPage();
      await landed.goto(link, { waitUntil: 'load' });
      await expect.poll(() => landed.evaluate(() => [...(CSS.highlights.get('shared-passage') ?? [])].map((range) => range.toString()))).toEqual([PASSAGE]);
    } finally {
      await context.close();
    }
  });
});
