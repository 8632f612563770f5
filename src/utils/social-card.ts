// Build-time only (node:crypto): the layout names each page's link-preview card with it, and
// scripts/emit/social-cards.ts draws the card that name stands for. Never import it from a client script.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Words } from '../i18n/words.ts';

/** What a page's link-preview card shows. */
export interface SocialCard {
  /** The page's own title, large. */
  title: string;
  /** The kind of page above the title, such as "Strategy"; empty for pages of no kind. */
  kind: string;
  /** The site's title, below. The home page, whose title it is, shows it once. */
  site: string;
}

/** Open Graph's recommended size, which every chat and social app shows uncropped at its widest. */
export const socialCardSize = { width: 1200, height: 630 } as const;

/** Folder of the cards in the built site. `cards` is a reserved slug, so no topic page can take it. */
export const socialCardsFolder = 'cards';

/**
 * Raise it whenever the drawing changes: apps cache a preview by its image URL, so a card drawn
 * differently needs a new name for readers to see it.
 */
const cardDesign = 1;

/** The card's site path (without the base): named by its content, so pages with the same card share one file. */
export function socialCardPath(card: SocialCard): string {
  const hash = createHash('sha256').update(JSON.stringify([cardDesign, card.site, card.kind, card.title])).digest('hex');
  return `/${socialCardsFolder}/${hash.slice(0, 16)}.png`;
}

/**
 * The card a page shows, or `undefined` for none: the layout names it in the page's `og:image`, and the
 * build draws the cards it expects ahead of Astro with it. A page without an address of its own (the
 * 404 page, served for any missing address) is never previewed; a card that cannot be drawn is not named.
 */
export function pageCard(page: { title: string; kind: string; hasAddress: boolean }, site: { title: string; socialCards: boolean }): SocialCard | undefined {
  const card = { title: page.title, kind: page.kind, site: site.title };
  return site.socialCards && page.hasAddress && undrawableCardText(card) === '' ? card : undefined;
}

/** The card's text as one line, in the site's words, for `og:image:alt`: what a reader who cannot see the image would read on it. */
export function socialCardAlt(card: SocialCard, words: Words): string {
  const title = card.kind ? words.text('card.kindAndTitle', { kind: card.kind, title: card.title }) : card.title;
  return card.title === card.site ? title : words.text('page.titleWithSite', { title, site: card.site });
}

/** The characters Atkinson Hyperlegible's subsets cover (fontsource's `unicode.json`), as inclusive code point ranges. */
const cardFontRanges: readonly (readonly [number, number])[] = Object.values(
  createRequire(import.meta.url)('@fontsource/atkinson-hyperlegible/unicode.json') as Record<string, string>,
).flatMap((ranges) =>
  ranges.split(',').map((range) => {
    const [first, last = first] = range.replace(/^U\+/i, '').split('-').map((hex) => Number.parseInt(hex, 16));
    return [first!, last!] as const;
  }),
);

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}]|[\u{1E800}-\u{1EFFF}]/u;

/**
 * The characters of a card's text that cannot be drawn, or `''` when all can. Letters outside the card
 * font (CJK, Cyrillic, Greek, emoji) would be boxes, and satori lays right-to-left text out backwards
 * (vercel/satori#74): a page whose card would be wrong names no card, and its preview shows its text instead.
 */
export function undrawableCardText(card: SocialCard): string {
  const text = [card.kind, card.title, card.site].join(' ');
  const undrawable = new Set<string>();
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (rightToLeft.test(character) || !cardFontRanges.some(([first, last]) => code >= first && code <= last)) undrawable.add(character);
  }
  return [...undrawable].join('');
}
