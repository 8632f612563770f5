// Link previews: every page that has an address of its own names a card, and the card is there.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { expectedCards } from '../../scripts/emit/expected-cards.ts';
import { cardsWorthDrawingAhead } from '../../scripts/emit/social-cards-ahead.ts';
import { buildSiteData } from '../../scripts/emit/site-data.ts';
import { renderSocialCard } from '../../scripts/emit/social-card-image.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { socialCardPath } from '../../src/utils/social-card.ts';
import { makeLargeArticle } from '../fixtures/make-large-article.ts';
import { readPngHeader } from './png-header.ts';
import { makeProjectCopy, readPages, repoRoot, runBuild } from './project.ts';
import { elementsOf, parsePages, type BuiltPage } from './site-check.ts';

const origin = 'https://cards.example';
const base = '/guide/';
/** Exact budget of one card, in bytes: a chat app on a slow connection fetches it with the link. */
const cardBudget = 60_000;

/** The `content` of a page's `<meta property|name>`, or `undefined`. */
function meta(page: BuiltPage, name: string): string | undefined {
  const element = elementsOf(page.tree).find((node) => node.tagName === 'meta' && (node.properties['property'] === name || node.properties['name'] === name));
  return element === undefined ? undefined : String(element.properties['content']);
}

describe(`link-preview cards of the bundled article served at ${origin}${base}`, () => {
  let root: string;
  let dist: string;
  let pages: BuiltPage[];
  let stdout: string;

  beforeAll(() => {
    root = makeProjectCopy();
    const run = runBuild(root, { SITE_BASE: base, SITE_URL: origin });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/unfold: \d+ link-preview cards for \d+ pages/);
    stdout = run.stdout;
    dist = path.join(root, 'dist');
    pages = parsePages(readPages(dist), base);
  });

  test('every page but the 404 names a card: large-image summary, size, type and alt text', () => {
    const pagesWithout = pages.filter((page) => meta(page, 'og:image') === undefined).map((page) => page.path);
    expect(pagesWithout).toEqual([`${base}404.html`]);
    expect(pages.length).toBeGreaterThanOrEqual(29);
    for (const page of pages.filter((page) => !page.path.endsWith('404.html'))) {
      expect(meta(page, 'twitter:card'), page.path).toBe('summary_large_image');
      expect([meta(page, 'og:image:type'), meta(page, 'og:image:width'), meta(page, 'og:image:height')], page.path).toEqual(['image/png', '1200', '630']);
      expect(meta(page, 'og:image:alt'), page.path).toContain(meta(page, 'og:title'));
    }
    expect(meta(pages.find((page) => page.path.endsWith('404.html'))!, 'twitter:card')).toBe('summary');
  });

  test('the home page, hubs, topics, hand-written pages, terms, source and search each have one', () => {
    const named = new Set(pages.filter((page) => meta(page, 'og:image') !== undefined).map((page) => page.path));
    for (const page of ['', 'strategies/', 'red-flags/', 'be-reliable/', 'red-flags-of-the-avoidant/', 'about/', 'browsing-safely/', 'terms/', 'source/', 'search/']) {
      expect(named.has(base + page), base + page).toBe(true);
    }
  });

  test(`each og:image is an absolute URL under ${origin}${base} naming a 1200×630 PNG of at most ${cardBudget} bytes`, () => {
    for (const page of pages) {
      const image = meta(page, 'og:image');
      if (image === undefined) continue;
      expect(image, page.path).toMatch(new RegExp(`^${origin}${base}cards/[0-9a-f]{16}\\.png$`));
      const file = path.join(dist, new URL(image).pathname.slice(base.length));
      expect(existsSync(file), `${page.path}: ${image}`).toBe(true);
      const png = readFileSync(file);
      expect(readPngHeader(png), page.path).toMatchObject({ width: 1200, height: 630 });
      expect(png.length, page.path).toBeLessThanOrEqual(cardBudget);
    }
  });

  test('a card says what its page is: kind, title, site; no two pages share one unless they show the same', () => {
    const topic = pages.find((page) => page.path === `${base}be-reliable/`)!;
    expect(meta(topic, 'article:section')).toBe('Strategy');
    expect(meta(topic, 'og:image:alt')).toBe('Strategy: 2. Be reliable — Loving an avoidant partner');
    expect(meta(pages.find((page) => page.path === base)!, 'og:image:alt')).toBe('Loving an avoidant partner');
    const images = pages.flatMap((page) => meta(page, 'og:image') ?? []);
    expect(new Set(images).size).toBe(images.length);
    // And no card that no page names.
    expect(readdirSync(path.join(dist, 'cards')).length).toBe(images.length);
  });

  test('the cards worked out before Astro are the ones the home page, hubs and topic pages name; the others are drawn once built', async () => {
    const result = await runPipeline(root, { SITE_BASE: base, SITE_URL: origin });
    const expected = expectedCards(buildSiteData(result), result.rendered.map((topic) => topic.frontmatter));
    const pageOfCard = new Map(pages.flatMap((page) => {
      const image = meta(page, 'og:image');
      return image === undefined ? [] : [[new URL(image).pathname.slice(base.length), page.path] as const];
    }));
    expect([...expected.keys()].filter((file) => !pageOfCard.has(file))).toEqual([]);
    const notExpected = [...pageOfCard].filter(([file]) => !expected.has(file)).map(([, page]) => page);
    expect(notExpected.sort()).toEqual(['about/', 'browsing-safely/', 'search/', 'source/', 'terms/'].map((page) => base + page));
    // Too few for drawing ahead to pay (it would raise Astro's peak of memory): all are drawn once the pages are built.
    expect(expected.size).toBeLessThan(cardsWorthDrawingAhead);
    expect(stdout).not.toMatch(/drawn while Astro built/);
  });
});

