import { describe, expect, it } from 'vitest';
import { parseText } from '../../scripts/parse/parse-text.ts';
import type { Block } from '../../scripts/types.ts';
import { fixtureSource, nbsp, sourceOf } from './helpers.ts';

/** Parses an article given as lines. */
function parse(...lines: string[]): Block[] {
  return parseText(sourceOf(lines.join('\n')));
}

/** One line per block: type, place and the start of its text; enough to pin a whole article's structure. */
function outlineOf(blocks: Block[]): string[] {
  return blocks.map((block) => {
    const parts = block.type === 'list' ? ` (${block.ordered ? `ordered from ${block.start}` : 'bullets'}, ${block.items.length} items)` : block.type === 'quote' ? ` (${block.paragraphs.length} paragraphs)` : '';
    return `${block.position.line}:${block.position.column} ${block.type}${parts} ${block.text.split('\n')[0]!.slice(0, 48)}`;
  });
}

describe('parseText: headings', () => {
  it('reads a line that starts with a no-break space as a heading, placed after the marker', () => {
    expect(parse(`${nbsp}Things to look for in a partner`, '', 'Text.')[0]).toEqual({
      type: 'heading',
      text: 'Things to look for in a partner',
      label: 'Things to look for in a partner',
      position: { line: 1, column: 2 },
    });
  });

  it('allows spaces and tabs after the no-break space and starts the heading at its first character', () => {
    const [first, second] = parse(`${nbsp}   Spaced heading`, '', `${nbsp}\tTabbed heading`);
    expect(first).toMatchObject({ type: 'heading', text: 'Spaced heading', position: { line: 1, column: 5 } });
    expect(second).toMatchObject({ type: 'heading', text: 'Tabbed heading', position: { line: 3, column: 3 } });
  });

  it('reads a numbered heading as a strategy: its number, and its label without the number', () => {
    expect(parse('Intro.', '', `${nbsp} 1. Don't take it personally`)[1]).toEqual({
      type: 'heading',
      text: "1. Don't take it personally",
      label: "Don't take it personally",
      number: 1,
      position: { line: 3, column: 3 },
    });
  });

  it('reads a heading with final punctuation or many words as a heading all the same: the marker decides', () => {
    const blocks = parse(`${nbsp}Avoid partners where...`, '', `${nbsp}A heading that is long enough to be a sentence of more than sixteen words, ending with a period.`);
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'heading']);
  });

  it('reads a numbered line at column 0 that no colon introduces as a heading when it is short and unpunctuated', () => {
    expect(parse('Intro.', '', '10. Be prepared to leave', '', 'Text.')[1]).toEqual({
      type: 'heading',
      text: '10. Be prepared to leave',
      label: 'Be prepared to leave',
      number: 10,
      position: { line: 3, column: 1 },
    });
  });

  it('reads a numbered line that no colon introduces as a paragraph when it is a sentence', () => {
    expect(parse('Intro.', '', '2. I will invest my energy in people who make me feel good.')[1]).toEqual({
      type: 'paragraph',
      text: '2. I will invest my energy in people who make me feel good.',
      position: { line: 3, column: 1 },
    });
  });
});

