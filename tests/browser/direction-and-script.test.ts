// Sites in the article's direction and script (issue 11): small Arabic, Hebrew and Japanese articles of our
// own (tests/fixtures/rtl/), each built with SITE_SOURCE and opened in Chromium. A right-to-left site is laid
// out as the mirror of a left-to-right one, every site passes axe in light and dark, each script is drawn with
// its own font from the stacks of global.css, and the quick exit and the link controls work and speak in a
// right-to-left page. Nothing here reads the site's own words, which change with the translations: the
// controls are found by their ids and classes, and an announcement is checked by being there and changing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages, repoRoot } from '../build/project.ts';
import { readPngHeader } from '../build/png-header.ts';
import { describeViolations, runAxe } from './axe.ts';
import { listPages, useBuiltSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';
import { pixelAt, screenshotPixels } from './screenshot-pixels.ts';
import { addSystemFonts } from './system-fonts.ts';

const SCREENSHOTS = path.join(repoRoot, 'tests/.screenshots');
const PHONE = { width: 360, height: 640 };
const WIDE = { width: 1280, height: 800 };

interface Fixture {
  file: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** A topic with a page before and after it, a list, a quotation and an "On this page". */
  topic: string;
  /** A paragraph of that topic, and words at the end of its first sentence, to select. */
  paragraph: string;
  passage: string;
  /** The font global.css's stack for the language reaches on this machine (system-fonts.ts). */
  font: string;
}

const FIXTURES: Record<string, Fixture> = {
  ar: {
    file: 'tests/fixtures/rtl/ar/houseplants.md',
    lang: 'ar',
    dir: 'rtl',
    topic: 'السقي-دون-إفراط/',
    paragraph: 'الإفراط في السقي يقتل من النباتات',
    passage: 'أكثر مما يقتل العطش',
    font: 'Noto Sans Arabic',
  },
  he: {
    file: 'tests/fixtures/rtl/he/bread.md',
    lang: 'he',
    dir: 'rtl',
    topic: 'התפיחה/',
    paragraph: 'כסו את הקערה במגבת',
    passage: 'במקום חמים',
    font: 'Noto Sans Hebrew',
  },
  ja: {
    file: 'tests/fixtures/rtl/ja/herbs.md',
    lang: 'ja',
    dir: 'ltr',
    topic: '水やりのこつ/',
    paragraph: '土の表面が乾いたら',
    passage: 'たっぷりと与えます',
    font: 'Noto Sans JP',
  },
};

beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));
const built = useBuiltSitesInBrowser(Object.fromEntries(Object.entries(FIXTURES).map(([name, fixture]) => [name, { env: { SITE_SOURCE: path.join(repoRoot, fixture.file) } }])));
const siteOf = (name: string) => built.site(name);
const urlOf = (name: string, page = '') => siteOf(name).url(page);

/** A page in a fresh context with the stand-in system fonts, whose only way out of 127.0.0.1 is the exit page. */
async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const context = await newTestContext(built.browser, options);
  await addSystemFonts(context);
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => (route.request().isNavigationRequest() ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Elsewhere' }) : route.abort()),
  );
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Goes to `url` and waits for its fonts, so that boxes are measured as they are drawn. */
async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (page: Page, selector: string): Promise<Box> => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box;
};
const centre = (box: Box) => box.x + box.width / 2;

