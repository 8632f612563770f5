// The built-in pages (About, Browsing safely) come in the site's language; content/pages/ replaces one only
// with a page of the same name in that language, and its other pages are built whatever the language.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { renderPage } from '../../src/loaders/pages-loader.ts';
import { makeProjectCopy, readPages, repoRoot, runBuild } from './project.ts';

const frenchArticle = fileURLToPath(new URL('../fixtures/translate-a/jardin-d-hiver.md', import.meta.url));

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Builds a project copy after `prepare` has changed its content. */
function buildCopy(env: Record<string, string>, prepare: (root: string) => void = () => {}): Map<string, string> {
  const root = makeProjectCopy();
  roots.push(root);
  prepare(root);
  const run = runBuild(root, env);
  expect(run.status, run.stderr).toBe(0);
  return readPages(path.join(root, 'dist'));
}

/** The `<article>` of a built page: the page's own text, without the site's header and footer. */
function articleOf(html: string): string {
  return html.match(/<article>([\s\S]*)<\/article>/)?.[1] ?? '';
}

/** What the pages loader makes of a Markdown page: its title and body, as a built page's `<article>` holds them. */
async function rendered(file: string): Promise<string> {
  const { data, html } = await renderPage(readFileSync(path.join(repoRoot, file), 'utf8'), '/');
  return `<h1>${String(data['title'])}</h1>${html}`;
}

describe('the built-in pages', () => {
  test('a French article gets the French pages, beside an MDX page of content/pages/', async () => {
    const pages = buildCopy({ SITE_SOURCE: frenchArticle }, (root) =>
      writeFileSync(path.join(root, 'content/pages/aide.mdx'), '---\ntitle: Aide\ndescription: Où trouver de l’aide.\n---\n\nUn numéro d’écoute.\n'),
    );
    const about = pages.get('about/index.html')!;
    expect(about).toMatch(/^<!DOCTYPE html><html lang="fr"/);
    expect(articleOf(about)).toBe(await rendered('src/i18n/pages/fr/about.md'));
    expect(articleOf(pages.get('browsing-safely/index.html')!)).toBe(await rendered('src/i18n/pages/fr/browsing-safely.md'));
    expect(about).not.toContain('copying the article from the web page');
    expect(articleOf(pages.get('aide/index.html')!)).toMatch(/^<h1>Aide<\/h1>\s*<p>Un numéro d’écoute\.<\/p>$/);
  });

  test('the bundled article keeps content/pages/ English pages as they are', async () => {
    const pages = buildCopy({});
    expect(articleOf(pages.get('about/index.html')!)).toBe(await rendered('content/pages/about.md'));
    expect(articleOf(pages.get('browsing-safely/index.html')!)).toBe(await rendered('content/pages/browsing-safely.md'));
  });

  test('a page of content/pages/ in the site\'s language replaces the built-in one; safety: false leaves out Browsing safely and links to it', async () => {
    const pages = buildCopy({ SITE_SOURCE: frenchArticle }, (root) => {
      const settings = path.join(root, 'content/site.yaml');
      writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^safety: true$/m, 'safety: false'));
      writeFileSync(path.join(root, 'content/pages/about.md'), '---\ntitle: Qui sommes-nous\ndescription: Notre association.\nlang: fr-BE\n---\n\nUne association de jardiniers. Lire aussi [Naviguer en sécurité](/browsing-safely/).\n\nNous écrire.\n');
      writeFileSync(path.join(root, 'content/pages/aide.mdx'), '---\ntitle: Aide\ndescription: Où trouver de l’aide.\n---\n\nUn numéro d’écoute.\n');
    });
    expect(articleOf(pages.get('about/index.html')!)).toMatch(/^<h1>Qui sommes-nous<\/h1>\s*<p>Nous écrire\.<\/p>$/);
    expect(pages.has('browsing-safely/index.html')).toBe(false);
    expect(pages.has('aide/index.html')).toBe(true);
  });
});
