import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAsync } from '@resvg/resvg-js';
import { cardLayout, cardSvg, changedRows, layoutSvg, paintedElements, renderSocialCard, titleFontSize, titleLayout } from '../../scripts/emit/social-card-image.ts';
import { cardOfPage, writeSocialCards } from '../../scripts/emit/social-cards.ts';
import { startCardThread } from '../../scripts/emit/social-card-worker.ts';
import { reservedSlugs } from '../../scripts/outline/topic-kinds.ts';
import { wordsOf } from '../../src/i18n/words.ts';
import { socialCardAlt, socialCardPath, socialCardsFolder, type SocialCard } from '../../src/utils/social-card.ts';
import { decodeIndexedPng, readPngHeader } from '../build/png-header.ts';

const site = 'Loving an avoidant partner';
const strategy: SocialCard = { kind: 'Strategy', title: '2. Be reliable', site };
const longest: SocialCard = { kind: 'Story', title: 'A partner takes responsibility for their part in fixing the anxious-avoidant dance', site };

/** The text a satori element tree shows, in order. */
function textOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  const children = (node as { props: { children?: unknown } }).props.children;
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(textOf);
}

/** The title element of a card's layout: the one that is clamped. */
function titleStyle(card: SocialCard): Record<string, unknown> {
  const find = (node: unknown): Record<string, unknown> | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    const { style, children } = (node as { props: { style: Record<string, unknown>; children?: unknown } }).props;
    if (style['lineClamp'] !== undefined) return style;
    return (Array.isArray(children) ? children : [children]).map(find).find(Boolean);
  };
  return find(cardLayout(card))!;
}

describe('socialCardPath and socialCardAlt', () => {
  it('name a card by what it shows: the same card one file, any change another', () => {
    expect(socialCardPath(strategy)).toMatch(/^\/cards\/[0-9a-f]{16}\.png$/);
    expect(socialCardPath({ ...strategy })).toBe(socialCardPath(strategy));
    const others = [{ ...strategy, title: '2. Be reliable.' }, { ...strategy, kind: 'Guide' }, { ...strategy, site: 'Another site' }];
    expect(new Set([strategy, ...others].map(socialCardPath)).size).toBe(4);
  });

  it('keep the cards folder out of the slugs a topic may take', () => {
    expect(reservedSlugs).toContain(socialCardsFolder);
  });

  it('describe the card in one line, the home page (whose title is the site) without repeating it', () => {
    const english = wordsOf('en');
    expect(socialCardAlt(strategy, english)).toBe('Strategy: 2. Be reliable — Loving an avoidant partner');
    expect(socialCardAlt({ kind: '', title: 'Search', site }, english)).toBe('Search — Loving an avoidant partner');
    expect(socialCardAlt({ kind: '', title: site, site }, english)).toBe(site);
  });
});

describe('cardLayout', () => {
  it('shows the kind, the title and the site; the home page its title alone', () => {
    expect(textOf(cardLayout(strategy))).toEqual(['Strategy', '2. Be reliable', site]);
    expect(textOf(cardLayout({ kind: '', title: site, site }))).toEqual([site]);
  });

  it('steps the title down for long titles and clamps it to the lines that fit, with an ellipsis', () => {
    expect(titleFontSize('2. Be reliable')).toBeGreaterThan(titleFontSize(longest.title));
    const huge = { ...longest, title: 'word '.repeat(200).trim() };
    const style = titleStyle(huge);
    expect(style['fontSize']).toBe(60);
    // Four lines of 60 px type at 1.15 fill the 340 px between the kind and the site line.
    expect(style['lineClamp']).toBe(4);
    expect(style['wordBreak']).toBe('break-word');
  });
});

