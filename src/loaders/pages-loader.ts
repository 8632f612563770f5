// Node-only: the content loader of the hand-written pages (the built-in ones in `src/i18n/pages/`, and
// `content/pages/*.md`), rendered with the same Markdown reader as a Markdown article (remark,
// remark-gfm) and rehype-slug's heading ids. Astro's own
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
import { siteDataFile } from '../../scripts/emit/generated-paths.ts';
import type { SiteData } from '../../scripts/emit/site-data.ts';
import { fallbackLanguage, type SiteLanguage } from '../i18n/languages.ts';
import { builtInPagesDir, builtInPagesFor, leftOutPages, type ContentPage } from '../utils/site-pages.ts';
import { joinBase } from '../utils/url.ts';
import { hasMdxPages, pagesDir } from './mdx-pages.ts';

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

/**
 * Loads the site's hand-written pages, each id its file name (`about.md` is `/about/`): every
 * `content/pages/*.md`, and the built-in pages (About, Browsing safely) in the site's language from
 * `src/i18n/pages/<language>/`, except where `content/pages/` has one of that name in the site's language.
 * With an MDX page among them, `content/pages/` goes through Astro's glob loader and MDX instead.
 */
export function pagesLoader(): Loader {
  let watching = false;
  return {
    name: pagesLoaderName,
    async load(context) {
      const { config, store, parseData, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const leftOut = leftOutPages(loadSettings(root).safety);
      const written = readContentPages(root);
      const builtIn = builtInPagesFor(siteLangOf(root), written);
      const builtInFiles = builtIn.ids.map((id) => readBuiltInPage(root, builtIn.language, id));
      const mdx = hasMdxPages(root);
      const pages = mdx ? builtInFiles : [...written.filter((page) => !builtIn.ids.includes(page.id)), ...builtInFiles];
      if (mdx) {
        const { glob } = await import('astro/loaders');
        const mdxLoader = glob({ pattern: ['*.{md,mdx}', ...builtIn.ids.map((id) => `!${id}.{md,mdx}`)], base: pagesDir });
        // It adds a dev watcher at every load that is given one, and it deletes what it did not load (the built-in pages, stored again below).
        const { watcher, ...withoutWatcher } = context;
        await mdxLoader.load(watching || !watcher ? withoutWatcher : context);
        watching ||= Boolean(watcher);
      }
      for (const { id, filePath, source } of pages) {
        const digest = generateDigest(`${config.base}\n${leftOut.join(' ')}\n${filePath}\n${source}`);
        if (store.get(id)?.digest === digest) continue;
        const { data, html } = await renderPage(source, config.base, leftOut);
        store.set({ id, data: await parseData({ id, data, filePath }), digest, filePath, rendered: { html } });
      }
      if (!mdx) for (const id of store.keys()) if (!pages.some((page) => page.id === id)) store.delete(id);
    },
  };
}

/** A page's file, relative to the project, and its text. */
interface PageFile extends ContentPage {
  filePath: string;
  source: string;
}

/** Every page of `content/pages/` (MDX too, for its name and language), its language its front matter's `lang`, else the bundled article's. */
function readContentPages(root: string): PageFile[] {
  const dir = path.join(root, pagesDir);
  if (!existsSync(dir)) return [];
  // content/site.yaml's `lang` is the bundled article's, which content/pages/ was written for, whatever SITE_SOURCE builds.
  const bundledLang = loadSettings(root, {}).lang;
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const lang = frontMatterOf(source)['lang'];
      return { id: name.replace(/\.mdx?$/, ''), lang: typeof lang === 'string' ? lang : bundledLang, filePath: `${pagesDir}/${name}`, source };
    });
}

/** A built-in page in `language`, or in English while that language has none yet. */
function readBuiltInPage(root: string, language: SiteLanguage, id: string): PageFile {
  const inLanguage = `${builtInPagesDir}/${language}/${id}.md`;
  const filePath = existsSync(path.join(root, inLanguage)) ? inLanguage : `${builtInPagesDir}/${fallbackLanguage}/${id}.md`;
  return { id, lang: language, filePath, source: readFileSync(path.join(root, filePath), 'utf8') };
}

/** The site's language as the build resolved it (`site.json`: site.yaml, the article, or the default); before any build, the settings'. */
function siteLangOf(root: string): string {
  const file = path.join(root, siteDataFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Pick<SiteData, 'lang'>).lang : loadSettings(root).lang;
}

function frontMatterOf(source: string): Record<string, unknown> {
  const first = markdown.parse(source).children[0];
  return first?.type === 'yaml' ? ((parseYaml(first.value) ?? {}) as Record<string, unknown>) : {};
}
