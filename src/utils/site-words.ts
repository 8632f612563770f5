// Build-time only, as site-data.ts: the site's own words in the language of this build's article
// (src/i18n/), for the components and pages. Client scripts get theirs from attributes the pages carry.
import { articleAttributes, wordsAttributes, wordsOf } from '../i18n/words.ts';
import { siteData } from './site-data.ts';

/** The site's words in its language, or in English when the site has none for it. */
export const words = wordsOf(siteData.lang);

/**
 * Put on an element that holds only the site's words (`{...wordsLang}`): in a site whose words fall back to
 * English, marks them English, and left to right in a right-to-left site, so a sentence keeps its punctuation
 * at its end. Where a direction would also move the element or what it lays out (a bar, a row of links, a
 * heading in line with the page), only its language: `lang={wordsLang.lang}`.
 */
export const wordsLang = wordsAttributes(siteData.lang);

/** Put on the article's own text (a title) inside an element marked with `wordsLang`. */
export const articleLang = articleAttributes(siteData.lang);
