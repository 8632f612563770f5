// Sharing a block or a passage (issue 12), in Chromium: the "#" that follows the paragraph a reader is in,
// "Copy link to this passage" beside a selection, and landing on a shared passage, with a mouse, the
// keyboard and a finger. The clipboard is read back; the share sheet is a stub that records what it got.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './axe.ts';
import { useSitesInBrowser } from './built-site.ts';
import { launchChromium, newTestContext } from './chromium.ts';
import { pixelAt, screenshotPixels } from './screenshot-pixels.ts';

const BASES = ['/', '/guide/'];
const RED_FLAGS = 'red-flags-of-the-avoidant/';
const RED_FLAGS_ID = 'red-flags-of-the-avoidant-include';
const PASSAGE = 'having avoided cohabitation';
const PASSAGE_LINK = `#${RED_FLAGS_ID}:~:text=having%20avoided%20cohabitation`;
/** The last sentence of the same long paragraph: on a phone, far below the paragraph's start. */
const LAST_SENTENCE = 'It is meaningless unless it is sustained, reciprocal and reliable.';
const PHONE = { viewport: { width: 360, height: 640 } };

const suite = useSitesInBrowser(BASES);

/**
 * This Chromium, driven by Playwright, never acts on a text directive itself (it lands on the block's id, as
 * without the directive: see "without JavaScript" below), so the landing tests see our script's work, as in a
 * browser without text fragments; the browser's own ::target-text in a reader's Chrome is not what they check.
 * A second Chromium, with Blink's TextFragmentIdentifiers feature off, has no `document.fragmentDirective` at
 * all, like a browser that never knew text fragments. Chromium takes the directive out of `location.hash`
 * either way; our script reads it where Chromium keeps it (the Navigation API's entry), and a browser that
 * leaves it in `location.hash` gives the same address to the same parsing, finding and marking.
 */
let withoutTextFragments: Browser | undefined;
beforeAll(async () => {
  withoutTextFragments = await launchChromium(['--disable-blink-features=TextFragmentIdentifiers']);
}, 60_000);
afterAll(async () => {
  await withoutTextFragments?.close();
});

async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>, options: BrowserContextOptions = {}, browser = suite.browser): Promise<void> {
  const context = await newTestContext(browser, options);
  // Nothing may leave 127.0.0.1.
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

async function allowClipboard(context: BrowserContext, url: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The viewport box of the first occurrence of `text` inside `selector`, found in the page's text nodes. */
async function textBox(page: Page, selector: string, text: string) {
  return page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) return undefined;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rects = [...range.getClientRects()];
        const box = range.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, first: rects[0]!.toJSON() as DOMRect, last: rects.at(-1)!.toJSON() as DOMRect };
      }
      return undefined;
    },
    { selector, text },
  );
}

/** Selects `text` inside `selector` by dragging the mouse across it, as a reader does. */
async function dragSelect(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const box = await textBox(page, selector, text);
  if (!box) throw new Error(`"${text}" is not in ${selector}`);
  await page.mouse.move(box.first.left + 1, box.first.top + box.first.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.last.right - 1, box.last.top + box.last.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(text);
}

/** Selects `text` inside `selector` with the Selection API, as caret browsing with Shift+arrows leaves it. */
async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at !== -1) return void getSelection()!.setBaseAndExtent(node, at, node, at + text.length);
      }
      throw new Error(`"${text}" is not in ${selector}`);
    },
    { selector, text },
  );
}

/** The share of the pixels in a screenshot that are `colour` (±6 per channel). */
async function colourShare(page: Page, png: Buffer, colour: string): Promise<number> {
  const pixels = await screenshotPixels(page, png);
  const wanted = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));
  let matching = 0;
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) {
      if (pixelAt(pixels, x, y).every((channel, index) => Math.abs(channel - wanted[index]!) <= 6)) matching++;
    }
  }
  return matching / (pixels.width * pixels.height);
}

/** The text of each range our landing script highlighted. */
const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('shared-passage') ?? [])].map((range) => range.toString()));