describe.each(Object.keys(FIXTURES))('the %s site', (name) => {
  const fixture = FIXTURES[name]!;

  it('says its language and direction on every page', () => {
    const pages = readPages(siteOf(name).dist);
    expect(pages.size).toBeGreaterThan(5);
    for (const [file, html] of pages) {
      expect(/<html[^>]*>/.exec(html)?.[0], file).toBe(`<html lang="${fixture.lang}" dir="${fixture.dir}">`);
    }
  });

  it('draws its text with the font of its script, not a fallback', async () => {
    await withPage(async (page) => {
      await open(page, urlOf(name, fixture.topic));
      const paragraph = page.locator('.topic-body p', { hasText: fixture.paragraph }).first();
      const session = await page.context().newCDPSession(page);
      await session.send('DOM.enable');
      await session.send('CSS.enable');
      const { root } = await session.send('DOM.getDocument');
      const id = await paragraph.evaluate((element) => (element.id ? `#${CSS.escape(element.id)}` : ''));
      const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: id });
      const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
      const most = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
      // A variable font names itself after its first instance ("Noto Sans JP Thin").
      expect(most?.familyName, JSON.stringify(fonts)).toMatch(new RegExp(`^${fixture.font}( |$)`));
    });
  });

  it('never scrolls sideways on a 360 px phone', async () => {
    await withPage(
      async (page) => {
        for (const relative of listPages(siteOf(name).dist)) {
          await page.goto(urlOf(name, relative));
          const width = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
          expect(width.scrollWidth, `horizontal scroll on /${relative}`).toBeLessThanOrEqual(width.innerWidth);
        }
      },
      { viewport: PHONE },
    );
  });

  it('lays out the page from its own side: quick exit, list indent, trail, prev and next, the rules', async () => {
    const mirrored = fixture.dir === 'rtl';
    /** Whether `a` is nearer the side the line starts from than `b`. */
    const before = (a: number, b: number) => (mirrored ? a > b : a < b);
    await withPage(
      async (page) => {
        await open(page, urlOf(name, fixture.topic));
        // Quick exit at the end of the line: on the left in a right-to-left page.
        const exit = await boxOf(page, '#quick-exit');
        expect(before(centre(exit), PHONE.width / 2), `quick exit at x=${exit.x}`).toBe(false);
        // A list is indented from the side its lines start.
        const list = await boxOf(page, '.topic-body ol');
        const item = await boxOf(page, '.topic-body ol > li');
        const start = (box: Box) => (mirrored ? box.x + box.width : box.x);
        const end = (box: Box) => (mirrored ? box.x : box.x + box.width);
        expect(Math.abs(start(list) - start(item)), 'indent at the start side').toBeGreaterThan(16);
        expect(Math.abs(end(list) - end(item)), 'no indent at the end side').toBeLessThan(1);
        // The trail begins at the start side: home first.
        const crumbs = await page.locator('.breadcrumbs li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON() as Box));
        expect(crumbs.length).toBeGreaterThan(1);
        expect(before(centre(crumbs[0]!), centre(crumbs.at(-1)!)), 'home comes first').toBe(true);
        // "On this page" and a quotation: their rule on the start side.
        for (const selector of ['.on-this-page', '.topic-body blockquote']) {
          const rule = await page.locator(selector).first().evaluate((element) => {
            const style = getComputedStyle(element);
            return { left: style.borderLeftWidth, right: style.borderRightWidth };
          });
          expect(rule[mirrored ? 'right' : 'left'], selector).not.toBe('0px');
          expect(rule[mirrored ? 'left' : 'right'], selector).toBe('0px');
        }
        // The skip link comes in at the start side when focused.
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => document.activeElement?.getBoundingClientRect().toJSON() as Box);
        expect(before(centre(skip), PHONE.width / 2), 'skip link').toBe(true);
      },
      { viewport: PHONE },
    );
    await withPage(
      async (page) => {
        await open(page, urlOf(name, fixture.topic));
        // On a wide screen the quick exit floats in the margin at the end side.
        const exit = await boxOf(page, '#quick-exit');
        expect(mirrored ? exit.x : WIDE.width - exit.x - exit.width, 'quick exit close to its edge').toBeLessThan(40);
        // The previous topic is on the start side, the next on the end side.
        const previous = await boxOf(page, '.prev-next [rel="prev"]');
        const next = await boxOf(page, '.prev-next [rel="next"]');
        expect(previous.y).toBe(next.y);
        expect(before(centre(previous), centre(next)), 'previous before next').toBe(true);
      },
      { viewport: WIDE },
    );
  });

  it.each(['light', 'dark'] as const)('finds no WCAG 2.2 AA violation on any page in %s mode', async (colorScheme) => {
    await withPage(
      async (page) => {
        const found: string[] = [];
        for (const relative of listPages(siteOf(name).dist)) {
          await page.goto(urlOf(name, relative));
          const violations = await runAxe(page);
          if (violations.length > 0) found.push(`/${relative}:\n${describeViolations(violations)}`);
        }
        expect(found, found.join('\n')).toEqual([]);
      },
      { colorScheme },
    );
  });
});

