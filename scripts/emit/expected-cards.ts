// Pure: the link-preview cards that the topic pages, the hubs and the home page will name, worked out from
// the pipeline's topics before Astro renders them, so that the build can draw them while Astro runs
// (scripts/emit/social-cards-ahead.ts). Each is decided by the layout's own `pageCard`, from the title and
// kind those pages give the layout, through the site's own functions. The other pages' cards (search, terms,
// hand-written pages…) are drawn once they are built; and whatever is guessed here, the cards written are
// the ones the built pages name (scripts/emit/social-cards.ts).
import { wordsOf } from '../../src/i18n/words.ts';
import { pageCard, socialCardPath, type SocialCard } from '../../src/utils/social-card.ts';
import { displayTitle, hasPageOfItsOwn, kindGroups } from '../../src/utils/topic-pages.ts';
import { kindNames } from '../outline/topic-kinds.ts';
import type { TopicFrontmatter } from '../render/render-topic.ts';

/** The cards those pages will name, by file in the built site (`cards/….png`), as the site's data and topics say. */
export function expectedCards(site: { title: string; lang: string; socialCards: boolean }, topics: readonly TopicFrontmatter[]): Map<string, SocialCard> {
  const words = wordsOf(site.lang);
  const topicPages = topics.map((data) => ({ data })).filter(hasPageOfItsOwn);
  const pages = [
    // src/pages/index.astro, [hub].astro and [topic].astro.
    { title: site.title, kind: '' },
    ...kindGroups(topicPages).map(({ kind }) => ({ title: kindNames(kind, words).plural, kind: '' })),
    ...topicPages.map((topic) => ({ title: displayTitle(topic), kind: kindNames(topic.data.kind, words).singular })),
  ];
  const cards = new Map<string, SocialCard>();
  for (const page of pages) {
    const card = pageCard({ ...page, hasAddress: true }, site);
    if (card) cards.set(socialCardPath(card).slice(1), card);
  }
  return cards;
}