describe('parseText: lists', () => {
  it('reads `  • text` lines as the items of one bullet list, each placed at its text', () => {
    const [list] = parse('  • Trust your gut.', '', '  • Set an expectation of mutual respect.', '  • Distrust');
    expect(list).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      text: 'Trust your gut.\nSet an expectation of mutual respect.\nDistrust',
      items: [
        { text: 'Trust your gut.', position: { line: 1, column: 5 } },
        { text: 'Set an expectation of mutual respect.', position: { line: 3, column: 5 } },
        { text: 'Distrust', position: { line: 4, column: 5 } },
      ],
      position: { line: 1, column: 5 },
    });
  });

  it('reads other bullet marks and indented `-` or `*` as bullets, but not a lone `-` at column 0', () => {
    const blocks = parse('\t◦ Tab and ring.', '  - Dash.', '   * Star.', '', '- Not a bullet.');
    expect(outlineOf(blocks)).toEqual(['1:4 list (bullets, 3 items) Tab and ring.', '5:1 paragraph - Not a bullet.']);
  });

  it('reads lines that start with `- ` or `* ` beside each other as bullets, as notes and emails list things', () => {
    const blocks = parse('Before you leave:', '', '- Check the weather', '- Charge your phone', '* Pack a torch', '', '- A dash that opens a sentence.');
    expect(outlineOf(blocks)).toEqual(['1:1 paragraph Before you leave:', '3:3 list (bullets, 3 items) Check the weather', '7:1 paragraph - A dash that opens a sentence.']);
  });

  it('reads the bullets a copy from Word gives: `·`, the Symbol font\'s own, and `o` with a tab for the second level', () => {
    const blocks = parse('\u00B7\tA map', '\uF0B7\tA compass', 'o\tA hat in winter', '\uF0A7\tWool, not cotton', '', 'o the other hand, a sentence.');
    expect(blocks[0]).toMatchObject({ type: 'list', items: [{ text: 'A map' }, { text: 'A compass' }, { text: 'A hat in winter' }, { text: 'Wool, not cotton' }] });
    expect(outlineOf(blocks).at(-1)).toBe('6:1 paragraph o the other hand, a sentence.');
  });

  it('joins a bullet item hard-wrapped over two lines with a space', () => {
    const [list] = parse('  • Buy them in the afternoon,', '    when your feet are largest.', '  • Next item.');
    expect(list?.type === 'list' && list.items.map((item) => item.text)).toEqual(['Buy them in the afternoon, when your feet are largest.', 'Next item.']);
  });

  it('reads `1. text` lines after a line ending with a colon as a numbered list, placed at each text', () => {
    const blocks = parse('When dating, stay focused on the three simple steps:', '', '1. My desire for attachment is legitimate.', '', '2. I will invest my energy in people who make me feel good.', '3. I will express my needs directly.');
    expect(blocks[0]).toMatchObject({ type: 'paragraph', position: { line: 1, column: 1 } });
    expect(blocks[1]).toEqual({
      type: 'list',
      ordered: true,
      start: 1,
      text: 'My desire for attachment is legitimate.\nI will invest my energy in people who make me feel good.\nI will express my needs directly.',
      items: [
        { text: 'My desire for attachment is legitimate.', position: { line: 3, column: 4 } },
        { text: 'I will invest my energy in people who make me feel good.', position: { line: 5, column: 4 } },
        { text: 'I will express my needs directly.', position: { line: 6, column: 4 } },
      ],
      position: { line: 3, column: 4 },
    });
  });

  it('reads numbered lines one under the other as a numbered list even when no colon introduces them, as text copied from a page gives steps', () => {
    const [, list, after] = parse('Grief makes small tasks feel huge.', '', '1. Make a concrete offer: "Can I bring dinner on Thursday?"', '2. Follow through.', '3. Check in again a week later.', '', 'It helps.');
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1, items: [{ text: 'Make a concrete offer: "Can I bring dinner on Thursday?"' }, { text: 'Follow through.' }, { text: 'Check in again a week later.' }] });
    expect(after).toMatchObject({ type: 'paragraph', text: 'It helps.' });
    // Not the next number, or not on the next line: numbered paragraphs or headings, as before.
    expect(parse('Intro.', '', '1. I keep my promises.', '3. I say what I need.').map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(parse('Intro.', '', '1. I keep my promises.', '', '2. I say what I need.').map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps the first number of a numbered list and accepts `1)` as a marker', () => {
    const [, list] = parse('Then:', '3) Third.', '4) Fourth.');
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3, items: [{ text: 'Third.' }, { text: 'Fourth.' }] });
  });

  it('starts a new list after a paragraph between two runs of bullets', () => {
    const blocks = parse('  • One.', '', 'Between.', '', '  • Two.');
    expect(outlineOf(blocks)).toEqual(['1:5 list (bullets, 1 items) One.', '3:1 paragraph Between.', '5:5 list (bullets, 1 items) Two.']);
  });
});