describe('a right-to-left page', () => {
  const topic = () => urlOf('ar', FIXTURES['ar']!.topic);

  it('points the trail’s chevrons the way it reads', async () => {
    await withPage(
      async (page) => {
        for (const [name, points] of [['ar', 'left'], ['ja', 'right']] as const) {
          await open(page, urlOf(name, FIXTURES[name]!.topic));
          // The chevron sits between the first two items: its ink, as a column profile, has its tip on one side.
          const [first, second] = await page.locator('.breadcrumbs li').evaluateAll((items) => items.slice(0, 2).map((li) => li.getBoundingClientRect().toJSON() as Box));
          const label = await page.locator('.breadcrumbs li:nth-child(2) > *').boundingBox();
          const left = name === 'ar' ? label!.x + label!.width : first!.x + first!.width;
          const right = name === 'ar' ? first!.x : label!.x;
          // Two pixels in from each side, clear of the links' underlines.
          const png = await page.screenshot({ clip: { x: left + 2, y: second!.y, width: right - left - 4, height: second!.height } });
          expect(await chevronTip(page, png), name).toBe(points);
        }
      },
      { viewport: WIDE },
    );
  });

  it('puts the "#" of a paragraph at its end, the left, and copies its link, announced', async () => {
    await withPage(async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(topic()).origin });
      await open(page, topic());
      const paragraph = page.locator('.topic-body > p[id]', { hasText: FIXTURES['ar']!.paragraph });
      const id = await paragraph.getAttribute('id');
      await paragraph.hover();
      const link = paragraph.locator('a.block-link');
      await expect.poll(() => link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      const text = (await paragraph.boundingBox())!;
      const mark = (await link.boundingBox())!;
      expect(centre(mark), 'the "#" is in the left half of the paragraph').toBeLessThan(centre(text));
      await link.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`#${id}`, topic()).href);
      await expect.poll(() => page.locator('#copy-status').textContent()).not.toBe('');
      await expect(paragraph.locator('.copy-status').textContent()).resolves.toBe(await page.locator('#copy-status').textContent());
    });
  });

  it('offers a link to a selected passage under its start, the right, and copies it, announced', async () => {
    await withPage(async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(topic()).origin });
      await open(page, topic());
      const { paragraph, passage } = FIXTURES['ar']!;
      const selector = `.topic-body > p[id]`;
      const line = await page.evaluate(
        ({ selector, paragraph, passage }) => {
          const block = [...document.querySelectorAll(selector)].find((element) => element.textContent.includes(paragraph))!;
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            const at = node.data.indexOf(passage);
            if (at === -1) continue;
            getSelection()!.setBaseAndExtent(node, at, node, at + passage.length);
            return [...getSelection()!.getRangeAt(0).getClientRects()].filter((rect) => rect.width > 0).at(-1)!.toJSON() as DOMRect;
          }
          throw new Error(`"${passage}" is not in the paragraph`);
        },
        { selector, paragraph, passage },
      );
      const bar = page.locator('.passage-share');
      await bar.waitFor();
      const box = (await bar.boundingBox())!;
      expect(box.y, 'under the selected line').toBeGreaterThanOrEqual(line.bottom);
      expect(Math.abs(box.x + box.width - line.right), `its right edge (${box.x + box.width}) at the selection's (${line.right})`).toBeLessThan(2);
      await bar.locator('a[data-copy]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(':~:text=');
      await expect.poll(() => page.locator('#copy-status').textContent()).not.toBe('');
    });
  });

  it('leaves with the quick exit, and Back does not come back to the page left', async () => {
    await withPage(async (page) => {
      const home = urlOf('ar');
      await open(page, home);
      await open(page, topic());
      const exit = await page.locator('#quick-exit').getAttribute('href');
      await page.locator('#quick-exit').click();
      await page.waitForURL(exit!);
      await page.goBack();
      expect(page.url()).toBe(home);
    });
  });

  it('leaves after Shift is pressed alone three times, announcing each press before the last', async () => {
    await withPage(async (page) => {
      await open(page, topic());
      const exit = await page.locator('#quick-exit').getAttribute('href');
      const status = page.locator('#quick-exit-status');
      await expect(status.textContent()).resolves.toBe('');
      await page.keyboard.press('Shift');
      const first = await status.textContent();
      expect(first).not.toBe('');
      await page.keyboard.press('Shift');
      const second = await status.textContent();
      expect(second).not.toBe('');
      expect(second, 'the second announcement differs from the first').not.toBe(first);
      await page.keyboard.press('Shift');
      await page.waitForURL(exit!);
    });
  });
});

