// The bundled article built with `safety: false` in content/site.yaml: no quick exit, no safety notice,
// no Browsing safely page and nothing that leads to them; every privacy guarantee stays. The static
// checks and the browser share one build.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../build/project.ts';
import { brokenLinks, elementsOf, parsePages, referencesOf, type BuiltPage } from '../build/site-check.ts';
import { useSiteInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

const origin = 'https://example.org';

const site = useSiteInBrowser({
  prepare(root) {
    const settings = path.join(root, 'content', 'site.yaml');
    const yaml = readFileSync(settings, 'utf8');
    if (!/^safety: true$/m.test(yaml)) throw new Error(`${settings} does not say safety: true`);
    writeFileSync(settings, yaml.replace(/^safety: true$/m, 'safety: false'));
  },
});
let dist: string;
let pages: BuiltPage[];
let files: Set<string>;

beforeAll(() => {
  dist = site.dist;
  pages = parsePages(readPages(dist), '/');
  files = new Set((readdirSync(dist, { recursive: true }) as string[]).filter((name) => statSync(path.join(dist, name)).isFile()).map((name) => `/${name.replace(/\\/g, '/')}`));
});

describe('a build with safety: false', () => {
  it('has no quick exit, skip link to it, overlay or safety notice on any page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const elements = elementsOf(page.tree);
      const classes = elements.flatMap((element) => (Array.isArray(element.properties['className']) ? element.properties['className'].map(String) : []));
      expect(classes.filter((name) => /^(quick-exit|safety-notice)/.test(name)), page.path).toEqual([]);
      expect(elements.filter((element) => String(element.properties['id'] ?? '').startsWith('quick-exit')), page.path).toEqual([]);
      expect(referencesOf(page).filter((href) => href === '#quick-exit'), page.path).toEqual([]);
    }
  });

  it('has no Browsing safely page, no link to one, and the sitemap does not list it', () => {
    expect(files.has('/browsing-safely/index.html')).toBe(false);
    for (const page of pages) expect(referencesOf(page).filter((href) => href.includes('browsing-safely')), page.path).toEqual([]);
    expect(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).not.toContain('browsing-safely');
    // The About page still says what the site does not do, without the sentence that pointed to it.
    const about = pages.find((page) => page.path === '/about/')!;
    expect(JSON.stringify(about.tree)).toContain('The site has no advertising, no tracking and no cookies.');
  });

  it('ships no quick-exit script: no page loads one and no file of the site holds it', () => {
    for (const page of pages) expect(referencesOf(page).filter((href) => /quick-?exit/i.test(href)), page.path).toEqual([]);
    const scripts = [...files].filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => /quick-?exit/i.test(file) || readFileSync(path.join(dist, file), 'utf8').includes('quick-exit'))).toEqual([]);
  });

  it('still passes the link check: every internal link and #fragment resolves', () => {
    expect(brokenLinks(pages, files, origin)).toEqual([]);
  });

  it('keeps every privacy guarantee: no outside reference at all, no inline script or style, the CSP and no-referrer on every page', () => {
    for (const page of pages) {
      const elements = elementsOf(page.tree);
      // With the quick exit gone, the only outside URLs left are the site's own canonical ones.
      expect(referencesOf(page).filter((href) => /^(https?:)?\/\//.test(href) && !href.startsWith(`${origin}/`)), page.path).toEqual([]);
      expect(elements.filter((element) => (element.tagName === 'script' && !element.properties['src']) || element.tagName === 'style' || element.properties['style'] !== undefined), page.path).toEqual([]);
      const meta = (key: string, value: string) => elements.find((element) => element.tagName === 'meta' && String(element.properties[key]) === value);
      expect(String(meta('httpEquiv', 'content-security-policy')?.properties['content']), page.path).toMatch(/^default-src 'self';/);
      expect(meta('name', 'referrer')?.properties['content'], page.path).toBe('no-referrer');
    }
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('Referrer-Policy: no-referrer');
  });
});

describe('a page of a build with safety: false, in Chromium', () => {
  it.each(['', 'be-reliable/', 'about/', 'search/'])('/%s has no exit control, raises no JavaScript error and asks nothing of another origin', async (pagePath) => {
    const context = await newTestContext(site.browser);
    await context.route((url) => url.origin !== new URL(site.url()).origin, (route) => route.abort());
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => void (message.type() === 'error' && problems.push(`console error: ${message.text()}`)));
      page.on('request', (request) => void (new URL(request.url()).origin !== new URL(site.url()).origin && problems.push(`requested ${request.url()}`)));
      const url = site.url(pagePath);
      await page.goto(url);
      await page.waitForLoadState('networkidle');

      await expect(page.getByRole('link', { name: /quick exit/i }).count()).resolves.toBe(0);
      await expect(page.locator('#quick-exit, .quick-exit-bar, .quick-exit-overlay, .safety-notice').count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: 'Browsing safely' }).count()).resolves.toBe(0);
      // The first Tab stop is still the skip link to the text, and Shift pressed three times leaves nothing.
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
      await page.waitForTimeout(300);
      expect(page.url()).toBe(url);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
