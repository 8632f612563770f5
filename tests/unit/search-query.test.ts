import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import {
  fallbackNotice,
  fallbackNoticeParts,
  maxQueryWords,
  meaningfulWords,
  queryWords,
  searchWithFallback,
  subsetsOfSize,
  type ScoredResult,
} from '../../src/utils/search-query.ts';
import { stopWordsFor } from '../../scripts/emit/stop-words.ts';

/** The query side of a site in `language`, with the stop words its build ships. */
const site = (language: string) => ({ language, stopWords: new Set(stopWordsFor(language)) });
const english = site('en');

/** The English words of the notice, as SearchField.astro gives them to the search. */
const englishNotice = { fallbackNotice: en['search.fallbackNotice'], quoted: en['search.quoted'] };

describe('queryWords', () => {
  it('lowercases, straightens curly apostrophes and drops punctuation around words', () => {
    expect(queryWords('Is it my fault he’s so DISTANT?!')).toEqual(['is', 'it', 'my', 'fault', "he's", 'so', 'distant']);
  });

  it('keeps hyphenated words and apostrophes inside words, but not quotes around them', () => {
    expect(queryWords("'push-pull' dynamic, don't")).toEqual(['push-pull', 'dynamic', "don't"]);
    expect(queryWords('“breadcrumbing” -- ok')).toEqual(['breadcrumbing', 'ok']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(queryWords('')).toEqual([]);
    expect(queryWords('  ?! … ')).toEqual([]);
  });
});

describe('meaningfulWords', () => {
  it('drops pronouns, auxiliaries, negations and fillers from a question in a reader’s own words', () => {
    expect(meaningfulWords('is it my fault he is so distant', english)).toEqual(['fault', 'distant']);
    expect(meaningfulWords("he won't talk about his feelings", english)).toEqual(['talk', 'feelings']);
    expect(meaningfulWords("I don't think I'm the one he's ignoring", english)).toEqual(['think', 'one', 'ignoring']);
  });

  it('keeps the content words a reader searches by, verbs and adverbs included: only function words are stop words', () => {
    expect(meaningfulWords('how to get him to open up', english)).toEqual(['get', 'open']);
    expect(meaningfulWords("I feel like I'm the only one trying", english)).toEqual(['feel', 'like', 'one', 'trying']);
    expect(meaningfulWords('Why does my partner always pull away from me?', english)).toEqual(['partner', 'always', 'pull', 'away']);
  });

  it('drops stop words written with a curly apostrophe', () => {
    expect(meaningfulWords('he won’t commit', english)).toEqual(['commit']);
  });

  it('keeps one copy of a repeated word', () => {
    expect(meaningfulWords('space space and more space', english)).toEqual(['space']);
  });

  it('keeps the words of a query made only of stop words: the reader asked for them', () => {
    expect(meaningfulWords('is it me', english)).toEqual(['is', 'it', 'me']);
  });

  it(`keeps at most ${maxQueryWords} words`, () => {
    expect(meaningfulWords('one1 two2 three3 four4 five5 six6 seven7 eight8', english)).toEqual(['one1', 'two2', 'three3', 'four4', 'five5', 'six6']);
  });
});

describe('queryWords and meaningfulWords in the site’s language', () => {
  it('drop the stop words of the site’s language, Snowball’s where it has a list, else stopwords-iso’s, and only those', () => {
    expect(meaningfulWords('¿Por qué mi pareja se aleja de mí?', site('es'))).toEqual(['pareja', 'aleja']);
    // "parle" (speaks) is a verb, which stopwords-iso's French list has; Snowball's has neither it nor "pourquoi".
    expect(meaningfulWords('Pourquoi mon partenaire ne me parle pas', site('fr'))).toEqual(['pourquoi', 'partenaire', 'parle']);
    expect(meaningfulWords('Warum zieht sich mein Partner zurück', site('de'))).toEqual(['warum', 'zieht', 'partner', 'zurück']);
    expect(meaningfulWords('كيف أتعامل مع شريكي عندما يبتعد', site('ar'))).toEqual(['أتعامل', 'شريكي', 'يبتعد']);
    // English stop words mean nothing to a Spanish site: "de" is a stop word there, "the" is not.
    expect(meaningfulWords('the de', site('es'))).toEqual(['the']);
  });

  it('compare without diacritics, as Pagefind does, so a stop word typed without its accent is still one', () => {
    expect(meaningfulWords('tambien cuidate mas', site('es'))).toEqual(['cuidate']);
    expect(meaningfulWords('über die Beziehung', site('de'))).toEqual(['beziehung']);
    expect(meaningfulWords('إلى الصبر', site('ar'))).toEqual(['الصبر']);
  });

  it('drop an elided article or pronoun but keep the word it is joined to', () => {
    expect(meaningfulWords("l'éloignement de mon partenaire", site('fr'))).toEqual(['éloignement', 'partenaire']);
    expect(meaningfulWords('qu’il m’ignore', site('fr'))).toEqual(['ignore']);
    expect(meaningfulWords("dell'amore", site('it'))).toEqual(['amore']);
  });

  it('split Chinese and Japanese into words with Intl.Segmenter, then drop their stop words', () => {
    expect(queryWords('我的伴侣为什么疏远我', 'zh')).toEqual(['我的', '伴侣', '为什么', '疏远', '我']);
    expect(meaningfulWords('伴侣为什么疏远我', site('zh'))).toEqual(['伴侣', '疏远']);
    expect(meaningfulWords('パートナーとの関係', site('ja'))).toEqual(expect.arrayContaining(['パートナー', '関係']));
  });

  it('keep Arabic words written with their vowel marks whole', () => {
    expect(queryWords('اعتنِ بنفسك', 'ar')).toEqual(['اعتنِ', 'بنفسك']);
  });

  it('search every word of a language without a list, and of a page whose language is not a tag', () => {
    expect(meaningfulWords('the partner', { language: 'xx', stopWords: new Set(stopWordsFor('xx')) })).toEqual(['the', 'partner']);
    expect(queryWords('Partner Space', '')).toEqual(['partner', 'space']);
  });
});

describe('subsetsOfSize', () => {
  it('lists every group of the size, keeping the words in order', () => {
    expect(subsetsOfSize(['a', 'b', 'c'], 2)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(subsetsOfSize(['a', 'b', 'c'], 1)).toEqual([['a'], ['b'], ['c']]);
    expect(subsetsOfSize(['a', 'b', 'c'], 3)).toEqual([['a', 'b', 'c']]);
  });

  it('has none of size zero or larger than the words', () => {
    expect(subsetsOfSize(['a'], 0)).toEqual([]);
    expect(subsetsOfSize(['a'], 2)).toEqual([]);
  });
});

/** A fake Pagefind: a page matches when it holds every word; its score is the sum of the words' scores. */
function fakeSearch(pages: Record<string, Record<string, number>>) {
  const calls: string[] = [];
  const search = async (terms: string): Promise<ScoredResult[]> => {
    calls.push(terms);
    const words = terms.split(' ');
    return Object.entries(pages)
      .filter(([, scores]) => words.every((word) => word in scores))
      .map(([id, scores]) => ({ id, score: words.reduce((sum, word) => sum + scores[word]!, 0) }))
      .sort((a, b) => b.score - a.score);
  };
  return { search, calls };
}

describe('searchWithFallback', () => {
  it('searches all meaningful words together and does not fall back when a page has them all', async () => {
    const { search, calls } = fakeSearch({ a: { fault: 1, distant: 2 }, b: { distant: 5 } });
    const outcome = await searchWithFallback('is it my fault he is so distant', search, english);
    expect(calls).toEqual(['fault distant']);
    expect(outcome.hits.map((hit) => hit.result.id)).toEqual(['a']);
    expect(outcome.hits[0]!.words).toEqual(['fault', 'distant']);
    expect(outcome.fallback).toEqual([]);
    expect(fallbackNotice(outcome, englishNotice, 'en')).toBeUndefined();
  });

  it('falls back to the largest groups of words that find something and merges them by score', async () => {
    const { search, calls } = fakeSearch({
      a: { cold: 1, distant: 1 },
      b: { distant: 3, ghosting: 1 },
      c: { ghosting: 4 },
    });
    const outcome = await searchWithFallback('cold distant ghosting', search, english);
    expect(calls).toEqual(['cold distant ghosting', 'cold distant', 'cold ghosting', 'distant ghosting']);
    expect(outcome.hits.map((hit) => [hit.result.id, hit.words.join(' ')])).toEqual([
      ['b', 'distant ghosting'],
      ['a', 'cold distant'],
    ]);
    expect(outcome.fallback).toEqual([
      ['cold', 'distant'],
      ['distant', 'ghosting'],
    ]);
    expect(fallbackNotice(outcome, englishNotice, 'en')).toBe('No page has all of your words. Showing results for “cold distant” or “distant ghosting”.');
  });

  it('goes down to single words, keeping each page once with its best score', async () => {
    const { search } = fakeSearch({ a: { fault: 2 }, b: { distant: 3 }, c: { fault: 1, other: 1 } });
    const outcome = await searchWithFallback('my fault or distant', search, english);
    expect(outcome.hits.map((hit) => hit.result.id)).toEqual(['b', 'a', 'c']);
    expect(fallbackNotice(outcome, englishNotice, 'en')).toBe('No page has all of your words. Showing results for “fault” or “distant”.');
  });

  it('quotes and lists the groups as the site’s language does', () => {
    const outcome = { fallback: [['frío'], ['distante'], ['silencio']] };
    const spanish = { fallbackNotice: 'Ninguna página tiene todas tus palabras. Resultados para {groups}.', quoted: '«{text}»' };
    expect(fallbackNotice(outcome, spanish, 'es')).toBe('Ninguna página tiene todas tus palabras. Resultados para «frío», «distante» o «silencio».');
    expect(fallbackNotice(outcome, englishNotice, 'en')).toBe('No page has all of your words. Showing results for “frío”, “distante”, or “silencio”.');
  });

  it('gives the notice in pieces, the reader’s words as the caller wraps them, for a notice in other words than theirs', () => {
    const outcome = { fallback: [['نور', 'زیاد'], ['آب']] };
    const parts = fallbackNoticeParts(outcome, englishNotice, 'en', (words) => ({ theirs: words }));
    expect(parts).toEqual(['No page has all of your words. Showing results for ', '“', { theirs: 'نور زیاد' }, '”', ' or ', '“', { theirs: 'آب' }, '”', '.']);
    expect(parts!.map((part) => (typeof part === 'string' ? part : part.theirs)).join('')).toBe(fallbackNotice(outcome, englishNotice, 'en'));
    expect(fallbackNoticeParts({ fallback: [] }, englishNotice, 'en', (words) => words)).toBeUndefined();
  });

  it('finds nothing, without searching, for an empty query', async () => {
    const { search, calls } = fakeSearch({ a: { x: 1 } });
    expect(await searchWithFallback(' ?? ', search, english)).toEqual({ words: [], hits: [], fallback: [] });
    expect(calls).toEqual([]);
  });

  it('finds nothing when no word matches at all', async () => {
    const { search } = fakeSearch({ a: { x: 1 } });
    const outcome = await searchWithFallback('zebra unicorn', search, english);
    expect(outcome).toEqual({ words: ['zebra', 'unicorn'], hits: [], fallback: [] });
  });
});
