// Which hand-written pages a site takes: the built-in ones in its language unless content/pages/ has one of
// the same name in that language. The loader is run on small projects, with a store like Astro's.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { siteDataFile } from '../../scripts/emit/generated-paths.ts';
import { pagesLoader, renderPage } from '../../src/loaders/pages-loader.ts';
import { builtInPages, builtInPagesDir, builtInPagesFor } from '../../src/utils/site-pages.ts';
import { wordTables } from '../../src/i18n/tables.ts';
import type { SiteLanguage } from '../../src/i18n/languages.ts';
import { repoRoot } from '../build/project.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project with these files, the repository's built-in pages, and a build that resolved the site's language to `lang`. */
function project(lang: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'unfold-pages-'));
  roots.push(root);
  cpSync(path.join(repoRoot, 'src/i18n/pages'), path.join(root, 'src/i18n/pages'), { recursive: true });
  for (const [name, text] of Object.entries({ ...files, [siteDataFile]: JSON.stringify({ lang }) })) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

interface StoredPage {
  id: string;
  digest?: string;
  filePath?: string;
  rendered?: { html: string };
}

/** Runs the pages loader on `root`, with a store that keeps entries as Astro's does, and returns what it stored. */
async function load(root: string): Promise<Map<string, StoredPage>> {
  const entries = new Map<string, StoredPage>();
  const store = { get: (id: string) => entries.get(id), set: (entry: StoredPage) => void entries.set(entry.id, entry), keys: () => [...entries.keys()], delete: (id: string) => void entries.delete(id) };
  const context = { config: { root: pathToFileURL(`${root}/`), base: '/' }, store, parseData: async ({ data }: { data: unknown }) => data, generateDigest: String };
  await pagesLoader().load(context as unknown as LoaderContext);
  return entries;
}

/** Each page the loader stored, by id, with the file it came from. */
async function loadedFiles(root: string): Promise<Record<string, string>> {
  return Object.fromEntries([...(await load(root))].map(([id, entry]) => [id, entry.filePath!]));
}

const englishAbout = '---\ntitle: About\ndescription: About this guide.\n---\n\nThis guide was copied from our web page.\n';

describe('the pages loader', () => {
  it('takes the built-in pages in the site\'s language, and every other page of content/pages/', async () => {
    const root = project('fr', { 'content/pages/about.md': englishAbout, 'content/pages/contact.md': englishAbout });
    expect(await loadedFiles(root)).toEqual({
      about: 'src/i18n/pages/fr/about.md',
      'browsing-safely': 'src/i18n/pages/fr/browsing-safely.md',
      contact: 'content/pages/contact.md',
    });
  });

  it('takes a page of content/pages/ in the site\'s language: front matter `lang`, else content/site.yaml\'s', async () => {
    const german = project('de-AT', { 'content/site.yaml': 'lang: de\n', 'content/pages/about.md': englishAbout, 'content/pages/browsing-safely.md': englishAbout.replace('---\n\n', 'lang: en\n---\n\n') });
    expect(await loadedFiles(german)).toEqual({ about: 'content/pages/about.md', 'browsing-safely': 'src/i18n/pages/de/browsing-safely.md' });
    const english = project('en-GB', { 'content/pages/about.md': englishAbout });
    expect(await loadedFiles(english)).toEqual({ about: 'content/pages/about.md', 'browsing-safely': 'src/i18n/pages/en/browsing-safely.md' });
  });

  it('gives a site in a language without words the English built-in pages, not content/pages/ English ones', async () => {
    expect(await loadedFiles(project('ko', { 'content/pages/about.md': englishAbout }))).toEqual({ about: 'src/i18n/pages/en/about.md', 'browsing-safely': 'src/i18n/pages/en/browsing-safely.md' });
  });

  it('leaves out of the built-in About the paragraph that links to Browsing safely when `safety: false`', async () => {
    const root = project('es', { 'content/site.yaml': 'safety: false\n' });
    const entries = await load(root);
    const source = readFileSync(path.join(repoRoot, 'src/i18n/pages/es/about.md'), 'utf8');
    expect(source).toContain('(/browsing-safely/)');
    expect(entries.get('about')?.rendered?.html).toBe((await renderPage(source, '/', ['browsing-safely'])).html);
    expect(entries.get('about')?.rendered?.html).not.toContain('browsing-safely');
  });
});

describe('builtInPagesFor', () => {
  it('compares languages, not regions or scripts', () => {
    expect(builtInPagesFor('pt-BR', [{ id: 'about', lang: 'pt-PT' }])).toEqual({ ids: ['browsing-safely'], language: 'pt' });
    expect(builtInPagesFor('nl', [{ id: 'about', lang: 'en' }, { id: 'notes', lang: 'nl' }])).toEqual({ ids: ['about', 'browsing-safely'], language: 'nl' });
    expect(builtInPagesFor('sw', [])).toEqual({ ids: ['about', 'browsing-safely'], language: 'en' });
  });
});

/** A page's shape: its front matter's keys, and per block its kind, and the site paths it links to. */
async function shapeOf(file: string): Promise<string[]> {
  const { data, html } = await renderPage(readFileSync(file, 'utf8'), '/');
  const blocks = html.match(/<(h2|p|li)[ >][\s\S]*?<\/\1>/g) ?? [];
  return [Object.keys(data).join(' '), ...blocks.map((block) => [block.slice(1, block.search(/[ >]/)), ...[...block.matchAll(/href="([^"]+)"/g)].map((match) => match[1])].join(' '))];
}

describe('the built-in pages in every language', () => {
  const languages = readdirSync(path.join(repoRoot, builtInPagesDir)).sort();

  it('exist for the languages of this helper and English', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']));
  });

  it.each(languages.filter((language) => language !== 'en'))('%s: each page has the English one\'s headings, paragraphs, list items and links, in order', async (language) => {
    for (const id of builtInPages) {
      const file = (lang: string) => path.join(repoRoot, builtInPagesDir, lang, `${id}.md`);
      expect(await shapeOf(file(language)), `${language}/${id}.md`).toEqual(await shapeOf(file('en')));
    }
  });
});

describe('the built-in pages and the site\'s words of a language', () => {
  const languages = readdirSync(path.join(repoRoot, builtInPagesDir)).filter((language) => wordTables[language as SiteLanguage]).sort();

  it.each(languages)('%s: name the quick exit and Browsing safely as the header and the footer do, and link to the source page', async (language) => {
    const words = wordTables[language as SiteLanguage]!;
    const page = (id: string) => renderPage(readFileSync(path.join(repoRoot, builtInPagesDir, language, `${id}.md`), 'utf8'), '/');
    const safely = await page('browsing-safely');
    expect(safely.data['title']).toBe(words['pages.browsingSafely']);
    expect(safely.html).toContain(`<strong>${words['quickExit.label']}</strong>`);
    const about = await page('about');
    expect(about.html).toContain(`<a href="/browsing-safely/">${words['pages.browsingSafely']}</a>`);
    // The source page is named in the sentence's own grammar ("stronie źródła" in Polish): only its link is checked.
    expect(about.html).toContain('<a href="/source/">');
  });
});
