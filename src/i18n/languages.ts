// The languages the site speaks, and what a language tag says about the writing it names. Pure, and
// shared by the pipeline, the components and the tests: one place decides what "Arabic" or "pt-BR" means.

import { perLanguage } from '../utils/per-language.ts';

/** The languages the site has its own words for (`src/i18n/<language>.ts`). English is the fallback. */
export const siteLanguages = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ar', 'he', 'zh', 'ja'] as const;

export type SiteLanguage = (typeof siteLanguages)[number];

/** The language whose words a site falls back to when it has none for the article's. */
export const fallbackLanguage: SiteLanguage = 'en';

/** The site language for a BCP 47 tag, by its primary subtag ("pt-BR" → "pt", "zh-Hans-CN" → "zh"), or `undefined`. */
export function siteLanguageOf(tag: string): SiteLanguage | undefined {
  const language = localeOf(tag)?.language.toLowerCase();
  return (siteLanguages as readonly string[]).includes(language ?? '') ? (language as SiteLanguage) : undefined;
}

/** The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu and any tag in their scripts ("az-Arab"). */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = maximizedOf(tag) as LocaleWithTextInfo | undefined;
  const info = locale?.getTextInfo?.() ?? locale?.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** `Intl.Locale` text info (Node 24, ES2025's Intl Locale Info) is not in TypeScript's library yet; older engines had a getter. */
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

/** The ISO 15924 script a language is usually written in ("Latn", "Arab", "Hebr", "Hans", "Jpan"), or `undefined` for a malformed tag. */
export function scriptOf(tag: string): string | undefined {
  return maximizedOf(tag)?.script;
}

/** The tag as an `Intl.Locale`, or `undefined` for a malformed tag. */
const localeOf = perLanguage((tag): Intl.Locale | undefined => {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
});

/** The tag with its likely script and region added ("ar" → "ar-Arab-EG"), or `undefined` for a malformed tag. */
const maximizedOf = perLanguage((tag) => localeOf(tag)?.maximize());
