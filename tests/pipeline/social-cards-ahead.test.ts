import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedCards } from '../../scripts/emit/expected-cards.ts';
import { renderSocialCard } from '../../scripts/emit/social-card-image.ts';
import { cardsWorthDrawingAhead, drawCardsAhead } from '../../scripts/emit/social-cards-ahead.ts';
import { keptCardsFolder, writeSocialCards } from '../../scripts/emit/social-cards.ts';
import type { TopicFrontmatter } from '../../scripts/render/render-topic.ts';
import { socialCardPath, type SocialCard } from '../../src/utils/social-card.ts';

const site = 'Loving an avoidant partner';
const file = (card: SocialCard) => socialCardPath(card).slice(1);

/** A topic as the pipeline hands it on, with only what a card reads of it set apart from the defaults. */
const topic = (fields: Pick<TopicFrontmatter, 'title' | 'kind' | 'order'> & { number?: number }): TopicFrontmatter => ({
  slug: fields.title.toLowerCase().replaceAll(' ', '-'),
  summary: '',
  headingId: 'h',
  sourceLines: [1, 2],
  words: 10,
  toc: [],
  related: [],
  backlinks: [],
  ...fields,
});

describe('expectedCards', () => {
  const topics = [
    topic({ title: 'Understanding avoidant attachment', kind: 'overview', order: 0 }),
    topic({ title: 'Communicate your needs', kind: 'strategy', order: 2, number: 3 }),
    topic({ title: 'Be reliable', kind: 'strategy', order: 1, number: 2 }),
    topic({ title: 'Stonewalling', kind: 'red-flags', order: 3 }),
  ];

  it('names the cards of the home page, each hub with topics and each topic page, in the site’s words', () => {
    const cards = expectedCards({ title: site, lang: 'en', socialCards: true }, topics);
    const shown: SocialCard[] = [
      { title: site, kind: '', site },
      { title: 'Strategies', kind: '', site },
      { title: 'Red flags', kind: '', site },
      { title: '3. Communicate your needs', kind: 'Strategy', site },
      { title: '2. Be reliable', kind: 'Strategy', site },
      { title: 'Stonewalling', kind: 'Red flags', site },
    ];
    // The overview has no page of its own (the home page shows it), and no hub has no topics.
    expect([...cards]).toEqual(shown.map((card) => [file(card), card]));
    expect(expectedCards({ title: 'Aimer un partenaire évitant', lang: 'fr', socialCards: true }, topics).get(file({ title: '2. Be reliable', kind: 'Stratégie', site: 'Aimer un partenaire évitant' }))).toBeDefined();
  });

  it('names none with cards turned off, and none that the layout would leave out for letters the card cannot draw', () => {
    expect(expectedCards({ title: site, lang: 'en', socialCards: false }, topics).size).toBe(0);
    const cards = expectedCards({ title: site, lang: 'en', socialCards: true }, [...topics, topic({ title: '睡眠', kind: 'guide', order: 4 })]);
    expect([...cards.values()].map((card) => card.title)).toEqual([site, 'Strategies', 'Red flags', 'Guides', '3. Communicate your needs', '2. Be reliable', 'Stonewalling']);
  });
});

describe('drawCardsAhead', () => {
  const strategy: SocialCard = { kind: 'Strategy', title: '2. Be reliable', site };
  const guide: SocialCard = { kind: 'Guide', title: 'Sleep well', site };

  it('draws each card as the drawing after Astro would, but those the last build kept', async () => {
    const keep = mkdtempSync(path.join(tmpdir(), 'unfold-ahead-'));
    try {
      mkdirSync(keptCardsFolder(keep), { recursive: true });
      writeFileSync(path.join(keptCardsFolder(keep), path.basename(file(guide))), 'kept');
      const drawn = await drawCardsAhead(new Map([[file(strategy), strategy], [file(guide), guide]]), keep, 1).done;
      expect([...drawn.keys()]).toEqual([file(strategy)]);
      expect(drawn.get(file(strategy))!.png.equals((await renderSocialCard(strategy)).png)).toBe(true);
    } finally {
      rmSync(keep, { recursive: true, force: true });
    }
  });

  it(`draws none ahead for fewer than ${cardsWorthDrawingAhead} cards to draw, a small site's, which would only raise Astro's peak of memory`, async () => {
    const few = new Map(Array.from({ length: cardsWorthDrawingAhead - 1 }, (_, at): [string, SocialCard] => [file({ ...strategy, title: `${at}. Stay` }), { ...strategy, title: `${at}. Stay` }]));
    expect((await drawCardsAhead(few).done).size).toBe(0);
  });

  it('stops at the card in hand when told', async () => {
    const many = new Map(Array.from({ length: 40 }, (_, at): [string, SocialCard] => [file({ ...strategy, title: `${at}. Stay` }), { ...strategy, title: `${at}. Stay` }]));
    const ahead = drawCardsAhead(many, undefined, 1);
    const first = await ahead.stop();
    expect(first.size).toBeLessThan(2);
    expect((await ahead.stop()).size).toBe(first.size);
  });

  it('stops at a card it cannot draw, leaving it and the rest to the drawing after Astro, which reports it, instead of failing', async () => {
    const broken = { ...strategy, title: 5 as unknown as string };
    const ahead = drawCardsAhead(new Map([['cards/broken.png', broken], [file(strategy), strategy]]), undefined, 1);
    await expect(ahead.done).resolves.toEqual(new Map());
    await expect(ahead.stop()).resolves.toEqual(new Map());
  });
});

