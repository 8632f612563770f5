// The README fixture (tests/fixtures/media/readme/) built with SITE_SOURCE and crawled in Chromium on a
// 360 px phone: every link and image resolves, each image has its size before it loads and decodes once
// scrolled to, and no request ever goes to another origin, badges and remote logo included.
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../build/project.ts';
import { listPages, useSiteInBrowser } from './built-site.ts';
import { measurePageWeights } from './page-weight.ts';
import { newTestContext } from './chromium.ts';

const fixture = path.join(repoRoot, 'tests/fixtures/media/readme');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface ImageSeen {
  src: string;
  alt: string | null;
  width: string | null;
  height: string | null;
  /** The box's height before the image was loaded, and after. */
  heightBefore: number;
  heightAfter: number;
  naturalWidth: number;
  decoded: boolean;
  overflows: boolean;
}

describe('the README fixture’s site, in a browser on a 360 px phone', () => {
  const site = useSiteInBrowser({
    env: { SITE_SOURCE: 'readme/README.md' },
    prepare: (root) => cpSync(fixture, path.join(root, 'readme'), { recursive: true }),
  });

  it('resolves every link and image, sizes and decodes every image, and asks nothing of another origin', async () => {
    const dist = site.dist;
    const origin = new URL(site.url()).origin;
    const files = new Set((readdirSync(dist, { recursive: true }) as string[]).filter((name) => statSync(path.join(dist, name)).isFile()).map((name) => `/${name.split(path.sep).join('/')}`));
    const problems: string[] = [];
    const idsByPath = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    const images: ImageSeen[] = [];

    for (const relative of listPages(dist)) {
      const context = await newTestContext(site.browser, { viewport: { width: 360, height: 640 } });
      await context.route((url) => url.origin !== origin, (route) => route.abort());
      // Images are held back until their boxes are measured: the page must keep their place before they arrive.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route((url) => url.origin === origin && url.pathname.startsWith('/media/'), async (route) => {
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin) problems.push(`${relative}: requested ${request.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${relative}: console error ${message.text()}`);
      });
      try {
        const url = site.url(relative);
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        const heightsBefore = await page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('main img')].map((image) => (image.naturalWidth === 0 ? image.getBoundingClientRect().height : -1)));
        release();
        await page.waitForLoadState('load');
        const seen = await page.evaluate(async (before) => {
          const found = [];
          for (const [index, image] of [...document.querySelectorAll<HTMLImageElement>('main img')].entries()) {
            const heightBefore = before[index] ?? -1;
            image.scrollIntoView();
            let decoded = true;
            await image.decode().catch(() => (decoded = false));
            found.push({
              src: image.getAttribute('src') ?? '',
              alt: image.getAttribute('alt'),
              width: image.getAttribute('width'),
              height: image.getAttribute('height'),
              heightBefore,
              heightAfter: image.getBoundingClientRect().height,
              naturalWidth: image.naturalWidth,
              decoded,
              overflows: image.getBoundingClientRect().right > document.documentElement.clientWidth,
            });
          }
          return {
            images: found,
            links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href),
            ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
            scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          };
        }, heightsBefore);
        if (seen.scrollsSideways) problems.push(`${relative}: scrolls sideways at 360 px`);
        images.push(...seen.images);
        idsByPath.set(new URL(url).pathname, new Set(seen.ids));
        links.push(...seen.links.map((href) => ({ from: relative, href })));
      } finally {
        await context.close();
      }
    }

    for (const { from, href } of links) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      const ids = idsByPath.get(target.pathname);
      if (!ids && !files.has(target.pathname)) problems.push(`${from}: links to ${href}, which is not a built page or file`);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (ids && fragment !== '' && !ids.has(fragment)) problems.push(`${from}: links to ${href}, whose #${fragment} is not an id there`);
    }
    // The copies a page links to are served, each with an image or PDF type.
    const media = [...new Set(links.map(({ href }) => new URL(href)).filter((url) => url.origin === origin && url.pathname.startsWith('/media/')).map((url) => url.pathname))];
    expect(media.length).toBeGreaterThanOrEqual(2);
    const context = await newTestContext(site.browser);
    for (const pathname of [...media, ...images.map((image) => image.src)]) {
      const response = await context.request.get(new URL(pathname, origin).href);
      if (response.status() !== 200 || !/^(image\/|application\/pdf)/.test(response.headers()['content-type'] ?? '')) problems.push(`${pathname}: answered ${response.status()} ${response.headers()['content-type']}`);
    }
    await context.close();

    expect(images).toHaveLength(4);
    for (const image of images) {
      expect(image.alt, image.src).toBeTruthy();
      expect(Number(image.width), image.src).toBeGreaterThan(0);
      expect(Number(image.height), image.src).toBeGreaterThan(0);
      expect(image.decoded && image.naturalWidth > 0, `${image.src} decoded`).toBe(true);
      // The page keeps the image's place before it arrives, so nothing jumps when it does.
      expect(image.heightBefore, `${image.src} height before loading`).toBeGreaterThan(0);
      expect(image.heightAfter, `${image.src} height after loading`).toBeCloseTo(image.heightBefore, 0);
      expect(image.overflows, `${image.src} fits the phone`).toBe(false);
    }
    expect(links.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('keeps a first visit within the page budget (30 kB), the images above the fold included', async () => {
    const weights = await measurePageWeights(site.browser, site.url(), listPages(site.dist));
    for (const weight of weights) console.log(`${weight.page || 'home'}: ${weight.total.gzip} B (images and other files: ${weight.other.gzip} B)`);
    expect(weights.filter((weight) => weight.total.gzip > 30_000).map((weight) => `${weight.page}: ${weight.total.gzip} B`)).toEqual([]);
  });

  it('passes axe’s WCAG 2.2 AA rules on the page with the images, badges and remote-image links', async () => {
    const context = await newTestContext(site.browser);
    try {
      const page = await context.newPage();
      await page.goto(site.url('tomato-timer/'), { waitUntil: 'load' });
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
