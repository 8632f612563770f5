import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeProjectCopy, readPages, runBuild } from './project.ts';
import { brokenLinks, duplicateIds, elementsOf, parsePages, referencesOf, type BuiltPage } from './site-check.ts';

const origin = 'https://example.org';
/** Exact budget: a content page's own JavaScript before anyone touches search, gzip bytes. */
const contentPageScriptBudget = 3 * 1024;

for (const base of ['/', '/guide/']) {
  describe(`the built site served at ${base}`, () => {
    let dist: string;
    let pages: BuiltPage[];
    let files: Set<string>;

    beforeAll(() => {
      const root = makeProjectCopy();
      const run = runBuild(root, { SITE_BASE: base });
      expect(run.status, run.stderr).toBe(0);
      dist = path.join(root, 'dist');
      pages = parsePages(readPages(dist), base);
      files = new Set((readdirSync(dist, { recursive: true }) as string[]).filter((name) => statSync(path.join(dist, name)).isFile()).map((name) => base + name.replace(/\\/g, '/')));
    });

    test('every internal link and #fragment resolves', () => {
      expect(pages.length).toBeGreaterThan(20);
      expect(brokenLinks(pages, files, origin)).toEqual([]);
    });

    test('every id is unique within its page', () => {
      for (const page of pages) expect(duplicateIds(page), page.path).toEqual([]);
    });

    test('no page refers to another origin, except the quick exit link and canonical metadata', () => {
      for (const page of pages) {
        const outside = referencesOf(page).filter((href) => /^(https?:)?\/\//.test(href) && !href.startsWith(`${origin}${base}`));
        expect(outside, page.path).toEqual(['https://www.bbc.co.uk/weather']);
      }
    });

    test('with safety on (the default), every page has the quick exit, its skip link and script, the safety notice and a link to Browsing safely', () => {
      expect(files.has(`${base}browsing-safely/index.html`)).toBe(true);
      expect(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).toContain(`${base}browsing-safely/</loc>`);
      for (const page of pages) {
        const elements = elementsOf(page.tree);
        const references = referencesOf(page);
        expect(elements.find((element) => element.properties['id'] === 'quick-exit')?.properties['href'], page.path).toBe('https://www.bbc.co.uk/weather');
        expect(elements.some((element) => String(element.properties['className']) === 'quick-exit-overlay'), page.path).toBe(true);
        expect(elements.some((element) => String(element.properties['className']) === 'safety-notice'), page.path).toBe(true);
        expect(references, page.path).toContain('#quick-exit');
        expect(references.filter((href) => href === `${base}browsing-safely/`).length, page.path).toBeGreaterThanOrEqual(2);
        expect(references.some((href) => /\/_astro\/QuickExit\.[^/]*\.js$/.test(href)), page.path).toBe(true);
      }
    });

    test(`a content page runs at most ${contentPageScriptBudget} bytes of its own JavaScript, gzipped`, () => {
      const topic = pages.find((page) => page.path === `${base}be-reliable/`)!;
      const scripts = elementsOf(topic.tree).filter((element) => element.tagName === 'script');
      expect(scripts.every((script) => typeof script.properties['src'] === 'string'), 'no inline scripts').toBe(true);
      const bytes = scripts.reduce((sum, script) => {
        const file = path.join(dist, String(script.properties['src']).slice(base.length));
        return sum + gzipSync(readFileSync(file)).length;
      }, 0);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(contentPageScriptBudget);
    });

    test('each page has a language, one h1, a description and link-preview metadata', () => {
      for (const page of pages) {
        const elements = elementsOf(page.tree);
        const html = elements.find((element) => element.tagName === 'html')!;
        expect(html.properties['lang'], page.path).toBe('en');
        expect(elements.filter((element) => element.tagName === 'h1'), page.path).toHaveLength(1);
        const meta = (name: string) => elements.find((element) => element.tagName === 'meta' && (element.properties['property'] === name || element.properties['name'] === name));
        expect(meta('og:title'), page.path).toBeDefined();
        if (!page.path.endsWith('404.html')) expect(meta('og:url')?.properties['content'], page.path).toMatch(new RegExp(`^${origin}${base}`));
        expect(meta('twitter:card'), page.path).toBeDefined();
      }
    });

    test('_headers gives hosts that read it the same policy, plus no referrer and no sniffing', () => {
      const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
      expect(headers.split('\n')[0]).toBe(`${base}*`);
      expect(headers).toContain("Content-Security-Policy: default-src 'self';");
      expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(headers).toContain("frame-ancestors 'none'");
      expect(headers).toContain('Referrer-Policy: no-referrer');
      expect(headers).toContain('X-Content-Type-Options: nosniff');
      // The header policy carries no hashes, so no page may have an inline script or style.
      for (const page of pages) {
        const inline = elementsOf(page.tree).filter((element) => (element.tagName === 'script' && !element.properties['src']) || element.tagName === 'style' || element.properties['style'] !== undefined);
        expect(inline, page.path).toEqual([]);
      }
    });

    test('the sitemap lists every topic under the base, and robots.txt names it', () => {
      const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
      expect(sitemap).toContain(`<loc>${origin}${base}be-reliable/</loc>`);
      expect(sitemap).toContain(`<loc>${origin}${base}signs-of-trauma-bonding/</loc>`);
      expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}${base}sitemap.xml`);
    });

    test('a topic page reads without JavaScript: breadcrumb, title, summary, body, previous and next', () => {
      const topic = pages.find((page) => page.path === `${base}be-reliable/`)!;
      const elements = elementsOf(topic.tree);
      const text = (element: (typeof elements)[number]) => JSON.stringify(element);
      const crumbs = elements.find((element) => element.properties['ariaLabel'] === 'Breadcrumb')!;
      expect(text(crumbs)).toContain('Strategies');
      expect(elements.find((element) => element.tagName === 'h1') && text(elements.find((element) => element.tagName === 'h1')!)).toContain('2. Be reliable');
      expect(elements.some((element) => element.properties['rel']?.toString() === 'prev')).toBe(true);
      expect(elements.some((element) => element.properties['rel']?.toString() === 'next')).toBe(true);
    });
  });
}
