// What the search says, in the site's language: SearchField.astro renders these words into the form's
// `data-words`, and the search (src/scripts/search-ui.ts, search-query.ts) reads them there on first use.
import type { PluralForms } from '../i18n/en.ts';

/** The words of `search.*` in src/i18n/en.ts that the browser needs, plurals with all their forms. */
export interface SearchWords {
  pagesFound: PluralForms;
  pagesFoundOfKind: PluralForms;
  nothingFound: string;
  fallbackNotice: string;
  quoted: string;
  /** The kind shown on a result of no kind (the home page's overview), and its filter's name. */
  overview: string;
  overviewGroup: string;
  filtersLabel: string;
  filterAll: string;
  resultsLabel: string;
  matchedKeywords: string;
  copyLink: string;
  linkCopied: string;
  linkCopiedAnnouncement: string;
  linkFieldLabel: string;
  copyByHand: string;
  failed: string;
  failedHomeLink: string;
}
