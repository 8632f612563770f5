// Node-only edge module: writes the link-preview card that each built page names in its `og:image`.
// It runs over the built HTML rather than the pipeline's topics, so every page that names a card gets
// one (topics, hubs, home, hand-written pages and any page added later) and none is drawn for nothing;
// the page says what its card shows in its own metadata, and the card's name must match it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { socialCardPath, socialCardSize, type SocialCard } from '../../src/utils/social-card.ts';
import { joinBase } from '../../src/utils/url.ts';
import { builtHtmlFiles } from './built-pages.ts';
import type { PageWithoutCard } from './pages-without-card.ts';
import { rendererFingerprint } from './social-card-fingerprint.ts';
import type { DrawnCard } from './social-card-image.ts';

export interface SocialCardsReport {
  /** Pages that name a card. */
  pages: number;
  /** Cards written: pages with the same title, kind and site share one. */
  cards: number;
  /** Of those, the cards drawn by this build; the others were kept from the last one. */
  drawn: number;
  /** Of the cards drawn, those drawn while Astro built the pages (scripts/emit/social-cards-ahead.ts). */
  drawnAhead: number;
  /** The threads that drew them: this one, and a second one when there are many. */
  threads: number;
  /** The size of each card written, in bytes, smallest first. */
  bytes: number[];
  /** Cards with characters the font cannot draw, by title, with those characters. */
  missingGlyphs: { title: string; missing: string }[];
  /** The pages with an `og:url` and no `og:image`, in file order: what the layout decided had no card. */
  withoutCard: PageWithoutCard[];
  seconds: number;
}

/** A page's `<meta property|name content>` pairs, read from its `<head>` only: the body can be long. */
function readMeta(html: string): Map<string, string> {
  const end = html.indexOf('</head>');
  const head = fromHtml(end === -1 ? html : html.slice(0, end), { fragment: true });
  const meta = new Map<string, string>();
  const visit = (node: (typeof head.children)[number]) => {
    if (node.type !== 'element') return;
    const key = node.properties['property'] ?? node.properties['name'];
    if (node.tagName === 'meta' && typeof key === 'string' && typeof node.properties['content'] === 'string') meta.set(key, node.properties['content']);
    node.children.forEach(visit);
  };
  head.children.forEach(visit);
  return meta;
}

/** What a page's metadata says its card shows (or would show, on a page that names none). */
function cardShown(meta: Map<string, string>): SocialCard {
  return { title: meta.get('og:title') ?? '', kind: meta.get('article:section') ?? '', site: meta.get('og:site_name') ?? '' };
}

/** The card a page names, with what its metadata says the card shows; `undefined` for a page without one. */
export function cardOfPage(html: string, page: string, site: { url: string; base: string }): { file: string; card: SocialCard } | undefined {
  return cardNamed(readMeta(html), page, site);
}

function cardNamed(meta: Map<string, string>, page: string, site: { url: string; base: string }): { file: string; card: SocialCard } | undefined {
  const image = meta.get('og:image');
  if (image === undefined) return undefined;
  const card = cardShown(meta);
  const expected = new URL(joinBase(site.base, socialCardPath(card)), site.url).href;
  if (image !== expected) {
    throw new Error(`${page}: og:image is ${image}, but the card of its og:title, article:section and og:site_name is ${expected}`);
  }
  return { file: socialCardPath(card).slice(1), card };
}

/** A card kept by the last build, if it is there and whole enough to be a 1200×630 PNG. */
function keptCard(file: string): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  const png = readFileSync(file);
  const isCard = png.length > 24 && png.toString('latin1', 1, 4) === 'PNG' && png.readUInt32BE(16) === socialCardSize.width && png.readUInt32BE(20) === socialCardSize.height;
  return isCard ? png : undefined;
}

/** The folder of `keepDir` that holds the cards drawn as this renderer draws them. */
export function keptCardsFolder(keepDir: string): string {
  return path.join(keepDir, rendererFingerprint());
}

/** Cards to draw from which a second thread pays for its start (loading satori and the fonts again): about N cards' time. */
const cardsForThread = 100;

/**
 * Draws every card the pages of `siteDir` name, each distinct card once, a few at a time on the thread
 * pool. With `keepDir`, a card the last build drew is taken from there (a card's name says what it
 * shows, and its folder the renderer's fingerprint), and the cards of this build are kept there for the next.
 * A card in `drawnAhead` (drawn before the pages were built, by its file name) is taken from there; the
 * ones there that no page names are not written.
 */