describe('parseText: paragraphs, sub-headings and quotations', () => {
  it('joins a paragraph hard-wrapped over two lines with a space and places it at its first line', () => {
    expect(parse('', 'Walk breaks are how the body learns to cope with the', 'load of running.')).toEqual([
      { type: 'paragraph', text: 'Walk breaks are how the body learns to cope with the load of running.', position: { line: 2, column: 1 } },
    ]);
  });

  it('places an indented paragraph at its first character', () => {
    expect(parse('   Indented text.')[0]?.position).toEqual({ line: 1, column: 4 });
  });

  it('reads a short line without final punctuation, followed by a paragraph, as a sub-heading', () => {
    expect(parse(`${nbsp}Build up gradually`, '', 'Listening to your body', '', 'A dull ache that fades is usually fine.')[1]).toEqual({
      type: 'subheading',
      text: 'Listening to your body',
      position: { line: 3, column: 1 },
    });
  });

  it('reads a short unpunctuated line as a paragraph when a list, a heading or nothing follows it', () => {
    expect(parse(`${nbsp}Heading`, '', 'Things to bring', '', '  • Water.')[1]?.type).toBe('paragraph');
    expect(parse(`${nbsp}Heading`, '', 'Things to bring', '', `${nbsp}Next`)[1]?.type).toBe('paragraph');
    expect(parse(`${nbsp}Heading`, '', 'Text.', '', 'Things to bring')[2]?.type).toBe('paragraph');
  });

  it('reads a line with final punctuation, or of more than sixteen words, as a paragraph', () => {
    expect(parse('Short but punctuated.', '', 'Text.')[0]?.type).toBe('paragraph');
    expect(parse('Short but asking?', '', 'Text.')[0]?.type).toBe('paragraph');
    expect(parse('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen', '', 'Text.')[0]?.type).toBe('paragraph');
  });

  it('reads a paragraph that starts with a quotation mark and closes it as a one-paragraph quotation', () => {
    expect(parse('“It took a breakup for me to realise it.” Kate')[0]).toEqual({
      type: 'quote',
      text: '“It took a breakup for me to realise it.” Kate',
      paragraphs: [{ text: '“It took a breakup for me to realise it.” Kate', position: { line: 1, column: 1 } }],
      position: { line: 1, column: 1 },
    });
    expect(parse('"Straight quotes work too."')[0]?.type).toBe('quote');
  });

  it('reads a quotation that opens in one paragraph and closes in a later one as one quotation', () => {
    const [quote, after] = parse('"When Ben and I entered our own “power struggle phase” we fought.', '', 'He shared how he felt.', '', 'Then things shifted."', '', 'After the quote.');
    expect(quote).toEqual({
      type: 'quote',
      text: '"When Ben and I entered our own “power struggle phase” we fought.\nHe shared how he felt.\nThen things shifted."',
      paragraphs: [
        { text: '"When Ben and I entered our own “power struggle phase” we fought.', position: { line: 1, column: 1 } },
        { text: 'He shared how he felt.', position: { line: 3, column: 1 } },
        { text: 'Then things shifted."', position: { line: 5, column: 1 } },
      ],
      position: { line: 1, column: 1 },
    });
    expect(after).toMatchObject({ type: 'paragraph', position: { line: 7, column: 1 } });
  });

  it('keeps an unclosed quotation to its own paragraph when no later paragraph closes it', () => {
    const blocks = parse('“An opening that never closes.', '', 'A plain paragraph.', '', `${nbsp}Heading`, '', 'Closing words.”');
    expect(outlineOf(blocks)).toEqual([
      '1:1 quote (1 paragraphs) “An opening that never closes.',
      '3:1 paragraph A plain paragraph.',
      '5:2 heading Heading',
      '7:1 paragraph Closing words.”',
    ]);
  });

  it('skips the blank lines that scraping boilerplate leaves, keeping line numbers', () => {
    expect(outlineOf(parse('top of page', 'Text.', 'bottom of page', 'More text.'))).toEqual(['2:1 paragraph Text.', '4:1 paragraph More text.']);
  });
});

