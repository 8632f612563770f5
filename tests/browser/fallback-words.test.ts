// A site in a right-to-left language the site has no words for (Persian, tests/fixtures/rtl/fa/): its menus and
// labels are the English fallback, inside <html lang="fa" dir="rtl">. Each of them is marked as English, so a
// screen reader speaks it in English and it reads left to right, and the article's own words inside them are
// marked Persian again; on the built pages, on the pages as the scripts leave them, and for axe in Chromium.
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { visitParents } from 'unist-util-visit-parents';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages, repoRoot } from '../build/project.ts';
import { parsePages, type BuiltPage } from '../build/site-check.ts';
import { unmarkedEnglish } from '../i18n/unmarked-english.ts';
import { describeViolations, runAxe } from './axe.ts';
import { listPages, useSiteInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

const ARTICLE = 'tests/fixtures/rtl/fa/houseplants.md';
const TOPIC = 'آبیاری-بدون-زیادهروی/';
/** Letters of the Arabic script, which Persian is written in; not its digits, which our words write numbers with (words.ts). */
const PERSIAN = /(?=\p{L})\p{Script=Arabic}/u;

const site = useSiteInBrowser({ env: { SITE_SOURCE: path.join(repoRoot, ARTICLE) } });
/** Each built page's HTML, by its file in dist/. */
let html: Map<string, string>;
let pages: BuiltPage[];

beforeAll(() => {
  html = readPages(site.dist);
  pages = parsePages(html, '/');
});

/** The article's letters in an element marked English with no nearer `lang` giving them back to Persian. */
function persianMarkedEnglish(tree: Root): string[] {
  const found: string[] = [];
  visitParents(tree, 'text', (text, parents) => {
    const marked = parents.filter((node): node is Element => node.type === 'element' && typeof node.properties['lang'] === 'string').at(-1);
    if (marked?.properties['lang'] === 'en' && PERSIAN.test(text.value)) found.push(`<${marked.tagName}> "${text.value.trim().slice(0, 60)}"`);
  });
  return found;
}

async function withPage(run: (page: Page) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const context = await newTestContext(site.browser, options);
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const urlOf = (relative: string) => site.url(relative);

describe('a Persian site, whose words are the English fallback', () => {
  it('builds with the English words, says so, and says Persian, right to left, on every page', () => {
    expect(site.stdout).toMatch(/warning: the site has no words of its own in "fa"/);
    expect(pages.length).toBeGreaterThan(10);
    for (const [file, text] of html) expect(/<html[^>]*>/.exec(text)?.[0], file).toBe('<html lang="fa" dir="rtl">');
  });

  it('marks every English word of ours as English, and only those: the article’s words stay Persian', () => {
    // The check finds our words where they are: the site has them, marked.
    const marked = [...html.values()].flatMap((text) => text.match(/ lang="en"/g) ?? []);
    expect(marked.length).toBeGreaterThan(html.size * 5);
    expect(pages.flatMap((page) => unmarkedEnglish(page.tree).map((leak) => `${page.path} ${leak}`))).toEqual([]);
    expect(pages.flatMap((page) => persianMarkedEnglish(page.tree).map((leak) => `${page.path} ${leak}`))).toEqual([]);
  });

  it('lays our words out left to right, inside a page still laid out from the right', async () => {
    expect(html.get('index.html')).toMatch(/<p class="safety-notice" lang="en" dir="ltr">/);
    await withPage(
      async (page) => {
        await page.goto(urlOf(TOPIC));
        // The question mark at the end of the English question, on its right.
        const notice = await page.locator('.safety-notice').evaluate((element) => getComputedStyle(element).direction);
        expect(notice).toBe('ltr');
        // The reading time: its number before its words, on the right like the lines above it.
        const meta = page.locator('.meta');
        const [number, words] = await meta.evaluate((element) => {
          const text = element.firstChild as Text;
          const box = (from: number, to: number) => {
            const range = document.createRange();
            range.setStart(text, from);
            range.setEnd(text, to);
            return range.getBoundingClientRect().toJSON() as DOMRect;
          };
          return [box(0, 1), box(2, text.length)];
        });
        expect(number!.x, 'the number comes first, on the left of its words').toBeLessThan(words!.x);
        const summary = (await page.locator('.summary').boundingBox())!;
        expect(words!.right, 'aligned on the right, as the summary').toBeCloseTo(summary.x + summary.width, 0);
        // The quick exit stays at the end of the line: the left.
        const exit = (await page.locator('#quick-exit').boundingBox())!;
        expect(exit.x + exit.width / 2).toBeLessThan(180);
      },
      { viewport: { width: 360, height: 640 } },
    );
  });

  it('keeps them marked once its scripts have run: the "#" that follows the paragraph, its note, a passage’s controls', async () => {
    await withPage(async (page) => {
      const found: string[] = [];
      for (const relative of ['', TOPIC, 'search/']) {
        await page.goto(urlOf(relative));
        if (relative === TOPIC) {
          // The "#" that follows the paragraph, pressed: its note says the link was copied, or is in the address bar.
          const paragraph = page.locator('.topic-body > p[id]').first();
          await paragraph.hover();
          await paragraph.locator('a.block-link').click();
          await page.locator('.copy-status').waitFor();
          // Words selected in it: "Copy link to this passage".
          await paragraph.evaluate((element) => {
            const text = element.firstChild as Text;
            getSelection()!.setBaseAndExtent(text, 0, text, 12);
          });
          await page.locator('.passage-share').waitFor();
        }
        const tree = fromHtml(await page.content());
        found.push(...[...unmarkedEnglish(tree), ...persianMarkedEnglish(tree)].map((leak) => `/${relative} ${leak}`));
      }
      expect(found).toEqual([]);
    });
  });

  it('keeps them marked in the search: results, kinds and notices in English, the reader’s query and the article’s words in Persian', async () => {
    await withPage(async (page) => {
      await page.goto(urlOf('search/'));
      const input = page.locator('#search-input');
      // The field speaks its placeholder in English, and what the reader types (which hides it) in Persian.
      const fieldLang = () => input.evaluate((element) => element.closest('[lang]')!.getAttribute('lang'));
      expect(await fieldLang()).toBe('en');
      const shown = () =>
        page.evaluate(() => {
          // A field's placeholder is not shown once it has a value.
          const typed = [...document.querySelectorAll('input')].filter((field) => field.value).map((field) => field.id);
          const copy = document.documentElement.cloneNode(true) as HTMLElement;
          for (const id of typed) copy.querySelector(`#${CSS.escape(id)}`)?.removeAttribute('placeholder');
          return copy.outerHTML;
        });
      const found: string[] = [];
      // Pages found (with their kinds), words no page has all of (the fallback notice), and a word no page has.
      for (const [query, summary] of [['نور', / pages?$/], ['مونسترا پرلیت', /Showing results for/], ['پنگوئن', /^Nothing found for/]] as const) {
        await input.fill(query);
        await expect.poll(fieldLang).toBe('fa');
        await expect.poll(() => page.locator('.search-summary').textContent(), { timeout: 10_000 }).toMatch(summary);
        const tree = fromHtml(await shown());
        found.push(...[...unmarkedEnglish(tree), ...persianMarkedEnglish(tree)].map((leak) => `${query}: ${leak}`));
        const layout = await page.locator('.search-summary').evaluate((element) => ({ lang: element.closest('[lang]')!.getAttribute('lang'), direction: getComputedStyle(element).direction }));
        expect(layout, query).toEqual({ lang: 'en', direction: 'ltr' });
      }
      await input.fill('');
      expect(await fieldLang()).toBe('en');
      await input.fill('نور');
      await page.locator('.search-result-kind').first().waitFor();
      expect(await page.locator('.search-results').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      expect(found).toEqual([]);
    });
  });

  it.each(['light', 'dark'] as const)('finds no WCAG 2.2 AA violation on any page in %s mode', async (colorScheme) => {
    await withPage(
      async (page) => {
        const found: string[] = [];
        for (const relative of listPages(site.dist)) {
          await page.goto(urlOf(relative));
          const violations = await runAxe(page);
          if (violations.length > 0) found.push(`/${relative}:\n${describeViolations(violations)}`);
        }
        expect(found, found.join('\n')).toEqual([]);
      },
      { colorScheme },
    );
  });
});
