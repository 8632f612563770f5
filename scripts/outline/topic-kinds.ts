import type { TextKey } from '../../src/i18n/en.ts';
import type { Words } from '../../src/i18n/words.ts';
import type { TopicKind } from '../types.ts';

/**
 * How each kind of topic is named (its words in src/i18n/, singular and plural) and where its hub page lives.
 * The hubs' addresses are the same in every language: published links must keep working. The order is the home page's.
 */
export const kindInfo: Record<TopicKind, { singular: TextKey; plural: TextKey; hub: string }> = {
  overview: { singular: 'kind.overview.singular', plural: 'kind.overview.plural', hub: '' },
  strategy: { singular: 'kind.strategy.singular', plural: 'kind.strategy.plural', hub: 'strategies' },
  'red-flags': { singular: 'kind.redFlags.singular', plural: 'kind.redFlags.plural', hub: 'red-flags' },
  signs: { singular: 'kind.signs.singular', plural: 'kind.signs.plural', hub: 'signs' },
  guide: { singular: 'kind.guide.singular', plural: 'kind.guide.plural', hub: 'guides' },
  story: { singular: 'kind.story.singular', plural: 'kind.story.plural', hub: 'stories' },
};

/** A kind's names in the site's words: `singular` above a topic's title, `plural` for the group ("Strategy", "Strategies"). */
export function kindNames(kind: TopicKind, words: Words): { singular: string; plural: string } {
  return { singular: words.text(kindInfo[kind].singular), plural: words.text(kindInfo[kind].plural) };
}

/** Paths the site uses for its own pages; a topic never takes one of them. */
export const reservedSlugs: readonly string[] = [
  ...Object.values(kindInfo).map((info) => info.hub).filter(Boolean),
  'overview', 'search', 'terms', 'source', '404', 'pagefind', '_astro', 'favicon-svg', 'sitemap-xml', 'robots-txt', 'cards',
];