/** The page's passage colour (`--passage`), as `#rrggbb`. */
const passageColour = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--passage').trim());

/** Whether `text` inside `selector` is on screen, below the sticky quick-exit bar, and painted in the passage colour. */
async function expectMarkedInView(page: Page, selector: string, text: string): Promise<void> {
  const box = await textBox(page, selector, text);
  if (!box) throw new Error(`"${text}" is not in ${selector}`);
  const viewport = page.viewportSize()!;
  const bar = await page.locator('.quick-exit-bar').boundingBox();
  expect(box.top, 'the passage is below the top of the screen').toBeGreaterThanOrEqual(0);
  expect(box.bottom, 'the passage is above the bottom of the screen').toBeLessThanOrEqual(viewport.height);
  if (bar && bar.y + bar.height < viewport.height / 2 && bar.x < box.right && box.left < bar.x + bar.width) {
    expect(box.top, 'the passage is not under the quick-exit bar').toBeGreaterThanOrEqual(bar.y + bar.height);
  }
  const colour = await passageColour(page);
  // The mark is painted with a frame to come, which a loaded 2-core machine may draw late, and the page may
  // still be settling its scroll then: the passage's first line is measured again at each look.
  const painted = async () => {
    const line = (await textBox(page, selector, text))!.first;
    return colourShare(page, await page.screenshot({ clip: { x: line.left, y: line.top, width: Math.max(1, line.right - line.left), height: line.height } }), colour);
  };
  await expect.poll(painted, { message: 'share of the passage painted in the passage colour' }).toBeGreaterThan(0.3);
}

