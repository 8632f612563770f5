// Links that last (issue 12): build the bundled article, edit it in a throwaway copy as an editor would,
// rebuild, and follow every address and #fragment the first build published, on the built files and, for
// a sample, in Chromium (a fragment lands on its element; a redirect keeps the fragment, text fragments too).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseForFingerprint } from '../../scripts/links/fingerprint.ts';
import { ledgerFromConfig } from '../../scripts/links/ledger-file.ts';
import { readYamlConfig } from '../../scripts/lib/yaml-config.ts';
import { textOf } from '../../scripts/render/render-topic.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { publishedLinksSchema } from '../../scripts/schemas/published-links.ts';
import type { LintWarning } from '../../scripts/types.ts';
import { launchChromium, newTestContext } from '../browser/chromium.ts';
import { serveStatic, type StaticServer } from '../browser/static-server.ts';
import { makeProjectCopy, readPages, repoRoot, runBuild } from './project.ts';
import { brokenLinks, elementsOf, parsePages } from './site-check.ts';

const ledgerFile = 'content/published-links/article.yaml';
const origin = 'https://example.org';

/** The edits, each as an editor makes it. */
const edited = {
  // The first words of a paragraph, rewritten.
  paragraph: { from: 'Having a solid sense of who you are', to: 'A solid sense of who you are' },
  // A scraping defect at the start of a paragraph, corrected in corrections.yaml.
  defect: { original: 'Catchyourself', fix: 'Catch yourself' },
  // A page retitled in the outline: its address changes.
  title: { from: 'title: Red flags of the avoidant', to: 'title: Early red flags of the avoidant' },
  // A paragraph deleted.
  deleted: 'Do not judge or shame someone with an avoidant attachment style',
  // A page's heading deleted: its text joins the page before.
  heading: '8. Seek connection outside the relationship',
};

/** The shared passage of the issue's "done when": a text fragment on the red flags' paragraph. */
const sharedPassage = 'red-flags-of-the-avoidant/#red-flags-of-the-avoidant-include:~:text=having%20avoided%20cohabitation';

interface Site {
  root: string;
  pages: Map<string, Root>;
}

let root: string;
let first: Site;
let second: Site;
let published: { path: string; id: string }[];
let firstLedger: string;
let warnings: LintWarning[];

function readSite(dir: string): Site {
  const pages = new Map([...readPages(path.join(dir, 'dist'))].map(([file, html]) => [`/${file.replace(/index\.html$/, '')}`, fromHtml(html)]));
  return { root: dir, pages };
}

