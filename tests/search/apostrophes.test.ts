// Words after a typographic apostrophe (l’eau, d’espace, qu’il, partner’s) are found by search, and results
// show the author's own ’. Pagefind 1.6 indexes "l’eau" as "leau" alone (the control below), so the build
// gives it each page with a stand-in for ’ (src/utils/index-apostrophes.ts), which the client takes back out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchIndex, indexSearch } from '../../scripts/emit/index-search.ts';
import { openSearchBundle } from '../../scripts/emit/search-bundle.ts';
import { restoreApostrophes, withIndexableApostrophes } from '../../src/utils/index-apostrophes.ts';
import type { PagefindApi } from '../../src/utils/search-results.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1 id="t">${title}</h1><p id="p">${body}</p></main></body></html>`;

/** A site of two pages (the one under test and another), in a folder of its own. */
function site(lang: string, title: string, body: string): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'unfold-apostrophes-'));
  folders.push(dist);
  for (const [name, html] of [['answer', page(lang, title, body)], ['other', page(lang, 'Autre', '0000 1111 2222')]] as const) {
    mkdirSync(path.join(dist, name));
    writeFileSync(path.join(dist, name, 'index.html'), html);
  }
  return dist;
}

async function builtSearch(lang: string, title: string, body: string): Promise<PagefindApi> {
  const dist = site(lang, title, body);
  await indexSearch(dist, lang);
  return openSearchBundle(path.join(dist, 'pagefind'), { language: lang });
}

async function found(search: PagefindApi, query: string) {
  const results = (await search.search(query))?.results ?? [];
  return Promise.all(results.map((result) => result.data()));
}

const french = ['fr', 'L’eau du jardin', 'Un potager n’a pas besoin d’espace. L’eau et l’arrosage comptent plus qu’il n’y paraît, aujourd’hui.'] as const;

describe('search finds the words after a typographic apostrophe', () => {
  it('control: Pagefind alone indexes “l’eau” as one word, so “eau” and “espace” find nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'unfold-apostrophes-raw-'));
    folders.push(folder);
    try {
      const index = await createSearchIndex('fr');
      await index.addHTMLFile({ url: '/answer/', content: page(...french) });
      await index.writeFiles({ outputPath: path.join(folder, 'pagefind') });
    } finally {
      await pagefind.close();
    }
    const search = await openSearchBundle(path.join(folder, 'pagefind'), { language: 'fr' });
    expect((await found(search, 'eau')).length).toBe(0);
    expect((await found(search, 'espace')).length).toBe(0);
  });

  it('in French: “eau”, “espace”, “arrosage” find the page, typed alone or with either apostrophe', async () => {
    const search = await builtSearch(...french);
    for (const query of ['eau', 'espace', 'arrosage', 'paraît', 'l’eau', "l'eau", 'd’espace', "d'espace", 'aujourd’hui']) {
      expect((await found(search, query)).map((data) => data.url), query).toEqual(['/answer/']);
    }
  });

  it('shows the page’s text, title and headings with the author’s ’, and nothing of the stand-in', async () => {
    const search = await builtSearch(...french);
    const [data] = await found(search, 'eau');
    expect(data!.content).toContain('Un potager n’a pas besoin d’espace. L’eau et l’arrosage comptent plus qu’il n’y paraît, aujourd’hui.');
    expect(data!.meta['title']).toBe('L’eau du jardin');
    expect(data!.anchors.map((anchor) => anchor.text)).toContain('L’eau du jardin');
    expect(data!.meta).not.toHaveProperty('apostrophe');
    expect(`${data!.content}${JSON.stringify(data!.anchors)}`).not.toMatch(/[\^~`]/);
  });

  it('in Italian and English too: “anno” finds “quest’anno”, “partner” finds “partner’s”', async () => {
    expect((await found(await builtSearch('it', 'Un anno', 'Quest’anno l’orto è cresciuto.'), 'orto')).length).toBe(1);
    expect((await found(await builtSearch('it', 'Un anno', 'Quest’anno l’orto è cresciuto.'), 'anno')).length).toBe(1);
    const english = await found(await builtSearch('en', 'Needs', 'Your partner’s need for space isn’t about you.'), 'partner');
    expect(english[0]!.content).toBe('Needs. Your partner’s need for space isn’t about you.');
  });
});

describe('withIndexableApostrophes and restoreApostrophes', () => {
  const html = (body: string) => `<html><head><title>t</title></head><body><p>${body}</p></body></html>`;

  it('replaces only an apostrophe inside a word, names the stand-in in the page’s metadata, and comes back exactly', () => {
    const original = html('L’eau, ‘quoted’ words’ end, and l’été.');
    const indexed = withIndexableApostrophes(original);
    expect(indexed).toContain('L^eau, ‘quoted’ words’ end, and l^été.');
    expect(indexed).toContain('<meta data-pagefind-meta="apostrophe[content]" content="^"></head>');
    expect(restoreApostrophes(indexed.replace(/<meta data-pagefind-meta[^>]+>/, ''), '^')).toBe(original);
  });

  it('takes a stand-in the page does not hold, and leaves a page that holds them all as it is', () => {
    expect(withIndexableApostrophes(html('x^2 and l’eau'))).toContain('content="~"');
    const holdsAll = html('x^2, ~3 and `code`: l’eau');
    expect(withIndexableApostrophes(holdsAll)).toBe(holdsAll);
    expect(withIndexableApostrophes(html('no apostrophe here'))).toBe(html('no apostrophe here'));
    expect(restoreApostrophes('x^2', undefined)).toBe('x^2');
  });
});
