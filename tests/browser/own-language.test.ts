// Issue 11's "done when", as a new user would: a French Markdown file without front matter, a Spanish
// Word document and an Arabic saved web page, each built with SITE_SOURCE and nothing else. Every word a
// reader sees or hears outside the article is in the article's language, the page reads in its direction,
// and the search finds a word in another form than the article's, typed without its accents.
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';
import { repoRoot } from '../build/project.ts';
import { makeSpanishWordGuide, spanishGuide } from '../fixtures/languages-acceptance/make-spanish-word.ts';
import { listPages, useBuiltSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

interface Fixture {
  file: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** How the build says it found the language. */
  provenance: string;
  /** The article's own words, which may appear anywhere. */
  articleText: () => string;
  /** Whether pages name a link-preview card: not where its text is right to left, which the card cannot draw. */
  cards: boolean;
  /** Queries as a reader types them, and the page (slug) whose paragraph answers each. */
  queries: { query: string; page: string; answer: string }[];
}

const acceptance = (name: string) => path.join(repoRoot, 'tests/fixtures/languages-acceptance', name);
const wordFolder = mkdtempSync(path.join(tmpdir(), 'unfold-own-language-'));

const FIXTURES: Record<string, Fixture> = {
  'a French Markdown file without front matter': {
    file: acceptance('guide-fr.md'),
    lang: 'fr',
    dir: 'ltr',
    provenance: 'language fr (detected',
    cards: true,
    articleText: () => readFileSync(acceptance('guide-fr.md'), 'utf8'),
    queries: [
      // "rideau" is the singular of the article's "rideaux".
      { query: 'rideau', page: 'préparer-la-chambre', answer: 'Des rideaux occultants' },
      { query: 'eloignez telephone', page: 'préparer-la-chambre', answer: 'Éloignez le téléphone du lit.' },
      { query: 'repas lourd', page: 'manger-et-boire', answer: 'Les repas lourds' },
    ],
  },
  'a Spanish Word document': {
    file: path.join(wordFolder, 'guia.docx'),
    lang: 'es-ES',
    dir: 'ltr',
    provenance: 'language es-ES (Word document',
    cards: true,
    articleText: () => [spanishGuide.title, ...spanishGuide.sections.flatMap((section) => [section.heading, ...section.paragraphs]), 'Esta guía reúne consejos sencillos para las personas que cuidan de un familiar enfermo o mayor. Duermes menos de seis horas. Has dejado tus aficiones. Señal Qué hacer Irritabilidad Busca una tarde libre esta semana.'].join('\n'),
    queries: [
      // "frecuente" for the article's "frecuentes", "emocion" for "emociones", "tarea" for "tareas".
      { query: 'frecuente', page: 'pequeñas-pausas-cada-día', answer: 'Las pausas cortas y frecuentes' },
      { query: 'emocion', page: 'hablar-de-lo-que-sientes', answer: 'ordenar las emociones' },
      { query: 'tarea', page: 'pedir-ayuda-sin-culpa', answer: 'Reparte las tareas' },
    ],
  },
  'an Arabic saved web page': {
    file: acceptance('saved-page-ar.html'),
    lang: 'ar',
    dir: 'rtl',
    provenance: 'language ar (web page <html lang>)',
    cards: false,
    articleText: () => readFileSync(acceptance('saved-page-ar.html'), 'utf8'),
    queries: [
      // "جذور" without the article "ال" of the article's "الجذور".
      { query: 'جذور', page: 'تغيير-الأصيص', answer: 'حين تخرج الجذور' },
      { query: 'الري', page: 'الري-دون-إفراط', answer: 'الإفراط في الري' },
    ],
  },
};

// The Word document is written before the sites are built, and removed after they are closed.
beforeAll(async () => writeFileSync(FIXTURES['a Spanish Word document']!.file, await makeSpanishWordGuide()));
afterAll(() => rmSync(wordFolder, { recursive: true, force: true }));
const built = useBuiltSitesInBrowser(Object.fromEntries(Object.entries(FIXTURES).map(([name, fixture]) => [name, { env: { SITE_SOURCE: fixture.file } }])));

/** What a reader sees or hears on a page: its visible text, and the names, titles and placeholders of its controls. */
async function perceivedText(page: Page): Promise<{ lang: string; dir: string; text: string }> {
  return page.evaluate(() => {
    const said = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'].map((name) => element.getAttribute(name) ?? ''),
    );
    // Every text node, hidden ones too: the quick exit's overlay, the status messages and closed <details> show when used.
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // With scripts on, a <noscript> holds its markup as text: what a reader without scripts sees is its parsed text.
      if (parent?.closest('noscript')) texts.push(new DOMParser().parseFromString(node.textContent ?? '', 'text/html').body.textContent ?? '');
      else if (!parent?.closest('script, style, template')) texts.push(node.textContent ?? '');
    }
    return { lang: document.documentElement.lang, dir: document.documentElement.dir, text: [document.title, ...texts, ...said].join('\n') };
  });
}

