// Node-only: the content loader of the hand-written pages in `content/pages/*.md`, rendered with the same
// Markdown reader as a Markdown article (remark, remark-gfm) and rehype-slug's heading ids. Astro's own
// Markdown and MDX pipelines are loaded only for MDX pages (`hasMdxPages`), which may use the site's components.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Loader } from 'astro/loaders';
import { loadSettings } from '../../scripts/load-settings.ts';
import { leftOutPages } from '../utils/site-pages.ts';
import { joinBase } from '../utils/url.ts';

/** Where the hand-written pages are, relative to the project. */
export const pagesDir = 'content/pages';

/** Whether any hand-written page is MDX, which needs Astro's MDX integration (astro.config.mjs) and glob loader. */
export function hasMdxPages(root: string): boolean {
  const dir = path.join(root, pagesDir);
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.mdx'));
}

/** A rehype plugin: a link to a site path (`/source/`) gets the site's `base`, so pages link right under `/guide/` too. */
export function rehypeBaseLinks(base: string) {
  return (tree: Root) =>
    visit(tree, 'element', (element: Element) => {
      const href = element.properties['href'];
      if (element.tagName === 'a' && typeof href === 'string' && href.startsWith('/')) element.properties['href'] = joinBase(base, href);
    });
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).freeze();

/**
 * A rehype plugin: a paragraph that links to a hand-written page this site leaves out (Browsing safely,
 * with `safety: false`) goes with it, so no page links to one that is not there.
 */
export function rehypeWithoutLinksTo(leftOut: readonly string[]) {
  const paths = new Set(leftOut.map((id) => `/${id}/`));
  return (tree: Root) => {
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return true;
      let linksOut = false;
      visit(node, 'element', (element: Element) => void (linksOut ||= element.tagName === 'a' && paths.has(String(element.properties['href']))));
      return !linksOut;
    });
  };
}

/** Renders one page: its frontmatter, and its HTML with heading ids and links under `base`. */
export async function renderPage(source: string, base: string, leftOut: readonly string[] = []): Promise<{ data: Record<string, unknown>; html: string }> {
  const mdast = markdown.parse(source);
  const yaml = mdast.children[0]?.type === 'yaml' ? mdast.children[0].value : '';
  // HTML written in a page is parsed as HTML, as Astro's Markdown does; its parser (parse5) loads only then.
  const hasHtml = mdast.children.some(function html(node): boolean {
    return node.type === 'html' || ('children' in node && node.children.some(html));
  });
  const parseHtml = hasHtml ? [(await import('rehype-raw')).default] : [];
  const hast = (await markdown().use(parseHtml).use(rehypeSlug).run(mdast)) as Root;
  rehypeWithoutLinksTo(leftOut)(hast);
  rehypeBaseLinks(base)(hast);
  return { data: (parseYaml(yaml) ?? {}) as Record<string, unknown>, html: toHtml(hast) };
}

/** The loader's name, which `npm run dev` gives `refreshContent` after an edit in `content/`. */
export const pagesLoaderName = 'unfold-pages';

/** Loads every `content/pages/*.md`, its id the file name (`about.md` is `/about/`). */
export function pagesLoader(): Loader {
  return {
    name: pagesLoaderName,
    async load({ config, store, parseData, generateDigest }) {
      const dir = fileURLToPath(new URL(`${pagesDir}/`, config.root));
      const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).sort() : [];
      const leftOut = leftOutPages(loadSettings(fileURLToPath(config.root)).safety);
      const ids = new Set<string>();
      for (const name of names) {
        const id = name.replace(/\.md$/, '');
        const filePath = `${pagesDir}/${name}`;
        const source = readFileSync(path.join(dir, name), 'utf8');
        const digest = generateDigest(`${config.base}\n${leftOut.join(' ')}\n${source}`);
        ids.add(id);
        if (store.get(id)?.digest === digest) continue;
        const { data, html } = await renderPage(source, config.base, leftOut);
        store.set({ id, data: await parseData({ id, data, filePath }), digest, filePath, rendered: { html } });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}