describe.each(BASES)('the site served at %s', (base) => {
  describe('the "#" that follows the block the reader is in', () => {
    it('copies a paragraph’s link with the mouse: it appears at the end of the paragraph pointed at, alone', async () => {
      const pageUrl = suite.site.url(base, 'be-reliable/');
      await withPage(async (page, context) => {
        await allowClipboard(context, pageUrl);
        await page.goto(pageUrl);
        const paragraph = page.locator('.topic-body > p[id]').nth(1);
        const id = await paragraph.getAttribute('id');
        await paragraph.hover();
        const link = paragraph.locator('a.block-link');
        await expect.poll(() => link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
        await expect(page.locator('a.block-link').count(), 'one link for all the paragraphs').resolves.toBe(1);
        await link.click();
        await expect.poll(() => clipboard(page)).toBe(`${pageUrl}#${id}`);
        await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
        await expect(paragraph.locator('.copy-status').textContent()).resolves.toBe('Link copied');
        expect(page.url()).toBe(`${pageUrl}#${id}`);
      });
    });
  });

  describe('a passage', () => {
    it('selected with the mouse in "Red flags of the avoidant" gives a text-fragment link, announced', async () => {
      const pageUrl = suite.site.url(base, RED_FLAGS);
      await withPage(async (page, context) => {
        await allowClipboard(context, pageUrl);
        await page.goto(pageUrl);
        await dragSelect(page, `#${RED_FLAGS_ID}`, PASSAGE);
        const copy = page.getByRole('group', { name: 'Selected passage' }).getByRole('link', { name: 'Copy link to this passage' });
        await copy.waitFor();
        // Beside the selection: just under its last line.
        const box = (await textBox(page, `#${RED_FLAGS_ID}`, PASSAGE))!;
        const bar = (await page.locator('.passage-share').boundingBox())!;
        expect(bar.y).toBeGreaterThanOrEqual(box.last.bottom);
        expect(bar.y).toBeLessThan(box.last.bottom + 40);
        await expect(page.getByRole('link', { name: 'Share', exact: true }).count(), 'no Share without a touch screen').resolves.toBe(0);
        await copy.click();
        await expect.poll(() => clipboard(page)).toBe(`${pageUrl}${PASSAGE_LINK}`);
        await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
        // The reader is looking at the passage already: the address stays as it was.
        expect(page.url()).toBe(pageUrl);
      });
    });

    it('opened in a fresh page is on screen and highlighted, on a wide screen and on a phone', async () => {
      for (const options of [{}, PHONE]) {
        await withPage(async (page) => {
          await page.goto(suite.site.url(base, RED_FLAGS) + PASSAGE_LINK, { waitUntil: 'load' });
          await expect.poll(() => highlighted(page)).toEqual([PASSAGE]);
          await expectMarkedInView(page, `#${RED_FLAGS_ID}`, PASSAGE);
        }, options);
      }
    });

    it('opened in a browser without text fragments is found by our script, scrolled to and highlighted', async () => {
      const pageUrl = suite.site.url(base, RED_FLAGS);
      let link = '';
      await withPage(async (page, context) => {
        await allowClipboard(context, pageUrl);
        await page.goto(pageUrl);
        await selectText(page, `#${RED_FLAGS_ID}`, LAST_SENTENCE);
        await page.getByRole('link', { name: 'Copy link to this passage' }).click();
        await expect.poll(() => clipboard(page)).toContain(':~:text=');
        link = await clipboard(page);
      });
      expect(link).toBe(`${pageUrl}#${RED_FLAGS_ID}:~:text=It%20is%20meaningless,reciprocal%20and%20reliable.`);

      await withPage(
        async (page) => {
          await page.goto(link);
          expect(await page.evaluate(() => 'fragmentDirective' in document), 'this browser has no text fragments').toBe(false);
          await expect.poll(() => highlighted(page)).toEqual([LAST_SENTENCE]);
          await expectMarkedInView(page, `#${RED_FLAGS_ID}`, LAST_SENTENCE);
          // The Custom Highlight API changes nothing in the document.
          await expect(page.locator('.shared-passage').count()).resolves.toBe(0);
        },
        PHONE,
        withoutTextFragments,
      );
    });
  });
});

describe('the "#" with the keyboard', () => {
  it('is one tab stop after the first paragraph, moves with the arrows and copies with Enter', async () => {
    const pageUrl = suite.site.url('/', 'communicate-your-needs/');
    await withPage(async (page, context) => {
      await allowClipboard(context, pageUrl);
      await page.goto(pageUrl);
      const ids = await page.locator('.topic-body > p[id]').evaluateAll((paragraphs) => paragraphs.map((paragraph) => paragraph.id));
      for (let press = 0; press < 40; press++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('block-link'))) break;
      }
      const focused = () => page.evaluate(() => ({ block: document.activeElement?.parentElement?.id, href: document.activeElement?.getAttribute('href'), name: document.activeElement?.textContent }));
      await expect(focused()).resolves.toMatchObject({ block: ids[0], href: `#${ids[0]}` });
      const link = page.locator('a.block-link');
      expect(await link.getAttribute('aria-description')).toBe('Up and down arrows move it to another paragraph');
      expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      // The block it acts on is outlined while it has focus.
      expect(await page.locator(`#${ids[0]}`).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('dashed');

      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(focused()).resolves.toMatchObject({ block: ids[2], href: `#${ids[2]}` });
      expect((await focused()).name).toMatch(/^Link to: \S+( \S+){9}…$/);
      await page.keyboard.press('ArrowUp');
      await expect(focused()).resolves.toMatchObject({ block: ids[1] });
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toBe(`${pageUrl}#${ids[1]}`);
      await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');

      // Shift+Tab leaves it for the control before it; if that is a link in an earlier paragraph, the "#"
      // follows focus there, and Tab comes back to it, at the end of that paragraph.
      await page.keyboard.press('Shift+Tab');
      const before = await page.evaluate(() => document.activeElement?.closest('.topic-body p[id]')?.id);
      await page.keyboard.press('Tab');
      await expect(focused()).resolves.toMatchObject({ block: before ?? ids[1] });
      expect(await page.evaluate(() => document.activeElement?.classList.contains('block-link'))).toBe(true);
    });
  });

  it('starts at the paragraph a link names, not the first one, so that Tab from the landing reaches it', async () => {
    const pageUrl = suite.site.url('/', 'communicate-your-needs/');
    await withPage(async (page, context) => {
      await page.goto(pageUrl);
      const third = await page.locator('.topic-body > p[id]').nth(2).getAttribute('id');
      const landed = await context.newPage();
      await landed.goto(`${pageUrl}#${third}`, { waitUntil: 'load' });
      expect(await landed.evaluate(() => document.querySelector('a.block-link')?.parentElement?.id)).toBe(third);
    });
  });

  it('follows focus into a paragraph: Tab from a link in it comes to the paragraph’s "#" next', async () => {
    const pageUrl = suite.site.url('/', RED_FLAGS);
    await withPage(async (page) => {
      await page.goto(pageUrl);
      await page.locator(`#${RED_FLAGS_ID} a.term-link`).first().focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => [document.activeElement?.className, document.activeElement?.parentElement?.id])).toEqual(['anchor-link block-link', RED_FLAGS_ID]);
    });
  });

  it('copies a list item’s and a quotation’s link, each with the mouse and with the keyboard', async () => {
    const cases = [
      { page: 'signs-of-trauma-bonding/', block: 'li#he-didnt-mean-to-it-was', link: 'a.anchor-link' },
      { page: 'be-prepared-to-leave/', block: 'blockquote > p#this-behaviour-is-a-desperate-attempt', link: 'a.block-link' },
    ];
    for (const { page: path, block, link } of cases) {
      const pageUrl = suite.site.url('/', path);
      const id = block.split('#')[1];
      await withPage(async (page, context) => {
        await allowClipboard(context, pageUrl);
        await page.goto(pageUrl);
        await page.locator(block).hover();
        await page.locator(`${block} > ${link}`).click();
        await expect.poll(() => clipboard(page), { message: `${path} with the mouse` }).toBe(`${pageUrl}#${id}`);

        await page.evaluate(() => navigator.clipboard.writeText(''));
        await page.goto(pageUrl);
        if (link === 'a.block-link') {
          // From the first paragraph's "#", the arrows bring it to the quotation.
          for (let press = 0; press < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('block-link'))); press++) await page.keyboard.press('Tab');
          for (let press = 0; press < 80 && (await page.evaluate(() => document.activeElement?.parentElement?.id)) !== id; press++) await page.keyboard.press('ArrowDown');
          expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Link to: \W?This behaviour is a desperate attempt/);
        } else {
          for (let press = 0; press < 80 && !(await page.evaluate((id) => document.activeElement?.parentElement?.id === id, id)); press++) await page.keyboard.press('Tab');
        }
        expect(await page.evaluate(() => document.activeElement?.parentElement?.id), `${path}: the keyboard reached the block’s "#"`).toBe(id);
        await page.keyboard.press('Enter');
        await expect.poll(() => clipboard(page), { message: `${path} with the keyboard` }).toBe(`${pageUrl}#${id}`);
        await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
      });
    }
  });
});