function build(dir: string): void {
  const run = runBuild(dir);
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

function edit(file: string, change: (text: string) => string): void {
  const absolute = path.join(root, file);
  const before = readFileSync(absolute, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(absolute, after);
}

beforeAll(async () => {
  root = makeProjectCopy();
  // The committed article with one defect a scrape leaves, so that correcting it can be one of the edits.
  edit('content/article.txt', (text) => text.replace('Catch yourself when you begin', 'Catchyourself when you begin'));
  build(root);
  first = readSite(root);
  firstLedger = readFileSync(path.join(root, ledgerFile), 'utf8');
  const { value } = readYamlConfig(ledgerFile, firstLedger, publishedLinksSchema);
  published = ledgerFromConfig(value).flatMap((page) => page.ids.map(({ id }) => ({ path: page.path, id })));

  edit('content/article.txt', (text) => text.replace(edited.paragraph.from, edited.paragraph.to));
  edit('content/corrections.yaml', (text) => `${text}- original: ${edited.defect.original}\n  fix: ${edited.defect.fix}\n`);
  edit('content/outline.yaml', (text) => text.replace(edited.title.from, edited.title.to));
  edit('content/article.txt', (text) => text.replace(new RegExp(`^${edited.deleted}.*\\n\\n`, 'm'), ''));
  edit('content/article.txt', (text) => text.replace(`\u00a0${edited.heading}\n\n`, ''));
  edit('content/outline.yaml', (text) => text.replace(/ {2}- at: "8\. Seek connection outside"\n(?: {4}.*\n)*/, ''));
  build(root);
  second = readSite(root);
  warnings = (await runPipeline(root, {})).warnings.filter((warning) => warning.rule.startsWith('link-'));
}, 240_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** An element by id in a parsed page. */
function byId(tree: Root, id: string): Element | undefined {
  return elementsOf(tree).find((element) => element.properties['id'] === id);
}

/** The block an id lands on: the element itself, or the block an alias (`span.former-id`) starts. */
function landingBlock(tree: Root, id: string): Element | undefined {
  let found: Element | Root | undefined;
  const visit = (node: Element | Root) => {
    for (const child of node.children) {
      if (child.type !== 'element' || found) continue;
      if (child.properties['id'] === id) found = String(child.properties['className'] ?? '').includes('former-id') ? node : child;
      else visit(child);
    }
  };
  visit(tree);
  return found?.type === 'element' ? found : undefined;
}

/** Where a link to `page#id` ends up in `site`, following a redirect page the way follow-move.ts does. */
function follow(site: Site, page: string, id: string): { page: string; id: string; redirected: boolean } | undefined {
  const tree = site.pages.get(page);
  if (!tree) return undefined;
  const moved = byId(tree, 'moved-to');
  if (!moved) return { page, id, redirected: false };
  const fragments = JSON.parse(String(moved.properties['dataFragments'])) as Record<string, string>;
  const target = new URL(fragments[id] ?? `${String(moved.properties['href'])}#${id}`, origin);
  return { page: target.pathname, id: decodeURIComponent(target.hash.slice(1)), redirected: true };
}

const normalised = (element: Element | undefined) => normaliseForFingerprint(element ? textOf(element) : '');

describe('after five edits, every address and #fragment the first build published still lands', () => {
  it('follows every published page and id: each lands on its own block (as edited) or the nearest one its lint line names', () => {
    const expectedText = (text: string) =>
      normaliseForFingerprint(text.replace(edited.paragraph.from, edited.paragraph.to).replace(/^Red flags of the avoidant$/, 'Early red flags of the avoidant'));
    const counts = { same: 0, nearest: 0, redirected: 0 };
    const problems: string[] = [];
    for (const { path: page, id } of published) {
      const landing = follow(second, page, id);
      if (!landing) {
        problems.push(`${page}#${id}: 404`);
        continue;
      }
      if (landing.redirected) counts.redirected++;
      const target = second.pages.get(landing.page);
      const block = target && landingBlock(target, landing.id);
      if (!block) {
        problems.push(`${page}#${id} → ${landing.page}#${landing.id}: no such id`);
        continue;
      }
      const before = landingBlock(first.pages.get(page)!, id)!;
      if (normalised(block) === expectedText(textOf(before))) {
        counts.same++;
        continue;
      }
      const stated = warnings.find((warning) => warning.message.startsWith(`#${id} of ${page}:`));
      const nearest = stated?.message.match(/lands on #(\S+), the nearest block/)?.[1];
      const landedOn = String(block.properties['id'] ?? '');
      if (nearest === landedOn || (stated?.message.includes('the start of the page') && block.properties['className']?.toString().includes('topic-body'))) counts.nearest++;
      else problems.push(`${page}#${id} → ${landing.page}#${landing.id}: lands on "${textOf(block).slice(0, 50)}", not its block nor a stated nearest (${stated?.message ?? 'no lint line'})`);
    }
    expect(problems).toEqual([]);
    // The deleted paragraph and the deleted heading land on their nearest blocks; nothing else needs to.
    expect(counts.nearest).toBeGreaterThanOrEqual(2);
    expect(counts.nearest).toBeLessThanOrEqual(3);
    expect(counts.redirected).toBe(5);
    expect(counts.same + counts.nearest).toBe(published.length);
    console.log(`published links: ${published.length} ids followed, ${counts.same} on their own block, ${counts.nearest} on the stated nearest, ${counts.redirected} through a redirect page`);
  });

  it('follows every page address the first build published: none is missing', () => {
    const missing = [...first.pages.keys()].filter((page) => !second.pages.has(page));
    expect(missing).toEqual([]);
    expect(first.pages.size).toBeGreaterThan(25);
    console.log(`published pages: ${first.pages.size} addresses followed, ${[...first.pages.keys()].filter((page) => follow(second, page, '')?.redirected).length} through a redirect page`);
  });

  it('names each change in a lint line: the changed ids, the deleted paragraph, the moved and the retitled pages', () => {
    const lines = warnings.map((warning) => `${warning.rule}: ${warning.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^link-id-changed: #having-a-solid-sense-of-who of \/communicate-your-needs\/ is now #a-solid-sense-of-who-you/));
    expect(lines).toContainEqual(expect.stringMatching(/^link-id-changed: #catchyourself-when-you-begin-to-think of \/[^ ]+ is now #catch-yourself-when-you-begin-to/));
    expect(lines).toContainEqual(expect.stringMatching(/^link-block-deleted: #do-not-judge-or-shame-someone of \/dont-take-it-personally\/: its block is gone; the old link lands on #/));
    expect(lines).toContainEqual(expect.stringMatching(/^link-page-moved: \/red-flags-of-the-avoidant\/ is gone: it redirects to \/early-red-flags-of-the-avoidant\//));
    expect(lines).toContainEqual(expect.stringMatching(/^link-page-moved: \/seek-connection-outside-the-relationship\/ is gone: it redirects to \/dont-try-to-fix-them\//));
    for (const warning of warnings) expect(warning.file).toBe(ledgerFile);
  });

  it('keeps the ledger append-only: every line of the first ledger is still there, in order, and new ids were added', () => {
    const next = readFileSync(path.join(root, ledgerFile), 'utf8').split('\n');
    const old = firstLedger.split('\n');
    let at = 0;
    for (const line of old) {
      at = next.indexOf(line, at);
      expect(at, `ledger line "${line}" was removed or moved`).toBeGreaterThanOrEqual(0);
    }
    expect(next.length).toBeGreaterThan(old.length);
    expect(next).toContain('- page: /early-red-flags-of-the-avoidant/');
  });

  it('builds no broken link, no alias that repeats a current id, and valid HTML on redirect pages', async () => {
    const dist = path.join(root, 'dist');
    const pages = parsePages(readPages(dist), '/');
    const files = new Set((readdirSync(dist, { recursive: true }) as string[]).filter((name) => statSync(path.join(dist, name)).isFile()).map((name) => `/${name}`));
    expect(brokenLinks(pages, files, origin)).toEqual([]);
    for (const page of pages) {
      const ids = elementsOf(page.tree).flatMap((element) => (typeof element.properties['id'] === 'string' ? [element.properties['id']] : []));
      expect(ids.length - new Set(ids).size, `${page.path} repeats an id`).toBe(0);
    }
    const redirectPages = pages.filter((page) => byId(page.tree, 'moved-to'));
    expect(redirectPages.map((page) => page.path).sort()).toEqual(['/red-flags-of-the-avoidant/', '/seek-connection-outside-the-relationship/']);
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    for (const page of [...redirectPages.map((redirect) => redirect.path), '/dont-take-it-personally/', '/communicate-your-needs/']) {
      const file = path.join(dist, page, 'index.html');
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      expect(report.results.flatMap((result) => result.messages.map((message) => `${page}:${message.line}: ${message.ruleId}: ${message.message}`))).toEqual([]);
    }
    const redirect = readFileSync(path.join(dist, 'red-flags-of-the-avoidant/index.html'), 'utf8');
    expect(redirect).toContain('<link rel="canonical" href="https://example.org/early-red-flags-of-the-avoidant/">');
    expect(redirect).toContain('<meta name="robots" content="noindex">');
    expect(redirect).toMatch(/<noscript><meta http-equiv="refresh" content="0; url=\/early-red-flags-of-the-avoidant\/"><\/noscript>/);
    expect(redirect).toMatch(/<meta http-equiv="content-security-policy"/i);
  });

  it('leaves a second build of the same content without any change to the ledger', () => {
    const file = path.join(root, ledgerFile);
    const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
    build(root);
    expect(readFileSync(file, 'utf8')).toBe(before.text);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  }, 120_000);
});

describe('the committed ledger', () => {
  it('is the one a build of the committed content writes: building it changes nothing', () => {
    const copy = makeProjectCopy();
    try {
      const run = runBuild(copy);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).not.toContain('recorded the new links');
      expect(readFileSync(path.join(copy, ledgerFile), 'utf8'), `the build publishes ids the committed ${ledgerFile} lacks: run npm run build and commit the ledger it writes`).toBe(readFileSync(path.join(repoRoot, ledgerFile), 'utf8'));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('old links in Chromium, after the edits', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(path.join(root, 'dist'), { base: '/' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `url`, waits for any redirect, and reports where it ended and whether `id` is at the top of the viewport. */
  async function open(url: string, id: string, options: { javaScriptEnabled?: boolean } = {}) {
    const context = await newTestContext(browser, options);
    try {
      const page = await context.newPage();
      await page.goto(new URL(url, server.url).href);
      await page.waitForLoadState('load');
      await page.waitForFunction(() => !document.querySelector('#moved-to') && document.readyState === 'complete');
      return await page.evaluate((target) => {
        const element = document.getElementById(target);
        const navigation = performance.getEntriesByType('navigation')[0];
        const box = element?.closest('p, li, h1, h2')?.getBoundingClientRect();
        return { requested: navigation?.name ?? '', path: location.pathname, scrollY, inView: box !== undefined && box.bottom > 0 && box.top < innerHeight, text: element?.closest('p, li, h1, h2')?.textContent ?? '' };
      }, id);
    } finally {
      await context.close();
    }
  }

  it('takes the passage shared before the retitle to the same words, with its text fragment', async () => {
    const landed = await open(sharedPassage, 'red-flags-of-the-avoidant-include');
    expect(landed.path).toBe('/early-red-flags-of-the-avoidant/');
    expect(landed.requested).toMatch(/#red-flags-of-the-avoidant-include:~:text=having%20avoided%20cohabitation$/);
    expect(landed.inView).toBe(true);
    expect(landed.text).toContain('having avoided cohabitation');
  }, 60_000);

  it('lands an old id whose first words changed on its block, and an old id of a page that is gone on its new page', async () => {
    const changed = await open('communicate-your-needs/#having-a-solid-sense-of-who', 'having-a-solid-sense-of-who');
    expect(changed.inView).toBe(true);
    expect(changed.text).toMatch(/^A solid sense of who you are/);
    const movedPage = published.find((entry) => entry.path === '/seek-connection-outside-the-relationship/' && entry.id !== 'seek-connection-outside-the-relationship')!;
    const moved = await open(`${movedPage.path.slice(1)}#${movedPage.id}`, movedPage.id);
    expect(moved.path).toBe('/dont-try-to-fix-them/');
    expect(moved.requested).toContain(`#${movedPage.id}`);
    expect(moved.inView).toBe(true);
  }, 60_000);

  it('marks the block an old id lands on as the block its own id lands on: its :target, highlight, address and next Tab stop', async () => {
    const oldId = 'having-a-solid-sense-of-who';
    const newId = String(landingBlock(second.pages.get('/communicate-your-needs/')!, oldId)?.properties['id']);
    expect(newId).not.toBe(oldId);
    const context = await newTestContext(browser);
    try {
      /** What a reader sees and reaches from the block a link lands on, and the passage marked in it; in a fresh page, as a link opens. */
      const landing = async (fragment: string) => {
        const page = await context.newPage();
        await page.goto(new URL(`communicate-your-needs/#${fragment}`, server.url).href);
        await page.waitForLoadState('load');
        // The passage's mark, when the link has one, loads after the page.
        if (fragment.includes(':~:')) await page.waitForFunction(() => (CSS.highlights.get('shared-passage')?.size ?? 0) > 0);
        const seen = await page.evaluate(async () => {
          const target = document.querySelector(':target');
          // The mark fades in.
          await Promise.all(target?.getAnimations().map((animation) => animation.finished) ?? []);
          const style = target ? getComputedStyle(target) : undefined;
          const passage = [...(CSS.highlights.get('shared-passage') ?? [])].map((range) => range.toString());
          return { id: target?.id, tag: target?.tagName, hash: decodeURIComponent(location.hash), background: style?.backgroundColor, edge: style?.boxShadow, passage };
        });
        // Where the browser starts the Tab order from: the target, so Tab reaches the first link in it or after it.
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => document.activeElement?.getAttribute('href'));
        await page.close();
        return { ...seen, next };
      };
      const direct = await landing(newId);
      expect(direct).toMatchObject({ id: newId, tag: 'P', hash: `#${newId}`, passage: [] });
      expect(direct.next).toBeTruthy();
      expect(direct.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(await landing(oldId)).toEqual(direct);
      // A passage shared by its block's old id: the same passage marked, the same Tab stop. This Chromium makes
      // no element the :target of a link with a text directive, by either id, so the address keeps the old one.
      const passage = ':~:text=solid%20sense';
      const directPassage = await landing(`${newId}${passage}`);
      expect(directPassage).toMatchObject({ hash: `#${newId}`, passage: ['solid sense'] });
      expect({ ...(await landing(`${oldId}${passage}`)), hash: '' }).toEqual({ ...directPassage, hash: '' });
    } finally {
      await context.close();
    }
  }, 60_000);

  it('suggests on the 404 page the closest pages to an address cut short, mistyped or cut from an old address', async () => {
    const context = await newTestContext(browser);
    try {
      const page = await context.newPage();
      const suggested = async (address: string) => {
        const response = await page.goto(new URL(address, server.url).href);
        expect(response?.status()).toBe(404);
        await page.locator('#closest-pages li').first().waitFor();
        return page.locator('#closest-pages li').allTextContents();
      };
      expect((await suggested('early-red-flags-of-the/'))[0]).toBe('Early red flags of the avoidant');
      expect((await suggested('red-flags-of-the-avoidan/'))[0]).toBe('Early red flags of the avoidant');
      expect((await suggested('be-relaible/'))[0]).toBe('2. Be reliable');
      await page.goto(new URL('zzzz-qqqq/', server.url).href);
      await expect.poll(() => page.locator('#closest-pages').isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('passes axe on a page with a kept old id and on a redirect page (its script held back so it stays)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const context = await newTestContext(browser);
    try {
      await context.route('**/*.js', (route) => route.abort());
      const page = await context.newPage();
      for (const address of ['communicate-your-needs/', 'red-flags-of-the-avoidant/']) {
        await page.goto(new URL(address, server.url).href);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((violation) => violation.id);
        });
        expect(violations, address).toEqual([]);
      }
    } finally {
      await context.close();
    }
  }, 60_000);

  it('still reaches the new page without JavaScript', async () => {
    const landed = await open(sharedPassage, 'red-flags-of-the-avoidant-include', { javaScriptEnabled: false });
    expect(landed.path).toBe('/early-red-flags-of-the-avoidant/');
  }, 60_000);
});
