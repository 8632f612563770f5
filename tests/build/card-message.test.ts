// What the build says about pages without a link-preview card is read from the pages it built, so it names
// the pages the layout left without one: here an English article on a Hebrew site, whose titles the card
// can draw but whose kind labels (Hebrew) it cannot, so every topic page goes without, and the build says so.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { undrawnCardLines, type PageWithoutCard } from '../../scripts/emit/pages-without-card.ts';
import { makeProjectCopy, readPages, repoRoot, runBuild } from './project.ts';
import { elementsOf, parsePages, type BuiltPage } from './site-check.ts';

const because = '(right-to-left and CJK text cannot be drawn on a card yet; link previews show the page’s title and description as text)';
const without = (title: string, kind: string, site: string): PageWithoutCard => ({ page: `${title}.html`, card: { title, kind, site } });

describe('undrawnCardLines', () => {
  it('says nothing when every page has its card', () => {
    expect(undrawnCardLines([])).toEqual([]);
  });

  it('blames the site’s title when it cannot be drawn, since every card shows it', () => {
    expect(undrawnCardLines([without('Sleep', 'Guide', 'שינה טובה'), without('Rest', '', 'שינה טובה')])).toEqual([`no link-preview cards, for the site’s title “שינה טובה” ${because}`]);
  });

  it('names a page whose own title cannot be drawn', () => {
    expect(undrawnCardLines([without('睡眠', 'Guide', 'Sleep')])).toEqual([`1 page has no link-preview card, such as “睡眠” ${because}`]);
  });

  it('names the kind when the title could be drawn but its kind label could not', () => {
    expect(undrawnCardLines([without('Keep the same hours', 'מדריך', 'Sleep'), without('Write it down', 'מדריך', 'Sleep')])).toEqual([
      `2 pages have no link-preview card, such as “Keep the same hours”, of the kind “מדריך” ${because}`,
    ]);
  });
});

describe('an English article on a Hebrew site, with link-preview cards', () => {
  let pages: BuiltPage[];
  let stdout: string;
  beforeAll(() => {
    const root = makeProjectCopy();
    const article = readFileSync(path.join(repoRoot, 'tests/fixtures/languages/en/article.md'), 'utf8');
    writeFileSync(path.join(root, 'guide.md'), article.replace(/^lang: .*$/m, 'lang: he'));
    const run = runBuild(root, { SITE_SOURCE: 'guide.md' });
    expect(run.status, run.stderr).toBe(0);
    stdout = run.stdout;
    pages = parsePages(readPages(path.join(root, 'dist')), '/');
  });

  const meta = (page: BuiltPage, property: string) => elementsOf(page.tree).some((element) => element.tagName === 'meta' && element.properties['property'] === property);

  it('counts in its message exactly the pages with an address and no card, and names a kind label as the reason', () => {
    const cardless = pages.filter((page) => meta(page, 'og:url') && !meta(page, 'og:image'));
    // The topic pages (their kind label is Hebrew) and the Hebrew built-in pages; the home page, whose title is English, keeps its card.
    expect(cardless.length).toBeGreaterThan(3);
    expect(pages.some((page) => meta(page, 'og:image'))).toBe(true);
    const line = stdout.split('\n').find((text) => text.includes('no link-preview card'));
    expect(line).toMatch(new RegExp(`^unfold: ${cardless.length} pages have no link-preview card, such as “[^”]+”`));
    expect(stdout).not.toContain('for the site’s title');
  });
});