describe('a passage with the keyboard', () => {
  it('selected as caret browsing does is followed in the Tab order by its control, which Enter presses', async () => {
    const pageUrl = suite.site.url('/', RED_FLAGS);
    await withPage(async (page, context) => {
      await allowClipboard(context, pageUrl);
      await page.goto(pageUrl);
      // Where caret browsing's caret is: a click there moves the start of the Tab order as the caret does.
      const box = (await textBox(page, `#${RED_FLAGS_ID}`, PASSAGE))!;
      await page.mouse.click(box.first.left + 1, box.first.top + box.first.height / 2);
      await selectText(page, `#${RED_FLAGS_ID}`, PASSAGE);
      await page.getByRole('link', { name: 'Copy link to this passage' }).waitFor();
      // From the selection, Tab passes any link between the caret and the selection's end, then comes to the control.
      for (let press = 0; press < 5 && !(await page.evaluate(() => document.activeElement?.closest('.passage-share'))); press++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this passage');
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toBe(`${pageUrl}${PASSAGE_LINK}`);
      await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
    });
  });
});

describe('on a touch screen', () => {
  const touch: BrowserContextOptions = { ...PHONE, hasTouch: true, isMobile: true };

  /** navigator.share as a stub that records what it is given. */
  async function stubShare(context: BrowserContext): Promise<void> {
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
    });
  }
  const shared = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.map((data) => data.url));

  it('a tap on a paragraph brings its "#", and a tap on that opens the share sheet with the paragraph’s link', async () => {
    const pageUrl = suite.site.url('/', 'be-reliable/');
    await withPage(async (page, context) => {
      await stubShare(context);
      await page.goto(pageUrl);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      const paragraph = page.locator('.topic-body > p[id]').nth(1);
      const id = await paragraph.getAttribute('id');
      await paragraph.tap({ position: { x: 20, y: 10 } });
      const link = paragraph.locator('a.block-link');
      await expect.poll(() => link.count()).toBe(1);
      // No hover on a touch screen: the "#" always shows, and is large enough to tap.
      expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      const box = (await link.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      await link.tap();
      await expect.poll(() => shared(page)).toEqual([`${pageUrl}#${id}`]);
    }, touch);
  }, 60_000);

  it('a selected passage offers "Copy link to this passage" and "Share"; each does what it says', async () => {
    const pageUrl = suite.site.url('/', RED_FLAGS);
    await withPage(
      async (page, context) => {
        await allowClipboard(context, pageUrl);
        await stubShare(context);
        await page.goto(pageUrl);
        await selectText(page, `#${RED_FLAGS_ID}`, PASSAGE);
        const group = page.getByRole('group', { name: 'Selected passage' });
        await group.getByRole('link', { name: 'Share', exact: true }).tap();
        await expect.poll(() => shared(page)).toEqual([`${pageUrl}${PASSAGE_LINK}`]);
        await group.getByRole('link', { name: 'Copy link to this passage' }).tap();
        await expect.poll(() => clipboard(page)).toBe(`${pageUrl}${PASSAGE_LINK}`);
        expect(await shared(page), 'Copy copies, even where sharing is possible').toHaveLength(1);
        for (const control of await group.getByRole('link').all()) {
          const box = (await control.boundingBox())!;
          expect(box.height, 'a control large enough to tap').toBeGreaterThanOrEqual(24);
        }
      },
      touch,
    );
  }, 60_000);
});