describe(`an article of ${cardsWorthDrawingAhead} cards or more: drawn while Astro builds`, () => {
  let stdout: string;
  let dist: string;
  let pages: BuiltPage[];

  beforeAll(() => {
    const root = makeProjectCopy();
    const article = path.join(root, 'large.txt');
    // Seven times the bundled article: some 130 topics, each with its card, and the hubs'.
    writeFileSync(article, makeLargeArticle(statSync(path.join(repoRoot, 'content/article.txt')).size * 7));
    const run = runBuild(root, { SITE_SOURCE: article });
    expect(run.status, run.stderr).toBe(0);
    stdout = run.stdout;
    dist = path.join(root, 'dist');
    pages = parsePages(readPages(dist), '/');
  }, 180_000);

  test('draws cards while Astro builds, writes each card a page names and no other, each as it is drawn alone', async () => {
    expect(Number(/, (\d+) drawn while Astro built,/.exec(stdout)?.[1])).toBeGreaterThan(0);
    const named = new Set(pages.flatMap((page) => meta(page, 'og:image') ?? []).map((image) => new URL(image).pathname));
    expect(named.size).toBeGreaterThanOrEqual(cardsWorthDrawingAhead);
    expect(readdirSync(path.join(dist, 'cards')).map((name) => `/cards/${name}`).sort()).toEqual([...named].sort());
    // The first topics' cards are the first drawn ahead.
    for (const page of pages.filter((candidate) => meta(candidate, 'article:section') !== undefined).slice(0, 3)) {
      const card = { title: meta(page, 'og:title')!, kind: meta(page, 'article:section')!, site: meta(page, 'og:site_name')! };
      expect(readFileSync(path.join(dist, socialCardPath(card))).equals((await renderSocialCard(card)).png), page.path).toBe(true);
    }
  });
});

describe('socialCards: false in site.yaml', () => {
  let root: string;
  let pages: BuiltPage[];

  beforeAll(() => {
    root = makeProjectCopy();
    const settings = path.join(root, 'content/site.yaml');
    writeFileSync(settings, `${readFileSync(settings, 'utf8')}socialCards: false\n`);
    const run = runBuild(root);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('link-preview cards');
    pages = parsePages(readPages(path.join(root, 'dist')), '/');
  });

  test('leaves out og:image and its properties and sets twitter:card back to summary', () => {
    for (const page of pages) {
      const imageMeta = elementsOf(page.tree).filter((node) => node.tagName === 'meta' && String(node.properties['property'] ?? '').startsWith('og:image'));
      expect(imageMeta, page.path).toEqual([]);
      expect(meta(page, 'twitter:card'), page.path).toBe('summary');
      expect(meta(page, 'og:title'), page.path).toBeDefined();
    }
  });

  test('writes no card', () => {
    expect(existsSync(path.join(root, 'dist/cards'))).toBe(false);
  });
});
