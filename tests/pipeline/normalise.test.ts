import { describe, expect, it } from 'vitest';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { normaliseSource } from '../../scripts/parse/normalise.ts';
import type { SourceText } from '../../scripts/types.ts';
import { fixtureSource, nbsp, thrownBy } from './helpers.ts';

/** A source as readSource returns it, one string per line. */
function sourceOfLines(lines: string[], file = 'article.txt'): SourceText {
  return { file, format: 'text', lines: lines.map((text, index) => ({ line: index + 1, text })) };
}

function textsOf(source: SourceText): string[] {
  return source.lines.map((line) => line.text);
}

function errorOf(source: SourceText): UnfoldError {
  const error = thrownBy(() => normaliseSource(source));
  expect(error).toBeInstanceOf(UnfoldError);
  return error as UnfoldError;
}

describe('normaliseSource', () => {
  it('turns scraping boilerplate into blank lines, so every other line keeps its number', () => {
    const source = normaliseSource(sourceOfLines(['top of page', '', 'First paragraph.', 'Back to top', 'Second paragraph.', 'bottom of page']));
    expect(source.lines).toEqual([
      { line: 1, text: '' },
      { line: 2, text: '' },
      { line: 3, text: 'First paragraph.' },
      { line: 4, text: '' },
      { line: 5, text: 'Second paragraph.' },
      { line: 6, text: '' },
    ]);
  });

  it('recognises boilerplate whatever its case and the spaces around it', () => {
    const lines = ['  TOP OF PAGE  ', `${nbsp}Bottom of page${nbsp}`, 'Skip to main content', 'skip to content', 'Text.'];
    expect(textsOf(normaliseSource(sourceOfLines(lines)))).toEqual(['', '', '', '', 'Text.']);
  });

  it('keeps a sentence that only mentions the top of the page', () => {
    const lines = ['Scroll back to the top of page two.', 'top of page 3'];
    expect(textsOf(normaliseSource(sourceOfLines(lines)))).toEqual(lines);
  });

  it('turns no-break spaces inside a line into spaces', () => {
    const source = normaliseSource(sourceOfLines([`Too much too soon;${nbsp}the body adapts.${nbsp}Rest days${nbsp} matter.`]));
    expect(textsOf(source)).toEqual(['Too much too soon; the body adapts. Rest days  matter.']);
  });

  it('keeps the no-break space that starts a heading, and the spaces after it', () => {
    const lines = [`${nbsp}Heading`, `${nbsp} 1. Numbered`, `${nbsp}   Spaced${nbsp}out heading`];
    expect(textsOf(normaliseSource(sourceOfLines(lines)))).toEqual([`${nbsp}Heading`, `${nbsp} 1. Numbered`, `${nbsp}   Spaced out heading`]);
  });

  it('keeps the indentation of a bullet item', () => {
    expect(textsOf(normaliseSource(sourceOfLines(['  • Item one.'])))).toEqual(['  • Item one.']);
  });

  it('drops trailing spaces and no-break spaces', () => {
    expect(textsOf(normaliseSource(sourceOfLines([`Text.${nbsp} \t`])))).toEqual(['Text.']);
  });

  it('keeps curly quotes, apostrophes and dashes as written', () => {
    const line = '“Don’t,” she said — it’s 9–5 – ‘really’ «non» „ja“ …';
    expect(textsOf(normaliseSource(sourceOfLines([line])))).toEqual([line]);
  });

  it('does not change the source it is given', () => {
    const source = sourceOfLines(['top of page', `A${nbsp}B.`]);
    const copy = structuredClone(source);
    normaliseSource(source);
    expect(source).toEqual(copy);
  });

  it('normalises messy.txt: boilerplate blanked, no stray no-break space left, 63 lines kept', () => {
    const source = fixtureSource('messy.txt');
    expect(source.lines).toHaveLength(63);
    expect(source.lines.filter((line) => line.line === 1 || line.line === 55 || line.line === 63).map((line) => line.text)).toEqual(['', '', '']);
    const strayNbsp = source.lines.filter((line) => line.text.replace(/^\u00A0/, '').includes(nbsp));
    expect(strayNbsp).toEqual([]);
    expect(source.lines.filter((line) => line.text.startsWith(nbsp)).map((line) => line.line)).toEqual([9, 22, 32, 42, 47, 57, 61]);
    expect(source.lines[10]!.text).toContain('learns to cope with the');
    expect(source.lines[5]!.text).toBe('This guide was put together from a running club’s notes — a few rough edges remain.');
  });

  it('rejects an empty file', () => {
    expect(errorOf(sourceOfLines([], 'empty.txt')).format()).toMatchInlineSnapshot(`
      "empty.txt: is empty
        hint: give an article with at least one paragraph of text"
    `);
  });

  it('rejects a file of blank lines, spaces and no-break spaces as empty', () => {
    expect(errorOf(sourceOfLines(['', '   ', nbsp, `\t${nbsp} `])).message).toBe('is empty');
  });

  it('rejects a file with nothing but scraping boilerplate', () => {
    const error = errorOf(sourceOfLines(['top of page', '', 'bottom of page'], 'content/article.txt'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/article.txt: has no text besides scraping boilerplate ("top of page", "bottom of page")
        hint: give an article with at least one paragraph of text"
    `);
  });
});