describe('a Japanese page', () => {
  it('has the taller lines of CJK text, and emphasis without italics', async () => {
    await withPage(async (page) => {
      await open(page, urlOf('ja', '場所を選ぶ/'));
      const text = await page.locator('.topic-body p').first().evaluate((element) => {
        const style = getComputedStyle(element);
        return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize);
      });
      expect(text).toBeCloseTo(1.8, 2);
      const emphasis = await page.locator('.topic-body em').first().evaluate((element) => {
        const style = getComputedStyle(element);
        return { fontStyle: style.fontStyle, mark: style.textEmphasisStyle };
      });
      // "filled" is the default, which the computed value leaves out.
      expect(emphasis).toEqual({ fontStyle: 'normal', mark: 'sesame' });
    });
  });

  it('spaces out the letters of a label in capitals, which an Arabic page never does', async () => {
    await withPage(async (page) => {
      const spacing: Record<string, string> = {};
      for (const name of ['ja', 'ar']) {
        await open(page, urlOf(name, FIXTURES[name]!.topic));
        spacing[name] = await page.locator('main header .kind').evaluate((element) => getComputedStyle(element).letterSpacing);
      }
      expect(spacing['ja']).not.toMatch(/^(0px|normal)$/);
      expect(spacing['ar']).toMatch(/^(0px|normal)$/);
    });
  });
});

describe('screenshots at 360 px', () => {
  it.each(['ar', 'ja', 'he'])('of a %s topic page, in tests/.screenshots/', async (name) => {
    await withPage(
      async (page) => {
        await open(page, urlOf(name, FIXTURES[name]!.topic));
        const file = path.join(SCREENSHOTS, `topic-${name}-360.png`);
        const png = await page.screenshot({ fullPage: true });
        writeFileSync(file, png);
        expect(readPngHeader(png).width).toBe(PHONE.width);
      },
      { viewport: PHONE },
    );
  });
});

/** Which way a chevron in `png` points: the side where its ink's middle rows reach further than its top and bottom rows. */
async function chevronTip(page: Page, png: Buffer): Promise<'left' | 'right' | 'unclear'> {
  const pixels = await screenshotPixels(page, png);
  const background = pixelAt(pixels, 0, 0);
  const rows: { first: number; last: number }[] = [];
  for (let y = 0; y < pixels.height; y++) {
    let first = -1;
    let last = -1;
    for (let x = 0; x < pixels.width; x++) {
      const difference = pixelAt(pixels, x, y).reduce((sum, channel, index) => sum + Math.abs(channel - background[index]!), 0);
      if (difference <= 60) continue;
      if (first === -1) first = x;
      last = x;
    }
    if (first !== -1) rows.push({ first, last });
  }
  if (rows.length < 3) return 'unclear';
  const middle = rows[Math.floor(rows.length / 2)]!;
  const ends = [rows[0]!, rows.at(-1)!];
  if (ends.every((row) => middle.first < row.first)) return 'left';
  if (ends.every((row) => middle.last > row.last)) return 'right';
  return 'unclear';
}