describe('renderSocialCard', () => {
  it('draws a 1200×630 8-bit palette PNG under 60 kB, the same bytes each time', async () => {
    const unbroken = { ...longest, title: `${'Überschallgeschwindigkeitsflugzeugträger'.repeat(3)} and ${'very long words '.repeat(20)}` };
    for (const card of [strategy, longest, unbroken, { kind: '', title: site, site }]) {
      const { png, missing } = await renderSocialCard(card);
      expect(missing, card.title).toBe('');
      expect(readPngHeader(png), card.title).toEqual({ width: 1200, height: 630, bitDepth: 8, colourType: 3 });
      expect(png.length, card.title).toBeLessThanOrEqual(60_000);
      expect((await renderSocialCard(card)).png.equals(png), card.title).toBe(true);
    }
  });

  it('draws the rows where a card differs from its frame onto the frame drawn once, pixel for pixel the card rasterised whole', async () => {
    const whole = async (card: SocialCard) => {
      const image = await renderAsync((await cardSvg(card)).svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } });
      return image.pixels;
    };
    const unbroken = { ...longest, title: `${'Überschallgeschwindigkeitsflugzeugträger'.repeat(3)} and ${'very long words '.repeat(20)}` };
    const cards: SocialCard[] = [
      strategy,
      longest,
      unbroken,
      { kind: 'Red flags', title: 'gjpqy: descenders on the last line that fits, and then some more words to cut', site },
      { kind: '', title: 'Terms: no kind above the title', site },
      { kind: '', title: site, site },
      { kind: 'Guide', title: 'ÉÂÑ: accents above the first line', site },
      { ...strategy, site: 'A site whose title is far too long to fit on the one line of the card that it is given' },
      { kind: 'Guide', title: 'Zażółć gęślą jaźń: Привет 😀', site },
    ];
    for (const card of cards) expect(Buffer.from(decodeIndexedPng((await renderSocialCard(card)).png).rgba).equals(await whole(card)), card.title).toBe(true);
  });

  it('lays the title out alone as the whole card lays it out: the same paths, where the frame has none', async () => {
    const count = (elements: string[]) => elements.reduce((counts, element) => counts.set(element, (counts.get(element) ?? 0) + 1), new Map<string, number>());
    for (const card of [strategy, longest, { kind: '', title: 'Terms: no kind above the title', site }, { kind: 'Guide', title: 'ÉÂÑ gjpqy: accents above, descenders below, and then some more words to cut '.repeat(3), site }]) {
      const whole = count(paintedElements((await cardSvg(card)).svg)!);
      for (const element of paintedElements((await cardSvg({ ...card, title: '' })).svg)!) whole.set(element, whole.get(element)! - 1);
      const title = paintedElements((await layoutSvg(titleLayout(card.title, { left: 80, top: card.kind ? 154 : 84 }))).svg)!;
      expect(title.length, card.title).toBeGreaterThan(0);
      expect(count(title), card.title).toEqual(new Map([...whole].filter(([, times]) => times > 0)));
    }
  });

  it('rasterises only the rows where a card and its frame paint differently', async () => {
    const frame = (await cardSvg({ ...strategy, title: '' })).svg;
    const rows = changedRows((await cardSvg(strategy)).svg, frame)!;
    // A one-line title of 96 px type, under the kind's line: about a sixth of the card's 630 rows.
    expect(rows.top).toBeGreaterThanOrEqual(154 - 8);
    expect(rows.bottom - rows.top).toBeLessThan(120);
    expect(changedRows(frame, frame)!.bottom).toBeLessThanOrEqual(8);
    // What it cannot read the reach of (here a transform) is drawn whole, not guessed.
    expect(paintedElements(frame.replace('<g>', '<g transform="translate(0 9)">'))).toBeUndefined();
    expect(changedRows(frame.replace('<g>', '<g transform="translate(0 9)">'), frame)).toBeUndefined();
  });

  it('draws each title differently: the text is on the card', async () => {
    const [one, other] = await Promise.all([renderSocialCard(strategy), renderSocialCard({ ...strategy, title: '3. Communicate your needs' })]);
    expect(one.png.equals(other.png)).toBe(false);
  });

  it('reports the characters its font cannot draw (other scripts, emoji) instead of fetching a font', async () => {
    const { png, missing } = await renderSocialCard({ kind: 'Guide', title: 'Zażółć gęślą jaźń: Привет, 你好 😀', site });
    expect(missing).toBe('Привет你好😀');
    expect(readPngHeader(png)).toMatchObject({ width: 1200, height: 630 });
  });
});