describe('parseText: an article without marks, as a browser copies it', () => {
  /** Each block as `type text`, for an article given as lines. */
  const typesOf = (...lines: string[]) => parse(...lines).map((block) => `${block.type} ${block.text}`);

  it('reads numbered headings as headings with their number, indented or not, and an unnumbered line inside the series as a section', () => {
    expect(typesOf('Intro.', '', '1. Be reliable', '', 'Text.', '', 'When they withdraw', '', 'More text.', '', '  2. Give them space', '', 'Text.')).toEqual([
      'paragraph Intro.',
      'heading 1. Be reliable',
      'paragraph Text.',
      'subheading When they withdraw',
      'paragraph More text.',
      'heading 2. Give them space',
      'paragraph Text.',
    ]);
    expect(parse('Intro.', '', '  2. Give them space', '', 'Text.')[1]).toMatchObject({ type: 'heading', label: 'Give them space', number: 2, position: { line: 3, column: 3 } });
  });

  it('reads a short line that leads into a list as a heading, inside the numbered series too, ending with "..." or not', () => {
    expect(typesOf('Intro.', '', '1. Focus on you', '', 'Text.', '', 'Things to look for in a partner', '', '  • Trust your gut.', '', 'Avoid partners where...', '', '  • You sacrifice too much.', '', '2. Be prepared to leave', '', 'Text.')).toEqual([
      'paragraph Intro.',
      'heading 1. Focus on you',
      'paragraph Text.',
      'heading Things to look for in a partner',
      'list Trust your gut.',
      'heading Avoid partners where...',
      'list You sacrifice too much.',
      'heading 2. Be prepared to leave',
      'paragraph Text.',
    ]);
  });

  it('reads a line ending with "..." as a paragraph when a paragraph follows it', () => {
    expect(typesOf('Intro.', '', 'And then...', '', 'Text.')).toEqual(['paragraph Intro.', 'paragraph And then...', 'paragraph Text.']);
  });

  it('reads a short line that leads into numbered steps no colon introduces as a heading', () => {
    expect(typesOf('Intro.', '', 'Method', '', '1. Mix the flour and water.', '', '2. Leave it overnight.')).toEqual(['paragraph Intro.', 'heading Method', 'paragraph 1. Mix the flour and water.', 'paragraph 2. Leave it overnight.']);
  });

  it('reads every short line that leads into a paragraph as a heading when no numbered series frames it', () => {
    expect(typesOf('Intro.', '', 'What is changing', '', 'Text.', '', 'Who does it affect', '', 'Text.')).toEqual(['paragraph Intro.', 'heading What is changing', 'paragraph Text.', 'heading Who does it affect', 'paragraph Text.']);
    expect(typesOf('Intro.', '', '1. Be reliable', '', 'Text.', '', 'Further reading', '', 'Text.')).toEqual(['paragraph Intro.', 'heading 1. Be reliable', 'paragraph Text.', 'heading Further reading', 'paragraph Text.']);
  });

  it('keeps the first line a sub-heading of the overview: it is the title or an opening line', () => {
    expect(typesOf('Sourdough for beginners', '', 'Text.', '', 'What you need', '', 'Text.')).toEqual(['subheading Sourdough for beginners', 'paragraph Text.', 'heading What you need', 'paragraph Text.']);
  });

  it('does not take a line in lower case, or one that starts like markup or code, for a heading', () => {
    expect(typesOf('Intro.', '', 'and so on', '', 'Text.', '', '<script>alert(1)</script>', '', 'Text.', '', '# not a heading', '', 'Text.').map((line) => line.split(' ')[0])).toEqual([
      'paragraph',
      'subheading',
      'paragraph',
      'subheading',
      'paragraph',
      'subheading',
      'paragraph',
    ]);
  });

  it('reads standalone questions as headings only when the article asks at least three', () => {
    const faq = ['Intro.', '', 'Who can volunteer?', '', 'Anyone.', '', 'Do I need experience?', '', 'No.', '', 'How do I sign up?', '', 'Online.'];
    expect(typesOf(...faq).filter((line) => line.startsWith('heading'))).toEqual(['heading Who can volunteer?', 'heading Do I need experience?', 'heading How do I sign up?']);
    expect(typesOf(...faq.slice(0, 9)).filter((line) => line.startsWith('heading'))).toEqual([]);
  });

  it('reads a sub-heading that a heading follows as a paragraph, as in a marked article', () => {
    expect(typesOf('Intro.', '', 'Part one', '', '1. Be reliable', '', 'Text.')).toEqual(['paragraph Intro.', 'paragraph Part one', 'heading 1. Be reliable', 'paragraph Text.']);
  });

  it('infers nothing when the article has a single mark: the marks decide', () => {
    expect(typesOf('Intro.', '', `${nbsp}Marked`, '', 'Text.', '', 'What is changing', '', 'Text.', '', 'Things to bring', '', '  • Water.')).toEqual([
      'paragraph Intro.',
      'heading Marked',
      'paragraph Text.',
      'subheading What is changing',
      'paragraph Text.',
      'paragraph Things to bring',
      'list Water.',
    ]);
  });

  it('reads each line as a paragraph when no blank line separates them and some line is too long to be hard-wrapped', () => {
    const long = 'Most gardens we visited started on land that the council or a housing association was not using, and a councillor helped.';
    expect(typesOf('Notes for our meeting', 'These notes are a starting point.', 'Finding land', long, 'Get permission in writing.')).toEqual([
      'subheading Notes for our meeting',
      'paragraph These notes are a starting point.',
      'heading Finding land',
      `paragraph ${long}`,
      'paragraph Get permission in writing.',
    ]);
    expect(typesOf('A short paragraph that is hard-wrapped', 'over two lines.')).toEqual(['paragraph A short paragraph that is hard-wrapped over two lines.']);
  });
});

