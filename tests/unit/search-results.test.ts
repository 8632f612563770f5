import { describe, expect, it } from 'vitest';
import type { QueryHit } from '../../src/utils/search-query.ts';
import {
  countByKind,
  describeHit,
  pageKinds,
  searchPages,
  type PagefindApi,
  type PagefindPageData,
  type PagefindResult,
} from '../../src/utils/search-results.ts';

const bePatient: PagefindPageData = {
  url: '/guide/be-patient/',
  content: '4. Be patient. Try to avoid ultimatums or making them commit.',
  anchors: [
    { element: 'h1', id: 'be-patient', text: '4. Be patient', location: 0 },
    { element: 'p', id: 'try-to-avoid-ultimatums', text: 'Try to avoid ultimatums or making them commit.', location: 3 },
  ],
  weighted_locations: [{ location: 6, balanced_score: 1 }],
  meta: { title: '4. Be patient', summary: 'Trust builds slowly.' },
  filters: { kind: ['Strategies'] },
};

const result = (id: string, score: number, data: PagefindPageData = bePatient): PagefindResult => ({ id, score, data: async () => data });

/** A fake Pagefind over fixed pages: a page matches when its content holds every word; kinds as filters. */
function fakePagefind(pages: Record<string, { kind?: string; words: string[] }>): PagefindApi & { searches: (string | null)[] } {
  const searches: (string | null)[] = [];
  return {
    searches,
    language: 'en',
    stopWords: new Set(['is', 'it', 'my', 'he', 'so']),
    filters: async () => ({ kind: Object.fromEntries(Object.values(pages).flatMap((page) => (page.kind ? [[page.kind, 1]] : []))) }),
    search: async (term, options = {}) => {
      searches.push(term);
      const results = Object.entries(pages)
        .filter(([, page]) => (term === null ? true : term.split(' ').every((word) => page.words.includes(word))))
        .filter(([, page]) => !options.filters?.['kind'] || page.kind === options.filters['kind'])
        .map(([id]) => result(id, 1));
      return { results };
    },
  };
}

describe('searchPages', () => {
  it('runs the query logic against Pagefind: stop words dropped, then fewer words', async () => {
    const pagefind = fakePagefind({ a: { words: ['fault'] }, b: { words: ['distant'] } });
    const outcome = await searchPages(pagefind, 'is it my fault he is so distant');
    expect(pagefind.searches).toEqual(['fault distant', 'fault', 'distant']);
    expect(outcome.hits.map((hit) => hit.result.id)).toEqual(['a', 'b']);
  });
});

describe('describeHit', () => {
  it('gives the title, kind, summary and URL of a page and its best sections for the words it was found for', async () => {
    const hit: QueryHit<PagefindResult> = { result: result('en_1', 5), score: 5, words: ['ultimatum'] };
    const answer = await describeHit(hit);
    expect(answer).toMatchObject({ id: 'en_1', title: '4. Be patient', kind: 'Strategies', summary: 'Trust builds slowly.', url: '/guide/be-patient/' });
    expect(answer.sections.map((section) => section.url)).toEqual(['/guide/be-patient/#try-to-avoid-ultimatums']);
  });

  it('gives a page without a kind (the overview) no kind, and uses its URL when it has no title', async () => {
    const home = { ...bePatient, url: '/guide/', meta: {}, filters: {} };
    const answer = await describeHit({ result: result('en_0', 1, home), score: 1, words: ['ultimatum'] });
    expect(answer).toMatchObject({ title: '/guide/', kind: undefined });
  });
});

describe('pageKinds and countByKind', () => {
  it('knows the kind of every page from one filter-only search per kind, and counts hits by kind in the given order', async () => {
    const pagefind = fakePagefind({ a: { kind: 'Red flags', words: [] }, b: { kind: 'Strategies', words: [] }, c: { kind: 'Strategies', words: [] }, home: { words: [] } });
    const kinds = await pageKinds(pagefind);
    expect(Object.fromEntries(kinds)).toEqual({ a: 'Red flags', b: 'Strategies', c: 'Strategies' });
    const hits = ['a', 'b', 'c', 'home'].map((id) => ({ result: result(id, 1), score: 1, words: [] }));
    expect(countByKind(hits, (id) => kinds.get(id) ?? 'Overview', ['Strategies', 'Red flags', 'Signs'])).toEqual([
      ['Strategies', 2],
      ['Red flags', 1],
      ['Overview', 1],
    ]);
  });
});
