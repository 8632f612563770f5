import type { TopicKind } from '../types.ts';

/** How each kind of topic is named and where its hub page lives. The order is the home page's order. */
export const kindInfo: Record<TopicKind, { label: string; singular: string; hub: string }> = {
  overview: { label: 'Overview', singular: 'Overview', hub: '' },
  strategy: { label: 'Strategies', singular: 'Strategy', hub: 'strategies' },
  'red-flags': { label: 'Red flags', singular: 'Red flags', hub: 'red-flags' },
  signs: { label: 'Signs', singular: 'Signs', hub: 'signs' },
  guide: { label: 'Guides', singular: 'Guide', hub: 'guides' },
  story: { label: 'Stories', singular: 'Story', hub: 'stories' },
};

/** Paths the site uses for its own pages; a topic never takes one of them. */
export const reservedSlugs: readonly string[] = [
  ...Object.values(kindInfo).map((info) => info.hub).filter(Boolean),
  'overview', 'search', 'terms', 'source', '404', 'pagefind', '_astro', 'favicon-svg', 'sitemap-xml', 'robots-txt', 'cards',
];