describe('outside the article', () => {
  it('a selection offers nothing and loads no passage code', async () => {
    await withPage(async (page) => {
      await page.goto(suite.site.url('/', RED_FLAGS));
      // The page's title and summary belong to the article but are not its text; the rest is the site's.
      for (const selector of ['h1', '.summary', '.safety-notice', '.topic-nav h2']) {
        const words = (await page.locator(selector).first().innerText()).split(/\s+/)[0]!;
        await dragSelect(page, selector, words);
        await page.waitForTimeout(400);
        await expect(page.locator('.passage-share').count(), selector).resolves.toBe(0);
      }
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('passage')));
      expect(scripts).toEqual([]);
      // The first selection inside the text loads it.
      await dragSelect(page, `#${RED_FLAGS_ID}`, PASSAGE);
      await page.locator('.passage-share').waitFor();
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('passage')));
      expect(loaded).toEqual([expect.stringMatching(/\/_astro\/passage-link-[\w-]+\.js$/)]);
    });
  });
});

describe('the passage mark', () => {
  it('is never the author’s emphasis, and prints as a double underline', async () => {
    await withPage(
      async (page) => {
        // Without the Custom Highlight API, our script wraps the passage: the mark is then an element to compare.
        await page.addInitScript(() => void Reflect.deleteProperty(CSS, 'highlights'));
        await page.goto(suite.site.url('/', RED_FLAGS) + PASSAGE_LINK);
        const mark = page.locator('span.shared-passage');
        await expect.poll(() => mark.allTextContents()).toEqual([PASSAGE]);
        const styles = await page.evaluate(() => {
          const paragraph = document.getElementById('red-flags-of-the-avoidant-include')!;
          const probe = (tag: string) => {
            const element = paragraph.appendChild(document.createElement(tag));
            element.textContent = 'x';
            const style = getComputedStyle(element);
            const result = { background: style.backgroundColor, italic: style.fontStyle, weight: style.fontWeight, underline: style.textDecorationLine };
            element.remove();
            return result;
          };
          const marked = getComputedStyle(document.querySelector('.shared-passage')!);
          return {
            passage: { background: marked.backgroundColor, italic: marked.fontStyle, weight: marked.fontWeight, underline: marked.textDecorationLine },
            mark: probe('mark'),
            em: probe('em'),
            strong: probe('strong'),
          };
        });
        expect(styles.passage.underline).toBe('underline');
        expect(styles.passage.background).not.toBe(styles.mark.background);
        expect(styles.passage.italic).not.toBe(styles.em.italic);
        expect(styles.passage.weight).not.toBe(styles.strong.weight);
        for (const emphasis of [styles.mark, styles.em, styles.strong]) expect(emphasis.underline).toBe('none');

        await page.emulateMedia({ media: 'print' });
        // This Chromium may report part of the print style only with the next frames.
        const printed = () =>
          mark.first().evaluate((element) => {
            const style = getComputedStyle(element);
            return `${style.backgroundColor} ${style.textDecorationLine} ${style.textDecorationStyle}`;
          });
        await expect.poll(printed).toBe('rgba(0, 0, 0, 0) underline double');
      },
      {},
      withoutTextFragments,
    );
  });

  it.each(['light', 'dark'] as const)('is readable in %s mode: axe finds no violation with the controls shown and the passage marked', async (colorScheme) => {
    await withPage(
      async (page) => {
        await page.addInitScript(() => void Reflect.deleteProperty(CSS, 'highlights'));
        await page.goto(suite.site.url('/', RED_FLAGS) + PASSAGE_LINK);
        await page.locator('span.shared-passage').first().waitFor();
        await page.locator(`#${RED_FLAGS_ID}`).hover();
        await selectText(page, `#${RED_FLAGS_ID}`, LAST_SENTENCE);
        await page.locator('.passage-share').waitFor();
        await page.locator('a.block-link').focus();
        const violations = await runAxe(page);
        expect(violations, `axe (${colorScheme}):\n${describeViolations(violations)}`).toEqual([]);
      },
      { colorScheme },
      withoutTextFragments,
    );
  });

  it.each(['light', 'dark'] as const)('is readable in %s mode on the browser’s own highlight: text and links keep 4.5:1', async (colorScheme) => {
    await withPage(
      async (page) => {
        await page.goto(suite.site.url('/', RED_FLAGS));
        const colours = await page.evaluate(() => {
          const root = getComputedStyle(document.documentElement);
          return ['--passage', '--text', '--link'].map((name) => root.getPropertyValue(name).trim());
        });
        const luminance = (hex: string) => {
          const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
            const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
            return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => {
          const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
          return (light + 0.05) / (dark + 0.05);
        };
        const [passage = '', text = '', link = ''] = colours;
        expect(contrast(passage, text)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(passage, link)).toBeGreaterThanOrEqual(4.5);
      },
      { colorScheme },
    );
  });
});

describe('without JavaScript', () => {
  it('a passage link lands on its block, whose id comes before the directive', async () => {
    const pageUrl = suite.site.url('/', 'be-reliable/');
    await withPage(
      async (page) => {
        await page.goto(pageUrl);
        const ids = await page.locator('.topic-body > p[id]').evaluateAll((paragraphs) => paragraphs.map((paragraph) => paragraph.id));
        const id = ids.at(-1)!;
        await page.goto(`${pageUrl}#${id}:~:text=words%20edited%20away`);
        await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
        const box = (await page.locator(`#${id}`).boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeLessThan(page.viewportSize()!.height / 2);
        expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      },
      { javaScriptEnabled: false },
    );
  });
});
