// Every language's table of the site's words, by site language (src/i18n/languages.ts). A language without
// a table here builds with the English words, and the build says so. To add one: import it in its group
// below and name it in `wordTables`, each in its own line (the groups are apart so that two translators'
// additions merge without conflict).
import type { SiteLanguage } from './languages.ts';
import { en, type SiteWords } from './en.ts';

// Spanish, French, German, Portuguese, Italian, Dutch:
import { es } from './es.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { pt } from './pt.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';

// Polish, Arabic, Hebrew, Chinese, Japanese:
import { pl } from './pl.ts';
import { ar } from './ar.ts';
import { he } from './he.ts';
import { zh } from './zh.ts';
import { ja } from './ja.ts';

export const wordTables: { readonly [Language in SiteLanguage]?: SiteWords } = {
  en,
  // Spanish, French, German, Portuguese, Italian, Dutch:
  es,
  fr,
  de,
  pt,
  it,
  nl,

  // Polish, Arabic, Hebrew, Chinese, Japanese:
  pl,
  ar,
  he,
  zh,
  ja,
};
