// Node-only edge module: which built pages name no link-preview card, read from the pages themselves, so
// that what the build says about cards is what the layout decided (its title, kind and site together), not
// a second guess at it from the article's titles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { undrawableCardText, type SocialCard } from '../../src/utils/social-card.ts';

/** A page of the built site that a chat app could preview (it has an `og:url`) but that names no `og:image`. */
export interface PageWithoutCard {
  /** The page's file, relative to the site folder. */
  page: string;
  /** What its card would have shown. */
  card: SocialCard;
}

/** The pages of `siteDir` with an `og:url` and no `og:image`, in file order; the 404 page, which has no address of its own, is not one. */
export function pagesWithoutCard(siteDir: string): PageWithoutCard[] {
  const files = (readdirSync(siteDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort();
  return files.flatMap((page) => {
    const meta = headMeta(readFileSync(path.join(siteDir, page), 'utf8'));
    if (!meta.has('og:url') || meta.has('og:image')) return [];
    return [{ page, card: { title: meta.get('og:title') ?? '', kind: meta.get('article:section') ?? '', site: meta.get('og:site_name') ?? '' } }];
  });
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

/** A page's `<meta property|name content>` pairs, read from its `<head>` only: the body can be long. */
function headMeta(html: string): Map<string, string> {
  const end = html.indexOf('</head>');
  const meta = new Map<string, string>();
  const visit = (node: Element) => {
    const key = node.properties['property'] ?? node.properties['name'];
    if (node.tagName === 'meta' && typeof key === 'string' && typeof node.properties['content'] === 'string') meta.set(key, node.properties['content']);
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  for (const child of fromHtml(end === -1 ? html : html.slice(0, end), { fragment: true }).children) if (child.type === 'element') visit(child);
  return meta;
}
