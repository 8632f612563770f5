import { describe, expect, it } from 'vitest';
import { pageSections, type ExcerptPart, type PageData } from '../../src/utils/search-sections.ts';

/** Builds page data the way Pagefind records it: words in `content`, each anchor at its first word. */
function page(blocks: { element: string; id: string; text: string; keywords?: string }[], matches: string[]): PageData {
  const words: string[] = [];
  const anchors = blocks.map((block) => {
    const location = words.length;
    // Pagefind indexes `data-pagefind-index-attrs` values before the element's text, with a full stop.
    if (block.keywords) words.push(...`${block.keywords}.`.split(' '));
    words.push(...block.text.split(' '));
    return { element: block.element, id: block.id, text: block.element === 'li' ? `${block.text}#` : block.text, location };
  });
  const weighted_locations = words.flatMap((word, location) =>
    matches.some((match) => word.toLowerCase().replace(/[^a-z]/g, '').startsWith(match)) ? [{ location, balanced_score: 1 }] : [],
  );
  return { url: '/guide/be-patient/', content: words.join(' '), anchors, weighted_locations };
}

const text = (parts: ExcerptPart[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

const bePatient = [
  { element: 'h1', id: 'be-patient', text: '4. Be patient' },
  { element: 'p', id: 'as-the-partner', text: 'As the partner of an avoidant, build trust over time.' },
  { element: 'h2', id: 'pressure', text: 'Pressure' },
  { element: 'p', id: 'try-to-avoid-ultimatums', text: 'Try to avoid ultimatums or making them commit to any decision in the moment.' },
  { element: 'li', id: 'no-deadlines', text: 'No deadlines, no ultimatums, no pressure to commit.' },
];

describe('pageSections', () => {
  it('groups matches by the paragraph or item they are in and links to its id under the page URL', () => {
    const sections = pageSections(page(bePatient, ['ultimatum']), ['ultimatum']);
    expect(sections.map((section) => section.url)).toEqual(['/guide/be-patient/#try-to-avoid-ultimatums', '/guide/be-patient/#no-deadlines']);
    expect(sections[0]).toMatchObject({ id: 'try-to-avoid-ultimatums', heading: 'Pressure', terms: 1, hits: 1, keywords: [] });
  });

  it('ranks the section matching the most different query words first, then the one with most matches', () => {
    const sections = pageSections(page(bePatient, ['ultimatum', 'commit', 'trust']), ['ultimatum', 'commit', 'trust']);
    expect(sections.map((section) => [section.id, section.terms, section.hits])).toEqual([
      ['try-to-avoid-ultimatums', 2, 2],
      ['no-deadlines', 2, 2],
      ['as-the-partner', 1, 1],
    ]);
  });

  it('counts a stemmed match ("ultimatums") as the query word it comes from', () => {
    const [first] = pageSections(page(bePatient, ['ultimatum', 'pressure']), ['ultimatums', 'pressure']);
    expect(first).toMatchObject({ id: 'no-deadlines', terms: 2 });
  });

  it('marks the matched words in the excerpt, without the punctuation around them', () => {
    const [first] = pageSections(page(bePatient, ['deadline']), ['deadline']);
    expect(text(first!.excerpt)).toBe('No [deadlines], no ultimatums, no pressure to commit.');
  });

  it('cuts a long section around its best match, a third of the spare words before it, with an ellipsis on each side that goes on', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ultimatum sixteen seventeen eighteen nineteen twenty';
    const [first] = pageSections(page([{ element: 'p', id: 'long', text: long }], ['ultimatum']), ['ultimatum'], { excerptWords: 6 });
    expect(text(first!.excerpt)).toBe('… fifteen [ultimatum] sixteen seventeen eighteen nineteen …');
  });

  it('makes a heading its own section, without a heading above it', () => {
    const [first] = pageSections(page(bePatient, ['pressure']), ['pressure']);
    expect(first).toMatchObject({ id: 'pressure', heading: undefined });
  });

  it('lands on the page itself for words before the first anchor', () => {
    const data = page(bePatient, ['ultimatum']);
    const [first] = pageSections({ ...data, anchors: data.anchors.slice(3) }, ['avoid']);
    expect(pageSections({ ...data, anchors: [] }, ['ultimatum'])[0]).toMatchObject({ id: undefined, url: '/guide/be-patient/' });
    expect(first?.id).toBe('try-to-avoid-ultimatums');
  });

  it('counts keywords indexed on an element (synonyms) for the element, but shows its own text', () => {
    const blocks = [...bePatient.slice(0, 3), { ...bePatient[3]!, keywords: 'deadline pressuring' }, bePatient[4]!];
    const [first] = pageSections(page(blocks, ['pressuring']), ['pressuring']);
    expect(first).toMatchObject({ id: 'try-to-avoid-ultimatums', keywords: ['pressuring'] });
    expect(text(first!.excerpt)).toBe('Try to avoid ultimatums or making them commit to any decision in the moment.');
  });

  it('returns at most `limit` sections, and none for a page without matches', () => {
    expect(pageSections(page(bePatient, ['no']), ['no'], { limit: 1 })).toHaveLength(1);
    expect(pageSections(page(bePatient, []), ['zebra'])).toEqual([]);
  });

  it('drops a fragment the page URL already carries before adding the section id', () => {
    const data = { ...page(bePatient, ['ultimatum']), url: '/be-patient/#be-patient' };
    expect(pageSections(data, ['ultimatum'])[0]?.url).toBe('/be-patient/#try-to-avoid-ultimatums');
  });
});

describe('pageSections on text written without spaces', () => {
  // Pagefind's fragment of a Chinese page: the words it found, a zero-width space between each, counted as words.
  const raw = ['什么时候', '距离', '变成', '了', '危险', '.', '情感', '上', '的', '疏远', '不等', '于', '暴力', '。'].join('\u200B');
  const chinese: PageData = {
    url: '/danger/',
    content: raw.replace(/\u200B/g, ''),
    raw_content: raw,
    anchors: [
      { element: 'h1', id: '什么时候距离变成了危险', text: '什么时候距离变成了危险', location: 0 },
      { element: 'p', id: '情感上的疏远不等于暴力', text: '情感上的疏远不等于暴力。', location: 6 },
    ],
    weighted_locations: [{ location: 12, balanced_score: 1 }],
  };

  it('counts words as Pagefind did, and shows the excerpt without spaces, the matched word marked', () => {
    const [section] = pageSections(chinese, ['暴力']);
    expect(section).toMatchObject({ id: '情感上的疏远不等于暴力', terms: 1, hits: 1 });
    expect(text(section!.excerpt)).toBe('情感上的疏远不等于[暴力]。');
  });
});