describe('writeSocialCards with cards drawn ahead', () => {
  const options = { url: 'https://example.org', base: '/' };
  const strategy: SocialCard = { kind: 'Strategy', title: '2. Be reliable', site };
  const story: SocialCard = { kind: 'Story', title: 'A partner takes responsibility', site };
  const head = (card: SocialCard) =>
    `<!doctype html><html><head><meta property="og:title" content="${card.title}"><meta property="og:site_name" content="${card.site}">` +
    `<meta property="article:section" content="${card.kind}"><meta property="og:image" content="https://example.org${socialCardPath(card)}"></head><body></body></html>`;

  /** Runs `test` on a built site whose pages (`a/`, `b/`…) each name a card, and a folder for the kept cards; both go after. */
  async function withSite(pages: Record<string, SocialCard>, test: (siteDir: string, keep: string) => Promise<void>): Promise<void> {
    const dir = mkdtempSync(path.join(tmpdir(), 'unfold-ahead-'));
    try {
      for (const [name, card] of Object.entries(pages)) {
        mkdirSync(path.join(dir, 'site', name), { recursive: true });
        writeFileSync(path.join(dir, 'site', name, 'index.html'), head(card));
      }
      await test(path.join(dir, 'site'), path.join(dir, 'kept'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('takes a card a page names from those drawn ahead, draws the others, and writes none that no page names', async () => {
    await withSite({ a: strategy, b: story }, async (siteDir, keep) => {
      // Other bytes than its drawing, to tell that it was taken, not drawn again.
      const taken = (await renderSocialCard({ ...strategy, title: 'Taken as it was drawn' })).png;
      const unnamed: SocialCard = { ...strategy, title: 'Retitled since' };
      const drawnAhead = new Map([[file(strategy), { png: taken, missing: '' }], [file(unnamed), await renderSocialCard(unnamed)]]);
      const report = await writeSocialCards(siteDir, options, keep, drawnAhead);
      expect(report).toMatchObject({ pages: 2, cards: 2, drawn: 2, drawnAhead: 1, missingGlyphs: [] });
      expect(readFileSync(path.join(siteDir, file(strategy))).equals(taken)).toBe(true);
      expect(readFileSync(path.join(siteDir, file(story))).equals((await renderSocialCard(story)).png)).toBe(true);
      const written = [file(strategy), file(story)].map((name) => path.basename(name)).sort();
      expect(readdirSync(path.join(siteDir, 'cards')).sort()).toEqual(written);
      expect(readdirSync(keptCardsFolder(keep)).sort()).toEqual(written);
    });
  });

  it('reports the letters missing from a card drawn ahead, and keeps it not, as one drawn after', async () => {
    await withSite({ a: strategy }, async (siteDir, keep) => {
      const drawnAhead = new Map([[file(strategy), { png: (await renderSocialCard(strategy)).png, missing: 'Ж' }]]);
      const report = await writeSocialCards(siteDir, options, keep, drawnAhead);
      expect(report).toMatchObject({ cards: 1, drawnAhead: 1, missingGlyphs: [{ title: strategy.title, missing: 'Ж' }] });
      expect(readdirSync(keptCardsFolder(keep))).toEqual([]);
    });
  });

  it('takes a card kept by the last build over one drawn ahead', async () => {
    await withSite({ a: strategy }, async (siteDir, keep) => {
      const png = (await renderSocialCard(strategy)).png;
      mkdirSync(keptCardsFolder(keep), { recursive: true });
      writeFileSync(path.join(keptCardsFolder(keep), path.basename(file(strategy))), png);
      const other = (await renderSocialCard(story)).png;
      const report = await writeSocialCards(siteDir, options, keep, new Map([[file(strategy), { png: other, missing: '' }]]));
      expect(report).toMatchObject({ cards: 1, drawn: 0, drawnAhead: 0 });
      expect(readFileSync(path.join(siteDir, file(strategy))).equals(png)).toBe(true);
    });
  });
});