/** The words of `text` in `lang`, lower-cased, as Intl.Segmenter finds them: numbers and punctuation aside. */
function wordsOf(text: string, lang: string): Set<string> {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const words = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFC'))) {
    // Numbers aside, also where a letter is joined to one (Arabic's "و5", "and 5").
    const letters = segment.replace(/\p{N}+/gu, '');
    if (isWordLike && /\p{L}/u.test(letters)) words.add(letters.toLocaleLowerCase(lang));
  }
  return words;
}

/** Every string of a word table, its plural forms included. */
function tableText(lang: string): string {
  return Object.values(wordsFor(lang))
    .flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>)))
    .join('\n');
}

/** The site's built-in pages in `lang` (About, Browsing safely): words we wrote in that language. */
function builtInPagesText(lang: string): string {
  const folder = path.join(repoRoot, 'src/i18n/pages', lang.split('-')[0]!);
  return readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8')).join('\n');
}

describe.each(Object.keys(FIXTURES))('the site built from %s', (name) => {
  const fixture = FIXTURES[name]!;
  const site = () => built.site(name);

  it('says which language it found, and where', () => {
    expect(site().stdout).toContain(`unfold: ${fixture.provenance}`);
  });

  it('speaks the article’s language on every page, in its direction: no word outside the article comes from anywhere else', async () => {
    const language = fixture.lang.split('-')[0]!;
    const known = wordsOf([fixture.articleText(), tableText(language), builtInPagesText(language)].join('\n'), language);
    // Names that are the same in every language: the site's own name in its footer, and the file it is built from.
    for (const word of wordsOf(`unfold ${path.basename(fixture.file)}`, language)) known.add(word);
    const english = wordsOf(tableText('en'), 'en');
    const strangers = new Map<string, string[]>();
    const context = await newTestContext(built.browser);
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    const page = await context.newPage();
    for (const relative of listPages(site().dist)) {
      await page.goto(site().url(relative));
      const seen = await perceivedText(page);
      expect([relative, seen.lang, seen.dir]).toEqual([relative, fixture.lang, fixture.dir]);
      const unknown = [...wordsOf(seen.text, language)].filter((word) => !known.has(word));
      if (unknown.length > 0) strangers.set(relative || '/', unknown);
    }
    await context.close();
    // Listed with the words that are English, so a missing translation is plain to see.
    const report = [...strangers].map(([relative, words]) => `${relative}: ${words.map((word) => (english.has(word) ? `${word} (English)` : word)).join(', ')}`);
    expect(report.join("\n")).toBe("");
  }, 120_000);

  it('names the article on its source page by its file name, not by the folders of the machine that built it', () => {
    const source = readFileSync(path.join(site().dist, 'source/index.html'), 'utf8');
    expect(source).toContain(`<code>${path.basename(fixture.file)}</code>`);
    expect(source).not.toContain(path.dirname(fixture.file));
  });

  it(fixture.cards ? 'names a link-preview card on its pages' : 'names no link-preview card, and says why', () => {
    const home = readFileSync(path.join(site().dist, 'index.html'), 'utf8');
    expect(home.includes('property="og:image"')).toBe(fixture.cards);
    expect(site().stdout.includes('unfold: no link-preview cards')).toBe(!fixture.cards);
  });

  it('finds a word in another form than the article’s, or typed without its accents, at its paragraph', async () => {
    const context = await newTestContext(built.browser);
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    const page = await context.newPage();
    const hits: string[] = [];
    for (const { query, page: slug, answer } of fixture.queries) {
      await page.goto(site().url(`${encodeURIComponent(slug)}/`));
      const field = page.locator('.search-header #search-input');
      await field.fill(query);
      const first = page.locator('.search-header [role="option"]').first();
      await expect.poll(() => page.locator('.search-header [role="option"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const href = decodeURIComponent((await first.getAttribute('href')) ?? '');
      expect(href, query).toContain(`/${slug}/#`);
      // The block the result opens holds the answering sentence.
      await page.goto(site().url(href));
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${target}"]`).first().textContent(), query).resolves.toContain(answer);
      hits.push(query);
    }
    await context.close();
    console.log(`${name}: ${hits.length} of ${fixture.queries.length} queries answered by their first result`);
  }, 120_000);
});
