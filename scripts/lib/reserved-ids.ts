/** Element ids the site's own layout uses; the pipeline never gives them to the article's text. */
export const reservedIds: readonly string[] = [
  'main', 'top', 'quick-exit', 'quick-exit-status', 'quick-exit-overlay', 'site-header', 'site-footer', 'site-notice',
  'search', 'search-input', 'search-results', 'search-status', 'on-this-page', 'related', 'backlinks', 'topic-title', 'copy-status',
];
