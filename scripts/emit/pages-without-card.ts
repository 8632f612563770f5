// What the build says of the built pages that name no link-preview card. The cards step finds them in the
// pages themselves (scripts/emit/social-cards.ts), so that the message follows what the layout decided (its
// title, kind and site together), not a second guess at it from the article's titles.
import { undrawableCardText, type SocialCard } from '../../src/utils/social-card.ts';

/** A page of the built site that a chat app could preview (it has an `og:url`) but that names no `og:image`. */
export interface PageWithoutCard {
  /** The page's file, relative to the site folder. */
  page: string;
  /** What its card would have shown. */
  card: SocialCard;
}

/** Why pages have no link-preview card: the site's title, or their own title or kind, is in a script the card cannot draw. */
export function undrawnCardLines(pages: readonly PageWithoutCard[]): string[] {
  const because = 'right-to-left and CJK text cannot be drawn on a card yet; link previews show the page’s title and description as text';
  const first = pages[0];
  if (!first) return [];
  const site = first.card.site;
  if (undrawableCardText({ title: '', kind: '', site }) !== '') return [`no link-preview cards, for the site’s title “${site}” (${because})`];
  // A title the card could draw is named with the kind label that it could not.
  const { title, kind } = first.card;
  const named = undrawableCardText({ title, kind: '', site: '' }) === '' ? `“${title}”, of the kind “${kind}”` : `“${title}”`;
  return [`${pages.length} ${pages.length === 1 ? 'page has' : 'pages have'} no link-preview card, such as ${named} (${because})`];
}