export async function writeSocialCards(siteDir: string, site: { url: string; base: string }, keepDir?: string, drawnAhead: ReadonlyMap<string, DrawnCard> = new Map()): Promise<SocialCardsReport> {
  const started = performance.now();
  const cards = new Map<string, SocialCard>();
  const withoutCard: PageWithoutCard[] = [];
  let pages = 0;
  for (const page of builtHtmlFiles(siteDir)) {
    const meta = readMeta(readFileSync(path.join(siteDir, page), 'utf8'));
    const named = cardNamed(meta, page, site);
    // A page a chat app could preview (it has an address of its own) that names no card; not the 404 page.
    if (!named && meta.has('og:url')) withoutCard.push({ page, card: cardShown(meta) });
    if (!named) continue;
    pages++;
    cards.set(named.file, named.card);
  }
  if (cards.size > 0) mkdirSync(path.join(siteDir, path.dirname([...cards.keys()][0]!)), { recursive: true });
  const bytes: number[] = [];
  const missingGlyphs: SocialCardsReport['missingGlyphs'] = [];
  const kept = keepDir && keptCardsFolder(keepDir);
  const toKeep: [string, Buffer][] = [];
  const place = (file: string, card: SocialCard, { png, missing }: DrawnCard) => {
    writeFileSync(path.join(siteDir, file), png);
    bytes.push(png.length);
    // A card with missing letters is drawn again each time, so that each build says so.
    if (missing) missingGlyphs.push({ title: card.title, missing });
    else toKeep.push([path.basename(file), png]);
  };
  const queue: [string, SocialCard][] = [];
  /** The cards taken whole from the last build's: they stay in the folder as they are. */
  const keptNames = new Set<string>();
  let takenAhead = 0;
  for (const [file, card] of cards) {
    const keptPng = kept ? keptCard(path.join(kept, path.basename(file))) : undefined;
    const ahead = drawnAhead.get(file);
    if (keptPng) {
      place(file, card, { png: keptPng, missing: '' });
      keptNames.add(path.basename(file));
    } else if (ahead) {
      place(file, card, ahead);
      takenAhead++;
    } else queue.push([file, card]);
  }
  const drawn = queue.length + takenAhead;
  const drawNext = async (draw: (card: SocialCard) => Promise<DrawnCard>): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) place(next[0], next[1], await draw(next[1]));
  };
  // While one card is rasterised on the thread pool, the next is laid out; more in flight would only hold
  // more pixels. With many cards to draw, a second thread draws too, as many at a time.
  const inFlight = Math.min(availableParallelism(), 4);
  let threads = 1;
  if (queue.length > 0) {
    // satori, resvg and the fonts load only when a card is to be drawn: a build whose cards are all kept never needs them.
    const [{ renderSocialCard }, { startCardThread }] = await Promise.all([import('./social-card-image.ts'), import('./social-card-worker.ts')]);
    const thread = availableParallelism() > 1 && queue.length >= cardsForThread ? startCardThread() : undefined;
    if (thread) threads = 2;
    try {
      await Promise.all([...Array.from({ length: inFlight }, () => drawNext(renderSocialCard)), ...(thread ? Array.from({ length: inFlight }, () => drawNext(thread.draw)) : [])]);
    } finally {
      await thread?.close();
    }
  }
  if (keepDir && kept) keepCards(keepDir, kept, toKeep, keptNames);
  missingGlyphs.sort((a, b) => (a.title < b.title ? -1 : 1));
  return { pages, cards: cards.size, drawn, drawnAhead: takenAhead, threads, withoutCard, bytes: bytes.sort((a, b) => a - b), missingGlyphs, seconds: (performance.now() - started) / 1000 };
}

/**
 * Leaves in `kept` (a folder of `keepDir`) this build's cards `toKeep` and no other, so the folder never grows
 * past one site's cards: the cards `alreadyKept` stay as they are, the new ones are written, the others go,
 * and so do other renderers' folders. A second build of the same site writes nothing.
 */
function keepCards(keepDir: string, kept: string, toKeep: readonly [string, Buffer][], alreadyKept: ReadonlySet<string>): void {
  for (const name of existsSync(keepDir) ? readdirSync(keepDir) : []) if (path.join(keepDir, name) !== kept) rmSync(path.join(keepDir, name), { recursive: true, force: true });
  mkdirSync(kept, { recursive: true });
  const keeping = new Set(toKeep.map(([name]) => name));
  for (const name of readdirSync(kept)) if (!keeping.has(name)) rmSync(path.join(kept, name), { recursive: true, force: true });
  for (const [name, png] of toKeep) if (!alreadyKept.has(name)) writeFileSync(path.join(kept, name), png);
}