describe('cardOfPage and writeSocialCards', () => {
  const options = { url: 'https://example.org', base: '/guide/' };
  const head = (card: SocialCard, image = `https://example.org/guide${socialCardPath(card)}`) =>
    `<!doctype html><html><head><meta property="og:title" content="${card.title}"><meta property="og:site_name" content="${card.site}">` +
    `${card.kind ? `<meta property="article:section" content="${card.kind}">` : ''}<meta property="og:image" content="${image}"></head><body><p>${'text '.repeat(50)}</p></body></html>`;

  it('reads the card a page names from its own metadata, entities decoded', () => {
    const card = { kind: 'Red flags', title: 'Stand your ground & catch "negative" thinking', site };
    const html = head(card).replace('& catch "negative"', '&amp; catch &quot;negative&quot;');
    expect(cardOfPage(html, 'x/index.html', options)).toEqual({ file: socialCardPath(card).slice(1), card });
    expect(cardOfPage('<html><head><meta property="og:title" content="No card"></head></html>', '404.html', options)).toBeUndefined();
  });

  it('fails on a page whose og:image is not the card of its title, kind and site, naming the page', () => {
    expect(() => cardOfPage(head(strategy, 'https://example.org/cards/0000000000000000.png'), 'be-reliable/index.html', options)).toThrow(
      /^be-reliable\/index\.html: og:image is https:\/\/example\.org\/cards\/0000000000000000\.png, but the card of its og:title, article:section and og:site_name is https:\/\/example\.org\/guide\/cards\/[0-9a-f]{16}\.png$/,
    );
  });

  it('writes one file per distinct card that the pages name, and none for pages without one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unfold-cards-'));
    try {
      const files = { 'index.html': head({ kind: '', title: site, site }), 'a/index.html': head(strategy), 'b/index.html': head(strategy), 'c/index.html': head(longest), '404.html': '<html><head></head></html>' };
      for (const [name, html] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), html);
      }
      const report = await writeSocialCards(dir, options);
      expect(report).toMatchObject({ pages: 4, cards: 3, missingGlyphs: [] });
      expect(report.bytes).toHaveLength(3);
      const written = readdirSync(path.join(dir, socialCardsFolder)).sort();
      expect(written).toEqual([strategy, longest, { kind: '', title: site, site }].map((card) => path.basename(socialCardPath(card))).sort());
      expect(readFileSync(path.join(dir, socialCardPath(strategy))).equals((await renderSocialCard(strategy)).png)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws many cards on a second thread as well, each the bytes this thread draws', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unfold-cards-'));
    try {
      // As many as it takes for a second thread to start; short titles, as it is the threads that are tested here.
      const cards = Array.from({ length: 100 }, (_, at): SocialCard => ({ kind: at % 3 ? 'Strategy' : '', title: `${at + 1}. Stay`, site }));
      for (const [at, card] of cards.entries()) {
        mkdirSync(path.join(dir, `p${at}`), { recursive: true });
        writeFileSync(path.join(dir, `p${at}`, 'index.html'), head(card));
      }
      expect(await writeSocialCards(dir, options)).toMatchObject({ pages: 100, cards: 100, drawn: 100, threads: 2 });
      for (const card of cards) expect(readFileSync(path.join(dir, socialCardPath(card))).equals((await renderSocialCard(card)).png), card.title).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gets a card drawn on the second thread, or the error that stopped it, and no more once it is closed', async () => {
    const thread = startCardThread();
    try {
      expect((await thread.draw(strategy)).png.equals((await renderSocialCard(strategy)).png)).toBe(true);
      await expect(thread.draw({ ...strategy, title: 5 as unknown as string })).rejects.toThrow(/not iterable/);
    } finally {
      await thread.close();
    }
    await expect(thread.draw(strategy)).rejects.toThrow('the thread drawing link-preview cards stopped');
  });

  it('keeps the cards for the next build, which draws only the new ones and the ones not whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unfold-cards-'));
    const keep = path.join(dir, 'kept');
    const siteDir = path.join(dir, 'site');
    const write = (pages: Record<string, SocialCard>) => {
      rmSync(siteDir, { recursive: true, force: true });
      for (const [name, card] of Object.entries(pages)) {
        mkdirSync(path.join(siteDir, name), { recursive: true });
        writeFileSync(path.join(siteDir, name, 'index.html'), head(card));
      }
    };
    const cardFile = (card: SocialCard) => readFileSync(path.join(siteDir, socialCardPath(card)));
    try {
      write({ a: strategy, b: longest });
      expect(await writeSocialCards(siteDir, options, keep)).toMatchObject({ cards: 2, drawn: 2 });
      const first = cardFile(strategy);
      const [keptFolder] = readdirSync(keep);
      const keptFile = path.join(keep, keptFolder!, path.basename(socialCardPath(strategy)));
      const keptBefore = statSync(keptFile);
      // A card another renderer drew (another fingerprint) is never taken, and goes.
      mkdirSync(path.join(keep, 'other-renderer'));
      writeFileSync(path.join(keep, 'other-renderer', path.basename(socialCardPath(strategy))), first);
      write({ a: strategy, b: longest });
      expect(await writeSocialCards(siteDir, options, keep)).toMatchObject({ cards: 2, drawn: 0 });
      expect(cardFile(strategy).equals(first)).toBe(true);
      // The second build of the same site wrote no kept card again.
      expect(statSync(keptFile)).toMatchObject({ ino: keptBefore.ino, mtimeMs: keptBefore.mtimeMs });
      expect(readdirSync(keep)).toEqual([keptFolder]);
      // A retitled page gets a new card; a kept card cut short is drawn again; the one no page names is let go.
      writeFileSync(path.join(keep, keptFolder!, path.basename(socialCardPath(strategy))), first.subarray(0, 20));
      const retitled = { ...longest, title: 'Signs of trauma bonding' };
      write({ a: strategy, b: retitled });
      expect(await writeSocialCards(siteDir, options, keep)).toMatchObject({ cards: 2, drawn: 2 });
      expect(cardFile(strategy).equals(first)).toBe(true);
      expect(readdirSync(path.join(keep, keptFolder!)).sort()).toEqual([strategy, retitled].map((card) => path.basename(socialCardPath(card))).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
