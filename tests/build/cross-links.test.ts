import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeProjectCopy, readPages, runBuild } from './project.ts';

// Built under a base path: the pipeline writes term links into the topics itself, so this is where they could break.
const base = '/guide/';
const origin = 'https://example.org';

describe('cross-links in the built site', () => {
  let pages: Map<string, string>;
  const trees = new Map<string, Root>();

  /** The parsed page at a site URL such as `/guide/terms/`, or undefined when no such page was built. */
  function pageAt(url: URL): Root | undefined {
    if (!url.pathname.startsWith(base)) return undefined;
    const file = `${decodeURIComponent(url.pathname.slice(base.length))}index.html`;
    const html = pages.get(file);
    if (html === undefined) return undefined;
    if (!trees.has(file)) trees.set(file, fromHtml(html));
    return trees.get(file);
  }

  function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
    const found: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (test(node)) found.push(node);
    });
    return found;
  }

  const hasId = (tree: Root, id: string) => elements(tree, (node) => node.properties['id'] === id).length === 1;
  const urlOf = (file: string) => new URL(`${base}${file.replace(/index\.html$/, '')}`, origin);
  const topicFiles = () => [...pages.keys()].filter((file) => /^[^/]+\/index\.html$/.test(file) && pageAt(urlOf(file)) && elements(pageAt(urlOf(file))!, (node) => node.tagName === 'article' && (node.properties['className'] as string[] | undefined)?.includes('topic') === true).length === 1);

  beforeAll(() => {
    const root = makeProjectCopy();
    const run = runBuild(root, { SITE_BASE: base });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    pages = readPages(path.join(root, 'dist'));
  });

  test('/terms/ lists "limerence" with links whose fragments exist in the pages they point to', () => {
    const terms = pageAt(new URL(`${base}terms/`, origin))!;
    expect(terms).toBeDefined();
    const [heading] = elements(terms, (node) => node.properties['id'] === 'limerence');
    expect(heading && toString(heading)).toBe('limerence');
    const links = elements(terms, (node) => node.tagName === 'a' && String(node.properties['href'] ?? '').includes('#'));
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const url = new URL(String(link.properties['href']), new URL(`${base}terms/`, origin));
      const target = pageAt(url);
      expect(target, url.href).toBeDefined();
      expect(hasId(target!, decodeURIComponent(url.hash.slice(1))), url.href).toBe(true);
    }
  });

  test('a topic page links its first use of a term to its entry on /terms/', () => {
    const pageUrl = new URL(`${base}things-to-look-for-in-a-partner/`, origin);
    const page = pageAt(pageUrl)!;
    const links = elements(page, (node) => (node.properties['className'] as string[] | undefined)?.includes('term-link') === true);
    const limerence = links.filter((link) => toString(link) === 'limerence');
    expect(limerence).toHaveLength(1);
    const url = new URL(String(limerence[0]!.properties['href']), pageUrl);
    expect(url.pathname).toBe(`${base}terms/`);
    expect(url.hash).toBe('#limerence');
    for (const link of links) {
      const target = new URL(String(link.properties['href']), pageUrl);
      expect(hasId(pageAt(target)!, target.hash.slice(1)), target.href).toBe(true);
    }
    const hrefs = links.map((link) => link.properties['href']);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  test('every topic page has one to three related topics, none of them itself', () => {
    const files = topicFiles();
    expect(files.length).toBe(17);
    for (const file of files) {
      const page = pageAt(urlOf(file))!;
      const [nav] = elements(page, (node) => node.tagName === 'nav' && node.properties['ariaLabelledBy']?.toString() === 'related');
      expect(nav, file).toBeDefined();
      const hrefs = elements(nav!, (node) => node.tagName === 'a').map((link) => new URL(String(link.properties['href']), urlOf(file)).pathname);
      expect(hrefs.length, file).toBeGreaterThanOrEqual(1);
      expect(hrefs.length, file).toBeLessThanOrEqual(3);
      expect(hrefs, file).not.toContain(urlOf(file).pathname);
      for (const href of hrefs) expect(pageAt(new URL(href, origin)), href).toBeDefined();
    }
  });
});
