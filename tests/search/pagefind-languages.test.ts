// What Pagefind 1.6 does with the site's language, checked rather than assumed: the build forces the index's
// language to the site's (scripts/emit/index-search.ts, `forceLanguage`), and Pagefind then stems in that
// language and, for Chinese and Japanese, splits the text into words. One small page per language is indexed
// the way the build indexes, then searched with the site's own client, for a form the page does not hold.
// Not checked here because Pagefind 1.6 does not do it: it stems no Hebrew (a Hebrew site finds words as
// written, diacritics folded). It splits a French or Italian elision only at a straight apostrophe ("d’espace"
// is indexed as "despace" alone): the build works around that, tests/search/apostrophes.test.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../scripts/emit/index-search.ts';
import { openSearchBundle } from '../../scripts/emit/search-bundle.ts';

/** Indexes `text` as one page in `language` (as the build would for a site in `indexLanguage`) and returns how many pages each query finds. */
async function pagesFound(language: string, text: string, queries: readonly string[], indexLanguage = language): Promise<number[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'unfold-pagefind-lang-'));
  try {
    const index = await createSearchIndex(indexLanguage);
    const page = (body: string) => `<!doctype html><html lang="${language}"><head><title>t</title></head><body><main data-pagefind-body><p>${body}</p></main></body></html>`;
    await index.addHTMLFile({ url: '/answer/', content: page(text) });
    await index.addHTMLFile({ url: '/other/', content: page('0000 1111 2222') });
    await index.writeFiles({ outputPath: path.join(folder, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  const search = await openSearchBundle(path.join(folder, 'pagefind'), { language: indexLanguage });
  return Promise.all(queries.map(async (query) => (await search.search(query))?.results.length ?? 0));
}

/** A page's text and forms of its words it does not hold, which its language's stemmer finds and English rules do not. */
const stemmed: [language: string, text: string, inflected: string[]][] = [
  ['es', 'Las parejas necesitamos paciencia.', ['necesitan', 'necesitaba']],
  ['fr', 'Nous parlions de nos besoins.', ['parler']],
  ['de', 'Beziehungen brauchen Geduld.', ['braucht']],
  ['pt', 'Os parceiros precisam de espaço. Conversamos muito.', ['precisava', 'conversar']],
  ['it', 'Parlavamo dei nostri bisogni.', ['parlare', 'bisogno']],
  ['nl', 'Een vermijdende partner vraagt geduld.', ['vragen']],
  ['pl', 'Rozmowy z unikającym partnerem bywają trudne.', ['partnerzy', 'rozmowa']],
  ['ar', 'العلاقات مع شريك متجنب تحتاج إلى الصبر.', ['علاقة', 'صبر']],
];

const segmented: [language: string, text: string, words: string[]][] = [
  ['zh', '与回避型伴侣的关系需要耐心。', ['耐心', '伴侣', '关系', '回避型伴侣']],
  ['ja', '回避型のパートナーとの関係には忍耐が必要です。', ['忍耐', 'パートナー', '関係', 'パートナーとの関係']],
];

describe('Pagefind 1.6 indexing in the site’s language', () => {
  it.each(stemmed)('stems %s: a page finds forms of its words it does not hold, which an English index misses', async (language, text, inflected) => {
    expect(await pagesFound(language, text, [...inflected, 'qwxk'])).toEqual([...inflected.map(() => 1), 0]);
    expect(await pagesFound(language, text, inflected, 'en')).toEqual(inflected.map(() => 0));
  });

  it.each(segmented)('splits %s into words, so a word inside a run of text is found, alone or typed with the next ones', async (language, text, words) => {
    expect(await pagesFound(language, text, [...words, 'qwxk'])).toEqual([...words.map(() => 1), 0]);
  });
});
