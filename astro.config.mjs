// @ts-check
import { readdirSync, rmSync } from 'node:fs';
import { loadSettings } from './scripts/load-settings.ts';
import { cspDirectives, scriptSources } from './scripts/emit/security-policy.ts';
import { serveMediaInDev } from './scripts/emit/serve-media.ts';
import { hasMdxPages } from './src/loaders/mdx-pages.ts';
import { leftOutPages } from './src/utils/site-pages.ts';

const settings = loadSettings(process.cwd());

/** With `safety: false` no page renders the quick exit, but Astro bundles every component's script: leave its file out of the site. */
const withoutQuickExitScript = {
  name: 'unfold:without-quick-exit-script',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => {
      const assets = new URL('_astro/', dir);
      for (const name of readdirSync(assets)) if (name.startsWith('QuickExit.astro_')) rmSync(new URL(name, assets));
    },
  },
};

// A plain object, typed, rather than `defineConfig` from `astro/config`: that entry point loads SVGO and
// its CSS parser (some 300 modules) at every build for a function that returns its argument.
/** @type {import('astro').AstroUserConfig} */
export default {
  site: settings.url,
  base: settings.base,
  // Directory URLs (`/topic/`) work on every static host without rewrite rules.
  trailingSlash: 'always',
  // Scripts and styles stay files, never inlined: a strict Content-Security-Policy allows only the site's own files.
  // Four pages at a time: with one, Astro's thread waits for each page's folder and file to be written (on
  // libuv's pool) before it renders the next; at ×50 (792 pages) its step was about 15% shorter with four, in
  // alternating pairs, and the site the same bytes.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    plugins: [serveMediaInDev(settings.base)],
    // The passage code is bundled as its own ES module and imported by URL (`?worker&url`, see
    // src/scripts/passage-loader.ts): Vite's build for that is the worker build, which defaults to a classic script.
    worker: { format: 'es' },
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive that Rolldown warns about on
        // every hand-written page; Astro reads it before bundling, so the warning is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Astro keeps its content store here between builds. The default, node_modules/.astro, would be one store
  // for every copy of the project that links the same node_modules (the tests build several at once).
  cacheDir: './.astro/cache/',
  // Readers may be in an unsafe relationship: nothing about them leaves the page, not even to Astro.
  devToolbar: { enabled: false },
  // Shiki colours code with inline styles, which the Content-Security-Policy forbids; code stays plain.
  markdown: { syntaxHighlight: false, ...(await mdxMarkdown()) },
  // Content-Security-Policy as a <meta> tag on every page; Astro adds the hashes of what it emits itself.
  security: { csp: { directives: [...cspDirectives], scriptDirective: { resources: [...scriptSources] } } },
  // MDX and Astro's Markdown pipeline are loaded only for MDX pages (src/loaders/pages-loader.ts renders Markdown).
  integrations: [...(hasMdxPages(process.cwd()) ? [(await import('@astrojs/mdx')).default()] : []), ...(settings.safety ? [] : [withoutQuickExitScript])],
};

/** Astro's Markdown settings for MDX pages: the same plugins, ids, links and punctuation as the pages loader gives. */
async function mdxMarkdown() {
  if (!hasMdxPages(process.cwd())) return {};
  const [{ unified }, { default: remarkGfm }, { default: rehypeSlug }, { rehypeBaseLinks, rehypeWithoutLinksTo }] = await Promise.all([import('@astrojs/markdown-remark'), import('remark-gfm'), import('rehype-slug'), import('./src/loaders/pages-loader.ts')]);
  // Sätteri, Astro's default, runs no remark/rehype plugins; hand-written pages need rehype-slug's ids.
  // Smart punctuation stays off: the author's quotes and dashes are kept exactly as written.
  const rehypePlugins = [rehypeSlug, [rehypeWithoutLinksTo, leftOutPages(settings.safety)], [rehypeBaseLinks, settings.base]];
  return { processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: /** @type {any} */ (rehypePlugins), smartypants: false }) };
}
