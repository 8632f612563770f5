// Checks of a built site that need no browser: links, fragments, ids, outside requests.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built page: its site path (`/be-reliable/`) and parsed tree. */
export interface BuiltPage {
  path: string;
  tree: Root;
}

/** Parses every page of `readPages` output, keyed by the URL path it is served at (with the base). */
export function parsePages(pages: ReadonlyMap<string, string>, base: string): BuiltPage[] {
  return [...pages].map(([file, html]) => ({
    path: base + file.replace(/index\.html$/, '').replace(/\\/g, '/'),
    tree: fromHtml(html),
  }));
}

export function elementsOf(tree: Root): Element[] {
  const elements: Element[] = [];
  visit(tree, 'element', (element) => void elements.push(element));
  return elements;
}

/** Ids that occur more than once in a page. */
export function duplicateIds(page: BuiltPage): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const element of elementsOf(page.tree)) {
    const id = element.properties['id'];
    if (typeof id !== 'string') continue;
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}

/** Every URL a page refers to: links, scripts, styles, images, icons. */
export function referencesOf(page: BuiltPage): string[] {
  return elementsOf(page.tree).flatMap((element) => {
    const value = element.properties['href'] ?? element.properties['src'];
    return typeof value === 'string' ? [value] : [];
  });
}

/**
 * Internal links whose page or `#fragment` does not exist, as `page → href` lines.
 * `files` holds every file path the site serves (with the base), such as `/guide/_astro/x.css`.
 */
export function brokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, origin: string): string[] {
  const idsByPath = new Map(pages.map((page) => [page.path, new Set(elementsOf(page.tree).flatMap((element) => (typeof element.properties['id'] === 'string' ? [element.properties['id']] : [])))]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of referencesOf(page)) {
      const url = new URL(href, origin + page.path);
      if (url.origin !== origin) continue;
      const target = url.pathname;
      const exists = idsByPath.has(target) || files.has(target);
      const fragment = decodeURIComponent(url.hash.slice(1));
      // A fragment on a file (a PDF's `#page=2`) is the file's own business, not an id of a page.
      const fragmentExists = fragment === '' || (idsByPath.has(target) ? idsByPath.get(target)!.has(fragment) : files.has(target));
      if (!exists || !fragmentExists) broken.push(`${page.path} → ${href}`);
    }
  }
  return broken;
}
