import { fallbackLanguage, siteLanguageOf, type SiteLanguage } from '../i18n/languages.ts';

/** Hand-written pages that only some sites build: Browsing safely explains the quick exit, so it goes with `safety: false`. */
export function leftOutPages(safety: boolean): readonly string[] {
  return safety ? [] : ['browsing-safely'];
}

/** The pages every site has, written once per site language in `src/i18n/pages/<language>/<id>.md`. */
export const builtInPages = ['about', 'browsing-safely'] as const;

/** Where the built-in pages are, relative to the project. */
export const builtInPagesDir = 'src/i18n/pages';

/** A Markdown page of `content/pages/`, with the language it is written in. */
export interface ContentPage {
  id: string;
  lang: string;
}

/**
 * The built-in pages a site takes: each one unless `content/pages/` has a page of the same name written in
 * the site's language (the bundled article's own About page overrides only an English About page), with the
 * language whose built-in page to use, the site's, else English.
 */
export function builtInPagesFor(siteLang: string, contentPages: readonly ContentPage[]): { ids: string[]; language: SiteLanguage } {
  const overriding = new Set(contentPages.filter((page) => sameLanguage(page.lang, siteLang)).map((page) => page.id));
  return { ids: builtInPages.filter((id) => !overriding.has(id)), language: siteLanguageOf(siteLang) ?? fallbackLanguage };
}

/** Whether two language tags name the same language, whatever their region or script ("fr" and "fr-CA"). */
function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}