describe('parseText on messy.txt', () => {
  const blocks = parseText(fixtureSource('messy.txt'));

  it('finds every block with its line and column', () => {
    expect(outlineOf(blocks)).toMatchInlineSnapshot(`
      [
        "4:1 paragraph Learning to run is less about speed than about c",
        "6:1 paragraph This guide was put together from a running club’",
        "9:3 heading 1. Start slower than you think",
        "11:1 paragraph Your first runs should feel almost too easy. If ",
        "14:1 paragraph A simple plan for the first week:",
        "16:4 list (ordered from 1, 3 items) Run for one minute, then walk for two.",
        "22:4 heading 2. Choose your shoes",
        "24:1 paragraph Shoes matter less than the internet says. What m",
        "26:5 list (bullets, 3 items) They should not pinch at the toes.",
        "32:2 heading 3. Build up gradually",
        "34:1 paragraph Add no more than ten percent to your weekly dist",
        "36:1 subheading Listening to your body",
        "38:1 paragraph A dull ache that fades as you warm up is usually",
        "40:1 paragraph Sleep counts as training too. Rest days  are whe",
        "42:3 heading Common mistakes",
        "44:5 list (bullets, 2 items) Running every run at the same pace.",
        "47:3 heading 4. Keep a log",
        "49:1 paragraph Write down how far you ran and how it felt. Afte",
        "51:1 quote (2 paragraphs) “When I started, I could not run to the end of m",
        "57:3 heading Common mistakes",
        "59:1 paragraph Comparing yourself with other runners is the mos",
        "61:3 heading 5. What comes next",
      ]
    `);
  });

  it('numbers the five numbered sections and leaves the repeated heading unnumbered', () => {
    const headings = blocks.filter((block) => block.type === 'heading');
    expect(headings.map((heading) => heading.number ?? heading.label)).toEqual([1, 2, 3, 'Common mistakes', 4, 'Common mistakes', 5]);
  });

  it('joins the hard-wrapped paragraph and turns its stray no-break space into a space', () => {
    expect(blocks[3]?.text).toBe('Your first runs should feel almost too easy. If you cannot hold a conversation, you are going too fast. Walk breaks are not cheating – they are how the body learns to cope with the load of running.');
  });

  it('keeps both paragraphs of the quotation, curly quotes included', () => {
    const quote = blocks.find((block) => block.type === 'quote');
    expect(quote?.type === 'quote' && quote.paragraphs.map((paragraph) => [paragraph.position.line, paragraph.text.at(0), paragraph.text.at(-1)])).toEqual([
      [51, '“', '.'],
      [53, 'S', '”'],
    ]);
  });

  it('ends with the trailing heading that has no body', () => {
    expect(blocks.at(-1)).toMatchObject({ type: 'heading', label: 'What comes next', number: 5, position: { line: 61, column: 3 } });
  });
});
