// Search in the article's language, as a reader uses it: one small article per language
// (tests/fixtures/search-lang/<lang>/, a Markdown file with nothing that names its language) is built once,
// served, and searched from the header field in Chromium. Each query, in readers' words, includes an inflected
// form or a word typed without its accents; pressing Enter must land on the paragraph that answers it.
// Per-language figures (queries, first results landing on the answer) are printed for the closing note.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasWordsFor } from '../../src/i18n/words.ts';
import { repoRoot } from '../build/project.ts';
import { useBuiltSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

interface LanguageQuery {
  query: string;
  /** What the query tests beyond finding a word as written. */
  form?: 'inflected' | 'without accents' | 'without spaces';
  /** Words of the paragraph (or heading) that answers it. */
  answer: string;
}

const languages: { lang: string; article: string; queries: LanguageQuery[] }[] = [
  {
    lang: 'es',
    article: 'es/pareja-evitativa.md',
    queries: [
      { query: 'relaciones dañinas', form: 'inflected', answer: 'sino una relación dañina' },
      { query: 'cuidate', form: 'without accents', answer: 'Cuídate' },
      { query: 'perseguir a mi pareja', form: 'inflected', answer: 'perseguirla casi siempre empeora las cosas' },
      { query: 'como expresar mis necesidades', form: 'without accents', answer: 'Expresar tus necesidades no es exigir' },
      { query: 'terapia individual', answer: 'Buscar terapia individual' },
    ],
  },
  {
    lang: 'fr',
    article: 'fr/partenaire-distant.md',
    queries: [
      { query: 'partenaires qui s’éloignent', form: 'inflected', answer: 'Quand votre partenaire s\'éloigne' },
      { query: 'eloignement', form: 'without accents', answer: 'éloignement' },
      { query: 'exprimer mes besoins', form: 'inflected', answer: 'Exprimer ses besoins' },
      { query: 'relations toxiques', form: 'inflected', answer: 'mais d\'une relation toxique' },
      { query: 'consulter un therapeute', form: 'without accents', answer: 'Consulter un thérapeute pour soi' },
    ],
  },
  {
    lang: 'de',
    article: 'de/vermeidende-partner.md',
    queries: [
      { query: 'schädliche Beziehungen', form: 'inflected', answer: 'sondern um eine schädliche Beziehung' },
      { query: 'uber Gefuhle sprechen', form: 'without accents', answer: 'Über Gefühle und Bedürfnisse sprechen' },
      { query: 'Rückzug des Partners', form: 'inflected', answer: 'Dieser Rückzug ist meist kein Urteil' },
      { query: 'Beratungsstelle', answer: 'wenden Sie sich an eine Beratungsstelle' },
      { query: 'eigene Therapien', form: 'inflected', answer: 'Eine eigene Therapie bedeutet nicht' },
    ],
  },
  {
    lang: 'ar',
    article: 'ar/عندما-يبتعد-الشريك.md',
    queries: [
      { query: 'العلاقات المؤذية', form: 'inflected', answer: 'بل علاقة مؤذية' },
      { query: 'اعتن بنفسك', form: 'without accents', answer: 'اعتنِ بنفسك' },
      { query: 'اشعر بالوحده', form: 'without accents', answer: 'أشعر بالوحدة' },
      { query: 'ملاحقة الشريك', form: 'inflected', answer: 'فإن ملاحقته تزيد الأمور سوءًا' },
      { query: 'العلاج النفسي', answer: 'اللجوء إلى العلاج النفسي الفردي' },
    ],
  },
  {
    lang: 'zh',
    article: 'zh/当伴侣疏远你.md',
    queries: [
      { query: '心理咨询', form: 'without spaces', answer: '寻求个人心理咨询' },
      { query: '伴侣为什么疏远我', form: 'without spaces', answer: '这种疏远通常不是对你的评判' },
      { query: '有害的关系', form: 'without spaces', answer: '而是一段有害的关系' },
      { query: '压力', answer: '对方感受到的压力就越大' },
      { query: '怎么表达需要', form: 'without spaces', answer: '表达需要并不等于提出要求' },
    ],
  },
];

const built = useBuiltSitesInBrowser(Object.fromEntries(languages.map(({ lang, article }) => [lang, { env: { SITE_SOURCE: path.join(repoRoot, 'tests/fixtures/search-lang', article) } }])));
const site = (lang: string) => built.site(lang);

describe.each(languages.map(({ lang }) => lang))('the %s article, built with nothing that names its language', (lang) => {
  it('is detected, printed as such, and marks the pages and the search index with it', () => {
    const { stdout, dist } = site(lang);
    expect(stdout).toContain(`unfold: language ${lang} (detected)`);
    // The words' warning says so exactly when the site has no words of its own in the language yet.
    expect(stdout.includes('has no words of its own')).toBe(!hasWordsFor(lang));
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toMatch(new RegExp(`<html lang="${lang}"`));
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual([lang]);
  });
});

/** Searches `query` from the header field of the home page, presses Enter, and returns the text of the element landed on. */
async function landing(lang: string, query: string): Promise<string> {
  const context = await newTestContext(built.browser);
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  try {
    const page = await context.newPage();
    await page.goto(site(lang).url());
    const field = page.locator('.search-header [data-search-input]');
    await field.focus();
    await field.fill(query);
    await page.locator('.search-header [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#./);
    return await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
  } finally {
    await context.close();
  }
}

describe('search in the article’s language, in Chromium', () => {
  it.each(languages.map(({ lang }) => lang))('lands each %s query on the paragraph that answers it', async (lang) => {
    const { queries } = languages.find((language) => language.lang === lang)!;
    const outcomes: (LanguageQuery & { text: string; lands: boolean })[] = [];
    for (const query of queries) {
      const text = await landing(lang, query.query);
      outcomes.push({ ...query, text, lands: text.includes(query.answer) });
    }
    const forms = (form: LanguageQuery['form']) => outcomes.filter((outcome) => outcome.form === form);
    const figure = (list: typeof outcomes) => `${list.filter((outcome) => outcome.lands).length}/${list.length}`;
    console.log(
      `search ${lang}: ${outcomes.length} queries, first result on the answer for ${figure(outcomes)}` +
        ` (inflected ${figure(forms('inflected'))}, without accents ${figure(forms('without accents'))}, without spaces ${figure(forms('without spaces'))})`,
    );
    expect(outcomes.filter((outcome) => !outcome.lands).map(({ query, text }) => `${query} → ${text.slice(0, 80)}`)).toEqual([]);
    expect(forms('inflected').length + forms('without accents').length + forms('without spaces').length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
