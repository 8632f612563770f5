// Each language of the site's words, as a new user of that language would build: a small article of advice
// written in it (tests/fixtures/languages/<language>/article.md, its language in the front matter) builds into
// a site whose every page says it is in that language and shows none of the English table's words outside the
// article's text. English is built too, as the proof that the check finds the English words where they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, type SiteWords } from '../../src/i18n/en.ts';
import { siteLanguages, type SiteLanguage } from '../../src/i18n/languages.ts';
import { wordTables } from '../../src/i18n/tables.ts';
import { englishIn, englishPieces, readerTexts } from '../i18n/english-words.ts';
import { makeProjectCopy, readPages, repoRoot, runBuild } from './project.ts';
import { elementsOf, parsePages, type BuiltPage } from './site-check.ts';

const fixtures = path.join(repoRoot, 'tests/fixtures/languages');
/** The languages built: those with their table of words and their built-in pages (src/i18n/pages/<language>/). */
const languages = siteLanguages.filter((language) => wordTables[language] !== undefined && existsSync(path.join(repoRoot, 'src/i18n/pages', language)));

/**
 * Builds the language's article in a copy of the project, without link-preview cards (they take time and show
 * no words of ours); `lang` replaces the language its front matter gives.
 */
function buildArticle(language: SiteLanguage, lang?: string): { pages: BuiltPage[]; stdout: string } {
  const root = makeProjectCopy();
  const article = readFileSync(path.join(fixtures, language, 'article.md'), 'utf8');
  // Not `article.md`: the bundled article's ledger of published links (content/published-links/article.yaml) would take it for a new edition.
  writeFileSync(path.join(root, 'guide.md'), lang ? article.replace(/^lang: .*$/m, `lang: ${lang}`) : article);
  const siteYaml = path.join(root, 'content/site.yaml');
  writeFileSync(siteYaml, `${readFileSync(siteYaml, 'utf8')}\nsocialCards: false\n`);
  const run = runBuild(root, { SITE_SOURCE: 'guide.md' });
  expect(run.status, run.stderr).toBe(0);
  return { pages: parsePages(readPages(path.join(root, 'dist')), '/'), stdout: run.stdout };
}

describe('the site in each language of its words', () => {
  it('has an article of advice to build in every site language', () => {
    expect(siteLanguages.filter((language) => !existsSync(path.join(fixtures, language, 'article.md')))).toEqual([]);
  });

  it('builds every site language: each has its table of words and its built-in pages', () => {
    expect(siteLanguages.filter((language) => !languages.includes(language))).toEqual([]);
  });

  describe.each(languages)('%s', (language) => {
    let pages: BuiltPage[];
    let stdout: string;
    beforeAll(() => {
      ({ pages, stdout } = buildArticle(language));
    });

    it('takes its language from the article, and has its own words for it', () => {
      expect(stdout).toContain(`language ${language} (`);
      expect(stdout).not.toContain('has no words of its own');
      // Topics, hubs, the search, terms, source and 404 pages, and the built-in pages.
      expect(pages.length).toBeGreaterThan(10);
    });

    it(`says so on every page: <html lang="${language}" dir="${language === 'ar' || language === 'he' ? 'rtl' : 'ltr'}">`, () => {
      for (const page of pages) {
        const html = elementsOf(page.tree).find((element) => element.tagName === 'html')!;
        expect(html.properties['lang'], page.path).toBe(language);
        expect(html.properties['dir'], page.path).toBe(language === 'ar' || language === 'he' ? 'rtl' : 'ltr');
      }
    });

    if (language === 'en') {
      it('shows the English words the other languages must not (so the check below sees them)', () => {
        const everyWordDiffers = Object.fromEntries(Object.entries(en).map(([key, words]) => [key, typeof words === 'string' ? '·' : { other: '·' }])) as unknown as SiteWords;
        const found = new Set(pages.flatMap((page) => englishIn(readerTexts(page.tree), englishPieces(everyWordDiffers))).map((line) => line.split(':')[0]));
        for (const key of ['quickExit.label', 'quickExit.pressesLeft', 'onThisPage.heading', 'topic.readingTime', 'kind.strategy.plural', 'search.pagesFound', 'link.to', 'footnote.backLink', 'media.remoteImage', 'notFound.startFrom', 'source.suspectedDefects']) {
          expect(found, key).toContain(key);
        }
      });
    } else {
      it('shows none of the English table’s words outside the article’s text', () => {
        const pieces = englishPieces(wordTables[language]!);
        expect(pieces.length).toBeGreaterThan(50);
        const leaks = pages.flatMap((page) => englishIn(readerTexts(page.tree), pieces).map((leak) => `${page.path} ${leak}`));
        expect(leaks).toEqual([]);
      });
    }
  });

  describe('a language the site has no words for (Swahili)', () => {
    let pages: BuiltPage[];
    let stdout: string;
    beforeAll(() => {
      ({ pages, stdout } = buildArticle('en', 'sw'));
    });

    it('builds with the English words, and says which setting to change', () => {
      expect(stdout).toContain('language sw (front matter)');
      expect(stdout).toMatch(/warning: the site has no words of its own in "sw".*set lang in content\/site\.yaml/);
      const home = pages.find((page) => page.path === '/')!;
      expect(elementsOf(home.tree).find((element) => element.tagName === 'html')?.properties['lang']).toBe('sw');
      expect(elementsOf(home.tree).find((element) => element.properties['id'] === 'quick-exit')?.children).toEqual([expect.objectContaining({ value: en['quickExit.label'] })]);
    });
  });
});
