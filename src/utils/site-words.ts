// Build-time only, as site-data.ts: the site's own words in the language of this build's article
// (src/i18n/), for the components and pages. Client scripts get theirs from attributes the pages carry.
import { wordsOf } from '../i18n/words.ts';
import { siteData } from './site-data.ts';

/** The site's words in its language, or in English when the site has none for it. */
export const words = wordsOf(siteData.lang);
